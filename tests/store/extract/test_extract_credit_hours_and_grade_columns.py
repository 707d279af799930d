"""extract_pay on what the fifteenth round's fresh batch of ordinary text missed: a price
per credit hour written in a label before the amount ("Fee Rate per Credit Hour: $50.00"),
which is no wage by the hour, as "$50 per credit hour" after an amount is none (issue 9,
fifteenth round).

Each row is a text and the figures expected from it, in order, as
(min_amount, max_amount, period, currency, kind) tuples; an empty list means the
text holds no pay. Every sentence is invented.
"""

from __future__ import annotations

import pytest

from tests.store.extract.support import figures

CASES = [
    # A college's price per credit hour, in a label before the amount, is no hourly wage ...
    ("Lab Fee Rate per Credit Hour: $45.00", []),
    ("Online course fee per credit-hour: $38", []),
    # ... whatever the label's words, as the same price written after its amount.
    ("Adjunct rate per credit hour: $1,150", []),
    # A rate per hour of work keeps its period.
    ("Tutor Rate per Hour: $45.00", [(45.0, 45.0, "hour", "USD", "point")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_figures(text: str, expected: list[tuple]) -> None:
    assert figures(text) == expected
