"""extract_pay on how salary guides and pay news tell a change of a level, a range at
length, pay net of deductions, lists under a sub-header, and German differences (issue 9,
eighth round).

Each row is a text and the figures expected from it, in order, as
(min_amount, max_amount, period, currency, kind) tuples; an empty list means the
text holds no pay.
"""

from __future__ import annotations

import pytest

from tests.store.extract.support import figures

CASES = [
    # A change by a percentage, then the old and the new level: two figures, not a range.
    (
        "Average wages for drivers are up by 4.1% from £24,300 to £25,296 a year.",
        [
            (24300.0, 24300.0, "year", "GBP", "average"),
            (25296.0, 25296.0, "year", "GBP", "average"),
        ],
    ),
    # One level (a starting or top salary) that goes from X to Y has changed ...
    (
        "The top salary (for nurses with a master's degree and ten years of service) goes "
        "from $98,200 to around $104,000 a year.",
        [(98200.0, 98200.0, "year", "USD", "point"), (104000.0, 104000.0, "year", "USD", "point")],
    ),
    # ... and its old level stays exact when the new one is "just over" an amount.
    (
        "Starting pay goes from $41,250 to just over $44,000 a year.",
        [(41250.0, 41250.0, "year", "USD", "point"), (44000.0, None, "year", "USD", "range")],
    ),
    # ... but pay that goes from X to Y, with no one level named, is still a range.
    (
        "Pay goes from $15 to $20 an hour depending on experience.",
        [(15.0, 20.0, "hour", "USD", "range")],
    ),
    # Pay "after deductions" or "before tax" is net or gross pay, not a deduction.
    (
        "Owner-operators tend to clear $48,000-55,000 a year after deductions for fuel.",
        [(48000.0, 55000.0, "year", "USD", "range")],
    ),
    ("Contractors paid $3,000 in deductions for equipment.", []),
    # A floor after "ranges from" and a ceiling later in its clause are one range ...
    (
        "Cook pay ranges from about $14.10 per hour for new hires to as much as $21.75 "
        "per hour for leads.",
        [(14.1, 21.75, "hour", "USD", "range")],
    ),
    # ... but a floor, then a ceiling in another sentence, stay two bounds.
    (
        "Cook pay ranges from $14.10 per hour. Leads earn up to $21.75 per hour.",
        [(14.1, None, "hour", "USD", "range"), (None, 21.75, "hour", "USD", "range")],
    ),
    # A bound of a range repeated with no period of its own is the range's, not a figure.
    (
        "Expect first-year pay in the $38,000 to $46,000 range, closer to $38,000.",
        [(38000.0, 46000.0, "year", "USD", "range")],
    ),
    # A list's period or floor set on the line above its sub-header ("Nursing") is its own.
    (
        "Indicative annual salaries from jobs advertised online in 2015.\n\nNursing\n\n"
        "Graduate nurse : $58,000 - $64,000\nNurse manager : $95,000 - $120,000",
        [(58000.0, 64000.0, "year", "USD", "range"), (95000.0, 120000.0, "year", "USD", "range")],
    ),
    (
        "The minimum wages per day to be paid shall be as follows:\n\nzone A / zone B\n\n"
        "Helper Rs.180.00 / Rs.195.00",
        [(180.0, None, "day", "INR", "range"), (195.0, None, "day", "INR", "range")],
    ),
    # A paragraph of prose above a short list heading is no heading: its "cost of living"
    # does not make the rows other money.
    (
        "Shops differ by region. Rural shops have a lower cost of living than cities do.\n\n"
        "Typical welder ranges:\n\nJunior (0-2 years): $20-$25/hour",
        [(20.0, 25.0, "hour", "USD", "range")],
    ),
    # A business's revenue, in French or German, is not pay; a French "revenu" (income) is.
    ("Le chiffre d’affaires atteint 12 000 € par mois.", []),
    ("Der Umsatz der Praxis liegt bei 9.000 Euro im Monat.", []),
    (
        "En libéral, le chiffre d’affaires mensuel oscille entre 6 000 € et 9 000 €, pour un "
        "revenu net de 2 800 € à 3 900 €",
        [(2800.0, 3900.0, "month", "EUR", "range")],
    ),
    # A dollar sign after its number, as Quebec and some Australian pages write it.
    ("Une préposée gagne 21,40 $ par heure.", [(21.4, 21.4, "hour", "USD", "point")]),
    (
        "Annual pay for a level 1 nurse is between 52,810$-61,200$.",
        [(52810.0, 61200.0, "year", "USD", "range")],
    ),
    # ... but not one that opens the next amount.
    ("Parking costs 20 $30 per day.", []),
    # A figure with no pay word takes the period of a pay figure beside it read by its
    # size, when the two are about the same size ...
    (
        "Most first-year drivers make $40,000 - $50,000. Within 2 - 3 years you can expect "
        "to be in the $52,000 - $66,000 range.",
        [(40000.0, 50000.0, "year", "USD", "range"), (52000.0, 66000.0, "year", "USD", "range")],
    ),
    # ... and not when it is far larger: a price, left undecided.
    (
        "Most first-year drivers make $40,000 - $50,000. A new truck sells for $160,000.",
        [(40000.0, 50000.0, "year", "USD", "range"), (160000.0, 160000.0, None, "USD", "point")],
    ),
    # A German comparative with its noun's ending is a difference, not a level.
    ("In kleinen Praxen ist das Gehalt um bis zu 300 Euro niedrigeres als in Kliniken.", []),
    ("Ein Tarifvertrag bringt ein um 250 Euro höheres Monatsgehalt.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_figures(text: str, expected: list[tuple]) -> None:
    assert figures(text) == expected
