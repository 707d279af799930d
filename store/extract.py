"""Find every pay figure in free text: job pages, salary-site blurbs, market reports.

    >>> [(f.min_amount, f.max_amount, f.period, f.currency, f.kind)
    ...  for f in extract_pay("The range is $124,052 to $184,190 per year.")]
    [(124052.0, 184190.0, 'year', 'USD', 'range')]
    >>> [(f.min_amount, f.period, f.kind) for f in extract_pay(
    ...     "The avg salary is $22.36 an hour or $46507 per year.")]
    [(22.36, 'hour', 'average'), (46507.0, 'year', 'average')]
    >>> f = extract_pay("Base Salary Range Region 2: $117,100 - $131,800.")[0]
    >>> f.region, f.covers, f.period, f.text
    ('Region 2', 'base', 'year', '$117,100 - $131,800')
    >>> extract_pay("Founded 2013; 501 - 1,000 employees; 3.5 GPA; $5,000 signing bonus.")
    []

How it works, in three steps, each with precompiled regexes:

1. ``store.money`` finds every number that could be money, with its currency mark
   ($, £, €, ₹, US$, CA$, ISO codes, "Rs.") and scale suffix (K, lakh, LPA, crore;
   M/B/million mark company-sized money and are dropped).
2. Neighbouring amounts joined by a dash, "to", "Max:" or "between ... and" become
   ranges; "up to", "from", "starting at" and a trailing "+" make one-sided figures.
3. Each figure is judged by the words around it (``store.pay_words``), within its
   own sentence, and by where it sits (``store.pay_layout``): the
   period written after it (or inferred from "salary", "hourly rate", a K suffix),
   its kind (average, median), what it covers (base, additional cash, total), a
   region label from a pay table, and whether it is pay at all (bonus, revenue,
   relocation, equity and similar words rule it out).

Bare numbers with no currency mark count only when a pay word and a stated period
make them unambiguous ("pay rate 25-30/hr"), so years, dates, phone numbers, ZIP
codes, counts and percentages never become figures.

Text dumped from JSON or HTML often still carries escapes ("\\u2014", "\\n",
"&ndash;") and tags ("<b>", "<td>"); these are read as the characters they stand
for (a tag as a space, a line break or a table cell), through a copy of the text
of the same length, so every span is an exact offset into the input.
"""

from __future__ import annotations

import re

from store.models import PayFigure, Period
from store.money import Amount, find_amounts, rough_usd, scaled_value
from store.pay_layout import previous_line_of, region_label, table_header
from store.pay_words import (
    AFTER_TEXT,
    PAY_CEILING,
    PERIOD_AFTER,
    PERIODS,
    clause_before,
    figure_covers,
    figure_kind,
    infer_period,
    is_pay,
    nearest_role,
    word_roles,
)

# --- ranges and one-sided figures -------------------------------------------

# What may stand between the two bounds of a range; "and" only after "between".
_RANGE_GAP = re.compile(
    r"\s*(?:(?:/\s*|per\s+|an?\s+)(?:hour|hr|h|day|week|wk|month|mo|year|yr)\b\s*)?"
    r"(?:\([^()\n]{1,30}\)\s*)?"  # "$80,000 (entry level) to $120,000"
    r"(?:[-–—−~]+|to|through|thru|till|until|up\s+to|(?P<and>and|&)|Max(?:imum)?\.?\s*:?)"
    r"\s*",
    re.IGNORECASE,
)
_BETWEEN = re.compile(r"\bbetween\s*$", re.IGNORECASE)
# Words right before a lone figure that leave one bound open.
_OPEN_BOUND = re.compile(
    r"\b(?:(?P<up_to>up\s+to|as\s+much\s+as|maximum(?:\s+of)?|max|no\s+more\s+than|"
    r"not\s+to\s+exceed|capped\s+at|less\s+than|under|below)"
    r"|(?P<from>from|starting\s+(?:at|from)|starts?\s+at|beginning\s+at|minimum(?:\s+of)?|min|"
    r"at\s+least|no\s+less\s+than|upwards\s+of|in\s+excess\s+of|over|more\s+than|above))"
    r"\.?[\s:]*$",
    re.IGNORECASE,
)
_LEAD_REACH = 24
_MAX_GAP = 50
# Bounds apart by more than this, one of them bare, are two numbers, not a range.
_MAX_BARE_RATIO = 20


