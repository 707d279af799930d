"""extract_pay on list rows under a pay heading, amounts written the Spanish and
Italian way, Portuguese pay words, and money beside pay that is not pay (billing,
burden, welfare funds, differentials, revenue per employee).

Each row is a text and the figures expected from it, in order, as
(min_amount, max_amount, period, currency, kind) tuples.
"""

from __future__ import annotations

import pytest

from store.extract.amounts.money import find_amounts
from store.extract.figures import extract_pay
from store.extract.text.surroundings import heading_above
from tests.store.extract.support import figures

PAY = [
    # A list row whose line above is a sibling row takes the list's heading.
    (
        "Minimum Wage in 2024\n\n  • $7.25 per hour\n  • $2.13 per hour for tipped employees",
        [(7.25, None, "hour", "USD", "range"), (2.13, None, "hour", "USD", "range")],
    ),
    (
        "Top Paying Jobs Overall\n\n  • Physicians -- $147,000\n\n  • Aircraft pilots -- $133,500",
        [(147000, 147000, "year", "USD", "point"), (133500, 133500, "year", "USD", "point")],
    ),
    # "13 mil 500 pesos" is 13,500; "57mila euro" is 57,000.
    (
        "un ingreso mensual de 9 mil 565 pesos",
        [(9565, 9565, "month", "MXN", "point")],
    ),
    (
        "uno stipendio lordo annuo di circa 103.418 euro, che al netto fanno 57mila euro.",
        [(103418, 103418, "year", "EUR", "point"), (57000, 57000, "year", "EUR", "point")],
    ),
    # Portuguese and Spanish pay words and open bounds.
    (
        "os profissionais que menos recebem no mercado, em média R$ 1.144.",
        [(1144, 1144, "month", "BRL", "average")],
    ),
    (
        "los pediatras con ingresos por arriba de los 38,000 pesos mensuales",
        [(38000, None, "month", "MXN", "range")],
    ),
    # A figure whose own noun is pay stays pay beside other money.
    (
        "you are paying $4 in taxes and insurance on that $20 wage, meaning your cost is $24",
        [(20, 20, "hour", "USD", "point")],
    ),
    (
        "A 50% markup on a $40/hr pay rate gives a $60/hr bill rate.",
        [(40, 40, "hour", "USD", "point")],
    ),
    (
        "So if the agency paid you $125 per hour, the client probably paid $155 to $175.",
        [(125, 125, "hour", "USD", "point")],
    ),
    # A thousands mark apart from its number, before a currency: "35 K€".
    ("Salaire : 35 K€ - 40 K€", [(35000, 40000, "year", "EUR", "range")]),
    # "e.g." ends no sentence: the pay words before it still count.
    (
        "posts are advertised using the FTE salaries of the current pay scales e.g. GBP15,825.",
        [(15825, 15825, "year", "GBP", "point")],
    ),
    # A conversion of a low wage keeps its hourly rate.
    (
        "Minimum wage: R27,58 per hour (USD 1.54).",
        [(27.58, None, "hour", "ZAR", "range"), (1.54, None, "hour", "USD", "range")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PAY)
def test_pay_in_lists_other_languages_and_beside_other_money(text, expected):
    assert figures(text) == expected


NOT_PAY = [
    "Full-time employees working a second shift shall receive $1.05/hour for each hour worked.",
    "you have earned an extra $2080 by working nights",
    "Health & Welfare: |\n$500.00/month for individuals scheduled 30 or more hours per week. |",
    "Moz has 140 employees and is at a revenue run-rate of ~$33mm, putting us around "
    "$235K/employee.",
    "Tipped employees earn $3 below minimum wage",
    "la renda média per capita (R$ 1.439,00) divide os ganhos da família",
    "con mayor promedio de ingresos mensuales requeridos fueron Ciudad de México (29,500 pesos)",
]


@pytest.mark.parametrize("text", NOT_PAY)
def test_money_beside_pay_that_is_not_pay(text):
    assert figures(text) == []


def test_a_list_rows_heading_is_above_its_sibling_rows():
    text = "Average pay\n- $20 an hour\n- $25 an hour"
    assert heading_above(text, text.index("$25")) == "Average pay"
    assert heading_above(text, text.index("$20")) == "Average pay"


def test_thousands_written_as_a_word_join_the_rest_of_the_number():
    amounts = find_amounts("es de 11 mil 172 pesos, es decir, mil 607 pesos menos")
    assert [(a.value, a.currency) for a in amounts] == [(11172.0, "MXN"), (607.0, "MXN")]


SUMS = [
    # A result whose sum is worked from pay takes the period of the words before it.
    (
        "Son salaire annuel net est de : 30 000 x 0,75 = 22 500 €.",
        [(22500, 22500, "year", "EUR", "point")],
    ),
    # A percentage's base and a sum of other money are not figures.
    (
        "Burden: FICA 7.65% + workers comp 3% = 10.65% of $45 = $4.79/hr. "
        "Add $5 overhead and $6 profit = base of $64.53/hr.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SUMS)
def test_a_sums_result_is_pay_only_when_worked_from_pay(text, expected):
    assert figures(text) == expected


def test_a_money_cell_under_a_statistics_heading_is_pay():
    text = "Region 1. Quartil Mittelwert 3. Quartil\nDeutschland: 2.788 € 3.987 € 5.859 €"
    assert [(f[0], f[2], f[3]) for f in figures(text)] == [
        (2788, "month", "EUR"),
        (3987, "month", "EUR"),
        (5859, "month", "EUR"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # The same statistics over prices, and a mean too small to be a wage.
        "Region Mittelwert Durchschnittspreis\nBerlin: 350.000 € 410.000 €",
        "Stadt Mittelwert Median\nBerlin: 12,50 € 11,90 €",
    ],
)
def test_statistics_of_other_money_stay_without_a_period(text):
    assert all(figure.period is None for figure in extract_pay(text))


@pytest.mark.parametrize(
    "text",
    [
        # Other money as the payer, a price someone charges, money of a household.
        "Unemployment benefits pay up to $450 a week for 26 weeks.",
        "We charge $150 per hour for consulting.",
        "Electricians charge between $50 and $100 an hour.",
        "The median household income in the county was $74,580 in 2022.",
        "Premiums average $456 a month for a single plan.",
        "Social Security retirement benefits average $1,907 per month.",
        "Night shift adds $2.50/hr.",
        # Benefits, pensions, grants and rent in other languages.
        "Das Kindergeld beträgt 250 Euro im Monat.",
        "L'allocation chômage s'élève à 1 200 euros par mois.",
        "La pensión media de jubilación es de 1.400 euros al mes.",
        "Il canone d'affitto è di 800 euro al mese.",
        "The grant is worth €1,000 per month for six months.",
        # A list whose heading names other money.
        "Shift differential\n- Evenings: $2.00/hr\n- Nights: $4.00/hr",
    ],
)
def test_other_money_with_a_period_is_not_pay(text):
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Charge Nurse: $45/hr", [(45, 45, "hour", "USD", "point")]),
        ("The job pays $18 per hour.", [(18, 18, "hour", "USD", "point")]),
        (
            "Salary and bonus\n- Senior: $120,000",
            [(120000, 120000, "year", "USD", "point")],
        ),
    ],
)
def test_pay_beside_those_words_stays_pay(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Other money in the sentence before is not the payer of the next one's "Pay:".
        (
            "It offers a $5,000 signing bonus. Pay: $16.00 - $19.00 per hour",
            [(16, 19, "hour", "USD", "range")],
        ),
        # A sentence with other money above a figure is no heading of a list.
        (
            "Relocation assistance up to $50,000 and tuition reimbursement of $50,250.\n\n"
            "137K-$159K",
            [(137000, 159000, "year", "USD", "range")],
        ),
    ],
)
def test_other_money_nearby_leaves_the_next_figure_alone(text, expected):
    assert figures(text) == expected
