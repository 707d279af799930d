"""A public employer's class table: its job classes one to a row, each with its pay as
bare cells.

A city's or county's pay page lists its job classes under a header naming them ("CLASS
TITLE", "Job Title", "Classification"), each row a class and its pay: one cell ("| Fire
Lieutenant | 9731.89 |") or a row of steps ("| Firefighter | 5985.17 | 6480.38 | ...
| 8109.91 |"). No cell carries a currency sign or a period, so extraction reads none of
them as pay. What a recruiter keeps is each class's pay: one cell as it stands, a row of
steps as the range from its lowest to its highest. Read only for a text with such a
header and rows of amounts in cents, in the one period the text names ("the monthly base
pay"); a text naming two periods, or none, gives nothing.

    >>> text = ("| CLASS TITLE |\\n| Fire Lieutenant | 9731.89 |\\n"
    ...         "| Firefighter *3 | 5985.17 | 8109.91 |\\nThe monthly base pay of ...")
    >>> [(row.title, row.low, row.high, row.period) for row in class_rows(text)]
    [('Fire Lieutenant', 9731.89, 9731.89, 'month'), ('Firefighter', 5985.17, 8109.91, 'month')]
    >>> class_rows(text.replace("monthly", "hourly or monthly"))  # two periods: unknown
    []
"""

from __future__ import annotations

import re

from store.extract.meaning.periods import plausible_pay
from store.ingest.tables.cellgrids import ClassRow, grade_rows
from store.ingest.tables.gradelines import grade_line_rows
from store.ingest.tables.rangecolumns import column_rows
from store.models import Period, Role
from store.resolve.levels import split_level
from store.resolve.roles import open_role, role_from_title
from store.resolve.titles import titles_in, words_of

# A header cell naming job classes: "| CLASS TITLE |", "Job Title |", "| Classification |".
_CLASS_HEADER = re.compile(
    r"^[ \t|]*(?:class(?:ification)?(?: title)?|job (?:class(?:ification)?|title)|"
    r"position(?: title)?)[ \t]*\|",
    re.IGNORECASE | re.MULTILINE,
)
_AMOUNT = r"\d{1,3}(?:,?\d{3})*\.\d{2,3}"  # "9731.89", "10,542.883": cents, no sign
_ROW = re.compile(
    rf"^[ \t]*\|?[ \t]*([A-Za-z][^|\n]{{1,60}}?)[ \t]*((?:\|[ \t]*{_AMOUNT}[ \t]*)+)\|?[ \t]*$",
    re.MULTILINE,
)
_CELL = re.compile(_AMOUNT)
_FOOTNOTE_MARKS = re.compile(r"[\s*\d]+$")  # "Fire Captain *1": the class is "Fire Captain"
# The period a page says its pay is in, each way it says it.
_PERIOD_NAMED: dict[Period, re.Pattern[str]] = {
    "hour": re.compile(r"\b(?:hourly|per hour|an hour)\b", re.IGNORECASE),
    "week": re.compile(r"\b(?:weekly|bi-?weekly|per week)\b", re.IGNORECASE),
    "month": re.compile(r"\b(?:monthly|per month|a month)\b", re.IGNORECASE),
    "year": re.compile(r"\b(?:annual(?:ly)?|yearly|per year|a year|per annum)\b", re.IGNORECASE),
}


def class_rows(text: str) -> list[ClassRow]:
    """The job classes a class table lists with their pay, in the order it lists them;
    none for a text with no class header, or that names no one period."""
    if "|" not in text or _CLASS_HEADER.search(text) is None:
        # or a schedule saved one cell a line, one grade a line, or column by column
        return grade_rows(text) or grade_line_rows(text) or column_rows(text)
    found = list(_ROW.finditer(text))  # first: most tables under such a header have no cents
    if not found:
        return []
    named = [period for period, words in _PERIOD_NAMED.items() if words.search(text)]
    if len(named) != 1:
        return []
    period = named[0]
    rows = []
    for row in found:
        title = _FOOTNOTE_MARKS.sub("", row[1]).strip(" *|")
        cells = [round(float(cell.replace(",", "")), 2) for cell in _CELL.findall(row[2])]
        low, high = min(cells), max(cells)
        if title and plausible_pay(low, high, period, "USD"):
            rows.append(ClassRow(title, low, high, period, row.span(2)))
    return rows


_GRADE_MARK = re.compile(r"^(?:[ivx]{1,4}|\d{1,2})$")  # "Account Clerk II", "Engineer 3"


def class_role(title: str) -> Role | None:
    """The role a job class's title names: the catalog's, when the words it read end
    the title (its last word, a grade mark aside, is the job's head: "Account Clerk II"
    is an office clerk), else a role of its own, as a word the catalog knows that only
    qualifies the head ("Admin Services Director", "Services Administration
    Supervisor") names another job. A title with a slash, dash or bracket keeps the
    catalog's reading (its specialities and second names read their own way).

    >>> class_role("Account Clerk II").slug, class_role("Admin Services Director").slug
    ('office-clerk', 'admin-services-director')
    """
    known = role_from_title(title)
    if known is None or any(mark in title for mark in "/-–()"):
        return known or open_role(title)
    level, rest = split_level(title)
    words = words_of(rest)
    while words and _GRADE_MARK.match(words[-1]):
        words.pop()
    found = titles_in(" ".join(words), with_level=level is not None, strict=False)
    heads = found and found[-1][0] + found[-1][1] == len(words)
    return known if heads else open_role(title)
