"""extract_pay on a minimum wage's levels named in later clauses with "rate" between
("its 2024 rate of $16.28"), a list item referring back to the floor above it ("this
rises to"), and money that is not pay: sentences naming nothing that go on about the
other money of the sentence before ("Some states set their ceiling below $500 per week"
after weekly benefit amounts), increases as the subject of a range, and an amount
restated ("That breaks down to ...") where no pay is named before it (issue 9, twelfth
round).

Each row is a text and the figures expected from it, in order, as
(min_amount, max_amount, period, currency, kind) tuples; an empty list means the
text holds no pay.
"""

from __future__ import annotations

import pytest

from tests.store.extract.support import figures

CASES = [
    # A minimum wage's levels in later clauses are floors, "rate" only naming them ...
    (
        "The state minimum wage rises to $15.50 in 2025; the 2026 rate of $16.10 is set.",
        [(15.5, None, "hour", "USD", "range"), (16.1, None, "hour", "USD", "range")],
    ),
    (
        "Minimum wages went up in Ohio, with an increase to $10.70 from its 2024 rate of $10.45.",
        [(10.7, None, "hour", "USD", "range"), (10.45, None, "hour", "USD", "range")],
    ),
    # ... while a clause naming pay of its own is that pay.
    (
        "The minimum wage is $15.50 an hour; the average cashier earns $19.20 an hour.",
        [(15.5, None, "hour", "USD", "range"), (19.2, 19.2, "hour", "USD", "average")],
    ),
    # A list item refers back to the floor in the item above it ...
    (
        "  • Trainees start on a minimum salary of £24,000\n  • In the capital this rises"
        " to £27,500",
        [(24000.0, None, "year", "GBP", "range"), (27500.0, None, "year", "GBP", "range")],
    ),
    # ... not to an item naming no minimum.
    (
        "  • Trainees earn a salary of £24,000\n  • In the capital this rises to £27,500",
        [(24000.0, 24000.0, "year", "GBP", "point"), (27500.0, 27500.0, "year", "GBP", "point")],
    ),
    # Sentences naming nothing go on about the other money named before them ...
    (
        "Weekly benefit amounts vary by state. Most states cap them near $450 per week."
        " A few exceed $800.",
        [],
    ),
    # ... but not past pay named in between, nor in a sentence of their own.
    (
        "Weekly benefit amounts vary by state. Welders earn $900 per week. A few get $1,200.",
        [(900.0, 900.0, "week", "USD", "point"), (1200.0, 1200.0, "week", "USD", "point")],
    ),
    ("Most clerks get $600 per week.", [(600.0, 600.0, "week", "USD", "point")]),
    # A figure standing alone as its sentence is read by itself, whatever came before.
    (
        "Health insurance premiums rose. We value kindness. 42K-$73K",
        [(42000.0, 73000.0, "year", "USD", "range")],
    ),
    # Increases as the subject of a range are how much pay moved ...
    ("The raises range from $0.40 in Maine to $2.20 in Nevada.", []),
    # ... while pay that rises from one level to another gives the levels.
    (
        "Pay rises from $15 to $18 an hour after training.",
        [(15.0, 15.0, "hour", "USD", "point"), (18.0, 18.0, "hour", "USD", "point")],
    ),
    # An amount restated, with no pay named before it, is the same other money ...
    ("That breaks down to about $900 per month for daycare fees.", []),
    ("Boarding costs $9,000 a year. That works out to $750 per month.", []),
    # ... and pay when pay comes before it.
    (
        "The salary is $90,000 a year. That works out to $43.27 per hour.",
        [(90000.0, 90000.0, "year", "USD", "point"), (43.27, 43.27, "hour", "USD", "point")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_figures(text: str, expected: list[tuple]) -> None:
    assert figures(text) == expected
