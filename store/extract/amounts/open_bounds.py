"""One-sided figures: which words around a lone figure leave one of its bounds open.

    >>> from store.extract.amounts.money import find_amounts
    >>> text = "Pay: up to $80K a year"
    >>> amount = find_amounts(text)[0]
    >>> open_bounds(text, amount.start, amount.end, 80000.0, amount)[:2]
    (None, 80000.0)
    >>> text = "the lowest tenth earn $49,620 and below"
    >>> amount = find_amounts(text)[0]
    >>> open_bounds(text, amount.start, amount.end, 49620.0, amount)[:2]
    (None, 49620.0)

A lone figure is a floor after "from", "over", "at least", "dépasse" or before "or
more", "+", "to start"; a ceiling after "up to", "less than", "weniger als", "possono
arrivare a" or before "or less". Ranges, two amounts making one figure, are
``store.extract.amounts.ranges``.
"""

from __future__ import annotations

import re

from store.extract.amounts.money import Amount
from store.models import PayFigure

# Words right before a lone figure that leave one bound open.
_OPEN_BOUND = re.compile(
    r"(?:^|(?<=\W))(?:(?P<up_to>(?:(?:does|do|will|shall|may|must|can|would|should)\s+not|"
    r"doesn['’]t|won['’]t|cannot|can['’]t|never)\s+exceed|not\s+exceeding|up\s+to|as\s+much\s+as|as\s+high\s+as|maximum(?:\s+of)?|max|"
    r"not?\s+(?:more|greater|higher)\s+than|tops?\s+out\s+at|topping\s+out\s+at|"
    # "up to a maximum salary of": the bound is "of" (the noun stays in the clause before)
    r"(?:(?<=maximum salary )|(?<=maximum wage )|(?<=maximum pay )|(?<=maximum rate ))of|"
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
    r"greater\s+th[ae]n|"  # "earned greater then $143,330": "than" misspelt, as often
    r"über|mehr\s+als|mindestens|plus\s+de|supérieure?s?\s+à|au\s+moins|más\s+de|al\s+menos|"
    r"a\s+partir\s+de|"
    r"meer\s+dan|vanaf|minimaal|ten\s+minste|tenminste|powyżej|ponad|exceeds?|exceeding|tops|"
    r"dépasse|dépassent|supera|superare|"
    r"superano|oltre|più\s+di|überschreitet|por\s+(?:arriba|encima)\s+de|acima\s+de|"
    # the same floors: "mayor a", "superior a", "almeno", "mais de", "peste", "minst"
    r"m(?:ayor(?:es)?\s+a|ais\s+de|inst|indst)|superior(?:e|es)?\s+a|almeno|p(?:elo\s+menos|este)|"
    r"cel\s+pu[țţt]in))"
    # "superare i 50.000 euro"; not "a": "worth more than a $180K base", "from a 6 LPA CTC"
    # name a thing the figure describes, not a bound on it
    r"(?:\s+(?:i|il|la|le|los|las|les|the|de|die|der))?"
    r"(?:\s+(?:around|about|approximately|roughly|nearly|almost|environ|etwa|circa|unos|unas))?"
    r"\.?[\s:]*$",
    re.IGNORECASE,
)
# Words right after a figure that leave one bound open: "$12 an hour or more", "£650 upwards".
_OPEN_AFTER = re.compile(
    r"\s*(?:(?P<from>(?:or|and|und|oder|ou|et|o|y|of|en)\s+(?:more|above|higher|over|up|mehr|"
    r"darüber|plus|más|meer|hoger|több|upwards|onwards)|(?:up|on)wards|to\s+start|से\s+अधिक)"
    r"|(?P<up_to>(?:or|und|oder|ou|o|of)\s+(?:less|below|lower|under|weniger|darunter|moins|"
    r"menos|minder|kevesebb)|and\s+(?:below|under|lower|less)"  # "$49,620 and below"
    r"|तक))\b",  # Hindi: "9 लाख रुपये तक", up to 9 lakh rupees
    re.IGNORECASE,
)


def top_opened(scan: str, end: int) -> int | None:
    """Where the words leaving a range's top open end, right after the range ("$100,000
    to $130,000 or more"), or None; the set reads them as it reads "to over $90,000".

    >>> text = "$100,000 to $130,000 or more."
    >>> top_opened(text, 20), top_opened(text, 8)
    (28, None)
    """
    if not scan.startswith(_OPENED_STARTS, end):
        return None  # the usual case, decided without the regex
    after = _OPEN_AFTER.match(scan, end)
    return after.end() if after and after.lastgroup == "from" else None


_OPENED_STARTS = (" or ", " and ", ", or ")


