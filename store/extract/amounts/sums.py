"""Figures inside arithmetic: a sum's factors are not figures; its result may be.

    >>> is_factor("$50 x 12 = $600", 0, 3), is_factor("18.95% of $45 = $8.53", 10, 13)
    (True, True)
    >>> is_factor("3.000 € ÷ 173,2 = 17,32 €", 10, 15), is_factor("400 par 4,92 €", 8, 14)
    (True, True)
    >>> is_factor("2 × 10,000 = AED 20,000", 4, 10)
    True
    >>> sorted(result_of_sum("Son salaire annuel est de : 30 000 x 0,75 = 22 500 €", 44).before)
    ['pay', 'salary', 'year']

Pay worked out in the text ("30 000 x 0,75 = 22 500 €") is pay when the words before
the sum say so, and takes its period from those words, not from its operands
("$10.00 per hour x 43hours = $430.00" is no hourly figure). A result whose sum
adds other money ("$5 overhead and $6 profit = base of $64.53/hr") is not pay.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from store.extract.text.words import word_roles

# "$50 x 12", "315 par 4,63 euros": a figure multiplied by something.
_OPERAND = re.compile(r"\s*(?:[x×*÷]|par(?= \d))\s*\d")  # "Dh10,000 ÷ 30": divided too
# "3.000 € ÷ 173,2 = 17,32 €", "on multiplie 400 par 4,92 euros": the second operand,
# a divisor or a multiplier, is never money of its own.
_SECOND_OPERAND = re.compile(r"(?:÷|\d\s*(?:[x×*]|par))\s*$")
_OPERATOR_REACH = 8
# "18.95% of $45": the base of a percentage.
_PERCENT_OF = re.compile(r"%\s+of\s+$")
# "contribute 3% ($1,800)": a percentage's share in brackets, worked out of another amount.
_SHARE_OF = re.compile(r"%\s*\(\s*$")
# "= $600", "= base of $64.53": the figure is what a sum comes to.
_RESULT = re.compile(r"=\s*(?:[^\W\d]+\s+){0,2}$")
_REACH = 30
# Where a sum's operands begin: its first digit or currency mark.
_FIRST_OPERAND = re.compile(r"[\d$£€₹]")


class SumResult(NamedTuple):
    said: dict[str, int]  # the roles of the words before "=", operands and all
    before: dict[str, int]  # the roles of the words before the first operand


def is_factor(scan: str, start: int, end: int) -> bool:
    """Whether the amount at ``start``-``end`` is multiplied, a percentage's base or its
    share in brackets.

    >>> is_factor("2 × 10,000 = AED 20,000", 4, 10), is_factor("pay 3% ($1,800) in", 8, 14)
    (True, True)
    """
    if _OPERAND.match(scan, end):
        return True
    floor = max(0, start - _OPERATOR_REACH)
    if _SECOND_OPERAND.search(scan, floor, start):
        return True
    if scan.find("%", floor, start) == -1:
        return False  # the usual case, without the regexes
    return (
        _PERCENT_OF.search(scan, floor, start) is not None
        or _SHARE_OF.search(scan, floor, start) is not None
    )


def result_of_sum(
    scan: str, start: int, sentence_start: Callable[[str, int], int] = lambda scan, pos: 0
) -> SumResult | None:
    """The words of a sum whose result is the figure at ``start``, or None if it is none.

    The sum runs from the start of its sentence (``sentence_start``, asked only when
    there is a sum) or line to the "=" before the figure, and has a number in it
    ("Pay = $20" is a label, not a sum).
    """
    floor = max(0, start - _REACH)
    if scan.find("=", floor, start) == -1:
        return None  # the usual case, without the regex
    result = _RESULT.search(scan, floor, start)
    if result is None:
        return None
    begins = sentence_start(scan, start)
    line = scan.rfind("\n", begins, result.start()) + 1 or begins
    stated = scan[line : result.start()]
    first = _FIRST_OPERAND.search(stated)
    if first is None:
        return None
    return SumResult(word_roles(stated), word_roles(stated[: first.start()]))


_PERIODS = ("hour", "day", "week", "month", "year")


def labelled_sum(summed: SumResult, heading: dict[str, int]) -> bool:
    """Whether a sum's result is pay by a period label before the sum under a heading
    naming pay: "- Weekly: €13.50 × 39 = €526.50" under "To calculate your equivalent
    salary ... For a standard 39-hour week:".

    >>> labelled_sum(SumResult({"week": 0}, {"week": 0}), {"pay": 3, "salary": 3})
    True
    >>> labelled_sum(SumResult({"week": 0}, {"week": 0}), {})
    False
    """
    return "pay" in heading and any(period in summed.before for period in _PERIODS)
