"""Which currency a pay figure is in: a code written on either bound, the dollar a header
names over a bare "$", and pounds told from a weight.

    >>> from store.extract.amounts.money import find_amounts
    >>> low, high = find_amounts("$50,000 - AUD 60,000")
    >>> figure_currency(low, high)
    'AUD'
    >>> names_dollar_code("Annual Salary (AUD)"), names_dollar_code("Annual Salary ($)")
    (True, False)
    >>> names_dollar_code("Wage (CAD$ per hour)")
    True

Used by ``store.extract.figures`` once a figure's bounds are known; the codes and marks
themselves are read by ``store.extract.amounts.money`` and a header's by
``store.extract.text.columns``.
"""

from __future__ import annotations

import re

from store.extract.amounts.money import Amount
from store.extract.text.columns import header_currency
from store.extract.text.surroundings import heading_above, list_heading, table_header
from store.models import PayFigure

_DOLLAR_CODE = re.compile(r"\((?:US|CA|AU|NZ|SG|HK)D(?:\$\s?(?:per|an?|/)?\s*[a-z]*)?\)")
# A weight is never so much a year, month or week: "26,000 pounds per year" is money.
_WEIGHT_WORDS = ("pound", "pounds", "Pounds")


def names_dollar_code(scan: str) -> bool:
    """Whether a header writes which dollar its cells are in: "Annual Salary (AUD)",
    "Wage (CAD$ per hour)"."""
    return _DOLLAR_CODE.search(scan) is not None  # its "(" prefix is scanned for in C


def in_named_dollars(scan: str, figure: PayFigure) -> PayFigure:
    """A figure written with a bare "$" under a header writing which dollar: "(AUD)"."""
    if figure.currency != "USD" or "$" not in figure.text or "US" in figure.text:
        return figure
    start = figure.span[0]
    header = table_header(scan, start) or heading_above(scan, start) or list_heading(scan, start)
    code = header_currency(header or "")
    return figure.model_copy(update={"currency": code}) if code else figure


def figure_currency(low: Amount, high: Amount) -> str | None:
    """A currency written on either bound applies to both; a written code beats a bare $."""
    for amount in (low, high):
        if amount.currency and not amount.dollar_sign_only:
            return amount.currency
    return low.currency or high.currency


def in_pounds(scan: str, amount: Amount) -> bool:
    """Whether ``amount`` is written in pounds, a weak mark (weights are in pounds too).

    >>> from store.extract.amounts.money import find_amounts
    >>> in_pounds("26,000 pounds a year", find_amounts("26,000 pounds a year")[0])
    True
    >>> in_pounds("$26,000 a year", find_amounts("$26,000 a year")[0])
    False
    """
    return scan.endswith(_WEIGHT_WORDS, amount.start, amount.end)
