"""Tables pasted one cell a line: the header cell a figure's cell sits under.

    >>> text = "Level\\nAnnual Salary\\nHourly Wage\\nEntry\\n$52,300\\n$25.14"
    >>> stacked_header(text, text.index("$52"), text.index("\\n$25"))
    'Annual Salary'

A table copied from a page often comes out with each cell on a line of its own: the
header's cells first ("Experience Level", "Annual Salary", "Hourly Wage"), then each
row's (its label, then its money), or, from a pipe table, each row opening with "|"
and each cell closing with one ("| Title |", "Location |", ..., "Salary |"). A figure
alone on its line takes the header cell at its own place in its row, so the header's
statistic and unit say its period and kind. Used by ``store.extract.text.context``
only for a figure that opens its line, so most figures never call it. A salary card
pasted the same way writes a figure's period on the line under it ("$42.27" over
"HOURLY"): ``period_below``, asked by ``store.extract.figures``.
"""

from __future__ import annotations

from store.extract.meaning.periods import period_after
from store.models import Period

_REACH = 600  # how far above a figure its row and header may start
_CELL_LINE = 60  # a header cell is short: no sentence


def stacked_header(scan: str, start: int, end: int) -> str:
    """The header cell above a figure alone on its line in a table pasted one cell a
    line, or "" (the usual case: the figure shares its line, or no such table).

    >>> text = "| Title |\\nPlace |\\nSalary |\\n| Clerk 1 |\\nAlbany |\\n$53,764 |"
    >>> stacked_header(text, text.index("$"), text.index(" |", text.index("$")))
    'Salary'
    >>> stacked_header("Pay is\\n$52,300 a year", 7, 14)
    ''
    """
    if start and scan[start - 1] != "\n":
        return ""
    line_end = scan.find("\n", end, end + _CELL_LINE)
    if line_end == -1 and len(scan) > end + _CELL_LINE:
        return ""  # a long line after it: prose
    rest = scan[end : line_end if line_end != -1 else len(scan)].strip()
    if rest and rest != "|":
        return ""  # words after it on its line: prose or a row of cells side by side
    if (
        not start
        or not scan[scan.rfind("\n", max(0, start - _REACH), start - 1) + 1 : start - 1].strip()
    ):
        return ""  # a blank line (or nothing) above: a line standing apart, no table's cell
    window = scan[max(0, start - _REACH) : start - 1]
    above = window.split("\n")
    if start > _REACH:
        above = above[1:]  # the first line may be cut
    if rest == "|":
        return _piped_header(above)
    below = scan[end : end + _REACH].split("\n")[1:]
    return _bare_header(above, below)


def _piped_header(above: list[str]) -> str:
    """The header cell at the figure's place when each row opens with "|"."""
    for place, i in enumerate(range(len(above) - 1, -1, -1), start=1):  # cells before it
        if above[i].startswith("|"):
            header = []
            for line in reversed(above[:i]):
                header.append(line)
                if line.startswith("|"):
                    break
            else:
                return ""  # no header row above its row
            header.reverse()
            return _cell(header, place)
    return ""


def _bare_header(above: list[str], below: list[str]) -> str:
    """The header cell at the figure's place when rows are a label (no digit) and then
    money cells, under a header of as many cells, none with a digit."""
    before = 0  # its row's money cells before it
    while before < len(above) and _has_digit(above[-1 - before]):
        before += 1
    if before == len(above) or not any(char.isalpha() for char in above[-1 - before]):
        return ""  # no label opens its row
    after = 0
    while after < len(below) and below[after].strip() and _has_digit(below[after]):
        after += 1
    width = before + 2 + after  # the label, the cells before it, it, the cells after
    lines = above[: len(above) - 1 - before]  # above its row's label
    while len(lines) >= width and _has_digit(lines[-1]):
        row = lines[-width:]  # a row of the same shape above: skip it
        if _has_digit(row[0]) or not all(_has_digit(cell) for cell in row[1:]):
            return ""
        lines = lines[:-width]
    header = lines[-width:]
    if len(header) < width or any(_has_digit(cell) or "|" in cell for cell in header):
        return ""  # too few cells, or a pipe table's (``_piped_header``'s)
    return _cell(header, before + 1)


def _cell(header: list[str], place: int) -> str:
    """Header cell ``place`` (0 the row's label) stripped of its bars, if short."""
    if place >= len(header):
        return ""
    cell = header[place].strip(" \t|")
    return cell if len(cell) <= _CELL_LINE and not cell.endswith(".") else ""


def _has_digit(line: str) -> bool:
    return any(char.isdigit() for char in line)


_BELOW_REACH = 16  # a line under a figure naming only its period is short: "HOURLY"


def period_below(scan: str, start: int, end: int) -> Period | None:
    """The period a short line right under a figure's own line names, nothing else on
    either: a salary card's "$42.27" over "HOURLY".

    >>> text = "Average\\n$87,930\\nANNUAL\\n$42.27\\nHOURLY"
    >>> period_below(text, 8, 15), period_below(text, 23, 29), period_below("$5\\nmore", 0, 2)
    ('year', 'hour', None)
    """
    if not scan[end + 1 : end + 2].isalpha():
        return None  # the usual case: no word opens the line under it
    if scan[scan.rfind("\n", max(0, start - _BELOW_REACH), start) + 1 : start].strip():
        return None  # words before it on its line: a row or a sentence, not a card
    stop = scan.find("\n", end + 1, end + 2 + _BELOW_REACH)
    if stop == -1:
        stop = len(scan)
        if stop > end + 1 + _BELOW_REACH:
            return None
    found = period_after(scan, end + 1, stop)
    return found[0] if found and not scan[found[1] : stop].strip() else None
