"""The columns of a pay structure table: which cells of a row are the bounds of one range.

    >>> from store.extract.amounts.money import find_amounts
    >>> text = "Grade Minimum Midpoint Maximum\\n1 $26,100 $32,000 $37,800"
    >>> column_ranges(text, find_amounts(text)[1:])
    ([(0, 2)], 3)

A row's cells side by side under columns headed minimum, (midpoint, percentiles,)
maximum make one range of its first and last cell; the percentile and midpoint
cells between are the range's inside, not figures of their own. A pipe table that
heads a minimum and a maximum for each period ("Minimum annual | Minimum hourly |
Mid-point annual | ... | Maximum hourly") makes one range for each, its minimum
paired with the maximum of the same period.
"""

from __future__ import annotations

import itertools
import re

from store.extract.amounts.money import Amount
from store.extract.text.surroundings import line_above, table_header

_BOUND_COLUMN = re.compile(
    r"\b(?:(?P<min>min(?:imum)?)|(?P<mid>mid(?:-?point)?|middle|market)|(?P<max>max(?:imum)?)"
    r"|(?P<inside>\d{1,2}(?:st|nd|rd|th)\s+percentile|q[13]))\b",
    re.IGNORECASE,
)
_INSIDE = frozenset({"mid", "inside"})  # columns between a range's bounds
_ROW_GAP = re.compile(r"[ \t|]*")
ROW_CELLS = 8  # the most cells of one row read as bounds and their inside


def column_ranges(scan: str, amounts: list[Amount]) -> tuple[list[tuple[int, int]], int]:
    """The ranges a table row starting at ``amounts[0]`` holds, as pairs of indices into
    ``amounts`` (its minimum's, its maximum's), and how many amounts the row spans;
    ``([], 0)`` when the row's columns are not headed as bounds. Pass one amount more
    than ``ROW_CELLS``, so that a longer row is seen for what it is.

    >>> from store.extract.amounts.money import find_amounts
    >>> text = "Grade | Min annual | Min hourly | Max annual | Max hourly |\\n"
    >>> text += "3 | $40,000 | $19.23 | $60,000 | $28.85 |"
    >>> column_ranges(text, find_amounts(text)[1:])
    ([(0, 2), (1, 3)], 4)
    """
    if len(amounts) < 2 or not (amounts[0].marked and amounts[1].marked):
        return [], 0
    if not _ROW_GAP.fullmatch(scan, amounts[0].end, amounts[1].start):
        return [], 0  # the usual case: words between them
    cells = 2
    for before, amount in itertools.pairwise(amounts[1:ROW_CELLS]):
        if not (amount.marked and _ROW_GAP.fullmatch(scan, before.end, amount.start)):
            break
        cells += 1
    if not _row_ends(scan, amounts, cells):
        return [], 0
    piped = "|" in scan[amounts[0].end : amounts[1].start]
    if piped:  # a pipe table: each column's own header
        headers = [table_header(scan, amount.start) for amount in amounts[:cells]]
        names = [_only_name(header) for header in headers]
    else:
        headers = []
        names = _column_names(line_above(scan, amounts[0].start))[:cells]
    pairs = _bound_pairs(names, cells)
    if len(pairs) > 1 and not (
        piped
        and all(_period_words(headers[low]) == _period_words(headers[high]) for low, high in pairs)
    ):
        return [], 0  # "Minimum annual" pairs only with "Maximum annual"
    return (pairs, cells) if pairs else ([], 0)


def _bound_pairs(names: list[str], cells: int) -> list[tuple[int, int]]:
    """Each minimum column's index with its maximum's, when ``names`` are n minimums,
    any inside columns, then n maximums, one for each of ``cells``; else []."""
    if len(names) != cells:
        return []
    bottoms = next((i for i, name in enumerate(names) if name != "min"), cells)
    tops = cells - bottoms
    if bottoms == 0 or tops < bottoms or names[cells - bottoms :] != ["max"] * bottoms:
        return []
    if not all(name in _INSIDE for name in names[bottoms : cells - bottoms]):
        return []
    if bottoms > 1 and (cells - 2 * bottoms) % bottoms:
        return []  # inside columns come one for each period, or not at all
    return [(i, cells - bottoms + i) for i in range(bottoms)]


def _only_name(header: str) -> str:
    found = _column_names(header)
    return found[0] if len(found) == 1 else ""


def _column_names(header: str) -> list[str]:
    return [match.lastgroup or "" for match in _BOUND_COLUMN.finditer(header)]


def _period_words(header: str) -> str:
    """A bound column's header without its bound: "Minimum annual" -> "annual"."""
    return _BOUND_COLUMN.sub("", header).strip(" \t|-").lower()


def _row_ends(scan: str, amounts: list[Amount], count: int) -> bool:
    """Whether the row holds no amount after the first ``count``."""
    return len(amounts) <= count or "\n" in scan[amounts[count - 1].end : amounts[count].start]
