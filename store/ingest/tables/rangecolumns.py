"""A class table saved column by column: under a header naming a minimum and a maximum,
the class titles one to a line, then each column's cells one to a line in the same
order (the minimum's step and amount, a control point, the maximum).

    rows = column_rows(text)   # [ClassRow(title, low, high, period, span), ...]

City pay resolutions scanned to text read so ("Minimum Point Maximum", "Class Title Step
Amount ...", "Account Clerk I", "Account Clerk II", then "324 1 743", "344 1 926", ...,
then "2 237", "2 472"). With N titles and a whole number of columns of N cells after
them, each title is its class at the amount ending its first column's cell to the one
of its last column's cell; scans print a thousands comma as a space ("1 743").

    >>> text = ("(Monthly)\\nMinimum Maximum\\nClass Title Step Amount Amount\\n"
    ...         "Account Clerk~\\nBuyer\\n324 1 743\\n344 1 926\\n2 237\\n2 472\\nPage 2\\n")
    >>> [(row.title, row.low, row.high, row.period) for row in column_rows(text)]
    [('Account Clerk', 1743.0, 2237.0, 'month'), ('Buyer', 1926.0, 2472.0, 'month')]
"""

from __future__ import annotations

import re

from store.ingest.tables.cellgrids import ClassRow, class_period
from store.models import Period

_HEADER = re.compile(
    r"^[^\n]*\bminimum\b[^\n]*\bmaximum\b[^\n]*\n(?:[^\n]*\n)?"
    r"[ \t]*(?:class(?:ification)?(?: title)?|job title|position(?: title)?)\b[^\n]*\n",
    re.IGNORECASE | re.MULTILINE,
)
_CELL = re.compile(r"[\d ,.]*\d")  # a line of numbers: a step, an amount, or both
# The amount a cell ends on: "1 743" and "2,128" (a scan's space or a comma for the
# thousands), "3418".
_AMOUNT_AT_END = re.compile(r"(\d{1,3}(?:[ ,]\d{3})+|\d{3,6})$")
_TITLE = re.compile(r"[A-Za-z][A-Za-z0-9/&,.'() -]{1,59}")
_MARKS = re.compile(r"[\s~*#+^]+$")  # "Accountant~", "Accounting Manager*": footnote marks
# The period a table's heading names for its amounts: "(Monthly Amounts)".
_PERIOD_WORDS: dict[str, Period] = {
    "hourly": "hour", "weekly": "week", "monthly": "month", "annual": "year", "yearly": "year"
}  # fmt: skip
_PERIOD_NAMED = re.compile(r"\b(hourly|weekly|monthly|annual|yearly)\b", re.IGNORECASE)
_HEADING_REACH = 200  # the heading sits right above the column names


def column_rows(text: str) -> list[ClassRow]:
    """Each class title of a table saved column by column, at its first column's amount
    to its last's; [] for a text with no such header and columns."""
    if "aximum" not in text and "AXIMUM" not in text:
        return []  # the usual case
    header = _HEADER.search(text)
    if header is None:
        return []
    titles: list[str] = []
    cells: list[tuple[str, int]] = []
    at = header.end()
    for line in text[at:].splitlines(keepends=True):
        cell, start, at = line.strip(), at, at + len(line)
        if _CELL.fullmatch(cell):
            cells.append((cell, start))
        elif cells or not _TITLE.fullmatch(_MARKS.sub("", cell)):
            break  # the columns have ended, or the titles had none after them
        else:
            titles.append(_MARKS.sub("", cell))
    named = {
        _PERIOD_WORDS[word.lower()]
        for word in _PERIOD_NAMED.findall(text, max(0, header.start() - _HEADING_REACH), at)
    }
    named_period = next(iter(named)) if len(named) == 1 else None
    count = len(titles)
    if count == 0 or len(cells) < 2 * count or len(cells) % count:
        return []
    rows = []
    for title, (first, start), (last, _) in zip(titles, cells[:count], cells[-count:], strict=True):
        low, high = _amount(first), _amount(last)
        period = class_period(low, high, named_period) if low and high else None
        if period is not None:
            rows.append(ClassRow(title, low, high, period, (start, start + len(first))))
    return rows


def _amount(cell: str) -> float | None:
    """The amount a column's cell ends on ("324 1 743" is step 324 at 1,743)."""
    found = _AMOUNT_AT_END.search(cell)
    return float(re.sub(r"[ ,]", "", found[1])) if found else None
