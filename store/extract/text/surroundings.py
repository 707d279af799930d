"""Where a pay figure sits: its line, the heading above it, its table header, its region.

Pay tables and cards put a figure's label on the line above it or in the header
cell of its column; a region label ("CA, NY", "Zone 2", "All other states")
tells which places a row's figure is for.
"""

from __future__ import annotations

import re

from store.extract.text.words import word_roles

_LINE_REACH = 300  # longest line a pay-table row or label is looked for in
_HEADER_REACH = 6_000  # a table header sits at most a screenful above its rows


def line_start(scan: str, pos: int, floor: int) -> int | None:
    """Where the line holding ``pos`` starts, or None if that is before ``floor``."""
    newline = scan.rfind("\n", floor, pos)
    if newline != -1:
        return newline + 1
    return 0 if floor == 0 else None


def previous_line_of(scan: str, pos: int) -> str | None:
    """The nearest non-blank line above the figure, when the figure starts its line.

    Pay tables and cards put the label or heading on the line above:
    "CA, NY, CT, NJ\\n\\n$50—$50 USD", "Salary Range\\n$100,000 - $120,000".
    """
    floor = max(0, pos - _LINE_REACH)
    start = line_start(scan, pos, floor)
    if start is None or scan[start:pos].strip(" \t*-•·>"):
        return None
    while start > floor:
        end = start - 1
        start = line_start(scan, end, floor)
        if start is None:
            return None
        line = scan[start:end].strip()
        if line:
            return line
    return None


def line_above(scan: str, pos: int) -> str:
    """The nearest non-blank line above the line holding ``pos``, or "".

    >>> line_above("Grade Minimum Maximum\\n\\n1 $26,100 $37,800", 25)
    'Grade Minimum Maximum'
    """
    floor = max(0, pos - _LINE_REACH)
    start = line_start(scan, pos, floor)
    while start is not None and start > floor:
        end = start - 1
        start = line_start(scan, end, floor)
        if start is None:
            return ""
        line = scan[start:end].strip()
        if line:
            return line
    return ""


_DIGIT_OR_MONEY = re.compile(r"[\d$£€₹]")
_TABLE_RULE = re.compile(r"[\s|:\-+=]*")


def table_header(scan: str, pos: int) -> str:
    """The header cell above a figure in a pipe table ("Average Salary"), or ""."""
    if "|" not in scan:
        return ""  # most texts hold no table: one scan in C beats walking their lines
    start = line_start(scan, pos, max(0, pos - _LINE_REACH))
    if start is None:
        return ""
    line_end = scan.find("\n", pos, pos + _LINE_REACH)
    pipes = scan.count("|", start, pos + _LINE_REACH if line_end == -1 else line_end)
    if not pipes:
        return ""
    column = scan.count("|", start, pos)
    floor = max(0, pos - _HEADER_REACH)
    row_start, header = start, None
    known, known_row, known_pipes, known_floor, header_at, known_header = _last_table
    same_table = known is scan and known_pipes == pipes
    while start > floor:
        if (
            same_table
            and start == known_row
            and known_floor <= floor
            and (known_header is None or header_at >= floor)
        ):
            # This row, or one the walk came up through, was read just before: its
            # header (found at or above this walk's floor) is this row's too.
            header = known_header or ""
            break
        end = start - 1
        start = line_start(scan, end, floor)
        if start is None:
            break
        row = scan[start:end]
        if row.count("|") == pipes and _is_header_row(row):
            header = row
            header_at = start
            break
    else:
        header = ""
    if header is None:
        header = ""
    _last_table[:] = [scan, row_start, pipes, floor, header_at, header or None]
    return header.split("|")[column] if header else ""


_COMMA_CELL = ", "  # cells of a comma-separated row; "$133,340" keeps its comma
_COMMA_ROW_REACH = 100  # the longest comma-separated row read as one
_COMMA_ROWS_UP = 12  # data rows looked past for their header


