"""extract_pay on the ringgit, Dutch low quotation marks written as two commas, floors
said under a negation, changes by an approximate amount without "by", and open bounds
that only restate a median (issue 9, tenth round).

Each row is a text and the figures expected from it, in order, as
(min_amount, max_amount, period, currency, kind) tuples; an empty list means the
text holds no pay.
"""

from __future__ import annotations

import pytest

from tests.store.extract.support import figures

CASES = [
    # The ringgit, as "RM" against its number or as a word after it ...
    (
        "Fresh graduates in Penang are paid RM3,200 a month.",
        [(3200.0, 3200.0, "month", "MYR", "point")],
    ),
    ("A clerk earns 2,800 ringgit per month.", [(2800.0, 2800.0, "month", "MYR", "point")]),
    # ... but "RM" before a short number is a label, as the peso's P is.
    ("Take the stairs to RM12 on the second floor.", []),
    # ",," opens a Dutch quotation; the number after it is whole ...
    (
        'Wat verdien je?\n,,2450 euro bruto per maand", zegt ze.',
        [(2450.0, 2450.0, "month", "EUR", "point")],
    ),
    # ... while a single comma before digits still marks the inside of a number.
    ("The code 1,2345 is no amount.", []),
    # A floor's words after "anything", in a clause that denies them, make a ceiling ...
    (
        "No agency was going to offer me anything more than $3,500 a month.",
        [(None, 3500.0, "month", "USD", "range")],
    ),
    (
        "Shops here won't pay anything over £12 an hour.",
        [(None, 12.0, "hour", "GBP", "range")],
    ),
    # ... and stay floors with no denial before them.
    (
        "I would take anything more than $3,500 a month.",
        [(3500.0, None, "month", "USD", "range")],
    ),
    # A change by "nearly" an amount, then the new level: the first is how much pay moved ...
    (
        "The agreement will increase the entry-level wage nearly $4.00 to $17.29 per hour.",
        [(17.29, 17.29, "hour", "USD", "point")],
    ),
    # ... while "to nearly" names a level, and "from nearly" a range's bottom.
    (
        "Salaries rose to nearly $50,000 to $60,000 a year.",
        [(50000.0, 60000.0, "year", "USD", "range")],
    ),
    ("Pay ranges from nearly $18 to $20 an hour.", [(18.0, 20.0, "hour", "USD", "range")]),
    # "Half earn above" the median just given restates it; it is no floor of its own ...
    (
        "The median monthly salary of graduates is S$4,200. Half of them earn above S$4,200.",
        [(4200.0, 4200.0, "month", "SGD", "median")],
    ),
    # ... while a bound at another amount, or in another currency, is kept.
    (
        "The median monthly salary of graduates is S$4,200. A fifth earn above S$6,000.",
        [(4200.0, 4200.0, "month", "SGD", "median"), (6000.0, None, "month", "SGD", "range")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_figures(text: str, expected: list[tuple]) -> None:
    assert figures(text) == expected
