"""One-sided figures: which words around a lone figure leave one of its bounds open.

    >>> from store.extract.amounts.money import find_amounts
    >>> text = "Pay: up to $80K a year"
    >>> amount = find_amounts(text)[0]
    >>> open_bounds(text, amount.start, amount.end, 80000.0, amount)[:2]
    (None, 80000.0)

A lone figure is a floor after "from", "over", "at least", "dépasse" or before "or
more", "+", "to start"; a ceiling after "up to", "less than", "weniger als" or before
"or less". Ranges, two amounts making one figure, are ``store.extract.amounts.ranges``.
"""

from __future__ import annotations

import re

from store.extract.amounts.money import Amount

# Words right before a lone figure that leave one bound open.
_OPEN_BOUND = re.compile(
    r"(?:^|(?<=\W))(?:(?P<up_to>(?:(?:does|do|will|shall|may|must|can|would|should)\s+not|"
    r"doesn['’]t|won['’]t|cannot|can['’]t|never)\s+exceed|not\s+exceeding|up\s+to|as\s+much\s+as|as\s+high\s+as|maximum(?:\s+of)?|max|"
    r"not?\s+(?:more|greater|higher)\s+than|"
    r"not\s+to\s+exceed|capped\s+at|less\s+than|under|below|bis\s+zu|weniger\s+als|unter|"
    r"jusqu'à|jusqu’à|moins\s+de|inférieure?s?\s+à|hasta|menos\s+de|minder\s+dan|tot|maximaal|"
    r"até|"
    # Spanish, Italian, Portuguese, Romanian and Nordic ceilings: "sueldos menores a 10 mil
    # pesos", "menor o igual a", "inferior a los 830 euros", "fino a 18mila euro"
    # (grouped by first letter: each branch a figure's lead fails costs a try)
    r"n(?:icht\s+mehr\s+als|o\s+más\s+de|on\s+più\s+di|iet\s+meer\s+dan)|p(?:as\s+plus\s+de|ână\s+la)|"
    r"men(?:or(?:es)?\s+(?:o\s+igual\s+)?a|o\s+di)|inferior(?:e|es)?\s+a|fino\s+a(?:i|l|gli)?|"
    r"(?:upp\s+till|opp?\s+til)|h(?:øjst|øyst|ögst)|"
    r"no\s+m[áa]ximo)"
    # "can start earning $72,118", "managers begin at nearly", "starting around $90K"
    r"|(?P<from>from|starting(?:\s+(?:at|from|@|earning)|(?=\s+(?:around|about|nearly|almost)\b))|"
    r"starts?(?:\s+(?:at|@|earning))?|begin(?:s|ning)?\s+at|minimum(?:\s+of)?|min|"
    r"at\s+least|not?\s+(?:less|lower)\s+than|upwards\s+of|in\s+excess\s+of|over|more\s+than|above|ab|"
    r"über|mehr\s+als|mindestens|plus\s+de|supérieure?s?\s+à|au\s+moins|más\s+de|al\s+menos|"
    r"a\s+partir\s+de|"
    r"meer\s+dan|vanaf|minimaal|ten\s+minste|tenminste|powyżej|ponad|exceeds?|exceeding|tops|"
    r"dépasse|dépassent|supera|superare|"
    r"superano|oltre|più\s+di|überschreitet|por\s+(?:arriba|encima)\s+de|acima\s+de|"
    # the same floors: "mayor a", "superior a", "almeno", "mais de", "peste", "minst"
    r"m(?:ayor(?:es)?\s+a|ais\s+de|inst|indst)|superior(?:e|es)?\s+a|almeno|p(?:elo\s+menos|este)|"
    r"cel\s+pu[țţt]in))"
    r"(?:\s+(?:i|il|la|le|los|las|les|the|a|de|die|der))?"  # "superare i 50.000 euro"
    r"(?:\s+(?:around|about|approximately|roughly|nearly|almost|environ|etwa|circa|unos|unas))?"
    r"\.?[\s:]*$",
    re.IGNORECASE,
)
# Words right after a figure that leave one bound open: "$12 an hour or more", "£650 upwards".
_OPEN_AFTER = re.compile(
    r"\s*(?:(?P<from>(?:or|and|und|oder|ou|et|o|y|of|en)\s+(?:more|above|higher|over|up|mehr|"
    r"darüber|plus|más|meer|hoger|több|upwards|onwards)|(?:up|on)wards|to\s+start|से\s+अधिक)"
    r"|(?P<up_to>(?:or|und|oder|ou|o|of)\s+(?:less|below|lower|under|weniger|darunter|moins|"
    r"menos|minder|kevesebb)|तक))\b",  # Hindi: "9 लाख रुपये तक", up to 9 lakh rupees
    re.IGNORECASE,
)
# "ranged from $91.48 for surgeons to $63.08 for dentists": two figures, not a bound.
_FROM_TO = re.compile(
    r"[^.;\n]{0,60}?\bto\s+(?:(?:just\s+)?over\s+|(?:just\s+)?under\s+|about\s+|around\s+)?"
    r"(?:[$£€₹₱\d]|Rs\b|[A-Z]{3}\s?\d|P\d)"
)
_LEAD_REACH = 24
# Before a lead, what makes it no bound of the figure: an amount ("$35,000 more than
# the $46,310": the figure is what the first is compared with), a change ("up 1.5%
# from £498": where pay came from) or a count the words are of ("23 and over").
_NOT_A_BOUND = re.compile(
    r"(?:(?:[$£€₹]\s?\d[\d.,]*|\d{1,3}(?:[,.]\d{3})+)\s?[kK]?|\d[\d.,]*\s?(?:%|percent|per\s+cent)"
    r"|(?<![$£€₹\d.,])\d{1,3}\s+(?:and|&)"  # "Age 23 and over £10.42": the age, not the pay
    r"|\b(?:up|down|rose|risen|fell|fallen|grew|grown|"
    r"increased|decreased|jumped|climbed|dropped|declined|changed))\s*$",
    re.IGNORECASE,
)
_NOT_A_BOUND_REACH = 16
# "no agency would offer me anything more than $3,500": a floor said under a negation
# is a ceiling. Looked for only after "anything"/"any" before a floor's words.
_ANY_BEFORE = re.compile(r"\bany(?:thing)?\s+$", re.IGNORECASE)
_NEGATED_CLAUSE = re.compile(
    r"\b(?:no|not|never|nobody|none|nothing|nowhere|neither|nor)\b|n[’']t\b|\bcannot\b",
    re.IGNORECASE,
)
_NEGATION_REACH = 100
_CLAUSE_ENDS = ".;!?\n"