def comma_table_header(scan: str, pos: int) -> str:
    """The header cell above a figure in a comma-separated table ("State, Hourly mean wage,
    Annual mean wage" over "1. California, $64.10, $133,340"), or "".

    >>> text = "State, Hourly mean wage, Annual mean wage\\n1. Ohio, $37.72, $78,450"
    >>> comma_table_header(text, text.index("$78"))
    'Annual mean wage'
    >>> comma_table_header("In 2020, pay rose, slowly.\\nOhio, $37.72, $78,450", 40)
    ''
    """
    if not scan.endswith(_COMMA_CELL, max(0, pos - 2), pos):
        return ""  # the usual case: the figure opens no cell of its own
    start = scan.rfind("\n", max(0, pos - _COMMA_ROW_REACH), pos) + 1
    if not start:
        return ""  # a figure on a text's first line, or a long line: no row of a table
    end = scan.find("\n", pos)
    end = len(scan) if end == -1 else end
    if end - start > _COMMA_ROW_REACH:
        return ""  # prose, not a row
    cells = scan.count(_COMMA_CELL, start, end)
    column = scan.count(_COMMA_CELL, start, pos)
    for _ in range(_COMMA_ROWS_UP):
        if start < 2:
            return ""
        above = scan.rfind("\n", 0, start - 1) + 1
        row = scan[above : start - 1]
        if row.count(_COMMA_CELL) != cells:
            return ""  # not a row of the same table
        if row.rstrip().endswith((".", "!", "?")):
            return ""  # a sentence above, no header
        if not _DIGIT_OR_MONEY.search(row) and all(
            _LETTER.search(cell) for cell in row.split(_COMMA_CELL)
        ):
            return row.split(_COMMA_CELL)[column]
        start = above
    return ""


# The table row last read (text, row start, pipes, walk floor, header start, header):
# the rows of one table share a header, so each row stops its walk up at the row
# read before it instead of walking back over all the rows above.
_last_table: list = [None, -1, -1, 0, -1, None]


_MONEY_MARK = re.compile(r"[$£€₹]")
_LETTER = re.compile(r"[^\W\d_]")


def _is_header_row(row: str) -> bool:
    """Whether a table row names its columns: words in every cell, no money.

    A header may hold numbers ("Employment per 1,000", "Salary (2026)"); a row of
    figures has a cell of numbers alone.

    >>> _is_header_row("| State | Mean Annual Wage | Employment per 1,000 |")
    True
    >>> _is_header_row("| California | 155,450 | 36,850 |"), _is_header_row("|---|---|")
    (False, False)
    """
    if _MONEY_MARK.search(row) or _TABLE_RULE.fullmatch(row):
        return False
    cells = [cell for cell in row.split("|") if cell.strip()]
    if not _DIGIT_OR_MONEY.search(row):
        return bool(cells)
    return bool(cells) and all(_LETTER.search(cell) for cell in cells)


# A row of a list of figures: money on it ("Freshman $13.91", "- 2-4 years £32,324").
# Money on a line: a mark before a number, or a long number; a mark alone names a unit
# ("Wage (CAD$ per hour)" heads the rows under it).
_MONEY_ON_LINE = re.compile(r"[$£€₹]\s?\d|\d[\d,.'\u00a0 ]{3,}\d")
_ROW_LABEL_REACH = 60  # the longest label a list row puts before its figure
_SIBLING_ROWS = 12  # rows of a list looked past for its heading
_SENTENCE_BREAK = re.compile(r"[.!?]\s")


def heading_above(scan: str, pos: int) -> str | None:
    """The line that heads a figure starting its line: the line above, or, when that
    is a sibling row with money of its own, the list's heading further up.

    >>> heading_above("Minimum Wage\\n- $7.25 per hour\\n- $2.13 per hour for tipped", 31)
    'Minimum Wage'
    """
    line = previous_line_of(scan, pos)
    if line and _is_sibling_row(line):
        return list_heading(scan, pos) or line
    return line


def _is_sibling_row(line: str) -> bool:
    """Whether a line is a row of figures ("- $7.25 per hour"), not a sentence with money."""
    return (
        _MONEY_ON_LINE.search(line) is not None
        and not line.endswith((".", "!", "?"))
        and _SENTENCE_BREAK.search(line) is None
    )


