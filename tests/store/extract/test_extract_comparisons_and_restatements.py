"""extract_pay on money that is compared, changed or restated, and on how tables, hyphens
and unit words write pay (issue 9, fourth round).

Each row is a text and the figures expected from it, in order, as
(min_amount, max_amount, period, currency, kind) tuples; an empty list means the
text holds no pay.
"""

from __future__ import annotations

import pytest

from tests.store.extract.support import figures

NOT_PAY = [
    # A rate per something that is not a period is no wage by the week or year.
    "The assistantship pays $12,000 per semester.",
    "Typically the bonus is spread out: you could get $1,500 per pay period.",
    # "by" right before a figure measures a change or a gap.
    "Salaries can vary by over £20,000 depending on the region.",
    "The council raised the hourly wage by $2 last spring.",
    # A difference after a short aside in brackets.
    "Pay in the capital runs £3,000 - £6,000 (or more) higher than elsewhere.",
    # What college and child care cost, a family's income, unemployment benefits.
    "Room and board: $12,400 per year",
    "Applicants with a family annual income of over Rs 5 lakh are excluded.",
    "A full-time daycare center averages $250 per week.",
    "Maximum weekly benefit amounts run from under $300 per week to over $800 per week.",
    "Laid-off workers draw unemployment compensation of $400 per week.",
]


@pytest.mark.parametrize("text", NOT_PAY)
def test_other_money_is_not_pay(text):
    assert figures(text) == []


PAY = [
    # A number with a unit is a count, even beside dollars; the pay beside it stays.
    (
        "A driver covering 2,200 miles a week at $0.58 CPM makes about $1,276 per week.",
        [(1276, 1276, "week", "USD", "point")],
    ),
    # A slash between two labelled figures is a list, not "per".
    (
        "Junior $50K/Senior $80K salary bands.",
        [(50000, 50000, "year", "USD", "point"), (80000, 80000, "year", "USD", "point")],
    ),
    # "more than" after a difference compares; the figure after it is exact.
    (
        "Nurses earn about $20,000 more than the $45,000 median salary of all workers.",
        [(45000, 45000, "year", "USD", "median")],
    ),
    # "from" after a change is where pay came from, not a floor.
    (
        "Median weekly pay rose to £520, up 2% from £510 in 2019.",
        [(520, 520, "week", "GBP", "median"), (510, 510, "week", "GBP", "median")],
    ),
    # A year word that is a time ("im vergangenen Jahr") is no period: a month's pay.
    (
        "Im vergangenen Jahr verdienten Pflegekräfte im Schnitt 3500 Euro brutto.",
        [(3500, 3500, "month", "EUR", "average")],
    ),
    # A restatement in brackets twelve times the first is a year.
    (
        "Part-time staff earn £1,100 monthly (or £13,200).",
        [(1100, 1100, "month", "GBP", "point"), (13200, 13200, "year", "GBP", "point")],
    ),
    # A bracketed restatement of a floor is a floor.
    (
        "Exempt staff must earn more than $700 per week ($36,400 annually).",
        [(700, None, "week", "USD", "range"), (36400, None, "year", "USD", "range")],
    ),
    # A table header may hold a number ("(2024)") and still name its column.
    (
        "| Role | Median Salary (2024) |\n|---|---|\n| Nurse | $81,220 |",
        [(81220, 81220, "year", "USD", "median")],
    ),
    # Minimum (midpoint) maximum columns: the row's first and last are one range.
    (
        "Pay Grade Minimum Midpoint Maximum\n4 $34,800 $42,600 $50,500",
        [(34800, 50500, "year", "USD", "range")],
    ),
    (
        "| Grade | Minimum Salary | Maximum Salary |\n|---|---|---|\n| 7 | $46,400 | $67,300 |",
        [(46400, 67300, "year", "USD", "range")],
    ),
    (
        "Salaries run from $40,000 all the way up to $90,000 a year.",
        [(40000, 90000, "year", "USD", "range")],
    ),
    # A hedge after "and" keeps a range; a dash before a difference makes none.
    (
        "Staff pharmacists earn between £60,000 and about £70,000 a year.",
        [(60000, 70000, "year", "GBP", "range")],
    ),
    (
        "Der Bruttolohn liegt bei 2.500 Euro – 400 Euro mehr als 2020.",
        [(2500, 2500, "month", "EUR", "point")],
    ),
    # Floors: "minimum wage" right after the figure, "starts @".
    ("Voters approved a $17 minimum wage.", [(17, None, "hour", "USD", "range")]),
    ("Pay: Starts @ $19/hr", [(19, None, "hour", "USD", "range")]),
    ("The award rate is AUS$25.50 per hour.", [(25.5, 25.5, "hour", "AUD", "point")]),
    # Periods joined by hyphens, and a week with words inside it.
    ("It was an $18-an-hour job with no benefits.", [(18, 18, "hour", "USD", "point")]),
    ("She took a $52,000-a-year post.", [(52000, 52000, "year", "USD", "point")]),
    (
        "The minimum wage is $882.80 for a 38-hour work week.",
        [(882.8, None, "week", "USD", "range")],
    ),
    ("Adults earn at least $700 per full time week.", [(700, None, "week", "USD", "range")]),
    # "a week" in the sentence, "command" as a pay verb, "start around" as a floor.
    (
        "A driver who covers 2,000 miles in a week makes $1,300.",
        [(1300, 1300, "week", "USD", "point")],
    ),
    (
        "Junior analysts start around $60,000, while seniors command over $150,000.",
        [(60000, None, "year", "USD", "range"), (150000, None, "year", "USD", "range")],
    ),
    # A bare amount written just like the euros before it, cents and all, is euros.
    (
        "Las mujeres cobran 1.850,40 euros al mes y los hombres 2.010,75.",
        [(1850.4, 1850.4, "month", "EUR", "point"), (2010.75, 2010.75, "month", "EUR", "point")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PAY)
def test_pay_is_read(text, expected):
    assert figures(text) == expected
