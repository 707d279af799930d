"""extract_pay on English-language pay outside the US (issue 9, the x2401-x2498 batch):
"pro rata" after a UK posting's salary, which says a yearly full-time salary; a footnote's
digit glued to a grouped amount ("£28,5001."), which is no part of it; a limit set on pay
for a rule's sake (a visa's "salary threshold", a "monthly wage ceiling", a "wage limit"),
which is no pay; "Rs." before an amount, which ends no clause; a figure multiplied from its
left ("2 × 10,000") or a percentage's share in brackets ("3% ($1,800)"), which is a factor;
a change noun after words qualifying it ("a P125 across the board wage hike"), which says how
much pay moves; a period word qualifying a wage ("the monthly minimum wage rate"), which
names its period over the hour its "wage" hints, and that wage's conversion in brackets,
however low; a wage too large for an hour's pay where wages are set by the day (pesos) or the
month (ringgit, naira, shillings), which takes that period; period words after a figure past
the break before the next amount, which are that amount's ("£29,000 — a monthly pay of
£1,932"); an old level after a change ("an increase from £27,000", "risen to €14.20 an
hour from €13.50", "from KSh 22,739 to KSh 23,830"), which is exact, no floor; the UAE
dirham ("Dh10,000", "25,000 Dirham"); a figure divided ("Dh10,000 ÷ 30"), a factor; a dash
opening a list item on a new line, no range; a period word qualifying a wage in a label
("Your daily wage is Dh333.33"); a lakh figure with its period written, whose pay word
may stand anywhere in its clause; money "deducted", no pay; "each week", "every month" as
period words; a bare range in a table's header row (over "|---|"), a header, no figure; a
money cell after a row's first under a column header naming a change ("Annual Increase to
pay"), how much pay moved; the first amount of each item of a list of changes under
"increased by:", and a change told in another period after "or" ("by $4.62 per hour or more
than $9120.00 per year"), how much pay moved; a bottom and "going as high as" a top, one range;
bare amounts listed after a marked one and grouped as it is ("S$1,500, 1,800, and 2,600"),
in its currency; a working day or week named by its hours in a row's label ("8-hour day |
$188"), its period; a sum's result labelled by a period under a heading naming pay ("-
Weekly: €13.50 × 39 = €526.50"), pay in that period; a short ringgit amount with cents or a
period after it ("RM8.17 an hour", "RM34.62"), money; a list introduced by the last sentence
of a line with money in an earlier one, whose rows take none of that money's period.

Each row is a text and the figures expected from it, in order, as
(min_amount, max_amount, period, currency, kind) tuples; an empty list means the
text holds no pay. Every sentence is invented.
"""

from __future__ import annotations

import pytest

from tests.store.extract.support import figures

