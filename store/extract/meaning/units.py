"""Pay by a unit no period measures: "$0.50 per mile", "£77.95 for an eight-hour shift",
"sleeps are paid at £45", "Fee Rate per Credit Hour: $50.00". Such a figure has no
period, so it is never read as a wage by the hour, day, week, month or year.

    >>> paid_per_other("$0.50 per mile", 5), paid_per_other("$20 per hour", 3)
    (True, False)
"""

from __future__ import annotations

import re

# "$0.50 per mile", "$10,000 per pay period", "$0.65/cubic foot": a rate per something
# that is not a period, so not a wage by the hour, week, month or year.
_PER_OTHER = re.compile(
    r" ?(?:per +|/ ?)(?!(?:hour|hr|day|week|wk|month|mo|year|yr|annum)\b)(?=[a-z])",
    re.IGNORECASE,
)
_PER_STARTS = ("/", " /", "per ", " per ", "Per ", " Per ", "PER ", " PER ")
_SLASH_WORD = re.compile(r"\s?/\s?(?-i:[A-Z])")  # "Junior $50K/Senior $80K": a list


# "£77.95 for an eight-hour shift", "$30 a visit", "$4.68 per kilogram": paid by the shift,
# visit, session or piece, which no period measures. After "for", the unit must say how
# long it is: "an hourly rate of £11.10 for a night shift" is a rate for the hours of one.
_FOR_A_UNIT = re.compile(
    r" (?:for\s+(?:an?|each|every|one)\s+(?:\w+-(?:hours?|hr)|overnight|full|half|whole)\s+"
    r"|(?:an?|each|every|one)\s+)(?:shift|visit|session|lesson|night|sleep(?:-in)?|assignment|"
    r"call-?out|piece|kilo(?:gram)?|box|bucket|bin|patient|appointment)s?\b",
    re.IGNORECASE,
)
_FOR_A_STARTS = (" for a", " for e", " for o", " a ", " an ", " each ", " every ", " one ")
_FOR_A_SPACE = (" a", " f", " e", " o")  # what they start with, checked first
_HALF_DAY = (" half-day", " half day", " Half-Day", " Half Day")


def paid_per_other(scan: str, pos: int) -> bool:
    """Whether "per" or "/" and a word that is no period follow ``pos`` ("per mile"), or
    a unit of work that no period measures ("for an eight-hour shift").

    >>> paid_per_other("$0.50 per mile", 5), paid_per_other("$50K/Senior $80K", 4)
    (True, False)
    >>> paid_per_other("£77.95 for an eight-hour shift", 6), paid_per_other("£70 a day", 3)
    (True, False)
    >>> paid_per_other("$35.00 half-day", 6)
    True
    """
    if scan.startswith(_FOR_A_SPACE, pos) and scan.startswith(_FOR_A_STARTS, pos):
        return _FOR_A_UNIT.match(scan, pos) is not None
    if scan.startswith(_HALF_DAY, pos):
        return True  # "$35.00 half-day": half a day, no period
    return (
        scan.startswith(_PER_STARTS, pos)
        and _PER_OTHER.match(scan, pos) is not None
        and not _SLASH_WORD.match(scan, pos)
    )


# A unit of work paid as a whole, named as what is paid before a figure: "sleeps are paid
# at £45", "on calls paid at £20"; its figure has no period.
_UNIT_PAID = re.compile(
    r"\b(?:sleep(?:-?in)?s|sleepovers|on[\s-]calls|call-?outs|shifts|visits|sessions|lessons|"
    r"nights)\s+(?:are\s+|will\s+be\s+)?paid\s+(?:at\s+)?$",
    re.IGNORECASE,
)
_UNIT_PAID_REACH = 40


def unit_paid_before(scan: str, start: int) -> bool:
    """Whether the words before ``start`` say a unit of work is paid: "sleeps are paid at".

    >>> unit_paid_before("sleeps are paid at £45", 19)
    True
    >>> unit_paid_before("staff are paid at £45", 18)
    False
    """
    return scan.find(" paid", max(0, start - 10), start) != -1 and (
        _UNIT_PAID.search(scan, max(0, start - _UNIT_PAID_REACH), start) is not None
    )


# A label pricing by the unit of study: "Fee Rate per Credit Hour: $50.00". A credit hour
# is no hour of work, as "$50 per credit hour" after a figure is no wage (paid_per_other).
_PER_CREDIT_HOUR = re.compile(r"\bper\s+credit[\s-]+hours?\W{0,3}$", re.IGNORECASE)
_CREDIT_REACH = 30


def priced_per_credit_hour(scan: str, start: int) -> bool:
    """Whether the label right before ``start`` says "per credit hour".

    >>> priced_per_credit_hour("Fee Rate per Credit Hour: $50.00", 26)
    True
    >>> priced_per_credit_hour("Pay Rate per Hour: $50.00", 19)
    False
    """
    return _PER_CREDIT_HOUR.search(scan, max(0, start - _CREDIT_REACH), start) is not None
