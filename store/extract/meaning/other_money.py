"""What marks a figure's surroundings as money that is not pay: what an agency bills, what a
household may earn to qualify for help, the income needed to afford something, who pays a
benefit, and other money referred back to or restated.

    >>> text = "Contractors are billed at $60 an hour"
    >>> billed(FigureContext(text, start=26, end=len(text), previous_line=None))
    True
    >>> text = "A family of four earning $55,000 may qualify."
    >>> household_limit(FigureContext(text, text.index("$"), text.index(" may"), None))
    True

Each rule reads a ``FigureContext`` (``store.extract.text.context``) and is asked by
``store.extract.figures`` once the words around a figure call it pay; most return early
on a cheap test of the text near the figure, as most figures are about none of these.
"""

from __future__ import annotations

import re

from store.extract.text.context import PRONOUNS, SENTENCE_REACH, FigureContext, sentence_start
from store.extract.text.words import (
    billing_named,
    names_itself_pay,
    nearest_role,
    paid_by_client,
    word_roles,
)

# In every word ``billing_named`` and ``paid_by_client`` know.
_BILLING_CUES = ("ill", "ourc", "harge", "nvoic", "lient", "onsult", "genc", "reelanc", "ntract")
# What a household or family has to earn to qualify for help, in its sentence or the
# headings above it: an eligibility limit or poverty line, not what a job pays.
_HOUSEHOLD_LIMIT = re.compile(
    r"\b(?:famil(?:y|ies)\s+of\s+(?:one|two|three|four|five|six|seven|eight|\d+)"
    r"|household\s+(?:size|incomes?)|households?\s+(?:earning|making|with\s+(?:an?\s+)?incomes?)"
    r"|poverty|income (?:limits?|guidelines?|thresholds?|eligibility)|eligibility"
    # A condition to qualify for something: "To be eligible for a workplace pension, you
    # must: ... Earn over £10,000 a year".
    r"|to\s+(?:be\s+)?(?:eligible|qualify)|eligible\s+(?:if|when)"
    # the same in the other languages read here: "un núcleo familiar promedio debería
    # recibir", "il reddito familiare", "το κατώφλι της σχετικής φτώχειας"
    r"|n[úu]cleos?\s+familiar(?:es)?|nucleo\s+familiare|hogar(?:es)?|m[ée]nages?"
    r"|haushalt\w*|huishoud\w*|renda\s+familiar|reddito\s+familiare|pobreza|pauvret[ée]"
    r"|armut\w*|povert[àa]|ubóstw\w*|armoede\w*|φτώχ\w*|fattigdom\w*"
    # who qualifies by a total income, a tax term: "con un reddito complessivo fino a 40.000"
    r"|con\s+(?:un\s+)?reddito\s+complessivo)\b",
    re.IGNORECASE,
)
# In every phrase it knows, past a capital first letter, looked for close to the figure.
# ("ualify", not "ualif": "Qualifications" heads most postings' requirements)
_HOUSEHOLD_CUES = ("amil", "ousehold", "overty", "ligib", "ncome ", "ualify")
_HOUSEHOLD_CUE_BEFORE, _HOUSEHOLD_CUE_AFTER = 120, 80
_HOUSEHOLD_REACH = 200
_HOUSEHOLD_ROW = 40  # a figure this close after a line break is a row: its headings count
# How far back on its line a sentence naming nothing may look for the money it goes on about.
_PARAGRAPH_REACH = 300
# A clause saying what an amount comes to in other terms: the same money restated ("it
# comes to an amount close to £4000 a month", the bills a writer adds up).
_RESTATED = re.compile(
    r"\b(?:breaks?\s+down|works?\s+out|equates?|translates?|amounts?|comes?)\s+(?:in)?to\b"
    r"[^.;:]{0,40}$",
    re.IGNORECASE,
)
# "pays": the verb alone, which says who pays, not that the money is a wage.
_PAY_VERB = re.compile(r"\bpays\b", re.IGNORECASE)


