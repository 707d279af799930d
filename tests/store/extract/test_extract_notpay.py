"""extract_pay on money that looks like pay but is not (issue 9, the sixth theme's batch):
a bound set on what someone may earn (a salary threshold, a wage ceiling, a German
"Verdienstgrenze"), ...

Each row is a text and the figures expected from it, in order, as
(min_amount, max_amount, period, currency, kind) tuples; an empty list means the
text holds no pay.
"""

from __future__ import annotations

import pytest

from tests.store.extract.support import figures

CASES = [
    # A threshold or ceiling on earnings is a bound for a rule, not pay.
    ("The visa has a general salary threshold of £41,700 per year.", []),
    ("Contributions apply up to a monthly wage ceiling of $7,400.", []),
    ("Die monatliche Verdienstgrenze steigt 2027 auf 650 Euro.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_figures(text: str, expected: list[tuple]) -> None:
    assert figures(text) == expected