def list_heading(scan: str, pos: int) -> str | None:
    """The line above a list of figures that says what they are, for a figure on a row of it.

    >>> list_heading("Average Hourly Wage Rates\\n\\nFreshman $13.91\\nSophomore $15.36", 46)
    'Average Hourly Wage Rates'
    """
    begins = line_start(scan, pos, max(0, pos - _ROW_LABEL_REACH))
    if begins is None or _SENTENCE_BREAK.search(scan, begins, pos):
        return None  # the figure sits in prose, not on a short row
    floor = max(0, pos - _HEADER_REACH)
    known, row, heading, above, at = _last_heading
    if known is scan and row == begins and at >= floor:
        return heading  # another figure on the row whose heading was just found
    end, rows, ruled = begins - 1, 0, False
    in_table = scan.find("|", begins, pos) != -1  # a pipe table's row: its rule may be above
    while end > floor and rows <= _SIBLING_ROWS:
        start = line_start(scan, end, floor)
        if start is None:
            return None
        line = scan[start:end].strip()
        if (
            in_table
            and "|" in line
            and (ruled or _TABLE_RULE.fullmatch(line))
            and not _MONEY_ON_LINE.search(line)
        ):
            # A pipe table's rule and its header row: the table's heading is above them.
            ruled, line = not ruled, ""
        if line:
            # A line ending in a colon introduces the list, money in it or not: "... is
            # between 2,500 and 10,000 AED per month. This equates as:"
            if not _MONEY_ON_LINE.search(line) or line.endswith(":"):
                if len(line) > _LINE_REACH:
                    return None
                if line.endswith(":") and _MONEY_ON_LINE.search(line):
                    line = own_introduction(line)
                if len(line) <= _SUBHEADER_LENGTH and _SAYS_PAY.isdisjoint(word_roles(line)):
                    line = _under_heading(scan, start, floor, line)
                _last_heading[:] = [scan, begins, line, rows, start]
                return line
            if rows == 0:  # the row above: its heading, if just found, is this row's too
                known, row, heading, above, at = _last_heading
                if known is scan and row == start and above < _SIBLING_ROWS and at >= floor:
                    _last_heading[:] = [scan, begins, heading, above + 1, at]
                    return heading
            rows += 1
        end = start - 1
    return None


# A short line naming neither pay nor a period is a sub-header ("Engineering", "work
# above ground / below ground"): the list's heading is the line above it as well.
_SUBHEADER_LENGTH = 40
_SAYS_PAY = frozenset({"pay", "hour", "day", "week", "month", "year"})
_PROSE = re.compile(r"[.!?][\"”’)]?\s+[A-Z0-9\"“(]")  # one sentence ends, another begins


# Words of a sentence that refer back to the one before it: "This equates as:", "In
# other currencies this is:".
_REFERS_BACK = re.compile(r"\b(?:this|that|these|those|it|which|they)\b", re.IGNORECASE)


def own_introduction(line: str) -> str:
    """The last sentence of a line introducing a list, unless it refers back to the one
    before: the money of earlier sentences is no heading of the list's rows.

    >>> own_introduction("You are paid £24,000 per year. Here's what your pay looks like:")
    "Here's what your pay looks like:"
    >>> own_introduction("Pay is 2,500 AED per month. This equates as:")
    'Pay is 2,500 AED per month. This equates as:'
    """
    ends = [found.end() for found in _PROSE.finditer(line)]
    if not ends:
        return line
    sentence = line[ends[-1] - 1 :]
    return line if _REFERS_BACK.search(sentence) else sentence


def _under_heading(scan: str, start: int, floor: int, subheader: str) -> str:
    """``subheader`` with the line above it, when that line has no money on it."""
    end = start - 1
    while end > floor:
        begins = line_start(scan, end, floor)
        if begins is None:
            break
        line = scan[begins:end].strip()
        if line:
            if _MONEY_ON_LINE.search(line) or len(line) > _LINE_REACH or _PROSE.search(line):
                break  # a paragraph of prose above is no heading ("... low-cost areas.")
            return f"{line}\n{subheader}"
        end = begins - 1
    return subheader


# The heading last found (text, row start, heading, rows between, heading start): the
# rows of one list share it, so each row reads it off the row above instead of
# walking back over all its siblings.
_last_heading: list = [None, -1, None, 0, -1]


# --- region labels in pay tables ------------------------------------------------

