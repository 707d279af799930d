"""Figures that say how much pay moved, or what is added to it, rather than a level of pay.

    >>> scan = "Raising the wage by $39 a week."  # the figure starts at 20, its label before
    >>> change_of_pay(scan, scan[8:20], 20, 20, 23, ranged=False)
    True
    >>> scan = "It rose by $4.62 per hour or more than $9120.00 per year."
    >>> change_named_around(scan, 39, 47, period_written=True)
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
# A change of pay told as a range of amounts: "a firstyear raise between $3 and $7.50
# hourly", "an increase of between €50 and €80", "aumentos entre 100 y 200 euros": how
# much pay moves, by a range, not a range of pay.
_CHANGE_BETWEEN = re.compile(
    r"\b(?:raises?|increases?|rises?|hikes?|increments?|bumps?|aumentos?|augmentations?|"
    r"erhöhung(?:en)?|verhoging(?:en)?)\s+(?:(?:of|de|di|von|van)\s+)?"
    r"(?:between|entre|zwischen|tussen|tra|fra)\s+"
    r"(?:(?:about|around|roughly|some|circa|environ|etwa|unos)\s+)?$",
    re.IGNORECASE,
)
_BETWEEN_WORDS = ("between", "entre", "zwischen", "tussen", "tra ", "fra ")
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
    if (
        ranged
        and any(word in label_text for word in _BETWEEN_WORDS)
        and changed_between(scan, start)
    ):
        return True  # "a firstyear raise between $3 and $7.50 hourly": a range of changes
    return (
        label_text.endswith(_CHANGE_ENDS)
        and not ranged
        and _CHANGED_BY.search(scan, max(0, start - _CHANGED_BY_REACH), start) is not None
    )  # "son salaire augmentera de plus de 200 €", "stieg um 150 Euro"


def changes_ranged(clause: str) -> bool:
    """Whether ``clause`` ranges over increases: "The increases range from $0.25 ..."."""
    return "from" in clause and _CHANGES_RANGE.search(clause) is not None


def changed_between(scan: str, start: int) -> bool:
    """Whether the range at ``start`` is how much pay moves: a raise or an increase
    "between" its two amounts.

    >>> text = "a firstyear raise between $3 and $7.50 hourly"
    >>> changed_between(text, text.index("$"))
    True
    >>> text = "a salary between $30,000 and $40,000"
    >>> changed_between(text, text.index("$"))
    False
    """
    return _CHANGE_BETWEEN.search(scan, max(0, start - _CHANGED_BY_REACH), start) is not None


# Right after a figure, a change named with what changed: "a $2 wage increase", "a P125
# across the board wage hike", "a ₱40 daily wage increase" (a change word right after it is
# read by its words already).
_CHANGE_AFTER = re.compile(
    r"[\s-]*(?:(?:across[\s-]the[\s-]board|nationwide|daily|hourly|weekly|monthly|annual"
    r"|yearly|wage|pay|salary)[\s-]+){0,4}(?:hikes?|increases?|raises?|rises?|increments?"
    r"|adjustments?)\b",
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
# The same words for a whole text, looked for once a text by ``store.extract.text.cues``
# (plain substring search, faster than the regex there).
CHANGE_WORDS = ("ncreas", "rais", "rise", "hik", "bump", "boost", "ncrement", "by ")


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
    if not period_written and _CHANGE_AFTER.match(scan, end, end + _CHANGE_REACH):
        return True
    floor = max(0, start - _CHANGE_REACH)
    if _CHANGE_CUES.search(scan, floor, start) is None:
        return False  # the usual case: no change word before it, decided without the regex
    return _CHANGE_BEFORE.search(scan, floor, start) is not None


# Column headers naming a change of pay: "Annual Increase to pay", "New Wage Increase",
# "Increase in pence".
_CHANGE_HEADER = re.compile(
    r"\b(?:increases?|raises?|rises?|hikes?|increments?|uplifts?|difference)\b", re.IGNORECASE
)


_MONEY_CELL = re.compile(r"[$£€₹₱]\s?\d")


def change_column(header: str, scan: str, start: int) -> bool:
    """Whether a figure's column header names a change of pay, so its cells say how much
    pay moved: "| Annual Increase to pay |" over "| £1,601.60 |". The first money cell of
    a row is its level, whatever header a misaligned header row puts over it.

    >>> row = "| 21 & over | £23,795.20 | £1,601.60 |"
    >>> change_column("Annual Increase to pay", row, row.index("£1,6"))
    True
    >>> change_column("Increase in pence", row, row.index("£23"))
    False
    """
    if not header or _CHANGE_HEADER.search(header) is None:
        return False
    line = scan.rfind("\n", 0, start) + 1
    return _MONEY_CELL.search(scan, line, start) is not None