# "+" after a figure leaves its top open, unless something is added: "$65k + 500 shares".
_PLUS = re.compile(
    r"\s?\+(?!\s*(?:\d|[$£€₹₱]|(?i:super|bonus|benefits|equity|commission|stock|tips|shares|"
    r"rsu|ote|incentive|allowance)))"
)


def open_bounds(
    scan: str, start: int, end: int, minimum: float, last: Amount
) -> tuple[float | None, float | None, int, int]:
    """A lone figure's bounds and span once the words around it leave one open.

    "up to $80K" has no minimum; "from $20", "$20+", "$12 an hour or more" and
    "$15 to start" have no maximum; "from $91.48 for surgeons to $63.08" is two
    figures, each exact, and so are "$5,000 more than $40,000" and "up 2% from $498".
    """
    plus = _PLUS.match(scan, last.end)
    if plus:
        return minimum, None, start, max(end, plus.end())
    after = _OPEN_AFTER.match(scan, end)
    if after and after.lastgroup == "from":
        return minimum, None, start, after.end()
    if after:
        return None, minimum, start, after.end()
    if scan.startswith(_ASIDE_STARTS, end):
        beyond = _bound_beyond_aside(scan, start, end)
        if beyond:  # the span stays the figure's own: the aside may hold another figure
            low, high = (minimum, None) if beyond == "from" else (None, minimum)
            return low, high, start, end
    lead = (
        _OPEN_BOUND.search(scan, max(0, start - _LEAD_REACH), start)
        if _may_lead(scan, start)
        else None
    )
    if lead and _NOT_A_BOUND.search(scan, max(0, lead.start() - _NOT_A_BOUND_REACH), lead.start()):
        lead = None
    if lead and lead.lastgroup == "up_to":
        return None, minimum, lead.start(), end
    if lead and _negated_floor(scan, lead.start()):
        return None, minimum, lead.start(), end
    if lead and not (lead.group().strip().lower() == "from" and _FROM_TO.match(scan, end)):
        return minimum, None, lead.start(), end
    return minimum, minimum, start, end


