"""A step schedule saved as text with each grade's amounts on one line: the grade number,
its steps glued together, then its first class title; the grade's other titles follow,
one to a line, up to the next grade's line.

    rows = grade_line_rows(text)   # [ClassRow(title, low, high, period, span), ...]

County pay plans copied from a web page read so ("Step 1 / Step 2 / Step 3", then
"53 $33,109.69$33,771.88$34,447.32Aging Services Supervisor", "Animal Care Technician",
...). Each title is its grade's class at the range from the first step to the last, in
the period their size gives. Read only under a header naming steps or grades, and only
for a text with two or more such lines (a lone "10 $45,000 $50,000" is no schedule).

    >>> text = ("Step 1\\nStep 2\\n51 $31, 824.00$32,460.48Site Manager\\n"
    ...         "52 $32,460.48$33,109.69Maintenance Helper\\nPark Attendant ^\\n"
    ...         "60 $38,032.63$38,793.28\\n")
    >>> [(row.title, row.low, row.high, row.period) for row in grade_line_rows(text)]
    [('Site Manager', 31824.0, 32460.48, 'year'), ('Maintenance Helper', 32460.48, 33109.69, \
'year'), ('Park Attendant', 32460.48, 33109.69, 'year')]
"""

from __future__ import annotations

import re

from store.ingest.tables.cellgrids import ClassRow, class_period

_AMOUNT = r"\$[ \t]?\d{1,3}(?:,[ \t]?\d{3})*\.\d{2}"  # "$31, 824.00": cents end each step
# A grade's line: its number, two or more steps, then (maybe) its first title.
_GRADE_LINE = re.compile(rf"^[ \t]*\d{{1,3}}[ \t]*((?:{_AMOUNT}[ \t]*){{2,}})(.*)$", re.MULTILINE)
_STEP = re.compile(_AMOUNT)
_HEADER = re.compile(r"\b(?:step[ \t]*1|grade)\b", re.IGNORECASE)
# A title alone on its line ("4H Program Assistant", "Lineman - Airport"), and the marks
# schedules put after one ("EMT Basic/Firefighter ^").
_TITLE = re.compile(r"[A-Za-z0-9][A-Za-z0-9/&,.'() -]{2,59}")
_MARKS = re.compile(r"[\s^*†#]+$")


def grade_line_rows(text: str) -> list[ClassRow]:
    """Each class title a schedule of grade lines lists, at its grade's first to last
    step; [] for a text without two grade lines under a step or grade header."""
    lines = list(_GRADE_LINE.finditer(text))
    if len(lines) < 2 or _HEADER.search(text, 0, lines[0].start()) is None:
        return []
    rows: list[ClassRow] = []
    for number, line in enumerate(lines):
        steps = [float(re.sub(r"[$, \t]", "", step)) for step in _STEP.findall(line[1])]
        low, high = steps[0], steps[-1]
        period = class_period(low, high)
        if period is None:
            continue
        end = lines[number + 1].start() if number + 1 < len(lines) else len(text)
        titles = [line[2], *_titles_after(text[line.end() : end])]
        rows += [
            ClassRow(title, low, high, period, line.span(1))
            for title in (_MARKS.sub("", cell).strip() for cell in titles)
            if title and _TITLE.fullmatch(title) and any(c.isalpha() for c in title[:2])
        ]
    return rows


def _titles_after(block: str) -> list[str]:
    """The titles on the lines after a grade's line, up to the first line that is none
    (prose: the schedule has ended)."""
    titles = []
    for line in block.splitlines():
        cell = _MARKS.sub("", line).strip()
        if not cell:
            continue
        if not _TITLE.fullmatch(cell):
            break
        titles.append(cell)
    return titles