_STATE_CODES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|"
    "NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|PR|"
    "AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT"
)
_STATE_NAMES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|"
    "Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|"
    "Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|"
    "New\\s+Hampshire|New\\s+Jersey|New\\s+Mexico|New\\s+York(?:\\s+City)?|North\\s+Carolina|"
    "North\\s+Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode\\s+Island|South\\s+Carolina|"
    "South\\s+Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington(?:,?\\s+D\\.?C\\.?)?|"
    "West\\s+Virginia|Wisconsin|Wyoming|Puerto\\s+Rico|District\\s+of\\s+Columbia"
)
_PLACE = rf"(?:\b(?:{_STATE_CODES})\b|\b(?:{_STATE_NAMES})\b|NYC\b)"
_PLACE_LIST = rf"{_PLACE}(?:\s*(?:,|/|&|\band\b|\bor\b)\s*(?:and\s+)?{_PLACE})*"
_ZONE = (
    r"(?:(?:Geo(?:graphic)?|Pay|Location|Market|Cost|Labor)\s+)?"
    r"(?:Region|Zone|Tier|Area|Market|Geo)\s*(?:[A-Z]|\d{1,2}|[IVX]{1,4})\b"
    r"(?:\s*\([^()\n]{0,100}\))?"
)
_OTHER_PLACES = (
    r"(?i:(?:all\s+other|all\s+remaining|other|remaining)\s+(?:US\s+|U\.S\.\s+)?"
    r"(?:states|locations|regions|areas|markets|cities|geographies|zones)"
    r"|rest\s+of(?:\s+the)?\s+(?:US|U\.S\.|United\s+States|country)|everywhere\s+else)"
)
_METRO = (
    r"(?:[A-Z][A-Za-z.]+\s+){0,3}(?:Bay\s+Area|Metro(?:politan)?(?:\s+Area)?|Tri-?State\s+Area)"
)
_LABEL = rf"(?:{_ZONE}|{_OTHER_PLACES}|{_METRO}|{_PLACE_LIST})"
# A label on its own line above the figure: "CA, NY, CT, NJ", "All other states".
_LABEL_LINE = re.compile(rf"[•*\-–]?\s*\(?(?P<label>{_LABEL})\)?\s*[:\-–—]?")
# Cities that pay tables name inline ("San Francisco: $150K - $180K"). Only inline:
# on a line of its own above a figure a city is more often a job card's location.
_PAY_ZONE_CITIES = (
    r"San\s+Francisco|New\s+York|Seattle|Los\s+Angeles|Boston|Austin|Chicago|Denver|"
    r"San\s+Jose|San\s+Diego|Atlanta|Portland|Philadelphia|Miami|Dallas|Houston|"
    r"Pittsburgh|Raleigh|Washington,?\s+D\.?C\.?|Toronto|Vancouver|Montreal|London|Dublin|"
    r"Berlin|Munich|Paris|Amsterdam|Zurich|Bangalore|Bengaluru|Hyderabad|Pune|Singapore|"
    r"Sydney|Melbourne|Tokyo|Remote(?:\s*\((?:US|USA|U\.S\.|Canada|UK|EU)\)|\s+(?:US|USA))?"
)
_CITY = rf"\b(?:{_PAY_ZONE_CITIES})(?!\w)"
_CITY_LIST = rf"{_CITY}(?:\s*(?:,|/|&|\band\b|\bor\b)\s*{_CITY})*"
# A label just before the figure on its line: "Region 1:$137,800", "| California | $90K".
# A zone may follow other words; a list of places must open its line or cell, so
# that a posting's location ("Boston, MA - $50/hr") is not read as a pay zone.
_LABEL_INLINE = re.compile(
    rf"(?:(?<![^\s(|,;])\(?(?P<zone>{_ZONE}|{_OTHER_PLACES}|{_METRO})"
    rf"|(?<![^\n(|;•])\s*\(?(?P<place>{_PLACE_LIST}|{_CITY_LIST}))"
    rf"\)?(?:\s*(?:[:|=]|[-–—](?=\s)))+\s*$"
)
_INLINE_REACH = 120
_LABEL_SEPARATORS = frozenset(":|=-–—")


def region_label(scan: str, start: int, previous_line: str | None) -> str | None:
    """The region label a pay table attaches to the figure starting at ``start``."""
    floor = max(0, start - _INLINE_REACH)
    begins = line_start(scan, start, floor) or floor
    # Only a label followed by ":", "|", "=" or a dash is attached to the figure.
    if scan[begins:start].rstrip()[-1:] in _LABEL_SEPARATORS:
        inline = _LABEL_INLINE.search(scan, begins, start)
        if inline:
            return inline.group("zone") or inline.group("place")
    if previous_line and len(previous_line) <= _INLINE_REACH:
        line = _LABEL_LINE.fullmatch(previous_line)
        if line:
            return line.group("label")
    return None
