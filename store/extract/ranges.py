"""Ranges and one-sided figures: which neighbouring amounts make one figure, and
which words leave a bound open.

    >>> from store.extract.money import find_amounts
    >>> range_bounds("$100,000- $75,000", *find_amounts("$100,000- $75,000"))
    (75000.0, 100000.0)

Two amounts are a range when only a dash, "to", "bis", "between ... and" or a
labelled maximum ("Max Hiring Rate") stands between them; written high to low
they are put in order. A lone figure is a floor after "from", "over", "at least",
"dépasse" or before "or more", "+", "to start"; a ceiling after "up to", "less
than", "weniger als" or before "or less".
"""

from __future__ import annotations

import re

from store.extract.money import Amount, scaled_value

# What may stand between the two bounds of a range; "and" only after "between".
_RANGE_GAP = re.compile(
    r"(?:/-)?"  # Indian style: "Rs.25500/- से Rs.81100/-"
    r"\s*(?:(?:/\s*|per\s+|an?\s+)(?:hour|hr|h|day|week|wk|month|mo|year|yr)\b\s*)?"
    r"(?:\([^()\n]{1,30}\)\s*)?"  # "$80,000 (entry level) to $120,000"
    r"(?:[-–—−~]+|to|through|thru|till|until|up\s+to|bis|à|al|tot|do|से"
    r"|(?P<and>and|&|und|et|y|en|i)(?:\s+(?:los|las|les|de))?"
    r"|Max(?:imum)?(?:\s+[A-Za-z]+){0,3}\.?\s*:?)"  # "Min Hiring Rate $18.35 Max Hiring Rate"
    r"\s*",
    re.IGNORECASE,
)
_BETWEEN = re.compile(
    r"\b(?:between|zwischen|entre|tussen|między)\s+(?:(?:the|los|las|les|de)\s+)?$",
    re.IGNORECASE,
)
_BETWEEN_REACH = 16
# Words right before a lone figure that leave one bound open.
_OPEN_BOUND = re.compile(
    r"(?:^|(?<=\W))(?:(?P<up_to>up\s+to|as\s+much\s+as|maximum(?:\s+of)?|max|no\s+more\s+than|"
    r"not\s+to\s+exceed|capped\s+at|less\s+than|under|below|bis\s+zu|weniger\s+als|unter|"
    r"jusqu'à|jusqu’à|moins\s+de|hasta|menos\s+de|minder\s+dan|tot|até|no\s+m[áa]ximo)"
    r"|(?P<from>from|starting\s+(?:at|from)|starts?\s+at|beginning\s+at|minimum(?:\s+of)?|min|"
    r"at\s+least|no\s+less\s+than|upwards\s+of|in\s+excess\s+of|over|more\s+than|above|ab|"
    r"über|mehr\s+als|mindestens|plus\s+de|au\s+moins|más\s+de|al\s+menos|a\s+partir\s+de|"
    r"meer\s+dan|vanaf|powyżej|ponad|exceeds?|exceeding|tops|dépasse|dépassent|supera|superare|"
    r"superano|oltre|più\s+di|überschreitet|por\s+(?:arriba|encima)\s+de|acima\s+de))"
    r"(?:\s+(?:i|il|la|le|los|las|les|the|a|de|die|der))?"  # "superare i 50.000 euro"
    r"(?:\s+(?:around|about|approximately|roughly|environ|etwa|circa|unos|unas))?"
    r"\.?[\s:]*$",
    re.IGNORECASE,
)
# Words right after a figure that leave one bound open: "$12 an hour or more".
_OPEN_AFTER = re.compile(
    r"\s*(?:(?P<from>(?:or|and|und|oder|ou|et|o|y|of|en)\s+(?:more|above|higher|over|up|mehr|"
    r"darüber|plus|más|meer|hoger|több)|to\s+start)"
    r"|(?P<up_to>(?:or|und|oder|ou|o|of)\s+(?:less|below|lower|under|weniger|darunter|moins|"
    r"menos|minder|kevesebb)))\b",
    re.IGNORECASE,
)
# "ranged from $91.48 for surgeons to $63.08 for dentists": two figures, not a bound.
_FROM_TO = re.compile(
    r"[^.;\n]{0,60}?\bto\s+(?:over\s+|under\s+|about\s+)?(?:[$£€₹\d]|Rs\b|[A-Z]{3}\s?\d)"
)
_LEAD_REACH = 24
_MAX_GAP = 50
# Bounds apart by more than this, one of them bare, are two numbers, not a range.
_MAX_BARE_RATIO = 20
# A reversed range ("$100,000- $75,000") with one bound bare is a range only this close.
_MAX_REVERSED_RATIO = 3


def range_bounds(scan: str, low: Amount, high: Amount) -> tuple[float, float] | None:
    """The two values of ``low``-``high`` when the text between them makes a range.

    A range written high to low is still a range: its bounds are put in order.
    """
    if high.start - low.end > _MAX_GAP:
        return None
    gap = _RANGE_GAP.fullmatch(scan, low.end, high.start)
    if gap is None:
        return None
    lead = scan[max(0, low.start - _BETWEEN_REACH) : low.start]
    if gap.group("and") and not _BETWEEN.search(lead):
        return None
    # A scale written on the upper bound only applies to both: "$45-55K", "12-15 LPA".
    low_scale = low.scale or (high.scale if low.value <= high.value else None)
    minimum, maximum = scaled_value(low, low_scale), scaled_value(high, high.scale)
    if minimum > maximum:
        if not (low.marked or high.marked):
            return None  # "2021-2020", "10-5": numbers, not pay
        if not (low.marked and high.marked) and minimum > maximum * _MAX_REVERSED_RATIO:
            return None
        minimum, maximum = maximum, minimum
    if not (low.marked and high.marked) and maximum > minimum * _MAX_BARE_RATIO:
        return None
    return minimum, maximum


# "+" after a figure leaves its top open, unless something is added: "$65k + 500 shares".
_PLUS = re.compile(
    r"\s?\+(?!\s*(?:\d|[$£€₹]|(?i:super|bonus|benefits|equity|commission|stock|tips|shares|"
    r"rsu|ote|incentive|allowance)))"
)


def open_bounds(
    scan: str, start: int, end: int, minimum: float, last: Amount
) -> tuple[float | None, float | None, int, int]:
    """A lone figure's bounds and span once the words around it leave one open.

    "up to $80K" has no minimum; "from $20", "$20+", "$12 an hour or more" and
    "$15 to start" have no maximum; "from $91.48 for surgeons to $63.08" is two
    figures, each exact.
    """
    plus = _PLUS.match(scan, last.end)
    if plus:
        return minimum, None, start, max(end, plus.end())
    after = _OPEN_AFTER.match(scan, end)
    if after and after.lastgroup == "from":
        return minimum, None, start, after.end()
    if after:
        return None, minimum, start, after.end()
    lead = _OPEN_BOUND.search(scan, max(0, start - _LEAD_REACH), start)
    if lead and lead.lastgroup == "up_to":
        return None, minimum, lead.start(), end
    if lead and not (lead.group().strip().lower() == "from" and _FROM_TO.match(scan, end)):
        return minimum, None, lead.start(), end
    return minimum, minimum, start, end
