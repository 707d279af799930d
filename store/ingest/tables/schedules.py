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

A police or fire department's wage schedule prints a row per step ("Entry $35.52 $36.41
$37.30", "2 $37.65 ..."): where its other columns are shift differentials, the base
column's span from the first step to the last is the job's pay, else (lanes by degree)
its lowest to highest cell; no cell is a figure alone (``with_step_grids``).
"""

from __future__ import annotations

import re

from store.extract.meaning.periods import period_for_size
from store.ingest.attribution.subjects import PAY_WORDS
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


# A step's row of a wage schedule, or its label alone when the saved copy broke the row
# ("8" / "$44.84" / "$45.96 $47.08"): "Entry", "Start", "Step 3" or a count of years.
_STEP = re.compile(
    r"^[ \t]*(?:[Ee]ntry|[Ss]tart(?:ing)?|[Ss]tep[ \t]*\d{1,2}|\d{1,2})[ \t]*(?=\$|\n)",
    re.MULTILINE,
)
_CELL = re.compile(r"\$[ \t]?(\d{1,3}(?:,\d{3})*(?:\.\d\d)?)(?![\d,])")
_GRID_GAP = re.compile(r"(?:[ \t]*(?:\$[ \t]?[\d,.]+\S*[ \t]*)*\n)*?[ \t]*$")
MIN_STEPS = 3  # two rows are a before and after, not a schedule
_LEAD_IN = 400  # a grid's header ("Base Pay Rate", "Pay Wage Schedule") sits right above it


def step_grids(text: str) -> list[PayFigure]:
    """Each wage schedule in ``text`` as one figure spanning its whole grid (``_grid``).
    A grid has at least ``MIN_STEPS`` steps one after another, its first column rising,
    under words that say pay.

    >>> grid = "Entry $35.52 $36.41\\n2 $37.65 $38.59\\n4\\n\\n$39.91\\n\\n$40.91"
    >>> [(f.min_amount, f.max_amount) for f in step_grids("Base Rate Night Shift\\n" + grid)]
    [(35.52, 39.91)]
    >>> [(f.min_amount, f.max_amount, f.period) for f in step_grids("Pay by degree\\n" + grid)]
    [(35.52, 40.91, 'hour')]
    >>> step_grids("1 $90,000\\n2 $80,000\\n3 $70,000")  # a ranking falls: no schedule
    []
    """
    grids: list[PayFigure] = []
    steps: list[tuple[int, re.Match[str]]] = []  # (step start, its first cell)
    for step in _STEP.finditer(text):
        cell = _CELL.search(text, step.end())
        if cell is None or text[step.end() : cell.start()].strip():
            continue
        if steps and not _GRID_GAP.fullmatch(text, steps[-1][1].end(), step.start()):
            grids += _grid(text, steps)
            steps = []
        steps.append((step.start(), cell))
    return grids + _grid(text, steps)


def _grid(text: str, steps: list[tuple[int, re.Match[str]]]) -> list[PayFigure]:
    """The figure a run of steps makes, if it is a wage schedule's: its base column's
    span when the other columns are shift differentials, else its lowest to highest cell
    (a teacher's lanes by degree are all base pay)."""
    if len(steps) < MIN_STEPS:
        return []
    column = [float(cell[1].replace(",", "")) for _, cell in steps]
    lead_in = text[max(0, steps[0][0] - _LEAD_IN) : steps[0][0]]
    period = period_for_size(column[-1], "USD", None)
    if column != sorted(column) or column[-1] == column[0] or period is None:
        return []
    if not PAY_WORDS.search(lead_in):
        return []
    span = (steps[0][0], _ROW_REST.match(text, steps[-1][1].end()).end())
    low, high = column[0], column[-1]
    if not _DIFFERENTIALS.search(lead_in):
        cells = [float(cell[1].replace(",", "")) for cell in _CELL.finditer(text, *span)]
        low, high = min(cells), max(cells)
    return [
        PayFigure(
            min_amount=low,
            max_amount=high,
            period=period,
            period_basis="label",
            currency="USD",
            kind="range",
            span=span,
            text=f"${low:,.2f} - ${high:,.2f}",
        )
    ]


# The rest of a grid's last row: its other cells, on its line or on the lines below.
_ROW_REST = re.compile(
    r"(?:[ \t]*\$[ \t]?[\d,.]+\S*)*(?:\s*\n[ \t]*\$[ \t]?[\d,.]+\S*(?:[ \t]+\$[ \t]?[\d,.]+\S*)*)*"
)
# Columns beside the base rate that add a premium to it: "Afternoon Rate + 2.5%",
# "Graveyard", "Night Shift Differential".
_DIFFERENTIALS = re.compile(
    r"\b(?:differentials?|premiums?|afternoon|evening|graveyard|night|swing|shift)\b|\+\s?\d",
    re.IGNORECASE,
)


def with_step_grids(text: str, figures: list[PayFigure]) -> list[PayFigure]:
    """``figures`` with each wage schedule's cells replaced by its base column's span
    (``step_grids``); only a text with a step row ("Entry $35.52", "2 $37.65") is read.

    >>> text = "Pay Rate\\nEntry $35.52 $36.41\\n2 $37.65 $38.59\\n4 $39.91 $40.91"
    >>> cells = [PayFigure(min_amount=35.52, max_amount=35.52, span=(15, 21), text="$35.52")]
    >>> [f.text for f in with_step_grids(text, cells)]
    ['$35.52 - $40.91']
    """
    grids = step_grids(text) if _STEP_ROW_CUE.search(text) else []
    if not grids:
        return figures
    kept = [f for f in figures if not any(g.span[0] <= f.span[0] < g.span[1] for g in grids)]
    return sorted(kept + grids, key=lambda figure: figure.span[0])


_STEP_ROW_CUE = re.compile(r"\n[ \t]*(?:[Ee]ntry|\d{1,2})[ \t]+\$")
