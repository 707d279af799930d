"""Ranges: which neighbouring amounts make one figure.

    >>> from store.extract.amounts.money import find_amounts
    >>> range_bounds("$100,000- $75,000", *find_amounts("$100,000- $75,000"))
    (75000.0, 100000.0)
    >>> text = "about €25,378, going as high as €34,000"
    >>> range_bounds(text, *find_amounts(text))
    (25378.0, 34000.0)

Two amounts are a range when only a dash, "to", "bis", "a" after "de", "between ... and" or a
labelled maximum ("Max Hiring Rate") stands between them; written high to low
they are put in order; "from $39,000 to over $90,000" is a range open above. Which
words leave a lone figure's bound open is ``store.extract.amounts.open_bounds``.
"""

from __future__ import annotations

import re

from store.extract.amounts.money import Amount, scaled_value

# What may stand between the two bounds of a range; "and" only after "between".
_RANGE_GAP = re.compile(
    r"(?:/-)?"  # Indian style: "Rs.25500/- से Rs.81100/-"
    # The bottom's period, as "/hr" or "per year", or as a word ("start at $76,063 annually
    # and can go up to $97,568")
    r"\s*(?:(?:(?:/\s*|per\s+|an?\s+)(?:hour|hr|h|day|week|wk|month|mo|year|yr)"
    r"|annually|yearly|monthly|weekly|daily|hourly)\b\s*)?"
    r"(?:\([^()\n]{1,30}\)\s*)?"  # "$80,000 (entry level) to $120,000"
    r"(?:(?:gross|net|bruto|brutto|brut|netto)\s+)?"  # "start bij 2.319 euro bruto en ..."
    # "$111,521 to - $176,300": a dash left beside "to"
    r"(?:[-–—−~→]+|(?:to|through|thru)\s+and\s+including|to\s*[-–—]|to|through|thru|till|until"
    # After a floor, its top: "starts from $18,000 and can go up to $48,000".
    r"|(?P<climb>,?\s*and\s+(?:(?:can|could|may|might|will|would)\s+)?"
    r"(?:go(?:es)?|going|rang(?:e|es|ing))\s+(?:all\s+the\s+way\s+)?up\s+to"
    # The same in Dutch: "start bij 2.319 euro en loopt op tot 3.322 euro".
    r"|\s*en\s+(?:loopt\s+(?:door\s+|op\s+)?|doorloopt\s+|oploopt\s+)tot"
    # ... in French, Spanish, Portuguese and Italian: "débutent à 1 911 € brut pour atteindre
    # 2 692 €", "empieza en 1.200 euros y puede llegar a 1.800 euros".
    r"|,?\s*(?:pour|jusqu['’]à)\s+atteindre|,?\s*et\s+(?:peu(?:t|vent)|pourr(?:a|ont))\s+atteindre"
    r"|,?\s*y\s+(?:puede|pueden|podría|podrían)\s+llegar\s+(?:a|hasta)"
    r"|,?\s*e\s+(?:pode|podem)\s+chegar\s+(?:a|até)"
    r"|,?\s*e\s+(?:può|possono)\s+arrivare\s+(?:fino\s+)?a)"
    # A bottom, then how high it goes: "approximately €25,378, going as high as €34,000".
    r"|,?\s*going\s+(?:as\s+high\s+as|up\s+to)"
    r"|(?:all\s+the\s+way\s+)?up\s+to|bis|à|al|tot|do|से(?:\s+लेकर)?"  # "X से लेकर Y तक"
    r"|(?P<and>and|&|und|et|y|e|en|i)(?:\s+(?:los|las|les|de))?"
    # "a" in Spanish, Portuguese and Italian: "de 1.200 a 1.500 euros", "dai 1.300 ai 2.000"
    r"|(?P<a>a|ai|agli|alle|até)"
    r"|Max(?:imum)?(?:\s+[A-Za-z]+){0,3}\.?\s*:?)"  # "Min Hiring Rate $18.35 Max Hiring Rate"
    r"\s*(?:(?:about|around|approximately|roughly|nearly|almost|etwa|environ|unos)\s+)?",
    re.IGNORECASE,
)
# Right after the second of two amounts written high to low, words that make it a
# difference, not a bound: "2.635 Euro – 600 Euro mehr als vor drei Jahren".
_DIFFERENCE_AFTER = re.compile(
    r"\s*(?:more|less|higher|lower|above|below|mehr|weniger|moins|más|menos|meer|minder)\b",
    re.IGNORECASE,
)
_BETWEEN = re.compile(
    r"\b(?:between|zwischen|entre|tussen|między|tra|fra)\s+(?:(?:the|los|las|les|de|i|le)\s+)?"
    # a hedge on the bottom bound: "between around £12,000 and £16,000"
    r"(?:(?:around|about|approximately|roughly|some|circa|environ|etwa|rund|unos|unas)\s+)?$",
    re.IGNORECASE,
)
_BETWEEN_REACH = 30
# Before a range joined by "a" or "ai", the "from" it needs when its bounds do not both
# carry a currency: "de 1.200 a 1.500 euros", "dai 1.300 ai 2.000 euro" ("R$ 1.800 a R$
# 2.200" needs none).
_FROM_A = re.compile(
    r"\b(?:de|da|dai|dagli|dal|dalle|desde|dos|das|do)\s+"
    r"(?:(?:around|about|circa|cerca\s+de|unos|unas|los|las|i|gli|le)\s+)?$",
    re.IGNORECASE,
)
# After a verb of change, "de X a Y" is the old and the new level ("pasó de 1.000 a 1.080
# euros", "è passato da 6 a 7 euro").
_CHANGED_DA = re.compile(
    r"\b(?:pass\w*|aument\w*|sal(?:e|ito|ì)|cresc\w*|scend\w*|sces[oa]|sub\w*|cai\w*"
    r"|baj\w*|evolu\w*|grimp\w*|fue|foi)\s+(?:\w+\s+)?(?:de|da|dai|dal|dagli|dalle)\s+$",
    re.IGNORECASE,
)
# What a floor that reaches up to a top starts with: "from", "starts at".
_FLOOR_LEAD = re.compile(
    r"\b(?:from|start(?:s|ing)?(?:\s+(?:at|from))?|begin(?:s|ning)?\s+at"
    r"|vanaf|(?:start|begint)\s+bij"  # Dutch: "start bij 2.319 euro"
    # "débutent à", "commence à", "à partir de", "empieza en", "começa em", "parte da"
    r"|(?:début|commenc)(?:e|ent)\s+à|à\s+partir\s+de|empieza(?:n)?\s+(?:en|desde)"
    r"|começa(?:m)?\s+(?:em|com)|parte(?:n|no)?\s+(?:de|da|dai))\s+$",
    re.IGNORECASE,
)
# A change of pay before "from X to Y": two levels, the old and the new, not a range
# ("the rate increases from £7.05 to £7.38"); "ranges from" is still a range.
_CHANGED_FROM = re.compile(
    r"\b(?:increase[sd]?|decrease[sd]?|rise[sn]?|rose|raised?|jump(?:s|ed)?|climb(?:s|ed)?|"
    r"grew|grow(?:s|n)?|fell|fall(?:s|en)?|drop(?:s|ped)?|went\s+up|go(?:es)?\s+up|"
    r"moved?|change[sd]?|adjust(?:s|ed)?|"
    # "up by 3.3% from £15,517 to £17,062": a change by a percentage
    r"\d\s?(?:%|percent|per\s+cent))\s+from\s+$",
    re.IGNORECASE,
)
_CHANGED_FROM_REACH = 24
# One level of pay that "goes from X to Y" has changed: a starting or top salary is one
# amount, so its two are the old and the new ("Starting salary goes from $56,313 to
# $63,373"); "pay goes from $15 to $20 an hour" is still a range.
_LEVEL_GOES_FROM = re.compile(
    r"\b(?:starting|start|entry|top|base|minimum|maximum|beginning)\s+"
    r"(?:\w+\s+)?(?:salary|salaries|pay|wage|wages|rate)\b[^.;:\n]*?"
    r"\b(?:goes|go|went|will\s+go|would\s+go)\s+from\s+$",
    re.IGNORECASE,
)
_LEVEL_GOES_REACH = 140
# The same in French and Spanish, "de X à Y" after a verb of change: "le taux horaire
# passe de 10,25 € à 10,48 €", "augmentant donc de 11,88 € à 12,02 €", "pasa de ... a".
_CHANGED_DE = re.compile(
    r"\b(?:pass(?:e|ent|era|eront|ant|é|ée)|augment(?:e|ent|era|ant|é|ée)|évolu(?:e|era|ant)|"
    r"grimp(?:e|era|ant)|pas(?:a|an|ó|ará)|sub(?:e|en|ió|irá))\s+"
    r"(?:(?:donc|ainsi|alors|así|entonces)\s+)?de\s+$",
    re.IGNORECASE,
)
# The same change told at more length in its sentence: "increases the minimum wage from
# P570 to P610, and P533 to P573"; "ranging from" on the way is a range again. The old
# level may be named and hedged: "will increase from a base rate of approximately $51,000".
_CHANGE_IN_SENTENCE = re.compile(
    r"\b(?:increase[sd]?|decrease[sd]?|raise[sd]?|adjust(?:s|ed)?|change[sd]?)\b"
    r"(?:(?!\brang)[^.;:\n])*?"
    r"(?:\b(?:from|and)|\bfrom\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,3}?of)\s+"
    r"(?:(?:about|around|approximately|roughly|nearly|almost)\s+)?$",
    re.IGNORECASE,
)
_CHANGE_SENTENCE_REACH = 100
# A change by an amount, then the new level: "raised wages by $2 to $15 an hour"; the
# first amount is how much pay moved, no bottom of a range ("vary by" is not a change).
_CHANGED_BY_AMOUNT = re.compile(
    r"\b(?:increas|rais|ris|rose|boost|lift|hik|bump|jump|climb|grew|grow)[a-z]*"
    r"(?:(?:\s+[\w’'-]+){0,4}?\s+by\s+(?:(?:about|around|nearly|almost|roughly|some)\s+)?"
    # "increase the entry-level wage nearly $4.00 to $17.29": "by" left out; a word
    # such as "to" or "at" before "nearly" makes it a level ("rose to nearly $50k").
    r"|(?:\s+(?!(?:to|at|from|between|of|is|was|be|paid|pay|earn\w*|make\w*)\b)[\w’'-]+){1,4}?"
    r"\s+(?:nearly|almost|roughly)\s+)$",
    re.IGNORECASE,
)
_CHANGED_BY_REACH = 60
_BY_ENDS = (" by ", " about ", " around ", " nearly ", " almost ", " roughly ", " some ")
# How the text before a change's first level ends: "from ", "and ", "(de "...
_CHANGE_LEAD_ENDS = (
    *("from ", "and ", "de ", "von ", "desde ", "da ", "van ", "od "),
    *(" of ", "about ", "around ", "approximately ", "roughly ", "nearly ", "almost "),
)
_CHANGE_VERB_PARTS = ("creas", "rais", "djust", "hang")  # a quick look before the regex
# A change by a percentage, then its two levels in brackets: "up 5.9% (from $40,100 to".
_PERCENT_THEN_FROM = re.compile(r"%\s*\(\s*(?:from|de|von|desde|da|van|od)\s+$", re.IGNORECASE)
_MAX_GAP = 50
# Before a bare calendar year, words that make it a date, not a range's bottom: "S$3,800
# in 2021 to S$4,200 in 2022".
_DATED = re.compile(r"\b(?:in|since|of|by|for|en|im|seit|depuis|desde|w)\s+$", re.IGNORECASE)
_DATED_REACH = 8
# Bounds apart by more than this, one of them bare, are two numbers, not a range.
_MAX_BARE_RATIO = 20
# A reversed range ("$100,000- $75,000") with one bound bare is a range only this close.
_MAX_REVERSED_RATIO = 3


