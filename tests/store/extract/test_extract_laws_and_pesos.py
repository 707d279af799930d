"""extract_pay on money as laws and pay tables write it: bounds set in words, amounts in
words restated in digits, arrows between bounds, wage cells with no currency mark under
a header naming pay, Philippine pesos (issue 9, sixth round).

Each row is a text and the figures expected from it, in order, as
(min_amount, max_amount, period, currency, kind) tuples; an empty list means the
text holds no pay.
"""

from __future__ import annotations

import pytest

from tests.store.extract.support import figures

PAY = [
    # "to and including" joins a range's bounds like "to".
    (
        "Clerk II is paid $2,310 to and including $2,905 per month.",
        [(2310.0, 2905.0, "month", "USD", "range")],
    ),
    (
        "Step rates run from $21.40 through and including $24.10 per hour.",
        [(21.4, 24.1, "hour", "USD", "range")],
    ),
    # "not less than" is a floor and "not more than" a ceiling, as "no less/more than".
    (
        "The salary of a resident shall be not less than $5,250 per month.",
        [(5250.0, None, "month", "USD", "range")],
    ),
    (
        "Relief drivers are paid not more than $31 an hour.",
        [(None, 31.0, "hour", "USD", "range")],
    ),
    # A negated "exceed" is a ceiling, as "not to exceed" is; "exceeding" alone a floor.
    (
        "The salary for this position does not exceed $75,000 per year.",
        [(None, 75000.0, "year", "USD", "range")],
    ),
    (
        "Compensation shall not exceed $30 per hour.",
        [(None, 30.0, "hour", "USD", "range")],
    ),
    # An arrow between two amounts is a range.
    (
        "Band 6: £38,682 → £46,580 a year",
        [(38682.0, 46580.0, "year", "GBP", "range")],
    ),
    # Philippine pesos: the peso sign and "Php".
    (
        "Cashiers earn ₱645 a day in Metro Manila.",
        [(645.0, 645.0, "day", "PHP", "point")],
    ),
    (
        "Salary: Php 28,000 per month",
        [(28000.0, 28000.0, "month", "PHP", "point")],
    ),
    # The Philippine press writes pesos "P570"; a change of pay told at length is two
    # levels, the old and the new, and "daily wage" is a day's.
    (
        "The board voted to adjust the daily wage of retail workers from P645 to P695.",
        [(645.0, 645.0, "day", "PHP", "point"), (695.0, 695.0, "day", "PHP", "point")],
    ),
    (
        "The order increases the monthly pay of nurses from $3,100 to $3,350, and $2,400 to "
        "$2,600 for aides.",
        [
            (3100.0, 3100.0, "month", "USD", "point"),
            (3350.0, 3350.0, "month", "USD", "point"),
            (2400.0, 2400.0, "month", "USD", "point"),
            (2600.0, 2600.0, "month", "USD", "point"),
        ],
    ),
    (
        "Pay was raised this year, with salaries ranging from $50,000 to $70,000.",
        [(50000.0, 70000.0, "year", "USD", "range")],
    ),
    (
        "The average weekly wage for fruit pickers is $410.",
        [(410.0, 410.0, "week", "USD", "average")],
    ),
    # An amount in words restated in digits is one figure, the digits.
    (
        "the hourly wage shall be ten dollars and fifty cents ($10.50);",
        [(10.5, 10.5, "hour", "USD", "point")],
    ),
    (
        "Cooks: Sixteen dollars twenty cents ($16.20) an hour.",
        [(16.2, 16.2, "hour", "USD", "point")],
    ),
    # A minimum or maximum set in its own sentence, whatever restates it on the way.
    (
        "The minimum wage for employees shall be an hourly rate of $9.35.",
        [(9.35, None, "hour", "USD", "range")],
    ),
    (
        "The maximum salary for Grade 7 employees is Php 52,000 per month.",
        [(None, 52000.0, "month", "PHP", "range")],
    ),
    # Rows of a list headed by a minimum are floors.
    (
        "The minimum wage for all employees shall be:\n"
        "(1) $14.10 an hour on and after January 1, 2025;\n"
        "(2) $14.70 an hour on and after January 1, 2026;",
        [(14.1, None, "hour", "USD", "range"), (14.7, None, "hour", "USD", "range")],
    ),
    # Wage cells with no currency mark, under a header naming pay and a period; the
    # header's bracketed currency is theirs.
    (
        "Average Hourly Wage by Trade\n\nTrade Average Hourly Wage ($)\nElectricians 38.40\n"
        "Plumbers 36.75",
        [(38.4, 38.4, "hour", "USD", "average"), (36.75, 36.75, "hour", "USD", "average")],
    ),
    (
        "Classification | Rate per Hour\n--- | ---\nLaborer | 25.50\nCarpenter | 31.20",
        [(25.5, 25.5, "hour", None, "point"), (31.2, 31.2, "hour", None, "point")],
    ),
    (
        "Grade | Per Hour\nA | 19.10",
        [(19.1, 19.1, "hour", None, "point")],
    ),
    # A dollar sign under a header that writes which dollar.
    (
        "Level Annual Salary (AUD) Hourly Wage (AUD)\nGraduate $72,000 $37.90",
        [(72000.0, 72000.0, "year", "AUD", "point"), (37.9, 37.9, "hour", "AUD", "point")],
    ),
    # A week or day written with words inside it.
    (
        "Journeymen receive $1,180.00 for a regular workweek.",
        [(1180.0, 1180.0, "week", "USD", "point")],
    ),
    (
        "Substitute teachers are paid $165 per full day.",
        [(165.0, 165.0, "day", "USD", "point")],
    ),
    # A change by a percentage, then the old and the new level in brackets.
    (
        "Leur rémunération a augmenté de 5,9% (de 2 007 euros à 2 124 euros) par mois.",
        [(2007.0, 2007.0, "month", "EUR", "point"), (2124.0, 2124.0, "month", "EUR", "point")],
    ),
    # A row that names its own pay is not one of the heading's floors.
    (
        "The minimum wage shall be:\n(1) $14.10 an hour;\nSupervisors are paid $19.00 an hour.",
        [(14.1, None, "hour", "USD", "range"), (19.0, 19.0, "hour", "USD", "point")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PAY)
def test_pay_as_laws_and_tables_write_it(text, expected):
    assert figures(text) == expected


NOT_PAY = [
    # The language, and labels, not pesos.
    "P50 and P90 are shown for each grade.",
    "Skills: PHP 8, Laravel and MySQL.",
    "Experience with Php 7.4 required.",
    # How much pay moved, after a verb of change, in French, Spanish, German and Dutch.
    "Pour dix nuits par mois, son salaire brut augmentera de plus de 200 €.",
    "El sueldo medio subió en 350 euros al mes.",
    "Das Gehalt der Pflegekräfte stieg um rund 150 Euro im Monat.",
    "Het salaris steeg met 450 euro per maand.",
    # Numbers under a header that names no pay: counts, hours, years.
    "Classification | Hours per week\nLaborer | 40\nCarpenter | 38",
    "Average Hourly Wage by Year\nYear\n2019\n2020",
    "Team | Members\nSupport | 12",
    # An amount in words restated in digits, then said to be a difference.
    "That is about five thousand dollars ($5,000.00) below the poverty line.",
]


@pytest.mark.parametrize("text", NOT_PAY)
def test_other_numbers_are_not_pay(text):
    assert figures(text) == []
