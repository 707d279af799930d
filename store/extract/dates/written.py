"""Dates as pages write them: "as of Mar 2025", "May 28, 2026", "2026-05-28", "June 8 - August 14".

>>> parse_date("as of Mar 2025")
datetime.date(2025, 3, 1)
>>> stated_dates_at("The avg pay, as of May 28, 2026, is $20 an hour.")
[(13, datetime.date(2026, 5, 28))]
>>> date_range("the internship period (June 8 - August 14, 2026).")
(datetime.date(2026, 6, 8), datetime.date(2026, 8, 14))
"""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WORDY = _MONTH + r"\s+(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+)?(?P<year>(?:19|20)\d{2})\b"
_ISO = r"(?P<iso>(?:19|20)\d{2}-\d{2}-\d{2})"
_US = r"(?P<us>\d{1,2}/\d{1,2}/(?:19|20)\d{2})"
DATE_PATTERN = re.compile(rf"\b(?:{_WORDY}|{_ISO}|{_US})", re.IGNORECASE)

# Phrases by which a source dates its own figure. Page-wide phrases are written in lower
# case and searched in lowered text: IGNORECASE makes Python's re scan several times slower.
_AS_OF = re.compile(
    r"\b(?:as of|updated(?: on| at)?|last updated|data (?:as )?of|effective)\s*:?\s+"
    rf"(?={DATE_PATTERN.pattern[2:]})",
)
# Each of _AS_OF's phrases holds one of these.
_AS_OF_WORDS = ("as of", "updated", "data ", "effective")
_RANGE = re.compile(
    rf"{_MONTH.replace('month', 'm1')}\s+(?P<d1>\d{{1,2}})(?:,?\s+(?P<y1>(?:19|20)\d{{2}}))?"
    rf"\s*(?:-|–|—|to|through|until)\s*"
    rf"{_MONTH.replace('month', 'm2')}\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>(?:19|20)\d{{2}})",
    re.IGNORECASE,
)


def _from_match(match: re.Match[str]) -> date | None:
    try:
        if match.group("iso"):
            return date.fromisoformat(match.group("iso"))
        if match.group("us"):
            month, day, year = (int(part) for part in match.group("us").split("/"))
            return date(year, month, day)
        month = _MONTHS[match.group("month").lower().rstrip(".")]
        return date(int(match.group("year")), month, int(match.group("day") or 1))
    except ValueError:  # "February 30" and friends
        return None


def parse_date(text: str) -> date | None:
    """The first date written in ``text``; a month without a day is its first day."""
    match = DATE_PATTERN.search(text)
    return _from_match(match) if match else None


def stated_dates_at(text: str) -> list[tuple[int, date]]:
    """Every "as of" / "updated" date in ``text``, in order, with where its phrase starts."""
    low = _lowered(text)
    found: list[tuple[int, date]] = []
    if not any(word in low for word in _AS_OF_WORDS):
        return found  # the common text that dates nothing, without the scan
    for match in _AS_OF.finditer(low):
        day = parse_date(low[match.end() : match.end() + 40])
        if day:
            found.append((match.start(), day))
    return found


def _lowered(text: str) -> str:
    """``text`` in lower case, each character where it was (a few, like "İ", lower to two)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(char if len(char.lower()) != 1 else char.lower() for char in text)


def date_range(text: str) -> tuple[date, date] | None:
    """The first "Month D - Month D, YYYY" range in ``text`` (a start year may be left out)."""
    # Find the cheap part first ("8 - August 14, 2026"), then read the whole range around it.
    for hint in _RANGE_HINT.finditer(text):
        match = _RANGE.search(text, max(0, hint.start() - 16), hint.end())
        if match:
            return _range_dates(match)
    return None


def _range_dates(match: re.Match[str]) -> tuple[date, date] | None:
    try:
        end = date(int(match["y2"]), _MONTHS[match["m2"].lower().rstrip(".")], int(match["d2"]))
        start_year = int(match["y1"]) if match["y1"] else end.year
        start = date(start_year, _MONTHS[match["m1"].lower().rstrip(".")], int(match["d1"]))
    except ValueError:
        return None
    if start > end and not match["y1"]:  # "December 1 - February 28, 2027" spans a new year
        start = start.replace(year=end.year - 1)
    return (start, end) if start <= end else None


_RANGE_HINT = re.compile(
    r"\d(?:,?\s+(?:19|20)\d{2})?\s*(?:-|–|—|to|through|until)\s*[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+"
    r"(?:19|20)\d{2}",
)


def term_weeks(start: date, end: date) -> float:
    """Whole weeks from a term's first to last day: Mon June 8 - Fri Aug 14 is 10 weeks."""
    return float(max(1, round(((end - start).days + 1) / 7)))


_WEEKS = re.compile(
    r"\b(\d{1,2})[- ](?:to[- ]\d{1,2}[- ])?weeks?(?:[- ]long)?\s+(?:paid\s+|summer\s+)*"
    r"(?:internship|program|programme|co-?op|term|placement)\b",
)


def stated_term(text: str) -> tuple[tuple[date, date] | None, float | None]:
    """A term's dates and length in weeks as a text states them, either way round.

    >>> stated_term("Join our 12-week summer internship.")
    (None, 12.0)
    """
    dates = date_range(text)
    if dates:
        return dates, term_weeks(*dates)
    low = text.lower()
    match = _WEEKS.search(low) if "week" in low else None  # each of its phrases says "week"
    return None, float(match.group(1)) if match else None
