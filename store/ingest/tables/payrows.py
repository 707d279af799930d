"""A pay table's rows as figures: each row's pay for its job title at its place, cited by its link.

    table = read_pay_table(text)                                   # store.ingest.paytable
    observations, postings, skipped = figures_from_table(table, doc_date=day, now=now)
    observations[0].role, observations[0].place_key, observations[0].period
    ('software-engineer-ii', 'city:US-TX-austin', 'year')

The role is read from the title as every layout reads one (a known title at its
level, else a role of its own), the place from the location (or the city and state)
as a location field is read. Amounts are read as extraction reads money ("$135,000",
"135k", "1.234,56 €"); a min and a max make the range the text "min - max" makes
(a reversed pair with currency marks is put in order; a bare one, or bounds too far
apart, is no range). The period comes from the row's pay-type cell, else the pay
column's name ("Hourly Rate"), else the cell ("$22/hr"), else the amount's size, and
the note then says it was inferred. A row that names a company is a posting with its
pay, as a JobSpy row is. Every row left out says which and why: no link, no title,
a formula cell, a negative, unreadable or implausible amount, an unknown pay type or
currency, the same figure as an earlier row.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from typing import Any, NamedTuple

from store.collect.jobspy_rows import place_of
from store.export import FORMULA_STARTS
from store.extract.amounts.marks import currency_code
from store.extract.amounts.money import Amount, find_amounts, scaled_value
from store.extract.amounts.ranges import range_bounds
from store.extract.dates.written import parse_date
from store.extract.meaning.periods import (
    PERIOD_AFTER,
    beyond_pay_ceiling,
    period_for_size,
    plausible_pay,
)
from store.ingest.attribution.figures import Attribution, attributed_role
from store.ingest.parsed import ParsedPosting, Skip
from store.ingest.paytable import PayRow, PayTable
from store.ingest.postingfields import posting_of
from store.ingest.tables.paycolumns import period_names, period_value
from store.models import FigureKind, Observation, Period, Place, PostingStatus
from store.resolve.places import resolve_place
from store.resolve.sites import is_posting_url, source_kind, source_name

# A negative amount: "-5000", "$-5,000", "− 12.50".
_NEGATIVE = re.compile(r"^(?:[$£€₹¥]\s*)?[-−–]\s*[$£€₹¥]?\s*\d")
_STATISTICS: dict[str, FigureKind] = {"point": "point", "average": "average", "median": "median"}
_SIZE_NOTE = "The source states no pay period; per {} is inferred from the amount."


class Pay(NamedTuple):
    """One pay figure a row's cells give, before its period and currency are settled."""

    low: float | None
    high: float | None
    kind: FigureKind
    amounts: list[Amount]
    text: str  # the cell or cells it was read from
    note: str | None = None


