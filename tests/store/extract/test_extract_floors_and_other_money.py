"""extract_pay on wage floors by other names, Swiss francs and median wages, dates that
read like periods, insurance costs, years inside a change, and Hindi bounds (issue 9,
ninth round).

Each row is a text and the figures expected from it, in order, as
(min_amount, max_amount, period, currency, kind) tuples; an empty list means the
text holds no pay.
"""

from __future__ import annotations

import pytest

from tests.store.extract.support import figures

CASES = [
    # A floor under wages by another name is a lower bound, like a minimum wage.
    (
        "The retailer lifted its wage floor to $15 this spring.",
        [(15.0, None, "hour", "USD", "range")],
    ),
    ("The NMW rose to R27.58 per hour in March.", [(27.58, None, "hour", "ZAR", "range")]),
    # Insurance costs, written as German compounds, are not pay ...
    (
        "Die Krankenversicherung trägt der Arbeitnehmer selbst, im Durchschnitt 430 € pro Monat.",
        [],
    ),
    # ... while an insurance clerk's pay still is.
    (
        "Ein Versicherungskaufmann verdient 3.400 € brutto pro Monat.",
        [(3400.0, 3400.0, "month", "EUR", "point")],
    ),
    # "Im Jahr 2023" dates a figure; it does not make it yearly ...
    (
        "Im Jahr 2023 lag der Durchschnittslohn bei CHF 6.900.",
        [(6900.0, 6900.0, "month", "CHF", "average")],
    ),
    # ... while "im Jahr" after a figure, with no year after it, is its period.
    ("Der Lohn beträgt 78.000 CHF im Jahr.", [(78000.0, 78000.0, "year", "CHF", "point")]),
    # ... and a yearly salary named with its year is still yearly.
    ("Das Jahresgehalt 2023 betrug 4.500 €.", [(4500.0, 4500.0, "year", "EUR", "point")]),
    ("In the year 2024 the salary was $50,000.", [(50000.0, 50000.0, "year", "USD", "point")]),
    # Swiss francs written out, and a median wage (Medianlohn) is pay.
    (
        "Der Medianlohn in Österreich beträgt 3 100 € oder rund 2 900 Schweizer Franken.",
        [(3100.0, 3100.0, "month", "EUR", "median"), (2900.0, 2900.0, "month", "CHF", "median")],
    ),
    (
        "Der Mindestlohn in Basel beträgt 21 Schweizer Franken pro Stunde.",
        [(21.0, None, "hour", "CHF", "range")],
    ),
    # A calendar year between two levels is a date, not the bottom of a range ...
    (
        "The median gross monthly salary has increased from S$3,800 in 2021 to S$4,200 in 2022.",
        [(3800.0, 3800.0, "month", "SGD", "median"), (4200.0, 4200.0, "month", "SGD", "median")],
    ),
    # ... though a bare number after "from" still is one.
    ("Pay runs from 2020 to $2,400 a month.", [(2020.0, 2400.0, "month", "USD", "range")]),
    # "Raising it to" a level names the level, not money raised ...
    (
        "The council approved a higher minimum wage, raising it to $14 an hour by 2027.",
        [(14.0, None, "hour", "USD", "range")],
    ),
    # ... while money raised is still funding.
    ("The startup raised $5M to expand its sales team.", []),
    # Hindi bounds: "तक" after an amount is "up to", "से अधिक" "more than", and
    # "X से लेकर Y तक" a range; a package (पैकेज) is yearly pay.
    (
        "कंपनी फ्रेशर्स को सालाना 8 लाख रुपये तक की सैलरी दे रही है।",
        [(None, 800000.0, "year", "INR", "range")],
    ),
    (
        "उन्हें 12 लाख रुपये से अधिक की सैलरी मिलती है।",
        [(1200000.0, None, "year", "INR", "range")],
    ),
    (
        "इन्हें 5 लाख रुपये से लेकर 18 लाख रुपये तक के पैकेज पर नौकरी मिलेगी।",
        [(500000.0, 1800000.0, "year", "INR", "range")],
    ),
    ("कंपनी 6 लाख रुपये का पैकेज दे रही है।", [(600000.0, 600000.0, "year", "INR", "point")]),
    # A minimum or maximum a few words before its pay noun, set "to" a figure, bounds it ...
    (
        "Lawmakers voted to raise the minimum starting teacher salary to $50,000.",
        [(50000.0, None, "year", "USD", "range")],
    ),
    (
        "The board set the maximum annual salary for the post to $92,000.",
        [(None, 92000.0, "year", "USD", "range")],
    ),
    # ... and pay that rises "to" a figure with no bound named is a level.
    ("Teacher salary rises to $50,000 a year.", [(50000.0, 50000.0, "year", "USD", "point")]),
    # A change by an amount, then the new level: the level alone is pay ...
    ("Target raised wages by $2 to $15 an hour.", [(15.0, 15.0, "hour", "USD", "point")]),
    (
        "The contract boosts pay by nearly $3 to $22 an hour.",
        [(22.0, 22.0, "hour", "USD", "point")],
    ),
    # ... while "set by" something, then a range, is still a range.
    (
        "Pay for cooks is set by experience, $15 to $20 an hour.",
        [(15.0, 20.0, "hour", "USD", "range")],
    ),
    # A clause that refers back to a sentence naming a minimum wage gives a floor ...
    (
        "Le Smic augmente de 2 % au 1er mai. Son montant horaire passe à 11,65 € bruts.",
        [(11.65, None, "hour", "EUR", "range")],
    ),
    (
        "The state minimum wage rose in January. It now stands at $9.50 an hour.",
        [(9.5, None, "hour", "USD", "range")],
    ),
    # ... unless it names pay of its own, or the sentence before names no minimum.
    (
        "The state minimum wage rose in January. It is half the average salary of $40,000 a year.",
        [(40000.0, 40000.0, "year", "USD", "average")],
    ),
    (
        "The company pays well. It starts cooks at $18 an hour.",
        [(18.0, 18.0, "hour", "USD", "point")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_figures(text: str, expected: list[tuple]) -> None:
    assert figures(text) == expected
