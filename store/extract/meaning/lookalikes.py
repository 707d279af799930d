"""Money written like pay that no job pays: the income someone needs to live on or afford
something (said before it, in its sentence or in the next), what a retiree receives, a row
under a header of other money, money for something ("$94 for lodging"), an amount restated
("entspricht dies"), a cap on what someone may earn and an income limit on who qualifies;
``other_than_pay`` asks them all (money a next sentence names, "Such contributions", is
``other_money.named_next``'s).

    >>> text = "A single person needs to make at least $66,434 to live comfortably."
    >>> income_needed_to_live(FigureContext(text, text.index("$"), text.index(" to l"), None))
    True
    >>> text = "Retirees receive on average $1,900 a month."
    >>> received_by_retiree(FigureContext(text, text.index("$"), len(text) - 1, None))
    True

Each rule reads a ``FigureContext`` (``store.extract.text.context``) and is asked by
``store.extract.figures`` once the words around a figure call it pay; each returns early
on a cheap test of the few characters around the figure, as most figures are about none
of these (the neighbour of ``store.extract.meaning.other_money``).
"""

from __future__ import annotations

import re

from store.extract.text.context import SENTENCE_REACH, FigureContext, sentence_start
from store.extract.text.words import nearest_role, word_roles

# The income a text says is needed to afford something: a benchmark, not pay ("to
# afford an apartment that rents for $2,000, your income needs to be at least $6,000").
# The same for a way of living: "needs to make at least $66,434 after taxes to live
# comfortably".
_TO_AFFORD = r"to\s+(?:afford|live\s+comfortably)"
_INCOME_NEEDED = re.compile(
    rf"\b{_TO_AFFORD}\b[^.;]*\bneeds?\s+to\s+(?:be|earn|make|have)\b"
    rf"|\b(?:needs?|have|has)\s+to\s+(?:earn|make)\b[^.;]*\b{_TO_AFFORD}\b",
    re.IGNORECASE,
)
# In every phrase of ``_TO_AFFORD``: looked for near the figure before the regex.
_AFFORD_CUES = ("fford", "comfortabl")
# Someone needing (or having) to earn an amount, right before it, no other number between:
# "needs to make at least $66,434", "you'd need to be making roughly $32 an hour", "you
# would need to make an hourly wage of $31.33". A benchmark, not what a job pays.
_NEEDED = re.compile(
    r"\b(?:need|needs|needed|have|has)\s+to\s+(?:be\s+)?(?:earn|make|earning|making)\b"
    r"[^\d.;:!?$£€]{0,40}$",
    re.IGNORECASE,
)
# What a household or person needs to live on, named before it in its sentence (a full
# stop inside a number does not end it): "para vivir bien, un núcleo familiar debería
# recibir ingresos de ...", "pour vivre décemment".
_TO_LIVE = re.compile(r"\b(?:para\s+vivir|pour\s+vivre)\b(?:[^.;!?]|\.\d)*$", re.IGNORECASE)
_NEED_REACH = 80  # how far before a figure the needing words may stand


def income_needed_to_live(context: FigureContext) -> bool:
    """Whether the words before it say someone needs this income: a benchmark for living
    or renting ("you'd need to be making roughly $32 an hour to afford rent", "I need to
    earn at least £100,000 a year", "para vivir bien ... debería recibir"), not pay.

    >>> text = "You would need to make an hourly wage of $31.33."
    >>> income_needed_to_live(FigureContext(text, text.index("$"), len(text) - 1, None))
    True
    >>> text = "You need to be a top earner: the pay is $90,000."
    >>> income_needed_to_live(FigureContext(text, text.index("$"), len(text) - 1, None))
    False
    """
    scan, start = context.scan, context.start
    floor = max(0, start - _NEED_REACH)
    if (
        scan.find("eed", floor, start) != -1
        or scan.find("ave to", floor, start) != -1
        or scan.find("as to", floor, start) != -1
    ) and _NEEDED.search(scan, floor, start):
        return True
    if scan.find(" viv", max(0, start - SENTENCE_REACH), start) == -1:
        return False  # the usual case: no one needing anything, decided without a regex
    return _TO_LIVE.search(scan, sentence_start(scan, start), start) is not None