def _bullet_between(scan: str, end: int, start: int) -> bool:
    """Whether the dash between two amounts opens a list item on a new line, no range.

    >>> _bullet_between("Dh333.33\\n- Dh333.33 x 21", 8, 11), _bullet_between("$5 - $9", 2, 5)
    (True, False)
    """
    line = scan.rfind("\n", end, start)
    return line != -1 and scan[line + 1 : start].lstrip()[:1] in ("-", "–", "—")


def range_bounds(scan: str, low: Amount, high: Amount) -> tuple[float, float] | None:
    """The two values of ``low``-``high`` when the text between them makes a range.

    A range written high to low is still a range: its bounds are put in order.

    >>> from store.extract.amounts.money import find_amounts
    >>> text = "$111,521 to - $176,300 per year"
    >>> range_bounds(text, *find_amounts(text))
    (111521.0, 176300.0)
    """
    if high.start - low.end > _MAX_GAP:
        return None
    gap = _RANGE_GAP.fullmatch(scan, low.end, high.start)
    if gap is None or _bullet_between(scan, low.end, high.start):
        return None
    if not low.marked and low.end - low.start == 4 and _dated_bottom(scan, low):
        return None
    lead = scan[max(0, low.start - _BETWEEN_REACH) : low.start]
    if gap.group("and") and not _BETWEEN.search(lead):
        return None
    if gap.group("a") and (
        (not (low.marked and high.marked) and not _FROM_A.search(lead)) or _CHANGED_DA.search(lead)
    ):
        return None  # "$20 a 40-hour week": a word, not a range's "to"; "pasó de ... a"
    if gap.group("climb") and not _FLOOR_LEAD.search(lead):
        return None  # "$18,000 and can go up to": a range only after "from" or "starts at"
    if _changed_from(scan, low.start, lead):
        return None
    if changed_by_amount(scan, low.start):
        return None
    if lead.endswith(_CHANGE_LEAD_ENDS):
        if lead.endswith("de ") and _CHANGED_DE.search(
            scan, max(0, low.start - _CHANGED_FROM_REACH), low.start
        ):
            return None  # "passe de 10,25 € à 10,48 €": the old and the new level
        if "%" in lead and _PERCENT_THEN_FROM.search(lead):
            return None  # "rose 5.9% (de 2 007 euros à 2 124 euros)": the old and the new level
        window = scan[max(0, low.start - _CHANGE_SENTENCE_REACH) : low.start]
        lowered = window.lower()
        if any(verb in lowered for verb in _CHANGE_VERB_PARTS) and _CHANGE_IN_SENTENCE.search(
            window
        ):
            return None
    # A scale written on the upper bound only applies to both: "$45-55K", "12-15 LPA".
    low_scale = low.scale or (high.scale if low.value <= high.value else None)
    minimum, maximum = scaled_value(low, low_scale), scaled_value(high, high.scale)
    if minimum > maximum:
        if not (low.marked or high.marked):
            return None  # "2021-2020", "10-5": numbers, not pay
        if _DIFFERENCE_AFTER.match(scan, high.end):
            return None  # "€2.635 – €600 more than...": a level, then a difference
        if not (low.marked and high.marked) and minimum > maximum * _MAX_REVERSED_RATIO:
            return None
        minimum, maximum = maximum, minimum
    if not (low.marked and high.marked) and maximum > minimum * _MAX_BARE_RATIO:
        return None
    return minimum, maximum


