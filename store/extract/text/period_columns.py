"""Tables pasted as lines whose header names a period for each column ("Leeftijd Per maand
Per week Per dag Per uur" over "21 jaar en ouder € 1.934,40 € 446,40 € 89,28 € 11,16"):
the k-th marked amount of a row is paid by the k-th period of the header.

    >>> text = "Leeftijd Per maand Per week Per dag\\n21 jaar € 1.934,40 € 446,40 € 89,28"
    >>> period_column_header(text, text.index("€ 89")), period_column_header(text, 10)
    ('Per dag', '')

Used by ``store.extract.text.context`` as a figure's column header when no pipe or comma
table gives one.
"""

from __future__ import annotations

import re
from bisect import bisect_left

# A header cell that is a period, in the languages read here.
_PERIOD_CELL = re.compile(
    r"\b(?:[Pp]er|[Pp]ro|[Pp]ar|[Pp]or|[Aa]l)\s+(?:maand|week|dag|uur|jaar|month|day|hour|year"
    r"|Monat|Woche|Tag|Stunde|Jahr|mois|semaine|jour|heure|an|mes|semana|d[íi]a|hora|año)\b"
)
# An amount with its mark in a row: "€ 1.934,40", "$17.20", "1.934,40 €".
_ROW_AMOUNT = re.compile(r"[€$£]\s?\d[\d.,]*\d|\d[\d.,]*\d\s?€")
_ROW_REACH = 120  # the longest row read as one
_ROWS_UP = 12  # rows of the same table looked past for their header
_PERIOD_CELLS = 2  # a header names at least this many periods


# The last text read and where its lines naming two periods or more end: looked for
# once a text, so that a figure far from any such line is settled by one comparison.
_LAST_TEXT: list = [None, ()]


def _header_ends(scan: str) -> tuple[int, ...]:
    if _LAST_TEXT[0] is not scan:
        ends: list[int] = []
        line = -1
        for cell in _PERIOD_CELL.finditer(scan):
            end = scan.find("\n", cell.end())
            if end != -1 and end == line and (not ends or ends[-1] != end):
                ends.append(end)  # a second period cell on the same line
            line = end
        _LAST_TEXT[:] = [scan, tuple(ends)]
    return _LAST_TEXT[1]


def period_column_header(scan: str, pos: int) -> str:
    """The period cell of the header above the column of the amount at ``pos``, or ""."""
    start = scan.rfind("\n", max(0, pos - _ROW_REACH), pos) + 1
    if not start:
        return ""  # the usual case: a text's first line, or a long line
    end = scan.find("\n", pos, pos + _ROW_REACH)
    end = len(scan) if end == -1 and len(scan) - pos <= _ROW_REACH else end
    if end == -1:
        return ""  # prose, not a row
    amounts = [m.start() for m in _ROW_AMOUNT.finditer(scan, start, end)]
    if len(amounts) < _PERIOD_CELLS or pos not in amounts:
        return ""  # not a row of marked amounts: the text's header lines are never looked for
    ends = _header_ends(scan)
    if not ends:
        return ""  # no line in the text names two periods
    above = bisect_left(ends, pos) - 1  # the last such line ending before it
    if above < 0 or pos - ends[above] > _ROWS_UP * _ROW_REACH:
        return ""
    for _ in range(_ROWS_UP):
        above = scan.rfind("\n", 0, start - 1) + 1
        row = scan[above : start - 1]
        if not row.strip() or len(row) > _ROW_REACH:
            return ""
        cells = _PERIOD_CELL.findall(row)
        if cells:
            return cells[amounts.index(pos)] if len(cells) == len(amounts) else ""
        if len(_ROW_AMOUNT.findall(row)) != len(amounts) or above == 0:
            return ""  # not a row of the same table
        start = above
    return ""
