"""extract_pay on what the eighteenth round's fresh batch missed: a range joined by "a" in
Spanish, Portuguese and Italian ("de 1.200 a 1.500 euros", "dai 1.300 ai 2.000 euro",
"R$ 1.800 a R$ 3.500"), which needs a "from" before it unless both bounds carry a currency,
and by "e" after "entre"; the real written glued to its cell's label ("carreiraR$ 1.800");
a price someone might charge or quoted ("might charge $150–$300 per hour", "One agency
quoted $28 an hour"), which is no pay; and a raise told as a range ("a raise between $3 and
$7.50 hourly"), which says how much pay moves, not pay; a ceiling told by a modal and a verb
of reaching ("possono arrivare a 2000 euro", "pueden llegar a", "podem chegar a"); Portuguese
periods ("por mês", "por ano"); and a floor restated in another period in German and Italian
words ("was einem Jahresgehalt von ... entspricht", "pari a"), which is a floor; premiums
for nights and weekends ("Nachtzuschlag", "maggiorazione", "shift diffs") and a raise
"across the board", which are no pay, while German pay "zuzüglich" its premiums stays pay;
a floor that climbs to its top in French, Spanish, Portuguese and Italian ("débutent à
1 911 € brut pour atteindre 2 692 €"), one range; the rand glued to its cell's label
("ClerkR9,245"); what a client pays a consultant or an agency, a fee; and money to draw or
keep staff ("under attraction & retention initiative"), no pay (issue 9, eighteenth round).

Each row is a text and the figures expected from it, in order, as
(min_amount, max_amount, period, currency, kind) tuples; an empty list means the
text holds no pay. Every sentence is invented.
"""

from __future__ import annotations

import pytest

from tests.store.extract.support import figures

CASES = [
    # "a" joins a range after "de", "da", "dai" ...
    (
        "El sueldo de un cocinero va de 1.200 a 1.500 euros al mes.",
        [(1200.0, 1500.0, "month", "EUR", "range")],
    ),
    (
        "Lo stipendio di un cuoco può variare dai 1.400 ai 1.900 euro netti mensili.",
        [(1400.0, 1900.0, "month", "EUR", "range")],
    ),
    # ... or between two amounts that both carry a currency ...
    (
        "O salário de um cozinheiro fica em torno de R$ 2.000 a R$ 3.200 por mês.",
        [(2000.0, 3200.0, "month", "BRL", "range")],
    ),
    # ... but not between a figure and a bare number after it.
    ("He earns $20 a 40-hour week as a tip.", []),
    # "e" joins a Portuguese range after "entre".
    (
        "O salário de um cozinheiro fica entre R$ 2.000 e R$ 3.200 por mês.",
        [(2000.0, 3200.0, "month", "BRL", "range")],
    ),
    # The real glued to its cell's label is still the real.
    (
        "Faixa SalarialValor Mensal (R$)\nInício de carreiraR$ 2.000 a R$ 2.500Cozinheiros",
        [(2000.0, 2500.0, "month", "BRL", "range")],
    ),
    # What someone might charge, or quoted, is a price ...
    ("A freelance plumber might charge $80–$120 per hour.", []),
    ("One firm quoted $35 an hour for the cleaning.", []),
    # ... while what a plumber earns is pay.
    ("A plumber might earn $28 per hour.", [(28.0, 28.0, "hour", "USD", "point")]),
    # A raise between two amounts is how much pay moves ...
    ("The contract gives a raise between $3 and $6 hourly in its first year.", []),
    ("Workers get an increase of between €300 and €500 a month.", []),
    # ... while a salary between two amounts is pay.
    (
        "The contract gives a salary between $40,000 and $45,000 a year.",
        [(40000.0, 45000.0, "year", "USD", "range")],
    ),
    # A ceiling told by a modal and a verb of reaching ...
    (
        "I cuochi esperti possono arrivare tranquillamente a 2.400 euro al mese.",
        [(None, 2400.0, "month", "EUR", "range")],
    ),
    (
        "Los cocineros con experiencia pueden llegar a 1.800 euros al mes.",
        [(None, 1800.0, "month", "EUR", "range")],
    ),
    (
        "Cozinheiros experientes podem chegar a R$ 6.000 por mês.",
        [(None, 6000.0, "month", "BRL", "range")],
    ),
    # ... while a level that reaches a sum is a level.
    (
        "Lo stipendio di un cuoco arriva a 2.400 euro al mese.",
        [(2400.0, 2400.0, "month", "EUR", "point")],
    ),
    # A floor restated in another period, in German and Italian words, is a floor.
    (
        "Der Mindestlohn beträgt 2.800 Euro brutto im Monat, was einem Jahresgehalt von "
        "33.600 Euro entspricht.",
        [(2800.0, None, "month", "EUR", "range"), (33600.0, None, "year", "EUR", "range")],
    ),
    (
        "Il salario minimo è di 1.500 euro al mese, pari a 18.000 euro.",
        [(1500.0, None, "month", "EUR", "range"), (18000.0, None, "year", "EUR", "range")],
    ),
    # Premiums for nights and weekends are no pay ...
    ("Für die Nacht erhält er einen Nachtzuschlag von 5,20 Euro pro Stunde.", []),
    ("Der Zuschlag beträgt 3 Euro pro Stunde.", []),
    ("La maggiorazione notturna è di 3 euro all'ora.", []),
    ("Our weekend diffs are $2.50 per hour.", []),
    # ... while pay with premiums added on top is pay.
    (
        "Pflegekräfte verdienen 3.000 Euro im Monat zuzüglich den Zuschlägen für Nachtschicht.",
        [(3000.0, 3000.0, "month", "EUR", "point")],
    ),
    # A raise given across the board is how much pay moves.
    ("The union won a $1,500 across-the-board increase per year for every member.", []),
    # A floor that climbs to its top, in French, Spanish, Portuguese and Italian, is one range.
    (
        "Les salaires débutent à 1 900 € brut pour atteindre 2 700 € brut en fin de carrière.",
        [(1900.0, 2700.0, "month", "EUR", "range")],
    ),
    (
        "El sueldo empieza en 1.200 euros y puede llegar a 1.800 euros al mes.",
        [(1200.0, 1800.0, "month", "EUR", "range")],
    ),
    # The rand glued to its cell's label is still the rand.
    (
        "Monthly salary\nAdmin ClerkR9,200 – R12,500 per month",
        [(9200.0, 12500.0, "month", "ZAR", "range")],
    ),
    # What a client pays a consultant or an agency is a fee ...
    (
        "She makes $60/hr in salary while her firm pays a consultant $180/hr.",
        [(60.0, 60.0, "hour", "USD", "point")],
    ),
    ("Hospitals are paying a travel agency $150 an hour for each nurse.", []),
    # ... while what an employer pays a nurse is pay.
    ("They were paying the nurse $40 an hour.", [(40.0, 40.0, "hour", "USD", "point")]),
    # Money to draw or keep staff somewhere is no pay.
    (
        "Teachers in remote schools can receive extra salary payments up to $12,000 a year "
        "under the retention initiative.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_extract(text: str, expected: list[tuple]) -> None:
    assert figures(text) == expected