# A range whose top is only a floor: "range from $39,000 to over $90,000", "from around
# ₹2.5 lakh to above ₹5 lakh" gives the bottom and leaves the top open.
_TO_BEYOND = re.compile(
    r"\s*to\s+(?:just\s+)?(?:over|above|more\s+than|upwards\s+of|in\s+excess\s+of)\s+",
    re.IGNORECASE,
)
_FROM_BEFORE = re.compile(
    r"\bfrom\s+(?:(?:around|about|approximately|roughly|some)\s+)?$", re.IGNORECASE
)


def open_topped(scan: str, low: Amount, high: Amount) -> bool:
    """Whether ``low`` to ``high`` runs "from" a bottom "to over" a top, which leaves the
    range open above.

    >>> from store.extract.amounts.money import find_amounts
    >>> text = "Salaries range from $39,000 to over $90,000"
    >>> open_topped(text, *find_amounts(text))
    True
    >>> text = "It rose from $39,000 to over $90,000"
    >>> open_topped(text, *find_amounts(text))
    False
    """
    if _TO_BEYOND.fullmatch(scan, low.end, high.start) is None:
        return False
    lead = scan[max(0, low.start - _BETWEEN_REACH) : low.start]
    # "Pay rose from $39,000 to over $90,000": the old level and the new
    return _FROM_BEFORE.search(lead) is not None and not _changed_from(scan, low.start, lead)