def _range_bounds(scan: str, low: Amount, high: Amount) -> tuple[float, float] | None:
    """The two values of ``low``-``high`` when the text between them makes a range."""
    if high.start - low.end > _MAX_GAP:
        return None
    gap = _RANGE_GAP.fullmatch(scan, low.end, high.start)
    if gap is None:
        return None
    if gap.group("and") and not _BETWEEN.search(scan, max(0, low.start - 12), low.start):
        return None
    # A scale written on the upper bound only applies to both: "$45-55K", "12-15 LPA".
    low_scale = low.scale or (high.scale if low.value <= high.value else None)
    minimum, maximum = scaled_value(low, low_scale), scaled_value(high, high.scale)
    if minimum > maximum:
        return None
    if not (low.marked and high.marked) and maximum > minimum * _MAX_BARE_RATIO:
        return None
    return minimum, maximum


# --- text as read: escapes resolved in place ---------------------------------------

_ESCAPE = re.compile(
    r"\\u[0-9a-fA-F]{4}|\\[nrt\"/\\]"
    r"|&(?:#\d{1,6}|#x[0-9a-fA-F]{1,6}|nbsp|ndash|mdash|minus|amp|dollar|pound|euro|quot);"
    r"|</?(?P<tag>[a-zA-Z][a-zA-Z0-9]*)\b[^<>]{0,300}>"  # HTML tags
)
_NAMED_ENTITY = {
    "&nbsp;": " ",
    "&ndash;": "–",
    "&mdash;": "—",
    "&minus;": "−",
    "&amp;": "&",
    "&dollar;": "$",
    "&pound;": "£",
    "&euro;": "€",
    "&quot;": '"',
}
_BACKSLASH = {"n": "\n", "r": " ", "t": "\t", '"': '"', "/": "/", "\\": "\\"}
# Tags that break a line, and table cells, which read as pipe-table cells.
_BLOCK_TAGS = frozenset(
    {"br", "p", "div", "li", "tr", "ul", "ol", "table", "section", "h1", "h2", "h3", "h4", "h5"}
)
_CELL_TAGS = frozenset({"td", "th"})


def _same_length_char(match: re.Match[str]) -> str:
    """An escape's character, padded on the left with spaces to the escape's length."""
    raw = match.group()
    tag = (match.group("tag") or "").lower()
    if tag:
        char = "\n" if tag in _BLOCK_TAGS else "|" if tag in _CELL_TAGS else " "
    elif raw.startswith("\\u"):
        char = chr(int(raw[2:], 16))
    elif raw.startswith("\\"):
        char = _BACKSLASH[raw[1]]
    elif raw.startswith("&#x"):
        char = chr(int(raw[3:-1], 16))
    elif raw.startswith("&#"):
        char = chr(int(raw[2:-1]))
    else:
        char = _NAMED_ENTITY[raw]
    if char.isspace() and char != "\n":
        char = " "
    return " " * (len(raw) - 1) + char


def readable(text: str) -> str:
    """``text`` with JSON and HTML escapes and tags read as characters, offsets unchanged."""
    if "\\" not in text and "&" not in text and "<" not in text:
        return text
    try:
        return _ESCAPE.sub(_same_length_char, text)
    except (ValueError, OverflowError):  # "&#99999999;" is no character
        return text


# --- putting it together -------------------------------------------------------------

_PLUS = re.compile(r"\s?\+")
_BARE_REACH = 40  # how far before a bare number its pay word may stand
_LABEL_REACH = 12  # "Stock $80K": the label right before a figure


def extract_pay(text: str) -> list[PayFigure]:
    """Every pay figure in ``text``, in order of appearance.

    >>> [f.text for f in extract_pay("Pay: $27/hr. Up to $80K a year, from £30,000 pa.")]
    ['$27/hr', 'Up to $80K a year', 'from £30,000 pa']
    """
    scan = readable(text)
    amounts = find_amounts(scan)
    figures: list[PayFigure] = []
    i = 0
    while i < len(amounts):
        low = amounts[i]
        high = amounts[i + 1] if i + 1 < len(amounts) else None
        bounds = _range_bounds(scan, low, high) if high else None
        if bounds is None:
            high = None
        i += 1 if high is None else 2
        figure = _figure(text, scan, low, high, bounds)
        if figure is not None:
            figures.append(figure)
    return figures