def cell_text(value: Any) -> str:
    """A cell as text: JSON numbers as written, missing cells empty.

    >>> cell_text(135000), cell_text(None), cell_text(" Austin, TX ")
    ('135000', '', 'Austin, TX')
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    return json.dumps(value) if isinstance(value, (list, dict)) else str(value)


def pay_in_cell(cell: str, kind: FigureKind) -> Pay | str:
    """The pay one cell states, or why it states none.

    >>> pay_in_cell("$135k - $165k", "point")[:3], pay_in_cell("TBD", "median")
    ((135000.0, 165000.0, 'range'), "no amount in 'TBD'")
    """
    amounts = find_amounts(cell)
    if not amounts:
        return f"no amount in '{cell}'"
    if len(amounts) == 2 and kind == "point":  # "$135,000 - $165,000" in one Salary cell
        bounds = range_bounds(cell, *amounts)
        if bounds is not None:
            return Pay(*bounds, kind="range", amounts=amounts, text=cell)
    if len(amounts) != 1:
        return f"'{cell}' is not one amount"
    value = scaled_value(amounts[0], amounts[0].scale)
    return Pay(value, value, kind=kind, amounts=amounts, text=cell)


def pay_between(low_cell: str, high_cell: str) -> Pay | str:
    """The range a min and a max make, read as the text "min - max" would be.

    >>> pay_between("$165,000", "$135,000")[:2], pay_between("90", "120000")
    ((135000.0, 165000.0), 'min 90 and max 120000 are too far apart to be one range')
    """
    text = f"{low_cell} - {high_cell}"
    amounts = find_amounts(text)
    if len(amounts) != 2 or amounts[0].end > len(low_cell):
        return f"min '{low_cell}' and max '{high_cell}' are not one amount each"
    bounds = range_bounds(text, *amounts)
    low, high = (scaled_value(amount, amount.scale) for amount in amounts)
    if bounds is None and low > high:
        return f"min {low_cell} is above max {high_cell}, with no currency mark to read it by"
    if bounds is None:
        return f"min {low_cell} and max {high_cell} are too far apart to be one range"
    note = "Its min and max were given high to low; read as the range." if low > high else None
    return Pay(*bounds, kind="range", amounts=amounts, text=text, note=note)


class _Row:
    """One row's cells by meaning, and what the table's columns say about them."""

    def __init__(self, table: PayTable, row: PayRow):
        self.table, self.number = table, row.number
        self.cells = {key: cell_text(value) for key, value in row.cells.items()}

    def __getitem__(self, key: str) -> str:
        return self.cells.get(key, "")

    def label(self) -> str:
        return f"row {self.number} ({self['title'][:60] or 'untitled'})"

    def problem(self) -> str | None:
        """Why the row cannot be read at all, or None."""
        for key, cell in self.cells.items():
            column = self.table.columns[key]
            if key.startswith("pay:") and _NEGATIVE.match(cell):
                return f"its {column} is negative ({cell})"
            if cell.startswith(FORMULA_STARTS):
                return f"its {column} cell is a spreadsheet formula; formulas are never read"
        if not self["url"]:
            return "has no URL, so it could not be cited"
        if not self["url"].lower().startswith(("http://", "https://")):
            link = f"{self.table.columns['url']} '{self['url'][:60]}'"
            return f"its {link} is no link, so it could not be cited"
        if not self["title"]:
            return "names no job title"
        if self["currency"] and currency_code(self["currency"]) is None:
            return f"its currency '{self['currency']}' is not one we know"
        if self["period"] and period_value(self["period"]) is None:
            return f"its pay type '{self['period']}' is no period we know ({period_names()})"
        return None

    def pays(self) -> list[tuple[str, Pay | str]]:
        """Each pay figure the row gives (or why one cannot be read), by its column; a
        min and a max pair up when their names state the same period (or none)."""
        found: list[tuple[str, Pay | str]] = []
        pay_keys = [key for key in self.table.meanings if key.startswith("pay:")]
        for period in dict.fromkeys(key.rsplit(":", 1)[1] for key in pay_keys):
            low_key, high_key = f"pay:low:{period}", f"pay:high:{period}"
            low, high = self[low_key], self[high_key]
            if low and high:
                found.append((low_key, pay_between(low, high)))
            elif low or high:
                pay = pay_in_cell(low or high, "range")
                if isinstance(pay, Pay):
                    pay = pay._replace(high=None) if low else pay._replace(low=None)
                found.append((low_key if low else high_key, pay))
            for statistic, kind in _STATISTICS.items():
                if cell := self[f"pay:{statistic}:{period}"]:
                    found.append((f"pay:{statistic}:{period}", pay_in_cell(cell, kind)))
        return found

    def currency(self, key: str, pay: Pay) -> str:
        """The pay's currency: its column's, its header's, a mark in its cell, else USD."""
        written = [a.currency for a in pay.amounts if a.currency and not a.dollar_sign_only]
        named = currency_code(self["currency"]) if self["currency"] else None
        return named or self.table.meanings[key].currency or next(iter(written), "USD")

    def period(self, key: str, pay: Pay, currency: str) -> tuple[Period | None, str | None]:
        """The pay's period and, when it was inferred from the amount, a note saying so."""
        stated = period_value(self["period"]) if self["period"] else None
        stated = stated or self.table.meanings[key].period
        last = pay.amounts[-1]
        written = PERIOD_AFTER.match(pay.text, last.end)
        if stated or written:
            return stated or written.lastgroup, None  # type: ignore[union-attr,return-value]
        period = period_for_size(pay.high or pay.low or 0, currency, last.scale)
        return period, _SIZE_NOTE.format(period) if period else None

    def place(self) -> tuple[str | None, Place | None]:
        """The location as written (or its city and state joined) and the place it names."""
        location = self["location"] or ", ".join(p for p in (self["city"], self["state"]) if p)
        if not location:
            return None, None
        named = place_of(location)
        if named is None:  # a ZIP, a state's code: read as a location field, never guessed
            typed = resolve_place(location, guess=False)
            named = typed.place if typed is not None else None
        return location, named

    def stated_date(self) -> date | None:
        return parse_date(self["date"]) if self["date"] else None

    def status(self, now: datetime) -> PostingStatus:
        """A posting row's status: expired once the closing date it states has passed."""
        closes = parse_date(self["closes"]) if self["closes"] else None
        return "expired" if closes is not None and closes < now.date() else "open"

    def as_of(self, doc_date: date) -> tuple[date, str | None]:
        """The row's date, else the file's (with a note when its date cell is unreadable)."""
        stated = self.stated_date()
        if self["date"] and stated is None:
            return doc_date, f"Its date '{self['date'][:40]}' could not be read; dated by the file."
        return stated or doc_date, None


