"""Figures that say how much pay moved, or what is added to it, rather than a level of pay.

    >>> scan = "Raising the wage by $39 a week."  # the figure starts at 20, its label before
    >>> change_of_pay(scan, scan[8:20], 20, 20, 23, ranged=False)
    True
    >>> scan = "It rose by $4.62 per hour or more than $9120.00 per year."
    >>> change_of_pay(scan, scan[27:39], 28, 39, 47, ranged=False)
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

# The same change told in another period after "or": "has increased by $4.62 per hour or
# more than $9120.00 per year".
_BY_AMOUNT_OR = re.compile(
    r"\bby\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?[$£€₹₱]\s?\d[\d.,]*\s*"
    r"(?:(?:per|an?|a)\s+\w+\s+)?or\s+"
    r"(?:(?:more|less)\s+than\s+|about\s+|around\s+|nearly\s+|almost\s+|over\s+)?$",
    re.IGNORECASE,
)
_BY_OR_REACH = 60
# A change noun after a figure and words that qualify it: "a P125 across-the-board wage
# hike", "a ₱40 daily wage increase" (a change noun right after is read with its words).
_QUALIFIED_CHANGE_AFTER = re.compile(
    r"\s+(?:(?:across[\s-]the[\s-]board|nationwide|daily|hourly|weekly|monthly|annual|yearly|"
    r"wage|pay|salary)[\s-]+){1,4}(?:increases?|hikes?|raises?|increments?|adjustments?)\b",
    re.IGNORECASE,
)

# How the words qualifying such a change start, checked before the regex.
_QUALIFIER_STARTS = (
    *(" across", " Across", " nationwide", " daily", " hourly", " weekly", " monthly"),
    *(" annual", " yearly", " wage", " pay", " salary"),
)


def qualified_change_after(scan: str, end: int) -> bool:
    """Whether a change noun follows the figure ending at ``end``, after words qualifying it.

    >>> qualified_change_after("a P125 across the board wage hike", 6)
    True
    >>> qualified_change_after("a P125 daily wage for workers", 6)
    False
    """
    if not scan.startswith(_QUALIFIER_STARTS, end):
        return False  # the usual case: no qualifier right after, decided without the regex
    return _QUALIFIED_CHANGE_AFTER.match(scan, end) is not None


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
    floor = max(0, low_start - _BY_OR_REACH)
    if (
        scan.find(" or ", low_start - 30 if low_start > 30 else 0, low_start) != -1
        and scan.find("by ", floor, low_start) != -1
        and _BY_AMOUNT_OR.search(scan, floor, low_start)
    ):
        return True  # "increased by $4.62 per hour or more than $9120.00 per year"
    if qualified_change_after(scan, end):
        return True  # "a P125 across the board wage hike": how much pay moves
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