# Every word ``_OPEN_BOUND`` can end with (its bound words' last, articles and hedges), so
# that a figure whose word before is none of them is settled without the regex.
_LAST_WORD_TEXT = (
    "exceed exceeding exceeds to as maximum of max than at under below zu als unter à de "
    "hasta dan tot maximaal até a ai al gli di la till til højst høyst högst máximo maximo "
    "from @ earning starting starts start min minimum least over above ab über mindestens "
    "moins menos vanaf minimaal minste tenminste powyżej ponad tops dépasse dépassent supera "
    "superare superano oltre überschreitet almeno peste puțin puţin putin minst mindst i il le "
    "los las les the die der around about approximately roughly nearly almost environ etwa "
    "circa unos unas"
)
_LAST_WORDS = frozenset(_LAST_WORD_TEXT.split())
_WORD_BEFORE = re.compile(r"(?:\w+|@)$")
_LEAD_END_MARKS = " \t\n\r\f\v:."


def _may_lead(scan: str, start: int) -> bool:
    """Whether the word right before ``start`` is one ``_OPEN_BOUND`` can end with.

    >>> _may_lead("up to $80K", 6), _may_lead("Salary: $80K", 8)
    (True, False)
    """
    tail = scan[max(0, start - _LEAD_REACH) : start].rstrip(_LEAD_END_MARKS)
    word = _WORD_BEFORE.search(tail)
    return word is not None and word.group().lower() in _LAST_WORDS


# A bracketed aside after a figure, most often the same pay in another period.
_ASIDE = re.compile(r" ?\([^()\n]{1,40}\)")
_ASIDE_STARTS = (" (", "(", ")")


def _bound_beyond_aside(scan: str, start: int, end: int) -> str | None:
    """Which bound ("from" or "up_to") the words after a bracketed aside give both the
    figure before it and the one the aside holds, or None.

    >>> text = "an estimated $47,880 ($23.02 per hour) or less"
    >>> _bound_beyond_aside(text, 13, 20), _bound_beyond_aside(text, 22, 37)
    ('up_to', 'up_to')
    >>> _bound_beyond_aside("$52,000 (2021) and rising", 0, 7) is None
    True
    """
    if scan[end] == ")":  # the aside's own figure, when the aside opens with it
        after = _OPEN_AFTER.match(scan, end + 1) if scan[start - 1 : start] == "(" else None
    else:
        aside = _ASIDE.match(scan, end)
        after = _OPEN_AFTER.match(scan, aside.end()) if aside else None
    return after.lastgroup if after else None


def _negated_floor(scan: str, lead_start: int) -> bool:
    """Whether a floor's words ("more than", "over") follow "anything" in a clause that
    denies them, which makes the figure a ceiling.

    >>> _negated_floor("nobody would offer me anything more than $3,500", 31)
    True
    >>> _negated_floor("I would take anything more than $3,500", 25)
    False
    """
    if "any" not in scan[max(0, lead_start - 9) : lead_start]:
        return False  # the cheap check: most floors have no "any" before them
    any_word = _ANY_BEFORE.search(scan, max(0, lead_start - 9), lead_start)
    if not any_word:
        return False
    clause_start = max(0, any_word.start() - _NEGATION_REACH)
    for end_mark in _CLAUSE_ENDS:
        clause_start = max(clause_start, scan.rfind(end_mark, clause_start, any_word.start()) + 1)
    return _NEGATED_CLAUSE.search(scan, clause_start, any_word.start()) is not None