def billed(context: FigureContext) -> bool:
    """Whether its sentence is about what an agency bills ("for outsourced work").

    A figure named pay by its own noun ("$40/hr pay rate gives a $60/hr bill
    rate") is what the worker gets, whatever the rest of its sentence bills.
    """
    near = context.scan[max(0, context.start - SENTENCE_REACH) : context.end + SENTENCE_REACH]
    if not any(cue in near for cue in _BILLING_CUES):
        return False  # the usual case, decided without reading the sentence
    if billing_named(context.clause) or paid_by_client(context.clause):
        return True
    return not names_itself_pay(context.after) and billing_named(context.rest_text)


def household_limit(context: FigureContext) -> bool:
    """Whether its sentence, or a heading line above it, is about what a household may
    earn to qualify for help: "a family of four can make up to $69,560 and qualify",
    a row under "Household Income Limits".
    """
    scan, start = context.scan, context.start
    named = "household" in context.before or "household" in context.after
    if (
        not named
        and scan.rfind("\n", max(0, start - _HOUSEHOLD_ROW), start) == -1
        and start > _HOUSEHOLD_ROW
    ):
        return False  # prose naming no household: the usual case, decided by its words
    near = scan[max(0, start - _HOUSEHOLD_CUE_BEFORE) : context.end + _HOUSEHOLD_CUE_AFTER]
    if not named and not any(cue in near for cue in _HOUSEHOLD_CUES):
        return False  # a row with no household word near it
    above = scan[max(0, start - _HOUSEHOLD_REACH) : start]
    own = max(0, sentence_start(scan, start) - start + len(above))
    headings = [
        line for line in above[:own].split("\n") if not line.rstrip().endswith((".", "!", "?"))
    ]
    near = " ".join((*headings, above[own:], context.rest_text))
    return _HOUSEHOLD_LIMIT.search(near) is not None


def other_money_referred(context: FigureContext) -> bool:
    """Whether its clause names no pay and refers back by a pronoun to a sentence
    about other money: "the tip credit amount cannot exceed $4.00 per hour. Starting
    from July 1, 2024, it can't exceed $6.00 per hour".

    >>> text = "The tip credit is $4.00 per hour. From July, it can't exceed $6.00."
    >>> other_money_referred(FigureContext(text, text.index("$6"), len(text) - 1, None))
    True
    """
    if "pay" in context.before or "pay" in context.after:
        return False  # pay named around it (the caller checks first, saving the call)
    clause = context.clause
    if not PRONOUNS.intersection(clause.split()):
        return _other_money_continued(context)
    begin = context.start - len(clause.lstrip())
    previous = context.scan[sentence_start(context.scan, max(0, begin - 2)) : begin]
    return nearest_role(word_roles(previous), "not_pay", "pay") == "not_pay"


def _other_money_continued(context: FigureContext) -> bool:
    """Whether its sentence names no pay, no minimum and no money of its own, and the
    sentences before it on its line were last about other money: "State maximum weekly
    benefit amounts differ. Some states set their ceiling below $500 per week. Others
    exceed $1,000." (a table row, a line of its own or a figure standing alone as its
    sentence is read by its own words)."""
    scan, start = context.scan, context.start
    begin = sentence_start(scan, start)
    line = scan.rfind("\n", max(0, begin - _PARAGRAPH_REACH), begin) + 1
    if begin <= line or scan[begin - 2 : begin] != ". ":
        return False  # the usual case: its sentence opens its line (or a ";" clause)
    own = scan[begin:start]
    own = own[own.rfind(". ") + 1 :]  # "in code review. 42K-$73K": a figure-led sentence
    if not any(c.isalpha() for c in own) or context.rest or context.lead:
        # The figure alone ("42K-$73K"), or its own sentence names what the money is.
        return False
    previous = word_roles(scan[max(line, begin - _PARAGRAPH_REACH) : begin])
    return nearest_role(previous, "not_pay", "pay", "minimum") == "not_pay"