def income_needed(context: FigureContext) -> bool:
    """Whether its sentence says it is the income needed to afford something: "to
    afford an apartment that rents for $2,000 per month, your monthly income needs to
    be at least $6,000 per month" (and "workers need to earn $28 an hour to afford").

    >>> text = "To afford the rent, your income needs to be $6,000 a month."
    >>> income_needed(FigureContext(text, text.index("$"), len(text) - 1, None))
    True
    >>> text = "A single adult needs to make $60,000 a year to live comfortably."
    >>> income_needed(FigureContext(text, text.index("$"), text.index(" to live"), None))
    True
    """
    scan, start = context.scan, context.start
    near = scan[max(0, start - SENTENCE_REACH) : context.end + SENTENCE_REACH]
    if not any(cue in near for cue in _AFFORD_CUES):
        return False  # the usual case: nothing afforded, decided without the regex
    sentence = scan[sentence_start(scan, start) : context.end] + context.rest_text
    return _INCOME_NEEDED.search(sentence) is not None


# Who draws a pension, or the pension itself in French, in the languages read here: "un
# ancien salarié ... de l'Assurance retraite, perçoit en moyenne 1 920 euros", "pensioners
# receive", "jubilados cobran".
_RETIREE = re.compile(
    r"\b(?:retirees?|pensioners?|retraite|retraitée?s?|pensionnée?s?|anciens?\s+salariée?s?"
    r"|ex-indépendants?|rentner(?:in|innen)?|pensionäre?|jubilad[oa]s?|pensionistas?"
    r"|pensionat[io]|aposentad[oa]s?|gepensioneerden?|emeryt(?:ów|ka|ki|a|y)?"
    r"|nyugdíjas(?:ok)?)\b",
    re.IGNORECASE,
)
_RETIREE_CUES = re.compile("etire|ension|etrait|ncien|entner|ubilad|posentad|meryt|yugdíj")


def received_by_retiree(context: FigureContext) -> bool:
    """Whether its sentence before it names a retiree as who receives it, and no salary or
    wage between: a pension ("un ex-indépendant ... touche 3 120 euros brut chaque mois").

    >>> text = "Retired nurses say the salary of a nurse is $80,000 a year."
    >>> received_by_retiree(FigureContext(text, text.index("$"), len(text) - 1, None))
    False
    >>> text = "Un retraité de la fonction publique perçoit en moyenne 2 100 euros par mois."
    >>> received_by_retiree(FigureContext(text, text.index("2 1"), len(text) - 1, None))
    True
    """
    if _RETIREE_CUES.search(context.clause) is None:
        return False  # the usual case: no retiree named in its clause, decided cheaply
    scan, start = context.scan, context.start
    before = scan[sentence_start(scan, start) : start]
    ends = [named.end() for named in _RETIREE.finditer(before)]
    return bool(ends) and "salary" not in word_roles(before[ends[-1] :])


_LETTER = re.compile(r"[^\W\d_]")
_ROW_LEAD = 40  # a row's cells before a figure, all numbers, run at most this long
_ABOVE_REACH, _ABOVE_LINES = 300, 4


def row_under_other_money(context: FigureContext) -> bool:
    """Whether it is a cell of a row of numbers alone (after its first number) whose
    header, the first line above with words (no sentence, no money of its own), names
    other money nearer than pay: a table of income limits pasted with its cells run
    together ("Family SizeAnnual Income* (138% FPL)" above "1$15,856 $1,321").

    >>> text = "Household sizeIncome (138% FPL)\\n1$15,856 $1,321\\n2$21,404 $1,784"
    >>> row_under_other_money(FigureContext(text, text.index("$21"), text.index(" $1,7"), None))
    True
    """
    scan, start = context.scan, context.start
    row = scan.rfind("\n", max(0, start - _ROW_LEAD), start)
    if row == -1 or row + 1 == start or not scan[row + 1].isdigit():
        return False  # the usual case: prose, or a row not led by a number
    lead = scan[row + 1 : start]
    if context.header or _LETTER.search(lead):
        return False  # a labelled row or a pipe table's cell
    lines = scan[max(0, row - _ABOVE_REACH) : row].split("\n")[-_ABOVE_LINES:]
    for line in reversed(lines):
        if _LETTER.search(line):
            if line.rstrip().endswith((".", "!", "?")) or any(c in line for c in "$£€"):
                return False  # a sentence or a row with money of its own: not a header
            return nearest_role(word_roles(line), "not_pay", "pay") == "not_pay"
    return False


