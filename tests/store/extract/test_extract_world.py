"""extract_pay on how the wider world writes pay (issue 9): periods from context,
labelled and reversed ranges, minimums, other languages and currencies, and money
that is not pay.

Each row is a text and the figures expected from it, in order, as
(min_amount, max_amount, period, currency, kind) tuples.
"""

from __future__ import annotations

import doctest

import pytest

import store.extract.text.surroundings
from store.extract.amounts.numbers import words_value
from store.extract.figures import extract_pay
from store.extract.meaning.periods import period_for_size, plausible_pay
from tests.store.extract.support import figures


def bases(text: str) -> list[tuple]:
    return [(f.min_amount, f.period, f.period_basis) for f in extract_pay(text)]


# The period is not written beside the figure: (text, [(amount, period, basis)]).
INFERRED_PERIODS = [
    ("Pay Type Hourly\n$22.50", [(22.5, "hour", "label")]),
    ("| Role | Hourly Rate |\n| --- | --- |\n| Intern | $24.10 |", [(24.1, "hour", "label")]),
    ("Average Weekly Earnings\n$1,204.50", [(1204.5, "week", "label")]),
    (
        "Hourly: $20 - $25. Annual: $41,600 - $52,000.",
        [(20, "hour", "label"), (41600, "year", "label")],
    ),
    (
        "Average Intern Hourly Wage Rates, by Class\n\nFreshman $13.91\nSophomore $15.36",
        [(13.91, "hour", "label"), (15.36, "hour", "label")],
    ),
    ("Interns earn on average $1,900, paid monthly.", [(1900, "month", "sentence")]),
    ("प्रतिदिन 877 रुपये वेतन मिलता था", [(877, "day", "label")]),
    (
        "Im Schnitt 4578 Euro pro Monat. In Ostdeutschland waren es 3754 Euro.",
        [(4578, "month", None), (3754, "month", "page")],
    ),
    ("The salary band for this role is $70,000–$110,000.", [(70000, "year", "size")]),
    ("The pay is $22.50.", [(22.5, "hour", "size")]),
    ("Le salaire moyen est de 2 410 euros.", [(2410, "month", "size")]),
    ("El salario medio bruto se situó en 23.156,3 euros.", [(23156.3, "year", "size")]),
    ("The average salary is R31,100.", [(31100, "month", "size")]),
    ("Average fresher salary: ₹30,100", [(30100, "month", "size")]),
    ("Freshers are offered ₹4.5 lakh.", [(450000, "year", "size")]),
    # A month word before the figure holds even above the usual monthly band.
    ("The monthly salary of a top earner is about R182,300.", [(182300, "month", "sentence")]),
    # A conversion in brackets is the same pay: one period for both.
    (
        "Interns there earn 5210 dollars (4480 euros).",
        [(5210, "month", "size"), (4480, "month", "size")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), INFERRED_PERIODS)
def test_a_period_not_written_beside_a_figure_is_inferred_and_says_how(text, expected):
    assert bases(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "It costs $3,000.",  # no word says it is pay
        "The stipend is $3,000.",  # pay, but a week, a month or a term? ambiguous
        "Examples: $102.50 → 10250, €102.50 → 10250",
    ],
)
def test_what_stays_ambiguous_gets_no_period(text):
    assert all(figure.period is None for figure in extract_pay(text))


