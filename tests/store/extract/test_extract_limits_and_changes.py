"""extract_pay on eligibility limits, ages beside rates, changes from one rate to another
and open bounds (issue 9, fifth round).

Each row is a text and the figures expected from it, in order, as
(min_amount, max_amount, period, currency, kind) tuples; an empty list means the
text holds no pay.
"""

from __future__ import annotations

import pytest

from tests.store.extract.support import figures

NOT_PAY = [
    # What a household may earn to qualify for help: in the sentence or the headings above.
    "A family of three earning $48,000 a year may qualify for reduced-cost school meals.",
    "Households making under $62,000 per year can apply for the program.",
    "Eligibility: a couple may earn up to $41,200 annually.",
    "Annual Household Income Limits\n\nHousehold Size\nLimit\n1 $39,900\n2 $45,600",
    "Poverty line by household\n1 person$14,580\n2 persons$19,720",
    # Money given for a purpose is an allowance, not pay.
    "The firm gives engineers up to $2,500 a year to spend on conference travel.",
    "Teachers receive $300 per year towards classroom supplies.",
]


@pytest.mark.parametrize("text", NOT_PAY)
def test_other_money_is_not_pay(text):
    assert figures(text) == []


PAY = [
    # A limit somewhere else on the page does not reach a sentence of its own.
    (
        "Families must be below the poverty line.\nCase workers earn $52,000 a year.",
        [(52000.0, 52000.0, "year", "USD", "point")],
    ),
    # A household worker's pay is pay.
    (
        "Household staff earn $19 an hour.",
        [(19.0, 19.0, "hour", "USD", "point")],
    ),
    # A change from one rate to another: the old and the new level, not a range.
    (
        "The porters' rate rises from £9.80 to £10.25 in April.",
        [(9.8, 9.8, "hour", "GBP", "point"), (10.25, 10.25, "hour", "GBP", "point")],
    ),
    (
        "Moving to nights would be a jump from $21/hr to $26-$29 an hour.",
        [(21.0, 21.0, "hour", "USD", "point"), (26.0, 29.0, "hour", "USD", "range")],
    ),
    (
        "Apprentice pay increased from $15 to $16.50 an hour.",
        [(15.0, 15.0, "hour", "USD", "point"), (16.5, 16.5, "hour", "USD", "point")],
    ),
    # "ranges from" is still a range.
    (
        "Pay ranges from $18 to $22 an hour.",
        [(18.0, 22.0, "hour", "USD", "range")],
    ),
    # "as high as" leaves the minimum open, like "up to".
    (
        "Welders earn as high as $38 per hour on pipelines.",
        [(None, 38.0, "hour", "USD", "range")],
    ),
    # A currency sign right before a number starts that amount, not the age before it.
    (
        "Workers aged 16 to 17 £6.40 per hour\nAged under 16 £5.10 per hour",
        [(6.4, 6.4, "hour", "GBP", "point"), (5.1, 5.1, "hour", "GBP", "point")],
    ),
    (
        "Ages 18-20 £8.60 an hour",
        [(8.6, 8.6, "hour", "GBP", "point")],
    ),
    # Floors listed after one "minimum salary", each in a clause of its own.
    (
        "The district sets a minimum salary by degree (Bachelor - $44,000; Master - $48,500)",
        [(44000.0, None, "year", "USD", "range"), (48500.0, None, "year", "USD", "range")],
    ),
    # "per diem" naming how a nurse is hired is no allowance.
    (
        "The average salary of a per diem nurse in Ohio is $71,200.",
        [(71200.0, 71200.0, "year", "USD", "average")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PAY)
def test_pay_is_read(text, expected):
    assert figures(text) == expected
