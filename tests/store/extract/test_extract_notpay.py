"""extract_pay on money that looks like pay but is not (issue 9, the sixth theme's batch);
see each group's comment below.

Each row is a text and the figures expected from it, in order, as
(min_amount, max_amount, period, currency, kind) tuples; an empty list means the
text holds no pay.
"""

from __future__ import annotations

import pytest

from tests.store.extract.support import figures

CASES = [
    # A threshold or ceiling on earnings is a bound for a rule, not pay.
    ("The visa has a general salary threshold of £41,700 per year.", []),
    ("Contributions apply up to a monthly wage ceiling of $7,400.", []),
    ("Die monatliche Verdienstgrenze steigt 2027 auf 650 Euro.", []),
    # The income someone needs (to live, to rent) is a benchmark, not pay.
    ("You'd need to be making roughly $35 an hour for a one-bedroom in Denver.", []),
    ("For a two-bedroom you would need to make an hourly wage of $29.80.", []),
    ("I pay 45% tax, so I need to earn at least £120,000 a year!", []),
    (
        "Para vivir bien, una familia debería recibir ingresos de 3.200.000 pesos, "
        "que en dólares es un ingreso de 810 dólares al mes.",
        [],
    ),
    # What a retiree receives is a pension, whatever the verb.
    ("Un ancien salarié du privé perçoit en moyenne 1 850 euros brut par mois.", []),
    ("Pensioners in the region receive on average $1,450 a month.", []),
    # Pensions, benefit rates and the poverty line by their own names.
    ("Die durchschnittliche Brutto-Altersrente lag 2023 bei 1.101,50 Euro monatlich.", []),
    ("Regelsatz 2026 pro Monat:\nAlleinstehende | 563 €", []),
    ("Adults with incomes up to 138% FPL ($21,597 per year) qualify for the program.", []),
    # A row of numbers alone under a header line naming other money.
    (
        "Family SizeAnnual Income (138% FPL)Monthly Income (138% FPL)\n1$21,597 $1,800\n"
        "2$29,187 $2,432",
        [],
    ),
    # What pay gains, or what is added over a base, is a difference, not a level.
    ("Night nurses earn an additional $4 per hour over base.", []),
    ("Retail saw an average weekly wage gain of $75 over the year.", []),
    ("Projected 10-Year Earnings Advantage over an ADN: $60,000 - $90,000", []),
    # A change of pay named right around the figure: how much pay moves, not a level.
    ("Unions asked for a P150 across the board wage hike in the region.", []),
    ("The board approved a $3 wage increase for drivers.", []),
    ("Once licensed they get a small increase in pay anywhere from $4.00 per hour.", []),
    ("The plan would raise nurse pay $8,000 over two years.", []),
    # Money paid back, paid into a retirement plan, or a business's unit economics.
    ("Most employers will only reimburse up to $4,000 per year.", []),
    ("3.05 RRSP: One dollar ($1.00) per hour worked shall be remitted monthly.", []),
    ("Had ₹1 crore ARR growing 20% MoM, 60% gross margins, ₹18K CAC, ₹70K LTV.", []),
    ("That does not mean every freelancer should charge $140/hour.", []),
    # What a figure is for, named right after it: lodging, a price, an allowance.
    ("Elsewhere a standard rate of $107 for lodging and $59 for meals applies.", []),
    ("For board only €0.92, per hour worked, €24.50 for lodgings only per week.", []),
    # A figure multiplied by a number written before it is a factor of a sum.
    (
        "Next 3 years: One month's salary per year\n→ 3 × 12,000 = AED 36,000",
        [(36000.0, 36000.0, None, "AED", "point")],
    ),
    # What other money "comes to", the text naming no pay: the same money restated.
    ("Add those in and it comes to an amount close to £3500 a month.", []),
    # An amount restated ("entspricht dies"), no pay named before it.
    ("Bei 65 m2 Wohnfläche entspricht dies einem Betrag von 512 Euro/Monat.", []),
    # A figure the next sentence calls what one needs to afford something.
    ("$29/hr. That's the bare minimum you'd need to afford a studio in Detroit.", []),
    # The top of a range of changes, and a change restated in another period.
    ("They then get an increase in pay anywhere from $3.00 per hr to $6.00 per hr.", []),
    ("The minimum wage has increased by $4.80 per hour or more than $9,500.00 per year.", []),
    # What someone may not earn more than is a cap set by a rule.
    ("Als Minijobber darf man derzeit nicht mehr als 556 Euro im Monat verdienen.", []),
    ("On this visa students may not earn more than $1,800 a month.", []),
    # Two earners' pay together, an employer's cost, Spanish tax and social security.
    (
        "She will earn a salary of $42,000/year, and together we will make a combined "
        "income of $95,000/year.",
        [(42000.0, 42000.0, "year", "USD", "point")],
    ),
    (
        "El coste de empresa es de 5.200 euros, mientras que el trabajador percibe 2.900 euros.",
        [(2900.0, 2900.0, "month", "EUR", "point")],
    ),
    (
        "Cobra 2.100 euros netos al mes tras una retención en concepto de IRPF del 18% "
        "(5.400 euros al año).",
        [(2100.0, 2100.0, "month", "EUR", "point")],
    ),
    # "more than a", "from a" before a figure name a thing it describes, not a bound.
    (
        "A $140K base with equity is worth more than a $160K base with none.",
        [
            (140000.0, 140000.0, "year", "USD", "point"),
            (160000.0, 160000.0, "year", "USD", "point"),
        ],
    ),
    (
        "The in-hand salary from a 8 LPA CTC is about ₹55,000 per month.",
        [(800000.0, 800000.0, "year", "INR", "point"), (55000.0, 55000.0, "month", "INR", "point")],
    ),
    # Pay "after tax and National Insurance" is net of them, not other money.
    (
        "Your annual take home pay is £41,200 after tax and National Insurance, giving you "
        "£3,433 per month",
        [(41200.0, 41200.0, "year", "GBP", "point"), (3433.0, 3433.0, "month", "GBP", "point")],
    ),
    # Italian "retribuito" (paid) says pay, as "retribuzione" does.
    (
        "Oggi un cameriere viene retribuito con circa 1400 euro, a seconda dei turni.",
        [(1400.0, 1400.0, "month", "EUR", "point")],
    ),
    # Unemployment benefits by state tier.
    ("| Tier | Weekly Maximum |\n|---|---|\n| Higher-benefit states | $650 – $950/week |", []),
    # An income limit on who qualifies, right before the amount.
    ("Un premio per i lavoratori con un reddito complessivo fino a 35.000 euro.", []),
    ("The credit goes to workers with incomes below $38,000 a year.", []),
    # A sentence opening "Such" and other money names what the figure before was.
    (
        "Three dollars ($3.00) per hour for each hour worked by any employee. Such "
        "contributions are made by the Employer.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_figures(text: str, expected: list[tuple]) -> None:
    assert figures(text) == expected