def restated_unpaid(context: FigureContext) -> bool:
    """Whether it restates other money, or money the text does not name: a clause
    naming no pay that says what an amount "breaks down to", "works out to", "equates
    to", after a sentence naming no pay, or as the text's first ("That breaks down to
    roughly $750 to over $1,400 per month", the cost of child care).

    >>> text = "Day care is $9,000 a year. That breaks down to $750 per month."
    >>> restated_unpaid(FigureContext(text, text.index("$750"), len(text) - 1, None))
    True
    >>> text = "Pay is $90,000 a year. That breaks down to $43 per hour."
    >>> restated_unpaid(FigureContext(text, text.index("$43"), len(text) - 1, None))
    False
    """
    if "pay" in context.before or "pay" in context.after or " to" not in context.clause:
        return False  # the usual case, decided without the regex
    if _RESTATED.search(context.clause) is None:
        return False
    begin = sentence_start(context.scan, context.start)
    previous = context.scan[sentence_start(context.scan, max(0, begin - 2)) : begin]
    return "pay" not in context.lead and "pay" not in word_roles(previous)


def named_next(context: FigureContext) -> bool:
    """Whether the sentence right after it names it, by "Such", "These" or "Said", as
    other money, its own words naming no pay: "... ($2.50) per hour for each and every
    hour worked. Such contributions are to be made by the Employer" (a fund's due).

    >>> text = "Two dollars ($2.00) per hour for each hour. Such contributions are made monthly."
    >>> named_next(FigureContext(text, text.index("$"), text.index(")"), None))
    True
    """
    if "pay" in context.before or "pay" in context.after:
        return False  # the usual case: pay named around it
    scan, end = context.scan, context.end
    if _NAMED_NEXT_CUE.search(scan, end, end + SENTENCE_REACH) is None:
        return False  # nothing named after it, decided without reading the sentence
    following = _NAMED_NEXT.match(scan, end + len(context.rest_text) + 1)
    return following is not None and "not_pay" in word_roles(following.group(1))


# A sentence opening by naming the money of the one before: "Such contributions are".
_NAMED_NEXT = re.compile(r"\s*(?:Such|These|Those|Said)\s+(\w+(?:\s+\w+)?)")
# Its words, looked for once a text by ``store.extract.text.cues`` and near the figure here.
NAMED_NEXT_CUES = ("Such ", "These ", "Those ", "Said ")
_NAMED_NEXT_CUE = re.compile("|".join(NAMED_NEXT_CUES))


def other_money_paid(context: FigureContext) -> bool:
    """Whether its clause names pay only by the verb "pays", saying who pays, after a
    sentence about other money: "Among the states that pay the highest unemployment
    insurance compensation are ... Massachusetts pays the highest at up to $942 per
    week." (the payer of a benefit, not an employer).

    >>> text = "Unemployment insurance is set by states. Ohio pays up to $500 a week."
    >>> other_money_paid(FigureContext(text, text.index("$"), len(text) - 1, None))
    True
    """
    clause = context.clause
    if "pays " not in clause:
        return False  # the usual case (the caller checks first, saving the call)
    if "pay" in context.after or _PAY_VERB.search(clause) is None:
        return False
    if "pay" in word_roles(_PAY_VERB.sub(" ", clause)):
        return False  # a pay noun of its own: "Ohio pays nurses a salary of"
    begin = context.start - len(clause.lstrip())
    previous = context.scan[sentence_start(context.scan, max(0, begin - 2)) : begin]
    return nearest_role(word_roles(previous), "not_pay", "pay") == "not_pay"


def other_money(context: FigureContext) -> bool:
    """Whether only its label names it, as other money: a row of a list headed
    "Shift differential" ("- Nights: $4.00/hr")."""
    if "pay" in context.before or "pay" in context.after:
        return False
    if context.heading.endswith((".", "!", "?")):
        return False  # a sentence above names its own money, not this figure's
    return "not_pay" in context.label and "pay" not in context.label


