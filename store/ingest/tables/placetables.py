"""A wage table by place saved as text: each row a place and its low, average and high
wage as bare cells, under a header naming those columns and their period.

A job bank's wages by region print "Location Low Wage / $ per hr / Average Wage / $ per hr
/ High Wage / $ per hr / Year", then "Calgary – Alberta* 42.54 46.39 48.15 2019". No cell
carries a currency sign, so extraction reads none of them as pay. What a recruiter keeps
is each place's average (or median) as the page's job's pay there. Read only for a text
whose header names the low, middle and high columns in that order and one period.

    >>> text = ("Location Low Wage\\n$ per hr\\nAverage Wage\\n$ per hr\\nHigh Wage\\n$ per hr\\n"
    ...         "Year\\nCalgary – Alberta* 42.54 46.39 48.15 2019\\n"
    ...         "Vancouver / Lower Mainland – British Columbia 23.12 40.00 45.00 2018\\n")
    >>> [(row.place, row.amount, row.kind, row.period) for row in place_rows(text)]
    [('Calgary', 46.39, 'average', 'hour'), ('Vancouver', 40.0, 'average', 'hour')]
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import TYPE_CHECKING, Literal, NamedTuple

from store.extract.meaning.periods import plausible_pay
from store.ingest.attribution.filing import local_currency
from store.models import Observation, PayFigure, Period
from store.resolve.places import namesake_abroad, place_from_text

if TYPE_CHECKING:
    from store.ingest.attribution.figures import Attribution

_HEADER = re.compile(
    r"\bLow(?:est)?\b[^\d\n]{0,20}(?:\n[^\d\n]{0,20}){0,3}?\b(Average|Median|Mean)\b"
    r"[^\d\n]{0,20}(?:\n[^\d\n]{0,20}){0,3}?\bHigh(?:est)?\b",
    re.IGNORECASE,
)
_HEADER_REACH = 200  # the rows start right under the header
_CELL = r"(\d{1,3}(?:,\d{3})*\.\d\d)"
_ROW = re.compile(
    rf"^[ \t]*([A-Z][^\d\n|$]{{2,70}}?)[ \t*]+{_CELL}[ \t]+{_CELL}[ \t]+{_CELL}"
    r"(?:[ \t]+(?:19|20)\d\d)?[ \t]*$",
    re.MULTILINE,
)
_PLACE_PARTS = re.compile(r"\s+[–—-]\s+|\s*/\s*")  # "Vancouver / Lower Mainland – B.C."
_PERIOD_NAMED: dict[Period, re.Pattern[str]] = {
    "hour": re.compile(r"\b(?:per (?:hr|hour)|hourly|an hour)\b", re.IGNORECASE),
    "year": re.compile(r"\b(?:per (?:year|annum)|annual|yearly|a year)\b", re.IGNORECASE),
}


class PlaceRow(NamedTuple):
    place: str
    amount: float
    kind: Literal["average", "median"]
    period: Period
    span: tuple[int, int]


def place_rows(text: str) -> list[PlaceRow]:
    """Each row of a wage table by place: the place as its row names it first, and its
    middle column; none for a text with no such header or one naming no single period."""
    header = _HEADER.search(text) if "igh" in text else None
    if header is None:
        return []
    lead = text[header.start() : header.end() + _HEADER_REACH]
    first = _ROW.search(text, header.end())
    if first is None or first.start() - header.end() > _HEADER_REACH:
        return []
    named = [period for period, words in _PERIOD_NAMED.items() if words.search(lead)]
    if len(named) != 1:
        return []
    kind: Literal["average", "median"] = "median" if header[1].lower() == "median" else "average"
    rows = []
    for row in _ROW.finditer(text, first.start()):
        low, middle, high = (float(cell.replace(",", "")) for cell in row.groups()[1:])
        place = _PLACE_PARTS.split(row[1].strip(" *"))[0].strip(" *")
        if low <= middle <= high and plausible_pay(middle, middle, named[0], "USD"):
            rows.append(PlaceRow(place, middle, kind, named[0], row.span(3)))
    return rows


def place_row_observations(
    rows: list[PlaceRow], about: Attribution, *, now: datetime
) -> list[Observation]:
    """Each row's figure as the page's job's pay at the place it names, read as a place
    in the page's country (Windsor on a Canadian page is Windsor, Ontario); a row naming
    no place we know is skipped."""
    country = about.place.country if about.place is not None else None
    observations = []
    for row in rows:
        place = place_from_text(f"in {row.place}")
        if place is None or place.level == "remote":
            continue
        if country and country != "US" and place.country == "US":
            place = namesake_abroad(place, country)
        figure = PayFigure(
            min_amount=row.amount, max_amount=row.amount, currency="USD", span=row.span, text=""
        )
        observations.append(
            about.model_copy(update={"place": place}).observation(
                kind=row.kind,
                low=row.amount,
                high=row.amount,
                period=row.period,
                currency=local_currency(figure, place),
                now=now,
            )
        )
    return observations