CASES = [
    # "pro rata" right after a salary says a yearly full-time salary scaled to the hours.
    (
        "Library Assistant Grade 2 £23,100 - £23,900 pro rata, 25 hours per week",
        [(23100.0, 23900.0, "year", "GBP", "range")],
    ),
    ("Cleaner, Band 1: £22,816 pro-rata", [(22816.0, 22816.0, "year", "GBP", "point")]),
    # A footnote's digit glued to a grouped amount is no part of it.
    (
        "The median graduate salary is about £27,5003. Schemes pay from £31,000 to £36,0004.",
        [(27500.0, 27500.0, "year", "GBP", "median"), (31000.0, 36000.0, "year", "GBP", "range")],
    ),
    # A limit set on pay for a rule's sake is no pay ...
    ("The work visa has a general salary threshold: £41,700 per year.", []),
    ("Contributions are due on pay up to a monthly wage ceiling of $7,400.", []),
    # ... unless pay is named nearer the figure.
    (
        "Salary threshold: exempt staff must earn more than $900 per week.",
        [(900.0, None, "week", "USD", "range")],
    ),
    # "Rs." before an amount ends no clause: the new level is the limit's too.
    ("The wage limit was raised from Rs. 15,000 to Rs. 25,000 in 2024.", []),
    # A figure multiplied from its left is a factor (the sum's result is left undecided) ...
    (
        "Next 3 years: one month's salary per year\n→ 3 × 12,000 = AED 36,000",
        [(36000.0, 36000.0, None, "AED", "point")],
    ),
    # ... as is a percentage's share in brackets.
    (
        "If you earn $50,000 a year and put in 4% ($2,000), your employer adds 4% ($2,000).",
        [(50000.0, 50000.0, "year", "USD", "point")],
    ),
    # A change noun after words qualifying it says how much pay moves ...
    ("Unions asked for a P150 across-the-board wage hike in the region.", []),
    ("Staff got a $1,200 annual salary adjustment this year.", []),
    # ... while a level followed by other words stays pay.
    ("The union wants a P750 daily wage for all workers.", [(750.0, 750.0, "day", "PHP", "point")]),
    # A period word qualifying a wage names its period, not the hour "wage" hints ...
    (
        "It brings their monthly minimum wage rate to P5,200 from July.",
        [(5200.0, None, "month", "PHP", "range")],
    ),
    (
        "The order raises the daily minimum wage from P610 to P660.",
        [(610.0, None, "day", "PHP", "range"), (660.0, None, "day", "PHP", "range")],
    ),
    # ... and its conversion in brackets stays, however low.
    (
        "The government will raise the monthly minimum wage to 75,000 naira ($48) next year.",
        [(75000.0, None, "month", "NGN", "range"), (48.0, None, "month", "USD", "range")],
    ),
    # Where wages are set by the day or the month, a wage too large for an hour's pay
    # takes that period ...
    (
        "The wage order sets the minimum wage in the region at P610 for retail workers.",
        [(610.0, None, "day", "PHP", "range")],
    ),
    (
        "The minimum wage was first set at RM900 in 2013.",
        [(900.0, None, "month", "MYR", "range")],
    ),
    ("The minimum wage in Nigeria is now N70,000.", [(70000.0, None, "month", "NGN", "range")]),
    # ... while an hourly wage of an hour's size stays hourly.
    ("Part-timers get an hourly wage of P110.", [(110.0, 110.0, "hour", "PHP", "point")]),
    # Period words past the break before the next amount are that amount's ...
    (
        "The average graduate salary is £31,000 — a monthly pay of £2,050 after tax.",
        [
            (31000.0, 31000.0, "year", "GBP", "average"),
            (2050.0, 2050.0, "month", "GBP", "average"),
        ],
    ),
    # ... but with no break, the next amount restates the figure, in its period.
    (
        "The average worker earns 20,000 naira about $55 monthly.",
        [(20000.0, 20000.0, "month", "NGN", "average")],
    ),
    # An old level after a change is exact, no floor.
    (
        "The average graduate salary is £29,000, an increase from £28,000 last year.",
        [
            (29000.0, 29000.0, "year", "GBP", "average"),
            (28000.0, 28000.0, "year", "GBP", "average"),
        ],
    ),
    (
        "The hourly rate has risen to €15.10 an hour from €14.40 in 2023.",
        [(15.1, 15.1, "hour", "EUR", "point"), (14.4, 14.4, "hour", "EUR", "point")],
    ),
    (
        "The deal raises the basic pay of the lowest grade from KSh 24,100 to KSh 25,300.",
        [(24100.0, 24100.0, "month", "KES", "point"), (25300.0, 25300.0, "month", "KES", "point")],
    ),
    # The UAE dirham, before or after its amount.
    (
        "In Dubai, engineers earn 25,000 Dirham per month.",
        [(25000.0, 25000.0, "month", "AED", "point")],
    ),
    ("The basic salary is Dh12,000 a month.", [(12000.0, 12000.0, "month", "AED", "point")]),
    # A figure divided is a factor.
    ("Monthly pay is $3,000 ÷ 4 = $750 a week.", [(750.0, 750.0, "week", "USD", "point")]),
    # A dash opening a list item on a new line makes no range.
    (
        "Pay for juniors: $4,000 a month\n- $5,000 a month for seniors",
        [(4000.0, 4000.0, "month", "USD", "point"), (5000.0, 5000.0, "month", "USD", "point")],
    ),
    # A period word qualifying a wage in a label names its period.
    ("Your daily wage is Dh400", [(400.0, 400.0, "day", "AED", "point")]),
    # A lakh figure with its period written may have its pay word anywhere in its clause.
    (
        "The average salary of a data analyst in India is roughly 6 to 9 Lakhs per year.",
        [(600000.0, 900000.0, "year", "INR", "range")],
    ),
    # ... while a count in lakhs stays none.
    ("The scheme created about 6 to 9 lakh jobs per year across the states.", []),
    # Money deducted is no pay; "each week" names a period.
    (
        "If your gross pay each week is $1500, about $45 is deducted for your pension.",
        [(1500.0, 1500.0, "week", "USD", "point")],
    ),
    # A bare range in a table's header row is a header, no figure.
    (
        "The living wage applied to those aged 23 and over.\n"
        "| 23 and over | 21 to 22 | 18 to 20 |\n|---|---|---|\n| £10.42 | £10.18 | £7.49 |",
        [
            (10.42, 10.42, "hour", "GBP", "point"),
            (10.18, 10.18, "hour", "GBP", "point"),
            (7.49, 7.49, "hour", "GBP", "point"),
        ],
    ),
    # A money cell under a header naming a change says how much pay moved ...
    (
        "Age | Annual pay 24/25 | Annual pay 25/26 | Annual Increase to pay |\n"
        "21 & over | £23,795.20 | £25,396.80 | £1,601.60 |",
        [(23795.2, 23795.2, "year", "GBP", "point"), (25396.8, 25396.8, "year", "GBP", "point")],
    ),
    # ... but a row's first money cell is its level, whatever header stands over it.
    (
        "Rate from April | Increase in pence |\nNational Living Wage | £12.21 | £0.77 |",
        [(12.21, None, "hour", "GBP", "range")],
    ),
    # Each item of a list of changes under "increased by:" opens with how much pay moved.
    (
        "Award pay has now increased by:\n- $0.90 to $25.50 per hour\n- $34.20 to $969.00 per week",
        [(25.5, 25.5, "hour", "USD", "point"), (969.0, 969.0, "week", "USD", "point")],
    ),
    # A change told in another period after "or" is a change too.
    ("Pay has increased by $3.10 per hour or more than $6,000 per year since 2022.", []),
    # A bottom and "going as high as" a top make one range.
    (
        "Starting salary for a porter is approximately €26,100, going as high as €33,500.",
        [(26100.0, 33500.0, "year", "EUR", "range")],
    ),
    # Bare amounts listed after a marked one, grouped as it is, share its currency ...
    (
        "Their median monthly salaries are S$1,700, 2,100, and 2,900, respectively.",
        [
            (1700.0, 1700.0, "month", "SGD", "median"),
            (2100.0, 2100.0, "month", "SGD", "median"),
            (2900.0, 2900.0, "month", "SGD", "median"),
        ],
    ),
    # ... but not a year.
    (
        "The median monthly salary was S$1,700, 2021 figures show.",
        [(1700.0, 1700.0, "month", "SGD", "median")],
    ),
    # A working day or week named by its hours in a row's label is its period.
    (
        "With this wage you earn about:\nTimeframe | Gross pay |\n---|---|\n10-hour day | $240 |",
        [(240.0, 240.0, "day", "USD", "point")],
    ),
    # A sum's result labelled by a period under a heading naming pay is pay in that period.
    (
        "To work out your salary, multiply your hourly rate by your hours. For 40 hours:\n"
        "- Weekly: €14.00 × 40 = €560.00",
        [(560.0, 560.0, "week", "EUR", "point")],
    ),
    # A short ringgit amount with cents or a period after it is money ...
    ("His new daily wage is RM36.50.", [(36.5, 36.5, "day", "MYR", "point")]),
    ("Part-timers get RM9.50 an hour.", [(9.5, 9.5, "hour", "MYR", "point")]),
    # ... while one with neither stays a label.
    ("The RM12 model sells well.", []),
    # A list's rows take no period from money in an earlier sentence of its heading line.
    (
        "You are paid a salary of £30,000 per year. Here's what your deductions look like:\n"
        "- Gross monthly Pay: £2,500\n- Net Pay: £1,950.00",
        [
            (30000.0, 30000.0, "year", "GBP", "point"),
            (2500.0, 2500.0, "month", "GBP", "point"),
            (1950.0, 1950.0, None, "GBP", "point"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_extract(text: str, expected: list[tuple]) -> None:
    assert figures(text) == expected