def _attribution(row: _Row, doc_date: date) -> Attribution | str:
    title, company, url = row["title"], row["company"], row["url"]
    role = attributed_role(title, job_title=title)
    if role is None:
        return f"its title '{title[:60]}' names no job"
    location, place = row.place()
    posting = bool(company) or is_posting_url(url)
    as_of, date_note = row.as_of(doc_date)
    unknown = location and not place
    place_note = f"Its location '{location}' is no place we know." if unknown else None
    return Attribution(
        source=source_name(url),
        source_kind="employer_posting" if posting else source_kind(url, "", is_posting=False),
        url=url,
        title=f"{title} - {company}" if company else title,
        role=role,
        role_published=title,
        place=place,
        location_published=location,
        as_of=as_of,
        note=" ".join(note for note in (date_note, place_note) if note) or None,
    )


def _observation(
    row: _Row, key: str, pay: Pay, about: Attribution, now: datetime, dated: bool
) -> Observation | str:
    currency = row.currency(key, pay)
    period, period_note = row.period(key, pay, currency)
    column = row.table.columns[key]
    if period is None:
        return f"its {column} {pay.text} states no pay period and is not sized like one"
    if not plausible_pay(pay.low, pay.high, period, currency) or beyond_pay_ceiling(
        pay.low, pay.high, currency
    ):
        return f"its {column} {pay.text} is not believable as pay per {period} in {currency}"
    return about.observation(
        kind=pay.kind,
        low=pay.low,
        high=pay.high,
        period=period,
        currency=currency,
        now=now,
        note=" ".join(n for n in (about.note, pay.note, period_note) if n) or None,
        undated=None if dated else True,
    )


def _same_figure(observation: Observation) -> tuple:
    fields = ("role", "place_key", "kind", "min_amount", "max_amount", "period", "currency")
    return (observation.url, observation.as_of, *(getattr(observation, f) for f in fields))


def figures_from_table(
    table: PayTable, *, doc_date: date, now: datetime
) -> tuple[list[Observation], list[ParsedPosting], list[Skip]]:
    """Every row's figures (as postings for rows that name a company) and what was left out."""
    observations: list[Observation] = []
    postings: list[ParsedPosting] = []
    skipped = list(table.skipped)
    seen: dict[tuple, int] = {}
    for raw in table.rows:
        row = _Row(table, raw)
        about = row.problem() or _attribution(row, doc_date)
        if isinstance(about, str):
            skipped.append(Skip(what=row.label(), reason=about))
            continue
        kept = []
        posted = row.stated_date()
        for key, pay in row.pays() or [("", "states no pay")]:
            figure = (
                pay
                if isinstance(pay, str)
                else _observation(row, key, pay, about, now, dated=posted is not None)
            )
            if isinstance(figure, Observation) and _same_figure(figure) in seen:
                figure = f"the same figure as row {seen[_same_figure(figure)]}"
            if isinstance(figure, str):
                skipped.append(Skip(what=row.label(), reason=figure))
                continue
            seen[_same_figure(figure)] = row.number
            kept.append(figure)
        if kept and row["company"]:
            postings.append(
                posting_of(
                    about,
                    row["company"],
                    kept,
                    now=now,
                    posted=posted,
                    employment_type=row["employment"] or None,
                    status=row.status(now),
                )
            )
        else:
            observations.extend(kept)
    return observations, postings, skipped