def restated_floor(scan: str, figures: list[PayFigure], figure: PayFigure) -> PayFigure:
    """``figure``, a floor when it only restates the floor right before it in another
    period: "a new minimum hourly wage of $27.50, which amounts to an annual salary of
    $57,200" (the salary is a minimum too).

    >>> from store.extract.figures import extract_pay
    >>> text = "a minimum wage of $27.50 an hour, which amounts to a salary of $57,200"
    >>> [(f.min_amount, f.max_amount) for f in extract_pay(text)]
    [(27.5, None), (57200.0, None)]
    """
    if not figures or figure.max_amount is None or figure.min_amount != figure.max_amount:
        return figure  # the usual case: no figure before, or this one is no lone level
    previous = figures[-1]
    if previous.max_amount is not None or previous.min_amount is None:
        return figure
    if previous.period == figure.period or previous.currency != figure.currency:
        return figure  # the same period: another level, not a restatement
    gap = scan[previous.span[1] : figure.span[0]]
    if len(gap) > _RESTATED_REACH or not _RESTATED_GAP.fullmatch(gap):
        return figure
    return figure.model_copy(update={"max_amount": None, "kind": "range"})


# Between a floor and the same pay in another period: ", which amounts to an annual
# salary of", ", or", "(".
_RESTATED_GAP = re.compile(
    r",?\s*(?:which\s+|that\s+)?(?:amounts|equates|translates|works\s+out|comes\s+out)\s+to"
    r"\b[^$£€.;\d]*"
    r"|,?\s*or\s+(?:about\s+|roughly\s+)?|\s*\(\s*",
    re.IGNORECASE,
)
_RESTATED_REACH = 60
# "ranged from $91.48 for surgeons to $63.08 for dentists": two figures, not a bound.
_FROM_TO = re.compile(
    r"[^.;\n]{0,60}?\bto\s+(?:(?:just\s+)?over\s+|(?:just\s+)?under\s+|about\s+|around\s+)?"
    r"(?:[$£€₹₱\d]|Rs\b|[A-Z]{3}\s?\d|P\d"
    r"|(?:K?Sh|RM|Dhs?)\s?\d)"  # shillings, ringgit, dirhams: "from KSh 22,739 to KSh 23,830"
)
_LEAD_REACH = 24
# A ceiling told by a verb of reaching after a modal, in the languages read here: "possono
# arrivare tranquillamente a 2000 euro", "pueden llegar a 3.000 euros", "podem chegar a R$
# 4.500": what pay may reach, its top.
_MAY_REACH = re.compile(
    r"\b(?:può|possono|potrebbe|potrebbero|puede|pueden|podría|podrían|pode|podem|poderá|"
    r"poderão|poderia)\s+(?:arrivare|llegar|chegar)\s+(?:[^\W\d]+\s+)?"
    r"(?:(?:fino|hasta|até)\s+)?(?:a|ai|ao|aos|los|las)?\s*"
    r"(?:(?:guadagnare|percepire|ganar|cobrar|ganhar|receber)\s+)?"
    r"(?:(?:circa|cerca\s+de|unos|unas)\s+)?$",
    re.IGNORECASE,
)
_MAY_REACH_REACH = 60
_REACH_VERBS = ("arriv", "lleg", "cheg")
# Before a lead, what makes it no bound of the figure: an amount ("$35,000 more than
# the $46,310": the figure is what the first is compared with), a change ("up 1.5%
# from £498": where pay came from) or a count the words are of ("23 and over").
_NOT_A_BOUND = re.compile(
    r"(?:(?:[$£€₹]\s?\d[\d.,]*|\d{1,3}(?:[,.]\d{3})+)\s?[kK]?"
    # the new level with its period: "has risen to €14.20 an hour from €13.50"
    r"(?:\s+(?:an?|per)\s+(?:hour|day|week|month|year))?"
    r"|\d[\d.,]*\s?(?:%|percent|per\s+cent)"
    r"|(?<![$£€₹\d.,])\d{1,3}\s+(?:and|&)"  # "Age 23 and over £10.42": the age, not the pay
    r"|\b(?:up|down|rose|risen|fell|fallen|grew|grown|"
    r"increased|decreased|jumped|climbed|dropped|declined|changed"
    # a change named by its noun: "an increase from £27,000 in 2024"
    r"|increase|rise|hike|raise|jump))\s*$",
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
    if may_reach(scan, start):
        return None, minimum, start, end
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
    "circa unos unas then"
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


def may_reach(scan: str, start: int) -> bool:
    """Whether the figure at ``start`` is what pay may reach, after a modal and a verb of
    reaching: a ceiling.

    >>> text = "i colleghi esperti possono arrivare tranquillamente a 2000 euro"
    >>> may_reach(text, text.index("2000"))
    True
    >>> text = "lo stipendio arriva a 2000 euro"
    >>> may_reach(text, text.index("2000"))
    False
    """
    lead = scan[max(0, start - _MAY_REACH_REACH) : start]
    if not any(verb in lead for verb in _REACH_VERBS):
        return False  # the usual case: no verb of reaching before it
    return _MAY_REACH.search(lead) is not None
