"""Figures that say how much pay moved, or what is added to it, rather than a level of pay.

    >>> scan = "Raising the wage by $39 a week."  # the figure starts at 20, its label before
    >>> change_of_pay(scan, scan[8:20], 20, 20, 23, ranged=False)
    True
    >>> changes_ranged("The increases range from $0.25 in Montana")
    True

``store.extract.figures`` asks these before it reads a figure's context: a difference
("raising the wage by $39"), an addition ("(+ $2.64/hr)"), a change told by its verb in
the languages read here ("stieg um 150 Euro", "augmentera de plus de 200 €") and
increases that range ("The increases range from $0.25 ... to $2.15") are no one's pay.
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.extract.amounts.ranges import changed_by_amount

# "by" right before a figure measures a change or a gap: "vary by over £20,000".
_BY_AMOUNT = re.compile(r"\bby\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+)?$")
# A plus sign right before a figure, after something on its line (not a list's bullet, nor
# an age or a count: "23+ £10.42 per hour"): the figure is added to some pay, no level.
_ADDED = re.compile(r"[^\s+\d][ \t]*\+[ \t]*$")
# A verb of change right before a figure, in the languages read here: the figure is
# how much pay moved ("augmentera de plus de 200 €", "stieg um 150 Euro", "subió en 50").
_CHANGED_BY = re.compile(
    r"\b(?:augment\w*|baiss\w*|diminu\w*|progress\w*|steig\w*|stieg\w*|gestiegen|erhöh\w*|"
    r"sink\w*|sank|gesunken|aument\w*|sub(?:e|en|ió|ieron)|cre(?:ce|cen|ció)|disminu\w*|"
    r"baj(?:a|ó)|stijg\w*|steeg|gestegen|daal\w*|daalde|gedaald|wzr\w*|spad\w*|zmal\w*|"
    r"\w+erhöhung)\s+"  # German compounds: "die Tariferhöhung um 150 Euro"
    r"(?:de|di|um|en|met|o|(?:respectivement|jeweils)\s+de)\s+"  # "un aumento di circa 175 euro"
    r"(?:(?:plus|moins|près|mehr|weniger|más|menos|casi|rund|etwa|environ|ruim|bijna|circa)\s+"
    r"(?:de\s+|als\s+|dan\s+)?)?$",
    re.IGNORECASE,
)
_CHANGED_BY_REACH = 48
# How the text right before such a figure ends, checked before the regex.
_CHANGE_ENDS = (
    " de ",
    " di ",
    " circa ",
    " um ",
    " en ",
    " met ",
    " als ",
    " dan ",
    " rund ",
    " etwa ",
    " environ ",
    " o ",
)

# Increases as the subject of a range: "The increases range from $0.25 in Montana and Ohio
# to $2.15 in Michigan" gives how much pay moved, not pay.
_CHANGES_RANGE = re.compile(
    r"\b(?:increases|raises|rises|hikes|increments)\s+(?:range[sd]?|ranging|var(?:y|ied))\s+"
    r"from\b[^;!?\n]{0,80}$",
    re.IGNORECASE,
)


def change_of_pay(
    scan: str, label_text: str, start: int, low_start: int, end: int, *, ranged: bool
) -> bool:
    """Whether the figure at ``start`` (its first amount at ``low_start``, its last ending at
    ``end``; ``label_text`` the few characters before it) tells a change of pay or an
    addition to it, not pay."""
    if "by" in label_text and _BY_AMOUNT.search(label_text):
        return True  # "can vary by over £20,000", "raising the wage by $39": a difference
    if "+" in label_text and _ADDED.search(label_text):
        return True  # "(+ $2.64/hr)", "$20 per hour + $1.50 shift premium": added to pay
    if scan.startswith(" to ", end) and changed_by_amount(scan, low_start):
        return True  # "increase the wage nearly $4.00 to $17.29": how much pay moved
    return (
        label_text.endswith(_CHANGE_ENDS)
        and not ranged
        and _CHANGED_BY.search(scan, max(0, start - _CHANGED_BY_REACH), start) is not None
    )  # "son salaire augmentera de plus de 200 €", "stieg um 150 Euro"


def changes_ranged(clause: str) -> bool:
    """Whether ``clause`` ranges over increases: "The increases range from $0.25 ..."."""
    return "from" in clause and _CHANGES_RANGE.search(clause) is not None


# Right after a figure, a change named with what changed: "a $2 wage increase", "a P125
# across the board wage hike" (a change word right after it is read by its words already).
_CHANGE_AFTER = re.compile(
    r"[\s-]*(?:across[\s-]the[\s-]board\s+)?(?:(?:wage|pay|salary)\s+)?"
    r"(?:hikes?|increases?|raises?|rises?|increments?)\b",
    re.IGNORECASE,
)
# Right before a figure, a change of pay as its subject or verb: "a tiny increase in pay
# anywhere from $2.50 per hr", "a bill to raise teacher pay $10,000" (but "an increase in
# pay from $18 to $20" gives the old and new levels).
_CHANGE_BEFORE = re.compile(
    r"\b(?:increases?|raises?|rises?|hikes?|bumps?|boosts?)\s+in\s+"
    r"(?:pay|wages?|salary|salaries|earnings)\s+(?:of|anywhere\s+from|ranging\s+from|between)"
    # the range's top too: "anywhere from $2.50 per hr to $5.00 per hr"
    r"\s+(?:[$£€]?[\d.,]+[^.;!?\d$£€]{0,20}?\s(?:to|and)\s+)?"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|up\s+to\s+)?$"
    # the same change in another period: "increased by $4.62 per hour or more than $9120"
    r"|\bby\s+[$£€]?[\d.,]+(?:\s+(?:per|an?)\s+[a-z]+)?\s+or\s+"
    r"(?:more\s+than\s+|about\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?$"
    r"|\b(?:raise|raising|increase|increasing|boost|boosting|hike|hiking)\s+(?:\w+\s+){0,2}"
    r"(?:pay|wages?|salary|salaries)\s+(?:by\s+)?$",
    re.IGNORECASE,
)
_CHANGE_CUES = re.compile("ncreas|rais|rise|hik|bump|boost|ncrement|by [$£€\\d]")
_CHANGE_REACH = 80
# The same words for a whole text, by plain substring search (faster than the regex there).
_CHANGE_WORDS = ("ncreas", "rais", "rise", "hik", "bump", "boost", "ncrement", "by ")


def change_named_around(scan: str, start: int, end: int, *, period_written: bool) -> bool:
    """Whether the words right around a figure name it as a change of pay: "a $2 wage
    increase", "an increase in pay anywhere from $2.50", "raise teacher pay $10,000". The
    words after count only when no period is written between ("Starting at $18/hr pay
    increases annually" says what the pay does).

    >>> scan = "a bill to raise teacher pay $10,000"
    >>> change_named_around(scan, scan.index("$"), len(scan), period_written=False)
    True
    >>> scan = "a bill to raise teacher pay to $60,000"
    >>> change_named_around(scan, scan.index("$"), len(scan), period_written=False)
    False
    """
    if not _names_changes(scan):
        return False  # the usual case: no change word anywhere in the text
    if not period_written and _CHANGE_AFTER.match(scan, end, end + _CHANGE_REACH):
        return True
    floor = max(0, start - _CHANGE_REACH)
    if _CHANGE_CUES.search(scan, floor, start) is None:
        return False  # the usual case: no change word before it, decided without the regex
    return _CHANGE_BEFORE.search(scan, floor, start) is not None


@lru_cache(maxsize=8)  # one text's figures ask in turn; a str caches its own hash
def _names_changes(scan: str) -> bool:
    """Whether a text holds any word ``change_named_around`` reads, looked for once."""
    return any(word in scan for word in _CHANGE_WORDS)
