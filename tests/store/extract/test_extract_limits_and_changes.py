"""extract_pay on eligibility limits, ages beside rates, changes from one rate to another
and open bounds (issue 9, fifth round).

Each row is a text and the figures expected from it, in order, as
(min_amount, max_amount, period, currency, kind) tuples; an empty list means the
text holds no pay.
"""

from __future__ import annotations

import pytest

from store.extract.figures import extract_pay


def figures(text: str) -> list[tuple]:
    found = extract_pay(text)
    for figure in found:
        assert text[figure.span[0] : figure.span[1]] == figure.text
    return [(f.min_amount, f.max_amount, f.period, f.currency, f.kind) for f in found]


NOT_PAY = [
    # What a household may earn to qualify for help: in the sentence or the headings above.
    "A family of three earning $48,000 a year may qualify for reduced-cost school meals.",
    "Households making under $62,000 per year can apply for the program.",
    "Eligibility: a couple may earn up to $41,200 annually.",
    "Annual Household Income Limits\n\nHousehold Size\nLimit\n1 $39,900\n2 $45,600",
    "Poverty line by household\n1 person$14,580\n2 persons$19,720",
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
]


@pytest.mark.parametrize(("text", "expected"), PAY)
def test_pay_is_read(text, expected):
    assert figures(text) == expected
