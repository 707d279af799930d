"""extract_pay on what pay laws, pay news and foreign minimum-wage pages write beside pay:
tip credits, rent with no rent word, raises and differences, a replaced level, German
ordinal dates, Polish minimum wages (issue 9, seventh round, batch B).

Each row is a text and the figures expected from it, in order, as
(min_amount, max_amount, period, currency, kind) tuples; an empty list means the
text holds no pay.
"""

from __future__ import annotations

import pytest

from tests.store.extract.support import figures

CASES = [
    # A tip credit or tip offset is what tips count for, not a wage; the tipped wage is.
    ("Employers may claim a tip credit of $5.12 per hour against the minimum wage.", []),
    ("The local tip offset is $3.02.", []),
    (
        "Servers must receive a cash wage of at least $2.13 per hour.",
        [(2.13, None, "hour", "USD", "range")],
    ),
    # Money paid to live somewhere is rent, with or without the word.
    ("She pays $950 a month to live in a shared flat.", []),
    # A raise, a boost or the total of raises is how pay moved, not pay.
    ("Senior nurses will receive a $6,500 boost next year.", []),
    ("The contract adds $52,000 in salary increases for the year.", []),
    ("The raises are funded by a $90,000 annual levy.", []),
    # ... but a funded position's pay, and pay that increases, are pay.
    ("This is a funded position at $25 an hour.", [(25.0, 25.0, "hour", "USD", "point")]),
    ("Starting at $18/hr pay increases annually.", [(18.0, None, "hour", "USD", "range")]),
    (
        "Un cadre touche 4 200 euros par mois, soit une différence de 900 euros.",
        [(4200.0, 4200.0, "month", "EUR", "point")],
    ),
    ("Pensja wzrosła o 300 zł.", []),
    # "Additional hours" before a figure are more time, not other money.
    (
        "The top salary for nurses with 20 additional hours of training will be $71,500.",
        [(71500.0, 71500.0, "year", "USD", "point")],
    ),
    # The level a figure replaced takes its period: "instead of", "(contre ...)".
    (
        "A porter will get Rs 310 per day instead of Rs 290.",
        [(310.0, 310.0, "day", "INR", "point"), (290.0, 290.0, "day", "INR", "point")],
    ),
    (
        "A porter will get Rs 310 per day (Rs 9,300 per month) instead of Rs 290.",
        [
            (310.0, 310.0, "day", "INR", "point"),
            (9300.0, 9300.0, "month", "INR", "point"),
            (290.0, 290.0, "day", "INR", "point"),
        ],
    ),
    # "seit dem 1. Januar" does not end the sentence that names the minimum wage.
    (
        "Der Mindestlohn liegt seit dem 1. Januar 2024 bei 12,41 Euro pro Stunde.",
        [(12.41, None, "hour", "EUR", "range")],
    ),
    # A pay table pasted with its cells run together takes pay from the lines above it.
    (
        "These are the average hourly wages of cooks, by province.\n\n"
        "ProvinceMay 2023June 2023\nOntario$31.10$31.40",
        [(31.1, 31.1, "hour", "USD", "average"), (31.4, 31.4, "hour", "USD", "average")],
    ),
    (
        "The steps below follow the separate pay scales for each rank.\n\n"
        "Firefighter Step 1\nFirefighter Step 2$58,400",
        [(58400.0, 58400.0, "year", "USD", "point")],
    ),
    # A row pasted the same way under words naming no pay stays undecided.
    ("Totals by region.\n\nRegion2023\nNorth West£12.10", [(12.1, 12.1, None, "GBP", "point")]),
    # "de X à Y" after a verb of change is the old and the new level, not a range.
    (
        "Le taux horaire brut du SMIC passe de 11,65 € à 11,88 €.",
        [(11.65, None, "hour", "EUR", "range"), (11.88, None, "hour", "EUR", "range")],
    ),
    (
        "El sueldo base pasa de 1.400 euros a 1.480 euros al mes.",
        [(1400.0, 1400.0, "month", "EUR", "point"), (1480.0, 1480.0, "month", "EUR", "point")],
    ),
    (
        "Les salaires vont de 2 100 € à 2 900 € par mois.",
        [(2100.0, 2900.0, "month", "EUR", "range")],
    ),
    # Germany's minimum wage is set by the hour: a small sum with no period is hourly.
    (
        "Der Mindestlohn wird erhöht auf 13,90 €, eine Steigerung von 8 %.",
        [(13.9, None, "hour", "EUR", "range")],
    ),
    # French "inférieur à" leaves the minimum open and "supérieur à" the maximum.
    (
        "Un agent sur deux perçoit un salaire mensuel net inférieur à 2.050 euros.",
        [(None, 2050.0, "month", "EUR", "range")],
    ),
    (
        "Un cadre sur dix touche un salaire mensuel supérieur à 5 300 euros.",
        [(5300.0, None, "month", "EUR", "range")],
    ),
    # "multiplie 400 par 4,92 euros": a factor of a sum, not a figure of its own.
    (
        "Pour l'indice 400, on multiplie 400 par 4,92 euros, soit 1 968 euros bruts par mois.",
        [(1968.0, 1968.0, "month", "EUR", "point")],
    ),
    # A German compound with "Mindest-" is a floor.
    (
        "Die Mindestvergütung für Auszubildende beträgt 682 Euro im Monat.",
        [(682.0, None, "month", "EUR", "range")],
    ),
    # A minimum rate with its period inside the phrase is a floor.
    (
        "The minimum weekly rate of pay for a level 2 clerk is $950.20 per week.",
        [(950.2, None, "week", "USD", "range")],
    ),
    # Polish minimum wages, their words in either order, and the hourly rate.
    (
        "Płaca minimalna wynosi 4300 zł brutto miesięcznie.",
        [(4300.0, None, "month", "PLN", "range")],
    ),
    (
        "Minimalna stawka godzinowa to 28,10 zł.",
        [(28.1, None, "hour", "PLN", "range")],
    ),
    # A Polish rate ("stawka") is pay, so a period at its sentence's end is the figure's.
    (
        "Do 30,50 zł podniesiono stawkę godzinową w umowie.",
        [(30.5, 30.5, "hour", "PLN", "point")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_figures(text: str, expected: list[tuple]) -> None:
    assert figures(text) == expected
