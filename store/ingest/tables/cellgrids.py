"""A pay schedule saved one cell a line: a header of column names, one to a line
("GRADE", "POSITION", "LOW", "HIGH", "STEP 1", ...), then each grade's number, its class
titles and its amounts, each on a line of its own.

    rows = grade_rows(text)   # [ClassRow(title, low, high, period, span), ...]

A grade's titles are the ones between its number and the next grade's: some before its
amounts, some after them ("1 / Account Clerk / $32,523.07 / $44,258.70 / $15.64 ... /
Information Desk Specialist / 2 / ..."). Its pay is the LOW and HIGH columns, the first
two amounts, in the period their size gives (the steps after them restate it by the
hour). A title right before amounts of its own with no grade number ("Law
Director/Prosecutor / $47,572.80", "Police Officer / $23.00") is a row of its own, at
its first two amounts or its one; titles over column names ("Driver, Intern / Low /
High / $14.28") are a group's, and nothing says which of them the amounts are, so they
are not read.

    >>> text = ("GRADE\\nPOSITION\\nLOW\\nHIGH\\nSTEP 1\\n1\\nAccount Clerk\\n$32,523.07\\n"
    ...         "$44,258.70\\n$15.64\\nDesk Clerk\\n2\\nBuyer\\n$38,671.46\\n$51,895.40\\n")
    >>> [(row.title, row.low, row.high, row.period) for row in grade_rows(text)]
    [('Account Clerk', 32523.07, 44258.7, 'year'), ('Desk Clerk', 32523.07, 44258.7, 'year'), \
('Buyer', 38671.46, 51895.4, 'year')]
"""

from __future__ import annotations

import re
from typing import NamedTuple

from store.extract.meaning.periods import period_for_size, plausible_pay
from store.models import Period

# A header's column names, one to a line: the titles' column, then the low and the high.
_HEADER = re.compile(
    r"^[ \t]*(?:position|class(?:ification)?|(?:job |class )?title)[ \t]*\n"
    r"[ \t]*(?:low|min(?:imum)?)[ \t]*\n[ \t]*(?:high|max(?:imum)?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_HIGH_LINES = ("\nHIGH\n", "\nHigh\n", "\nMAXIMUM\n", "\nMaximum\n", "\nMAX\n", "\nMax\n")
_COLUMN_NAME = re.compile(
    r"(?:grade|position|class(?:ification)?|(?:job |class )?title|low|high|min(?:imum)?|"
    r"max(?:imum)?|step \d+)",
    re.IGNORECASE,
)
_BOUND_NAME = re.compile(r"low|high|min(?:imum)?|max(?:imum)?", re.IGNORECASE)
_GRADE = re.compile(r"\d{1,3}")
_AMOUNT = re.compile(r"\$[ \t]?(\d{1,3}(?:,[ \t]?\d{3})*(?:\.\d{2})?)")
_TITLE = re.compile(r"[A-Za-z][A-Za-z/&,.'() -]{2,59}")


class ClassRow(NamedTuple):
    """A job class and its pay, as a class table or a grade schedule lists it."""

    title: str
    low: float
    high: float
    period: Period
    span: tuple[int, int]


def class_period(low: float, high: float, named: Period | None = None) -> Period | None:
    """The period of a class's pay from ``low`` to ``high`` (in US dollars): the one its
    table ``named``, else the one its size gives; None when that is no plausible pay.

    >>> class_period(43_000, 61_000), class_period(23.0, 31.5), class_period(61_000, 43_000)
    ('year', 'hour', None)
    """
    if low > high:
        return None
    period = named or period_for_size(low, "USD", None)
    return period if period and plausible_pay(low, high, period, "USD") else None


def grade_rows(text: str) -> list[ClassRow]:
    """Each class title a one-cell-a-line schedule lists under a grade number, with that
    grade's low and high; [] for a text with no such header."""
    if not any(mark in text for mark in _HIGH_LINES):
        return []  # the usual case: no column named on a line of its own
    header = _HEADER.search(text)
    if header is None:
        return []
    rows: list[ClassRow] = []
    grade: _Grade | None = None  # a grade, or a title's own row with no grade number
    titled: str | None = None  # a title no grade holds, right before whatever comes next
    at = header.end()
    for line in text[at:].splitlines(keepends=True):
        cell, start, at = line.strip(), at, at + len(line)
        if not cell:
            continue
        amount = _AMOUNT.fullmatch(cell)
        if _COLUMN_NAME.fullmatch(cell):  # the rows above have ended
            if grade is not None and _BOUND_NAME.fullmatch(cell):
                grade.after.clear()  # "Seasonal / Lifeguard, Laborer / Low / High": a group's
            rows += grade.rows() if grade else []
            grade, titled = None, None
        elif _GRADE.fullmatch(cell):
            rows += grade.rows() if grade else []
            grade, titled = _Grade(start), None
        elif amount:
            value = float(amount[1].replace(",", "").replace(" ", ""))
            if grade is not None and grade.after and len(grade.amounts) >= 2 and not grade.loose:
                titled = grade.after.pop()  # a title's own amounts, no grade number
                rows += grade.rows()
                grade = None
            if grade is None and titled is not None:
                grade, titled = _Grade(start, loose=[titled]), None
            if grade is not None:
                grade.amounts.append(value)
        elif _TITLE.fullmatch(cell):
            if grade is not None and not grade.loose:
                (grade.after if grade.amounts else grade.titles).append(cell)
            else:
                rows += grade.rows() if grade else []
                grade, titled = None, cell
        else:  # prose: the schedule has ended, or a note between its rows
            rows += grade.rows() if grade else []
            grade, titled = None, None
    return rows + (grade.rows() if grade else [])


class _Grade:
    """One grade as read so far: its titles before and after its amounts."""

    def __init__(self, start: int, loose: list[str] | None = None) -> None:
        self.start = start
        self.loose = bool(loose)  # one title's own row: its amounts right under it
        self.titles: list[str] = loose or []
        self.amounts: list[float] = []
        self.after: list[str] = []

    def rows(self) -> list[ClassRow]:
        if self.loose and len(self.amounts) == 1:  # "Police Officer / $23.00": one rate
            self.amounts.append(self.amounts[0])
        if len(self.amounts) < 2:
            return []
        low, high = self.amounts[:2]
        period = class_period(low, high)
        if period is None:
            return []
        span = (self.start, self.start + 1)
        return [ClassRow(title, low, high, period, span) for title in self.titles + self.after]