def _bare_number_is_pay(scan: str, low: Amount, high: Amount | None, period: Period | None) -> bool:
    """Whether a figure with no currency mark is pay.

    It needs a pay word just before it and a period: written after it ("pay rate
    25-30/hr"), or, for a number right after a label's colon, a period word in the
    label ("Hourly wage: 17.50 - 21.00"); or a K/lakh scale with a pay word before
    or after it ("Salary: 80k", "1.2 Cr CTC").
    """
    scale = (high or low).scale
    if period is None and scale is None:
        labelled = scan[max(0, low.start - 3) : low.start].rstrip().endswith(":")
        year = low.value == int(low.value) and 1900 <= low.value <= 2100
        if not labelled or year:
            return False
    words = word_roles(clause_before(scan, low.start, _BARE_REACH))
    if "pay" not in words and scale is not None:
        after = AFTER_TEXT.match(scan, (high or low).end)
        words = word_roles(after.group() if after else "", after_figure=True)
    if "pay" not in words:
        return False
    return period is not None or scale is not None or any(p in words for p in PERIODS)


def _context(
    scan: str, start: int, end: int, previous_line: str | None
) -> tuple[dict[str, int], dict[str, int]]:
    """What the words before and after a figure say (see ``word_roles``).

    Before: its own clause, with the header cell above it in a pipe table and the
    heading line above it when it starts a line. After: the words up to the next
    clause break or connector ("$5,000 signing bonus", not "$100K plus bonus").
    """
    # A heading line above counts as the figure's context; a full sentence does not.
    heading = previous_line if previous_line and not previous_line.endswith((".", "!", "?")) else ""
    before = word_roles(f"{heading} {table_header(scan, start)} {clause_before(scan, start)}")
    after_text = AFTER_TEXT.match(scan, end)
    after = word_roles(after_text.group() if after_text else "", after_figure=True)
    return before, after


def _figure_currency(low: Amount, high: Amount) -> str | None:
    """A currency written on either bound applies to both; a written code beats a bare $."""
    for amount in (low, high):
        if amount.currency and not amount.dollar_sign_only:
            return amount.currency
    return low.currency or high.currency


def _figure(
    text: str,
    scan: str,
    low: Amount,
    high: Amount | None,
    bounds: tuple[float, float] | None,
) -> PayFigure | None:
    """The pay figure made of ``low`` (and ``high``), or None when it is not pay."""
    last = high or low
    period_match = PERIOD_AFTER.match(scan, last.end, last.end + 40)
    period: Period | None = period_match.lastgroup if period_match else None  # type: ignore[assignment]
    if period is None and high is not None:  # "$20/hr to $25": the first bound's period
        first = PERIOD_AFTER.match(scan, low.end, high.start)
        period = first.lastgroup if first else None  # type: ignore[assignment]
    scale = last.scale
    # A bare number is pay only beside a pay word, with a period or a K/lakh scale.
    bare = not (low.marked or last.marked) and scale != "lpa"
    if bare and not _bare_number_is_pay(scan, low, high, period):
        return None

    start, end = low.start, period_match.end() if period_match else last.end
    minimum, maximum = bounds or (scaled_value(low, low.scale),) * 2
    if high is None:
        plus = _PLUS.match(scan, last.end)
        lead = _OPEN_BOUND.search(scan, max(0, start - _LEAD_REACH), start)
        if plus:
            maximum, end = None, max(end, plus.end())
        elif lead and lead.lastgroup == "up_to":
            minimum, start = None, lead.start()
        elif lead:
            maximum, start = None, lead.start()
    label = word_roles(scan[max(0, start - _LABEL_REACH) : start])
    if nearest_role(label, "not_pay_label", "pay") == "not_pay_label":
        return None

    previous_line = previous_line_of(scan, start)
    before, after = _context(scan, start, end, previous_line)
    if not is_pay(before, after):
        return None
    currency = _figure_currency(low, last)
    size = maximum if maximum is not None else minimum
    if size is not None and rough_usd(size, currency) >= PAY_CEILING:
        return None  # company money written out in full: "$3,000,000"
    if period is None and size is not None:
        period = infer_period(before, after, size, currency, scale)
    return PayFigure(
        min_amount=minimum,
        max_amount=maximum,
        period=period,
        currency=currency,
        kind=figure_kind(before, after, high is not None or minimum != maximum),
        covers=figure_covers(before),
        region=region_label(scan, start, previous_line),
        span=(start, end),
        text=text[start:end],
    )