# Right after a figure (and its period), what it is for: "a standard rate of $94 for
# lodging", "€23.15 for lodgings only per week".
_FOR_AFTER = re.compile(r",?\s*for\s+(?:the\s+|a\s+|an\s+|your\s+)?([^\W\d]+(?:\s+[^\W\d]+)?)")


def paid_for_other(context: FigureContext) -> bool:
    """Whether the words right after it say it is for other money (a price, lodging, an
    allowance), naming no pay: "$94 for lodging and $55 for M&IE".

    >>> text = "A standard rate of $94 for lodging applies."
    >>> paid_for_other(FigureContext(text, text.index("$"), text.index(" for"), None))
    True
    >>> text = "A rate of $24 for nurses applies."
    >>> paid_for_other(FigureContext(text, text.index("$"), text.index(" for"), None))
    False
    """
    scan, end = context.scan, context.end
    if scan.find("for ", end, end + 6) == -1:
        return False  # the usual case, decided without the regex
    named = _FOR_AFTER.match(scan, end)
    if named is None:
        return False
    roles = word_roles(named.group(1))
    return "not_pay" in roles and "pay" not in roles


# A clause restating an amount in other terms, in the languages read here: "entspricht
# dies einem Betrag von 461 Euro/Monat", "cela correspond à", "equivale a".
_RESTATES = re.compile(
    r"\b(?:entspricht|entsprechen|ergibt|correspond|correspondent|corresponde|corresponden"
    r"|equivale|equivalen|corrisponde|equivalgono)\b[^.;:!?]{0,50}$",
    re.IGNORECASE,
)
_RESTATE_CUES = re.compile("ntspr|rgib|orrespond|quival|orrispond")
_RESTATE_REACH = 300  # how far back a text naming no pay is read


def restated_elsewhere(context: FigureContext) -> bool:
    """Whether its clause restates an amount ("entspricht dies einem Betrag von") and no
    pay is named before it within a paragraph: other money (warm rent per flat) restated.

    >>> text = "Bei 70 m2 Wohnfläche entspricht dies einem Betrag von 461 Euro/Monat."
    >>> restated_elsewhere(FigureContext(text, text.index("461"), len(text) - 1, None))
    True
    >>> text = "Das Gehalt liegt bei 40.000 Euro; das entspricht 3.333 Euro im Monat."
    >>> restated_elsewhere(FigureContext(text, text.index("3.333"), len(text) - 1, None))
    False
    """
    clause = context.clause
    if _RESTATE_CUES.search(clause) is None or _RESTATES.search(clause) is None:
        return False  # the usual case: no restating verb
    scan, start = context.scan, context.start
    return "pay" not in word_roles(scan[max(0, start - _RESTATE_REACH) : start])


# The sentence right after a figure standing alone, calling it what one needs to afford
# something: "$27/hr. That's the bare minimum you'd need to afford a single bedroom".
_NEEDED_NEXT = re.compile(
    r"[.!]?\s+(?:that|this|which)(?:'s|’s|\s+is|\s+would\s+be)\b[^.!?]{0,60}?"
    r"\bneed(?:s|ed)?\s+to\s+afford\b",
    re.IGNORECASE,
)


def needed_next(context: FigureContext) -> bool:
    """Whether the sentence right after it says it is what one needs to afford something.

    >>> text = "$27/hr. That's the bare minimum you'd need to afford a flat."
    >>> needed_next(FigureContext(text, 0, 6, None))
    True
    """
    scan, end = context.scan, context.end
    if scan.find("fford", end, end + 120) == -1:
        return False  # the usual case: nothing afforded after it
    return _NEEDED_NEXT.match(scan, end) is not None