def _changed_from(scan: str, start: int, lead: str) -> bool:
    """Whether the figure at ``start`` is where a level of pay moved from ("the rate
    increases from £7.05", "Starting salary goes from $56,313"); ``lead`` is the text
    right before it."""
    if "from" not in lead:
        return False
    if _CHANGED_FROM.search(scan, max(0, start - _CHANGED_FROM_REACH), start):
        return True
    return lead.endswith(("goes from ", "went from ", "go from ")) and (
        _LEVEL_GOES_FROM.search(scan, max(0, start - _LEVEL_GOES_REACH), start) is not None
    )


def _dated_bottom(scan: str, low: Amount) -> bool:
    """Whether a bare four-digit bottom is a calendar year after "in", "since"...

    >>> from store.extract.amounts.money import find_amounts
    >>> _dated_bottom("S$3,800 in 2021 to S$4,200", find_amounts("S$3,800 in 2021 to S$4,200")[1])
    True
    """
    number = scan[low.start : low.end]
    return (
        number.isdigit()
        and number.startswith(("19", "20"))
        and _DATED.search(scan, max(0, low.start - _DATED_REACH), low.start) is not None
    )


def changed_by_amount(scan: str, start: int) -> bool:
    """Whether the amount at ``start`` is how much pay moved, after a verb of change.

    >>> changed_by_amount("raised wages by $2 to $15", 16)
    True
    >>> changed_by_amount("increase the wage nearly $4.00 to $17.29", 25)
    True
    >>> changed_by_amount("wages rose to nearly $50,000 to $60,000", 21)
    False
    """
    if scan[max(0, start - 9) : start].endswith(_BY_ENDS):
        return _CHANGED_BY_AMOUNT.search(scan, max(0, start - _CHANGED_BY_REACH), start) is not None
    return _changed_by_list(scan, start)


