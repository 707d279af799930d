"""extract_pay on floors said by how pay starts ("can start earning", "begin at nearly"),
a floor and its top with the bottom's period as a word between them, open bounds before
the period, amounts in pounds with a period no weight has, and money that is not pay:
conditions to qualify for something, money set aside for living, household bills, perks
called benefits, payouts, fines, gifts, public benefits, billing, and a clause
that refers back by a pronoun to other money; a pronoun that refers back to a minimum,
and cost words that describe a place (issue 9, eleventh round).

Each row is a text and the figures expected from it, in order, as
(min_amount, max_amount, period, currency, kind) tuples; an empty list means the
text holds no pay.
"""

from __future__ import annotations

import pytest

from tests.store.extract.support import figures

CASES = [
    # How pay starts, said with a verb of earning or an approximate amount, is a floor ...
    (
        "New graduates can start earning $61,500 per year.",
        [(61500.0, None, "year", "USD", "range")],
    ),
    ("Team leads begin at nearly £34,000 a year.", [(34000.0, None, "year", "GBP", "range")]),
    ("Clerks start at almost $18 an hour.", [(18.0, None, "hour", "USD", "range")]),
    ("Analysts starting around $70K.", [(70000.0, None, "year", "USD", "range")]),
    # ... while a starting salary stated outright is one level.
    ("The starting salary is $70K.", [(70000.0, 70000.0, "year", "USD", "point")]),
    # A floor that "can go up to" a top is a range, the bottom's period written as a word ...
    (
        "Salaries start at $52,000 annually and can go up to $75,000 yearly.",
        [(52000.0, 75000.0, "year", "USD", "range")],
    ),
    # ... and two amounts joined by "and" alone stay two.
    (
        "Staff earn $52,000 annually and temps $25 hourly.",
        [(52000.0, 52000.0, "year", "USD", "point"), (25.0, 25.0, "hour", "USD", "point")],
    ),
    # Words that open a bound may stand between an amount and its period.
    ("Day shift at $17.50 or higher per hour.", [(17.5, None, "hour", "USD", "range")]),
    # An amount in pounds with a yearly or monthly period is money, no weight ...
    ("Apprentices get 15,000 pounds a year.", [(15000.0, 15000.0, "year", "GBP", "point")]),
    # ... while pounds with no such period stay weights.
    ("Workers lift 50 pounds per day.", []),
    ("The crate weighs 40 pounds.", []),
    # What one must earn to qualify for something is a condition, not pay ...
    (
        "To qualify for the grant, you must:\n- Live in Ohio\n- Earn less than $40,000 a year",
        [],
    ),
    # ... while a list of what a post offers is pay.
    (
        "What you get:\n- A laptop\n- A salary of $40,000 a year",
        [(40000.0, 40000.0, "year", "USD", "point")],
    ),
    # Money set aside for living, and a sum paid out of a fund, are not pay ...
    ("A single parent might allocate $2,000 a month.", []),
    ("The fund pays out $300 a week for up to 26 weeks.", []),
    # ... while what a firm pays is.
    ("The firm pays $300 a week.", [(300.0, 300.0, "week", "USD", "point")]),
    # A household's bills and what it spends are not pay ...
    ("Our monthly utilities come to $310.", []),
    ("The typical renter spends $4,800 a year on transport.", []),
    ("Car payments in Ohio average $640 a month.", []),
    ("Property taxes there run $3,100 annually.", []),
    ("A two-bedroom in Austin goes for $1,900 a month.", []),
    ("Plan to budget about $2,000 a month for food and transport.", []),
    ("Commuter benefits up to $315 per month are tax-free.", []),
    # Fines, gifts, public benefits, money per child and billing are not pay either ...
    ("The fine is $500 per day of violation.", []),
    ("Veterans receive disability compensation of $3,737 per month.", []),
    ("Foster parents receive $900 a month per child.", []),
    ("Donors gave an average of $150 a month.", []),
    ("Lawyers bill clients $400 an hour.", []),
    ("Per capita income in the county is $38,000.", []),
    # ... nor a benchmark in a sentence about household incomes.
    (
        "In the township, household incomes of the poor are R4,100 a month, "
        "while a living wage for one person is R6,600 a month.",
        [],
    ),
    # ... while those who work in such trades are paid.
    ("Lawyers earn $400 an hour.", [(400.0, 400.0, "hour", "USD", "point")]),
    ("The nurse's income is $38,000 a year.", [(38000.0, 38000.0, "year", "USD", "point")]),
    (
        "Bedroom furniture movers earn $18 an hour.",
        [(18.0, 18.0, "hour", "USD", "point")],
    ),
    # A clause that refers back by "it" to other money speaks of that money ...
    ("The tip credit is $4.00 per hour. From July, it can't exceed $6.00 per hour.", []),
    # ... and one that refers back to pay keeps its figure.
    (
        "The stipend is $4.00 per hour. From July, it rises to $6.00 per hour.",
        [(4.0, 4.0, "hour", "USD", "point"), (6.0, 6.0, "hour", "USD", "point")],
    ),
    # A pronoun further into a clause naming no pay refers back to a minimum: a floor ...
    (
        "The minimum salary for exempt staff is $684 per week. "
        "Under the new rule, that would jump to $1,059 per week.",
        [(684.0, None, "week", "USD", "range"), (1059.0, None, "week", "USD", "range")],
    ),
    # ... while a clause naming pay of its own is its own level.
    (
        "The minimum wage is $7.25 an hour. Most cashiers say that they earn $11 an hour.",
        [(7.25, None, "hour", "USD", "range"), (11.0, 11.0, "hour", "USD", "point")],
    ),
    # "A high-cost-of-living city" is a place: a salary there is pay ...
    (
        "The salary for teachers in a high-cost-of-living city is $80,000 a year.",
        [(80000.0, 80000.0, "year", "USD", "point")],
    ),
    # ... while with no pay named, the costs of living are what the text is about.
    ("In a high-cost-of-living area, this number can surpass $2,000 a month.", []),
    ("The cost of living in Boston is $4,000 a month.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_figures(text: str, expected: list[tuple]) -> None:
    assert figures(text) == expected