# A gap between pays, as the subject its figure measures: "the difference between the
# salaries of the North and the South reaches 3,800 euros", "Spennet mellom yrkes med
# høyest og lavest gjennomsnittslønn var 93 940 kroner", in the languages read here.
_GAP_BETWEEN = re.compile(
    r"\b(?:differences?|gap|spread|differenza|divario|diferencias?|brecha|diferença|"
    r"différence|écart|unterschied|differenz|verschil|różnica|skillnaden?|forskel(?:len)?|"
    r"forskjell(?:en)?|spennet|rozdíl|diferen[țţt]a|διαφορά)\b"
    r"[^.;:\d]{0,40}?\b(?:between|tra|fra|entre|zwischen|tussen|między|mellan|mellom|mezi|"
    r"între|μεταξύ)\b"
    # what a worker costs an employer, as the subject: "utrzymanie pracownika otrzymującego
    # minimalne wynagrodzenie wyniesie 5790,28 zł", "el coste laboral ... es de"
    r"|\b(?:utrzymanie\s+pracownika|koszty?\s+(?:pracodawcy|zatrudnienia)|coste\s+(?:laboral|"
    r"para\s+la\s+empresa)|co[ûu]t\s+(?:employeur|du\s+travail|total\s+employeur)|"
    r"costo\s+(?:del\s+lavoro|aziendale)|arbeitgeberkosten|cost\s+(?:of\s+employing|to\s+"
    r"(?:the\s+|an\s+)?employer))\b",
    re.IGNORECASE,
)
# In every gap noun above, past a capital first letter: looked for before the regex, and
# once a text by ``store.extract.text.cues``.
GAP_CUES = ("ifferen", "iferen", "gap", "pread", "ivario", "recha", "cart", "nterschied")
GAP_CUES += ("erschil", "óżnic", "killnad", "orskel", "orskjell", "pennet", "ozdíl", "ιαφορ")
GAP_CUES += ("trzymanie", "oszt", "oste", "oût", "osto", "geberkosten", "ost of", "ost to")
_GAP_FIGURE_AFTER = 15  # "the difference between $50,000 and ...": a level, not the gap
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_WORD = re.compile(r"\w+")
# What a gap "is" before its figure: "la differenza ... tocca 3.800 euro", not "la differenza
# tra un'offerta a 3000 euro e una a 3000" (levels inside the gap's own words).
_GAP_IS = frozenset(
    {"is", "are", "was", "were", "reaches", "reached", "stands", "amounts", "totals", "comes"}
    | {"è", "era", "tocca", "raggiunge", "ammonta", "arriva", "attesta", "es", "fue", "alcanza"}
    | {"asciende", "supera", "est", "était", "atteint", "élève", "ist", "war", "beträgt"}
    | {"betrug", "liegt", "lag", "erreicht", "bedraagt", "bedroeg", "ligt", "var", "är"}
    | {"ligger", "uppgår", "er", "udgør", "utgjør", "wynosi", "wynosiła", "sięga", "je"}
    | {"činí", "činil", "este", "ajunge", "είναι", "ανέρχεται", "situa", "sitúa", "sitúan"}
    | {"wyniesie", "wynosi", "wyniosą", "kosztuje", "cuesta", "coûte", "costa", "kostet", "costs"}
)


def gap_between(context: FigureContext) -> bool:
    """Whether its sentence says, before it and with no other number between, that it is
    a gap between pays ("the gap between men's and women's salaries is $10,000"), or what
    a worker costs an employer ("the cost to the employer of a minimum-wage worker is").

    >>> text = "La differenza tra le retribuzioni del Nord e del Sud tocca 3.800 euro."
    >>> gap_between(FigureContext(text, text.index("3.8"), len(text) - 1, None))
    True
    >>> text = "La differenza tra un'offerta di lavoro a 3000 euro lordi e una a 3000 netti"
    >>> gap_between(FigureContext(text, text.index("3000"), text.index(" euro"), None))
    False
    """
    scan, start = context.scan, context.start
    begin = sentence_start(scan, start)
    before = scan[begin:start]
    if not any(cue in before for cue in GAP_CUES):
        return False  # no gap named in its sentence, decided without the regex
    gaps = list(_GAP_BETWEEN.finditer(before))
    gap = gaps[-1] if gaps else None  # the last gap named before the figure
    if gap is None or start - begin - gap.end() < _GAP_FIGURE_AFTER:
        return False
    between = before[gap.end() :]
    if any(c.isdigit() for c in _YEAR.sub(" ", between)):
        return False  # "the gap between 2,000 and 3,000 euros": the figure is a level
    return not _GAP_IS.isdisjoint(_WORD.findall(between.lower()))
