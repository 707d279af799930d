"""A salary schedule printed as a grid of bare cells: its lowest and highest cell as one
range.

A school district's "Teacher Salary Scale" saved as text prints one cell per line
("4 |" / "50,324 |" / "51,674 |" ...) or a row of cells after each step ("1 $ 56,938
$ 57,510 ..."): no cell says it is pay, so each is a bare amount. What a recruiter keeps
from such a page is the span the schedule pays, from its first step to its last. Read
only for a result whose own figures gave nothing and whose title or opening calls it a
salary (pay, wage) schedule or scale.

    >>> grid = "".join(f"{n},000 |\\n" for n in range(50, 58))
    >>> span = schedule_span("Teacher Salary Scale", grid)
    >>> span.min_amount, span.max_amount, span.period
    (50000.0, 57000.0, 'year')
    >>> schedule_span("Teacher pay", grid) is None  # not called a schedule
    True
"""

from __future__ import annotations

import re

from store.extract.periods import period_for_size
from store.models import PayFigure

_CALLED_SCHEDULE = re.compile(r"\b(?:salary|pay|wage)\s+(?:schedules?|scales?)\b", re.IGNORECASE)
_OPENING = 300  # where a page calls itself a schedule, if anywhere
# A cell alone on its line ("50,324 |", " $43,661"), or a step's row of cells
# ("1 $ 56,938 $ 57,510 $ 60,965").
_CELL_LINE = re.compile(r"^[ \t]*\$?[ \t]?(\d{2,3},\d{3})(?:\.\d\d)?[ \t]*\|?[ \t]*$", re.MULTILINE)
_STEP_ROW = re.compile(
    r"^[ \t]*\d{1,2}(?:[ \t]+\$[ \t]?\d{2,3},\d{3}(?:\.\d\d)?)+[ \t]*$", re.MULTILINE
)
_ROW_CELL = re.compile(r"\$[ \t]?(\d{2,3},\d{3})")
MIN_CELLS = 6  # fewer is a card or a list, not a grid


def schedule_span(title: str, content: str) -> PayFigure | None:
    """The range from a salary schedule's lowest cell to its highest, as one yearly
    figure spanning the grid; None for a text not called a schedule or with too few
    cells."""
    if not (_CALLED_SCHEDULE.search(title) or _CALLED_SCHEDULE.search(content[:_OPENING])):
        return None
    cells = [
        (float(m[1].replace(",", "")), m.start(1), m.end(1)) for m in _CELL_LINE.finditer(content)
    ]
    for row in _STEP_ROW.finditer(content):
        cells += [
            (float(m[1].replace(",", "")), row.start() + m.start(1), row.start() + m.end(1))
            for m in _ROW_CELL.finditer(row[0])
        ]
    if len(cells) < MIN_CELLS:
        return None
    low, high = min(cell[0] for cell in cells), max(cell[0] for cell in cells)
    start, end = min(cell[1] for cell in cells), max(cell[2] for cell in cells)
    currency = "USD" if "$" in content[start:end] else None  # else the place's money
    if period_for_size(high, currency, None) != "year":
        return None
    return PayFigure(
        min_amount=low,
        max_amount=high,
        period="year",
        period_basis="size",
        currency=currency,
        kind="range",
        span=(start, end),
        text=f"{low:,.0f} - {high:,.0f}",
    )