WRITTEN = [
    # Ranges: labelled bounds, high to low, open top, low-mid-high bands.
    ("Min Hiring Rate $18.35 Max Hiring Rate $22.93", [(18.35, 22.93, "hour", "USD", "range")]),
    ("Salary: $100,000- $75,000", [(75000, 100000, "year", "USD", "range")]),
    ("Salary range: $82,000-$129,000+", [(82000, 129000, "year", "USD", "range")]),
    ("Your range might be $70K–$90K–$110K.", [(70000, 110000, "year", "USD", "range")]),
    ("Base pay $204.4K – $352K", [(204400, 352000, "year", "USD", "range")]),
    ("Salary 80-90k", [(80000, 90000, "year", None, "range")]),
    (
        "$22–$35/hrEntry: $70,000–$110,000 salary",
        [(22, 35, "hour", "USD", "range"), (70000, 110000, "year", "USD", "range")],
    ),
    (
        "Einstiegsgehälter liegen zwischen 39.000 € und 48.580 € im Jahr.",
        [(39000, 48580, "year", "EUR", "range")],
    ),
    ("Les salaires vont de 500 € à 900 € par mois.", [(500, 900, "month", "EUR", "range")]),
    (
        "średnie zarobki wynoszą od 6772 zł do 6060 zł brutto",
        [(6060, 6772, "month", "PLN", "range")],
    ),
    # Minimums and other open bounds, also in words.
    (
        "The minimum rate of pay for this position is $12.75 per hour.",
        [(12.75, None, "hour", "USD", "range")],
    ),
    ("Wages start at fifteen dollars per hour.", [(15, None, "hour", "USD", "range")]),
    # Ranges in words: two amounts, not their sum ("twelve and fifteen" was 27) nor the top alone.
    ("Line cooks make ten to fourteen bucks an hour.", [(10, 14, "hour", "USD", "range")]),
    ("Pay is between twelve and fifteen dollars an hour.", [(12, 15, "hour", "USD", "range")]),
    ("They pay fifteen to eighteen dollars an hour.", [(15, 18, "hour", "USD", "range")]),
    # Another item's label stops at its sentence's end or at "and": the pay after it is pay.
    ("$3,000 bonus. $22/hr base pay", [(22, 22, "hour", "USD", "point")]),
    ("a $3,000 sign-on bonus and $22/hr base pay", [(22, 22, "hour", "USD", "point")]),
    # A year in brackets after a figure dates it; it is no figure of its own.
    ("She earns $52,000 (2021) a year.", [(52000, 52000, "year", "USD", "point")]),
    # "Grand" is a thousand, as people say it.
    ("She makes $70 grand a year as a nurse.", [(70000, 70000, "year", "USD", "point")]),
    # A posting's "hiring range" is pay, so its size gives its period.
    (
        "The hiring range for this position is $95,000 to $110,000.",
        [(95000, 110000, "year", "USD", "range")],
    ),
    # A range's top given with an alternative: the higher one is the top.
    (
        "The hiring range is $18.36 (first step) to $19.28 or $20.24 (third step).",
        [(18.36, 20.24, "hour", "USD", "range")],
    ),
    (
        "Pay is $50,000 to $60,000 or $25 to $30 an hour.",
        [(50000, 60000, "year", "USD", "range"), (25, 30, "hour", "USD", "range")],
    ),
    ("Hourly Wage: $15 to start", [(15, None, "hour", "USD", "range")]),
    ("Warehouse workers earned $12 an hour or more.", [(12, None, "hour", "USD", "range")]),
    (
        "Ein Viertel verdient monatlich 3.418 € oder weniger.",
        [(None, 3418, "month", "EUR", "range")],
    ),
    ("Drivers earn $1800+ Weekly", [(1800, None, "week", "USD", "range")]),
    (
        "Average hourly wages ranged from $91.48 for surgeons to $63.08 for dentists.",
        [(91.48, 91.48, "hour", "USD", "average"), (63.08, 63.08, "hour", "USD", "average")],
    ),
    # How the world writes pay periods and amounts.
    ("£12.50 p/hr", [(12.5, 12.5, "hour", "GBP", "point")]),
    ("£11 p.h.", [(11, 11, "hour", "GBP", "point")]),
    ("£10.50ph", [(10.5, 10.5, "hour", "GBP", "point")]),
    ("£19,813 to £23,881 per annum pro rata", [(19813, 23881, "year", "GBP", "range")]),
    ("Salary £24,000 pro rata", [(24000, 24000, "year", "GBP", "point")]),
    ("Gehalt: 60.000 € – 75.000 €", [(60000, 75000, "year", "EUR", "range")]),
    ("Éves fizetés: 10 627 270,00 Ft évente", [(10627270, 10627270, "year", "HUF", "point")]),
    ("A bruttó átlagkereset 605 400 forint volt.", [(605400, 605400, "month", "HUF", "average")]),
    (
        "Der Medianlohn beträgt CHF 6'502 brutto pro Monat.",
        [(6502, 6502, "month", "CHF", "median")],
    ),
    ("वेतन 25,000 रुपये प्रतिमाह", [(25000, 25000, "month", "INR", "point")]),
    ("6 लाख रुपये प्रतिवर्ष वेतन", [(600000, 600000, "year", "INR", "point")]),
    ("CTC ₹12,00,000 per annum", [(1200000, 1200000, "year", "INR", "point")]),
    ("Salaris: € 3.200 per maand", [(3200, 3200, "month", "EUR", "point")]),
    ("El salario medio es de 1.639 euros mensuales.", [(1639, 1639, "month", "EUR", "average")]),
    (
        "Le salaire médian est de 1 675 euros bruts mensuels.",
        [(1675, 1675, "month", "EUR", "median")],
    ),
    ("When a job is advertised at AUD $100,000 salary", [(100000, 100000, "year", "AUD", "point")]),
    (
        "R31,100 ($2,026) per month",
        [(31100, 31100, "month", "ZAR", "point"), (2026, 2026, "month", "USD", "point")],
    ),
    ("Hourly earnings rose to $24.96, a jump of 2.3%.", [(24.96, 24.96, "hour", "USD", "point")]),
    (
        "A bruttó kereset mediánértéke 563 400, a nettó kereset mediánértéke 394 300 forintot.",
        [(563400, 563400, "month", "HUF", "median"), (394300, 394300, "month", "HUF", "median")],
    ),
    ("Pay Scale होगा Rs.25500/- से Rs.81100/-", [(25500, 81100, "month", "INR", "range")]),
    (
        "she is paid $50 per hour, and would earn $50 x 12 = $600 for the day.",
        [(50, 50, "hour", "USD", "point"), (600, 600, "day", "USD", "point")],
    ),
    (
        "$10.00 per hour x 43hours = $430.00 (total compensation for straight time)",
        [(10, 10, "hour", "USD", "point"), (430, 430, None, "USD", "point")],  # a sum: undecided
    ),
    (
        "lo stipendio medio in Italia è di 34.153 euro lordi , circa 1.985 euro netti al mese;",
        [(34153, 34153, "year", "EUR", "average"), (1985, 1985, "month", "EUR", "average")],
    ),
    (
        "i salari medi possono superare i 50.000 euro lordi annui",
        [(50000, None, "year", "EUR", "range")],
    ),
    ("Gli stipendi: Euro 1.560,00 netti al mese.", [(1560, 1560, "month", "EUR", "point")]),
    (
        "El salario mínimo quedó en $200.50 pesos diarios, unos 6,100 pesos mensuales.",
        [(200.5, None, "day", "MXN", "range"), (6100, None, "month", "MXN", "range")],
    ),
    ("Offers may start at around €45,000 a year.", [(45000, None, "year", "EUR", "range")]),
    (
        "La gratification de stage minimale est de 620 € par mois.",
        [(620, None, "month", "EUR", "range")],
    ),
    (
        "यहां वेतन क्रमश: 8.5 लाख और 7.9 लाख रुपए सालाना है।",
        [(850000, 850000, "year", "INR", "point"), (790000, 790000, "year", "INR", "point")],
    ),
    # The kind comes from the label.
    ("Average Weekly Earnings\n$1,204.50", [(1204.5, 1204.5, "week", "USD", "average")]),
    ("Durchschnittsgehalt: 56.900 € im Jahr", [(56900, 56900, "year", "EUR", "average")]),
    (
        "The 90th percentile earned $120,000 a year.",
        [(120000, 120000, "year", "USD", "percentile")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), WRITTEN)
def test_pay_as_the_world_writes_it(text, expected):
    assert figures(text) == expected


NOT_PAY = [
    "$200/month Quality of Life perk",
    "a $5,000 signing bonus",
    "Bonus: Dishwashers are eligible for a bonus of up to $0.50 for every hour worked.",
    "clients now pay $20–$25 per hour for outsourced work, down from $40 a decade ago.",
    "The average engineer makes $14k below the average.",
    "In Ostdeutschland waren es etwa 800 Euro weniger im Monat.",
    "Durchschnittlich verdienen sie somit 6.280 Euro mehr im Jahr.",
    "The company reported $3.2 billion in revenue at a $40 billion valuation.",
    "The unemployment benefit of $450 per week ends in June.",
    "Employer PF: ₹1,800/month",
    "Abzüge gesamt: 622,57 Euro monatlich",
    "Offer full housing with the employer paying $500 to $900 per month.",
    "hourly wage rates for interns have increased from $0.52 to $0.70",
    "lift up to 30 pounds and carry 10-15 pounds per hour",
    "a round of $100k at 400k pre",
    "सालाना 1.02 लाख करोड़ रुपए का बोझ",
    "She got a $2,000 raise in salary last year.",
    "Le salaire y est 300 € par mois inférieur à la moyenne.",
    "वेतन में 1980 रुपये की वृद्धि होगी",
    "401(k) with 4% match; $2,000 annual learning stipend",
    "So your salary will be 25% of 33,481 which is around what you need.",
    "the employee will be compensated with a shift differential of $0.65 per hour.",
    "They make an additional $1.00 per hour.",
    "The employer was on the hook for $39,704 in back wages and damages.",
    "They owed $12,000 in back wages to 40 workers; the other employer, $96,500 to 310 workers.",
    "Contractors outside London: take the day rate above, minus £50–£80.",
]


@pytest.mark.parametrize("text", NOT_PAY)
def test_money_that_is_not_pay_is_not_reported(text):
    assert [f for f in extract_pay(text) if f.period] == []


def test_numbers_in_words_and_sizes_for_a_currency():
    assert words_value("two hundred and fifty") == 250
    assert words_value("twenty-two") == 22
    assert words_value("twelve and fifteen") is None  # two numbers: "and" joins after hundreds
    assert words_value("twelve fifteen") is None
    assert words_value("thousand fish") is None
    assert period_for_size(800, "GBP", None) is None  # a week or a month: unsaid
    assert period_for_size(800, "EUR", None) == "month"
    assert plausible_pay(800, 800, "month", "GBP")  # part-time monthly pay is pay
    assert not plausible_pay(683_300, 683_300, "hour", "HUF")


def test_layout_examples_hold():
    assert doctest.testmod(store.extract.text.surroundings).failed == 0