# A list of changes under "has increased by:": each item's first amount is how much pay
# moved ("- $0.85 to $24.95 per hour").
_BY_LIST = re.compile(
    r"\b(?:increas|rais|ris|rose|boost|lift|hik|bump|jump|climb|grew|grow)[a-z]*"
    r"(?:\s+[\w’'-]+){0,3}?\s+by:[ \t]*\n(?:[ \t]*[-•·*][^\n]*\n){0,6}[ \t]*[-•·*][ \t]*$",
    re.IGNORECASE,
)
_BY_LIST_REACH = 300
_ITEM_OPENS = ("- ", "• ", "· ", "* ", "\n-", "\n•", "\n·", "\n*")  # right before the amount


def _changed_by_list(scan: str, start: int) -> bool:
    """Whether the amount at ``start`` opens an item of a list of changes under "by:".

    >>> text = "The minimum wage has increased by:\\n- $0.85 to $24.95 per hour\\n- $32.10 to $948"
    >>> _changed_by_list(text, text.index("$0.85")), _changed_by_list(text, text.index("$32"))
    (True, True)
    """
    if not scan.startswith(_ITEM_OPENS, start - 2 if start > 1 else 0):
        return False  # the usual case: no list item opens with the amount
    window = max(0, start - _BY_LIST_REACH)
    if scan.find("by:", window, start) == -1:
        return False
    return _BY_LIST.search(scan, window, start) is not None


def higher_alternative(scan: str, low: Amount, high: Amount, top: Amount, upper: float) -> bool:
    """Whether ``top``, written as an alternative to the top of the range ``low`` to ``high``
    ("$18.36 to $19.28 or $20.24"), raises its ``upper`` bound: joined by "to", in the same
    currency and scale, higher.

    >>> from store.extract.amounts.money import find_amounts
    >>> low, high, top = find_amounts("$18.36 to $19.28 or $20.24")
    >>> higher_alternative("$18.36 to $19.28 or $20.24", low, high, top, 19.28)
    True
    """
    return (
        " to " in scan[low.end : high.start]
        and top.currency == high.currency
        and top.scale == high.scale
        and scaled_value(top, top.scale) > upper
    )


# Between two amounts of a list joined by "to": "$33,040 (for bookkeeping) to $51,204".
_TO_GAP = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?to\s+")
_TO_GAP_REACH = 40


def to_chain(scan: str, amounts: list[Amount], i: int) -> int:
    """How many amounts from ``i`` on are one list joined by "to", when three or more:
    "range from $33,040 (for bookkeeping) to $51,204 (for financial analyst) to $74,674"
    names three levels, not a range; 0 for the usual two.

    >>> from store.extract.amounts.money import find_amounts
    >>> text = "from $10 (for A) to $12 (for B) to $15 (for C)"
    >>> to_chain(text, find_amounts(text), 0)
    3
    """
    count = 1
    while i + count < len(amounts):
        before, amount = amounts[i + count - 1], amounts[i + count]
        gap = scan[before.end : amount.start]
        if len(gap) > _TO_GAP_REACH or "to" not in gap or not _TO_GAP.fullmatch(gap):
            break
        count += 1
    return count if count >= 3 else 0
