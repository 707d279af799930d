"""extract_pay on an age before "and over" ("Aged 25 and over: £11.44 per hour"), a
footnote's number glued to a period ("£410 per week2"), pounds spelt out before the
amount ("at Pounds 23,100"), German pay compounds in "-entgelt", a period word right
before an amount in a clause naming no pay ("im Jahr über 46.000 €", "सालाना 12 लाख"),
and money that is not pay: the income needed to afford something, an amount a tip
credit "may be so applied", and a benefit's payer ("Oregon pays up to $700 per week")
after a sentence about the benefit; other money a figure excludes ("before tax and
bonuses"), a number after words in its own table cell ("| Step 2 |"), and two levels of
one pay sharing the period written after the second ("3.480 € und nach zehn Jahren
3.950 € monatlich") (issue 9, thirteenth round).

Each row is a text and the figures expected from it, in order, as
(min_amount, max_amount, period, currency, kind) tuples; an empty list means the
text holds no pay.
"""

from __future__ import annotations

import pytest

from tests.store.extract.support import figures

CASES = [
    # An age before "and over" is the row's label, not a floor under the pay ...
    (
        "Rates for trainees from April:\n\nAged 16 and over:   £6.40 per hour.\n\n"
        "Aged 25 and over:   £11.44 per hour.",
        [(6.4, 6.4, "hour", "GBP", "point"), (11.44, 11.44, "hour", "GBP", "point")],
    ),
    # ... while "over" right before the amount still opens its top.
    (
        "Warehouse staff aged 21 and over earn over £12.00 per hour.",
        [(12.0, None, "hour", "GBP", "range")],
    ),
    # A footnote's number glued to the period word leaves the period read ...
    (
        "Junior mechanics earn on average £410 per week2, and seniors £38,000 per year12.",
        [(410.0, 410.0, "week", "GBP", "average"), (38000.0, 38000.0, "year", "GBP", "average")],
    ),
    # Pounds spelt out before the amount are money; after a number they may be a weight.
    (
        "Press reports put the starting salary for newly qualified nurses at Pounds 23,100.",
        [(23100.0, 23100.0, "year", "GBP", "point")],
    ),
    ("The box weighs 40 pounds and the crate 60 pounds.", []),
    ("Lift up to 50 pounds per day.", []),
    # German compounds in "-entgelt" are pay words and carry their period.
    (
        "Laut Tarif liegt das Monatsbruttoentgelt zwischen 3.105 Euro und 3.620 Euro.",
        [(3105.0, 3620.0, "month", "EUR", "range")],
    ),
    # A period word right before a marked amount names its period, as a label does.
    (
        "Du kommst auf einen Stundenlohn von etwa 24,00 €. Das sind im Jahr über 46.000 €.",
        [(24.0, 24.0, "hour", "EUR", "point"), (46000.0, None, "year", "EUR", "range")],
    ),
    (
        "Im ersten Jahr gibt es monatlich 1.190 € Ausbildungsvergütung.",
        [(1190.0, 1190.0, "month", "EUR", "point")],
    ),
    (
        "कंपनी ने फ्रेशर्स को सालाना 12 लाख रुपये का ऑफर दिया.",
        [(1200000.0, 1200000.0, "year", "INR", "point")],
    ),
    # The income needed to afford something is a benchmark, not pay ...
    ("In a big city you need to earn $4,800 a month to afford a one-bedroom flat.", []),
    (
        "To afford a two-bedroom home at the fair market rent, a worker needs to make"
        " $28.58 per hour.",
        [],
    ),
    # ... but pay that affords something is pay.
    (
        "Nurses earn $80,000 a year, enough to afford a home in most towns.",
        [(80000.0, 80000.0, "year", "USD", "point")],
    ),
    # An amount that "may be so applied" (to a wage owed) is a credit, not a wage ...
    (
        "Gratuities received by an employee may count toward the wage, except that not more"
        " than two dollars ($2.00) per hour may be so applied.",
        [],
    ),
    # ... while a rate that may be reviewed is still a rate.
    (
        "The entry rate of $15.00 per hour may be reviewed after six months.",
        [(15.0, 15.0, "hour", "USD", "point")],
    ),
    # A payer of the benefit named before pays the benefit, not a wage ...
    ("Disability benefits are set by the state board. Oregon pays up to $700 per week.", []),
    (
        "Unemployment insurance compensation differs by state. Ohio pays the most at up to"
        " $650 per week.",
        [],
    ),
    # ... unless its own clause names pay.
    (
        "Nursing is in demand across the state. Oregon pays nurses a salary of up to $2,100"
        " per week.",
        [(None, 2100.0, "week", "USD", "range")],
    ),
    # Other money excluded from a figure ("before tax and bonuses") is not its money ...
    (
        "Average weekly earnings, before tax and bonuses, stand at $1,402.10.",
        [(1402.1, 1402.1, "week", "USD", "average")],
    ),
    (
        "Salaries, excluding bonuses, average $95,000 a year.",
        [(95000.0, 95000.0, "year", "USD", "average")],
    ),
    # ... while other money named outright still is.
    ("A signing bonus of $5,000 is paid before the first day.", []),
    # A number after words in its own pipe-table cell is a label's ("Step 2"), not a wage ...
    (
        "Pay table (annual salaries)\nGrade | Step 1 | Step 2 | Step 3 |\n"
        "7 | 41966 | 43365 | 44764 |",
        [],
    ),
    # ... while a number alone in its cell under a wage header is a wage.
    ("Role | Hourly Wage\nCook | 17.50", [(17.5, 17.5, "hour", None, "point")]),
    # Two levels of one pay joined by "und", the second's period written after it, share it.
    (
        "Nach fünf Jahren erhältst du schon 3.480 € und nach zehn Jahren 3.950 € monatlich."
        " Das ist ein Stundenlohn von etwa 23,00 €.",
        [
            (3480.0, 3480.0, "month", "EUR", "point"),
            (3950.0, 3950.0, "month", "EUR", "point"),
            (23.0, 23.0, "hour", "EUR", "point"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_figures(text: str, expected: list[tuple]) -> None:
    assert figures(text) == expected
