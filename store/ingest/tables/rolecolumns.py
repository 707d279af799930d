"""A table comparing jobs side by side, saved as text: a header naming one job a column,
then rows of a label and one amount a column ("Junior DeveloperSenior Web Developer" /
"Yearly salary$75,006$97,916" / "Hourly rate$36.06$47.08", cells glued as a page's text
often glues them). Each amount is its column's job's.

    role = column_role(text, figure)   # None: the figure is no such table's cell

Used by ``store.ingest.attribution.subjects`` before a figure's label or sentence is read.
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.models import PayFigure, Role
from store.resolve.roles import role_from_title

# An amount cell: "$75,006", "£36.06", "€1.200".
_CELL = re.compile(r"[$€£]\s?\d[\d,.]*")
# Where a header's cells part: a bar, a tab, wide spacing, or a glued boundary
# ("DeveloperSenior": a lower-case letter run into the next cell's capital).
_HEADER_BREAK = re.compile(r"\s*\|\s*|\t|\s{2,}|(?<=[a-z])(?=[A-Z])")
_HEADER_REACH = 6  # rows between a header and the row read
_MAX_COLUMNS = 4


def column_role(text: str, figure: PayFigure) -> Role | None:
    """The job of the column a figure sits in, when its line is a row of one amount for
    each job its table's header names (two to four), else None.

    >>> text = ("Junior DeveloperSenior Web Developer\\nYearly salary$75,006$97,916\\n"
    ...         "Hourly rate$36.06$47.08")
    >>> from store.extract.figures import extract_pay
    >>> [column_role(text, f).slug for f in extract_pay(text)]
    ['junior-software-engineer', 'senior-software-engineer', 'junior-software-engineer', \
'senior-software-engineer']

    A row under a header that names no jobs, or another number of them, is no such row:

    >>> column_role("Low High\\nSalary$75,006$97,916", extract_pay("Salary$75,006$97,916")[0])
    """
    start = figure.span[0]
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end == -1 else line_end]
    cells = _CELL.findall(line)
    if not 2 <= len(cells) <= _MAX_COLUMNS:
        return None  # the usual case: one amount on its line
    column = len(_CELL.findall(text, line_start, start))
    roles = _header_roles(text, line_start)
    return roles[column] if roles and len(roles) == len(cells) else None


# A row's figures (two to four) share its header: read once per row of the text at hand
# (a few texts kept, as the figures of one text are read together; pages may be large).
@lru_cache(maxsize=16)
def _header_roles(text: str, row_start: int) -> tuple[Role, ...] | None:
    """The jobs the header above a table's rows names, one a cell: the first line above
    the rows (lines of two amounts or more) that is not one, when each cell is a job."""
    end = row_start - 1
    for _ in range(_HEADER_REACH):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if len(_CELL.findall(line)) < 2:
            cells = [cell for cell in _HEADER_BREAK.split(line) if cell.strip()]
            if not 2 <= len(cells) <= _MAX_COLUMNS or _CELL.search(line):
                return None
            roles = tuple(role_from_title(cell) for cell in cells)
            return roles if all(roles) else None  # type: ignore[return-value]
        end = start - 1
    return None
