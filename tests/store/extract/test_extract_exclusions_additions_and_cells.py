"""extract_pay on other money a figure excludes in other languages ("hors primes", "ohne
Zulagen"), period words and "won’t exceed" with a typeset apostrophe ("all’anno", "de
l’heure"), an amount added to pay after a plus sign ("(+ $2.10/hr)"), a change by an
amount in Italian and in German compounds ("un aumento di circa 130 euro", "die
Tariferhöhung um 140 Euro"), a hedge after "between" ("between around £14,000 and
£18,000"), a figure that "is the minimum wage", a header's currency written as a word
("(euros)", "(in dollars)"), a bare range of pay cells whose bottom looks like a year
("2000 – 2600"), "extra" before work rather than money ("with extra duties"), and
allowances in other languages ("auxilio de transporte", "Zulage") (issue 9, fourteenth
round, batch A).

Each row is a text and the figures expected from it, in order, as
(min_amount, max_amount, period, currency, kind) tuples; an empty list means the
text holds no pay. Every sentence is invented.
"""

from __future__ import annotations

import pytest

from tests.store.extract.support import figures

CASES = [
    # Other money a figure excludes, in French, German and Spanish, leaves it pay ...
    (
        "Salaire mensuel des techniciens, hors primes :\n- 2.140€ brut par mois au début,",
        [(2140.0, 2140.0, "month", "EUR", "point")],
    ),
    (
        "Das Gehalt ohne Zulagen liegt bei 3.150 Euro im Monat.",
        [(3150.0, 3150.0, "month", "EUR", "point")],
    ),
    (
        "El sueldo, sin las propinas, es de 1.350 euros al mes.",
        [(1350.0, 1350.0, "month", "EUR", "point")],
    ),
    # ... while the other money named outright is still none.
    ("Une prime de 400 € par mois est versée aux agents de nuit.", []),
    # A period word with a typeset apostrophe is the period ...
    (
        "Un tecnico guadagna 1.600 euro netti al mese, circa 28.000 euro lordi all’anno.",
        [
            (1600.0, 1600.0, "month", "EUR", "point"),
            (28000.0, 28000.0, "year", "EUR", "point"),
        ],
    ),
    (
        "Le taux horaire est de 13,20 € de l’heure.",
        [(13.2, 13.2, "hour", "EUR", "point")],
    ),
    # ... as with a straight one; and a typeset "won’t exceed" caps pay as "won't" does.
    (
        "Un tecnico guadagna 28.000 euro lordi all'anno.",
        [(28000.0, 28000.0, "year", "EUR", "point")],
    ),
    (
        "The rate won’t exceed $25 an hour for temporary staff.",
        [(None, 25.0, "hour", "USD", "range")],
    ),
    (
        "The rate won't exceed $25 an hour for temporary staff.",
        [(None, 25.0, "hour", "USD", "range")],
    ),
    # An amount after a plus sign is added to some pay, no level of its own ...
    (
        "After 30 days a review may raise pay to the second level across all skills (+ $2.10/hr).",
        [],
    ),
    (
        "All staff begin at level one. After 30 days on the job, a review will occur with a "
        "maximum pay increase up to level two across all skills (+ $2.10/hr).",
        [],
    ),
    # ... while a plus sign opening a list item is a bullet, and one after pay an open top.
    (
        "What we offer:\n+ $19.50 per hour\n+ paid holidays",
        [(19.5, 19.5, "hour", "USD", "point")],
    ),
    ("Drivers earn $21+/hr.", [(21.0, None, "hour", "USD", "range")]),
    # An age or a count before the plus sign is a row's label.
    ("Minimum rates by age:\nAge 23+ £10.42 per hour", [(10.42, 10.42, "hour", "GBP", "point")]),
    # A change by an amount in Italian, and in a German compound, is how much pay moved ...
    (
        "Con il nuovo contratto è previsto un aumento di circa 130 euro al mese nella busta paga.",
        [],
    ),
    ("Die Tariferhöhung um 140 Euro im Monat gilt ab Juli.", []),
    # ... while a level after "di circa" is pay.
    (
        "Lo stipendio di un tecnico è di circa 1.700 euro al mese.",
        [(1700.0, 1700.0, "month", "EUR", "point")],
    ),
    # A hedge after "between" still opens a range ...
    (
        "Care workers can earn between around £14,000 and £18,000 a year.",
        [(14000.0, 18000.0, "year", "GBP", "range")],
    ),
    (
        "Pay is between about $38,000 and $46,000 a year.",
        [(38000.0, 46000.0, "year", "USD", "range")],
    ),
    # ... and "extra" before work, not money, leaves the next sentence's pay as pay.
    (
        "Porters earn £15,000 a year. With extra duties this may rise to between "
        "£17,000 and £19,000.",
        [(15000.0, 15000.0, "year", "GBP", "point"), (17000.0, 19000.0, "year", "GBP", "range")],
    ),
    # A figure that "is the minimum wage" is a floor ...
    (
        "$8.15/hr is the minimum wage for workers under 18 in the province.",
        [(8.15, None, "hour", "USD", "range")],
    ),
    (
        "$7.25 is the federal minimum wage.",
        [(7.25, None, "hour", "USD", "range")],
    ),
    # ... while one that is the average, with a minimum named later, is not.
    (
        "$52,000 is the average salary, and the minimum is lower.",
        [(52000.0, 52000.0, "year", "USD", "average")],
    ),
    # A header's currency written as a word is the currency of the bare cells under it ...
    (
        "Grade | Annual salary (in dollars) |\n1 | 41500 |",
        [(41500.0, 41500.0, "year", "USD", "point")],
    ),
    # ... and a bare range whose bottom looks like a year is pay in a column of pay,
    (
        "Expérience | Salaire mensuel brut (euros) |\n0-2 ans | 2000 – 2600 |",
        [(2000.0, 2600.0, "month", "EUR", "range")],
    ),
    # while a span of years is not.
    ("Period | Annual salary ($) |\nYears | 2019 – 2023 |", []),
    # Allowances in other languages are not pay ...
    (
        "Histórico del auxilio de transporte\nEsta prestación pasó de $70.000 en 2012 "
        "hasta $180.000 en 2024.",
        [],
    ),
    ("Die Zulage beträgt 180 Euro im Monat.", []),
    # ... while the pay beside them still is.
    (
        "El salario mínimo quedó en 1.300.000 pesos mensuales.",
        [(1300000.0, None, "month", "MXN", "range")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_figures(text: str, expected: list[tuple]) -> None:
    assert figures(text) == expected
