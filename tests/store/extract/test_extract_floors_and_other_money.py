"""extract_pay on wage floors by other names, Swiss francs and median wages, dates that
read like periods, insurance costs, years inside a change, and Hindi bounds (issue 9,
ninth round).

Each row is a text and the figures expected from it, in order, as
(min_amount, max_amount, period, currency, kind) tuples; an empty list means the
text holds no pay.
"""

from __future__ import annotations

import pytest

from tests.store.extract.support import figures

CASES = [
    # A floor under wages by another name is a lower bound, like a minimum wage.
    (
        "The retailer lifted its wage floor to $15 this spring.",
        [(15.0, None, "hour", "USD", "range")],
    ),
    ("The NMW rose to R27.58 per hour in March.", [(27.58, None, "hour", "ZAR", "range")]),
    # Insurance costs, written as German compounds, are not pay ...
    (
        "Die Krankenversicherung trägt der Arbeitnehmer selbst, im Durchschnitt 430 € pro Monat.",
        [],
    ),
    # ... while an insurance clerk's pay still is.
    (
        "Ein Versicherungskaufmann verdient 3.400 € brutto pro Monat.",
        [(3400.0, 3400.0, "month", "EUR", "point")],
    ),
    # "Im Jahr 2023" dates a figure; it does not make it yearly ...
    (
        "Im Jahr 2023 lag der Durchschnittslohn bei CHF 6.900.",
        [(6900.0, 6900.0, "month", "CHF", "average")],
    ),
    # ... while "im Jahr" after a figure, with no year after it, is its period.
    ("Der Lohn beträgt 78.000 CHF im Jahr.", [(78000.0, 78000.0, "year", "CHF", "point")]),
    # Swiss francs written out, and a median wage (Medianlohn) is pay.
    (
        "Der Medianlohn in Österreich beträgt 3 100 € oder rund 2 900 Schweizer Franken.",
        [(3100.0, 3100.0, "month", "EUR", "median"), (2900.0, 2900.0, "month", "CHF", "median")],
    ),
    (
        "Der Mindestlohn in Basel beträgt 21 Schweizer Franken pro Stunde.",
        [(21.0, None, "hour", "CHF", "range")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_figures(text: str, expected: list[tuple]) -> None:
    assert figures(text) == expected