# What someone may not earn more than: a cap set by a rule (a mini-job, a benefit), not
# pay. "Als Minijobber darf man nicht mehr als 450 Euro im Monat verdienen", "students
# may not earn more than $2,000 a month".
_CAPPED = re.compile(
    r"\b(?:may|can|must)(?:\s+not|n[o']t)\s+(?:earn|make)\s+(?:more\s+than|over|above)\s*$"
    r"|\bcannot\s+(?:earn|make)\s+(?:more\s+than|over|above)\s*$"
    # the same in the languages read here: "Als Minijobber darf man nicht mehr als",
    # "no puede ganar más de", "ne peut pas gagner plus de", "mag niet meer dan"
    r"|\b(?:darf|dürfen|durfte|may|can|cannot|puede|pueden|peut|peuvent|può|possono|mag|mogen)"
    r"\b[^.;:!?\d\n]{0,50}?\b(?:nicht|not|no|ne|non|niet)\s+(?:\w+\s+)?"
    r"(?:mehr|more|más|plus|più|meer)\s+(?:als|than|de|di|dan)\s*$",
    re.IGNORECASE,
)
_CAPPED_CUES = re.compile("nicht|not |n't | no | ne | non | niet")
_CAPPED_REACH = 90


def earnings_capped(context: FigureContext, amount_start: int) -> bool:
    """Whether the words right before its amount (at ``amount_start``) say no one may earn
    more: a cap, not pay.

    >>> text = "Students may not earn more than $2,000 a month."
    >>> context = FigureContext(text, text.index("more"), len(text) - 1, None)
    >>> earnings_capped(context, text.index("$"))
    True
    >>> text = "Als Minijobber darf man nicht mehr als 520 Euro im Monat verdienen."
    >>> earnings_capped(FigureContext(text, 0, len(text) - 1, None), text.index("520"))
    True
    >>> text = "Ein Koch verdient nicht mehr als 2.400 Euro im Monat."
    >>> earnings_capped(FigureContext(text, 0, len(text) - 1, None), text.index("2.4"))
    False
    """
    scan, floor = context.scan, max(0, amount_start - _CAPPED_REACH)
    if _CAPPED_CUES.search(scan, floor, amount_start) is None:
        return False  # the usual case: no denial before it
    return _CAPPED.search(scan, floor, amount_start) is not None


# Who qualifies, told by an income limit right before the amount: "per i lavoratori con un
# reddito complessivo fino a 40.000 euro", "for workers with incomes below $40,000",
# "con ingresos inferiores a". A condition, not pay.
_INCOME_CONDITION = re.compile(
    r"\bwith\s+(?:an?\s+|their\s+)?(?:annual\s+|total\s+|gross\s+|net\s+)?incomes?\s+"
    r"(?:of\s+)?(?:up\s+to|below|under|less\s+than|not\s+exceeding|no\s+more\s+than)\s*$"
    r"|\bcon\s+(?:un\s+)?(?:reddit[oi]|ingresos?)\s+(?:[^\W\d]+\s+){0,2}"
    r"(?:fino\s+a|inferior[ei]s?\s+a|non\s+superiore\s+a|de\s+hasta|hasta)\s*$",
    re.IGNORECASE,
)
_CONDITION_REACH = 80


def income_condition(context: FigureContext, amount_start: int) -> bool:
    """Whether an income limit on who qualifies comes right before its amount.

    >>> text = "A bonus for workers with incomes below $40,000 a year."
    >>> context = FigureContext(text, text.index("$"), len(text) - 1, None)
    >>> income_condition(context, text.index("$"))
    True
    """
    scan, floor = context.scan, max(0, amount_start - _CONDITION_REACH)
    if (
        scan.find("ncome", floor, amount_start) == -1
        and scan.find("reddit", floor, amount_start) == -1
        and scan.find("ngreso", floor, amount_start) == -1
    ):
        return False  # the usual case: no income named right before it
    return _INCOME_CONDITION.search(scan, floor, amount_start) is not None


def other_than_pay(context: FigureContext, amount_start: int, affords: bool) -> bool:
    """Whether any rule above reads the figure (its amount at ``amount_start``) as money
    no job pays; each first looks for its words in a few characters around the figure
    (``affords``: whether the text says "afford" anywhere).

    >>> text = "Pensioners receive on average $1,450 a month."
    >>> other_than_pay(FigureContext(text, text.index("$"), len(text) - 1, None), 30, False)
    True
    """
    return (
        income_needed_to_live(context)
        or received_by_retiree(context)
        or row_under_other_money(context)
        or paid_for_other(context)
        or restated_elsewhere(context)
        or (affords and (income_needed(context) or needed_next(context)))
        or earnings_capped(context, amount_start)
        or income_condition(context, amount_start)
    )
