"""extract_pay on what the twenty-fifth stop's US batch missed (US postings, guides,
statistics and pay laws, x2001-x2293): money that is not pay by its own noun (a salary
threshold or basis, an earnings advantage, a wage gain, money reimbursed, an addition
"over base", a standard deviation), by what it is spent on ("$94 for lodging"), by the
living it affords ("to live comfortably") or by the sentence after it ("Such
contributions"); tables whose statistic and unit stand in a header ("Worst Paying
States", one cell a line, pipe rows a cell a line, a period on the line under a figure,
cells glued together, a count before "$" cells, a pipe table of minimum wages); open
bounds ("and below", "greater then", "tops out at", "a maximum salary of", a range "or
more", a floor restated in another period); ranges written "$X to - $Y" or with
Markdown's escapes; a day rate written "full-day"; a row under a pay row ("Median
Salary:" over "Typical Range:"); and pay restated in another period after ", or".

Each row is a text and the figures expected from it, in order, as
(min_amount, max_amount, period, currency, kind) tuples; an empty list means the
text holds no pay. Every sentence is invented.
"""

from __future__ import annotations

import pytest

from tests.store.extract.support import figures

CASES = [
    # A bar set in money by law is no pay ...
    ("From January the salary thresholds rose to $900 per week for exempt staff.", []),
    ("The salary basis had been not less than $600 per week.", []),
    ("It applies to salary-exempt staff and $120,000 per year for others.", []),
    # ... while what a worker must earn over one still is.
    (
        "Salary threshold: exempt staff must earn more than $900 per week.",
        [(900.0, None, "week", "USD", "range")],
    ),
    # A gap, a gain, money paid back and an addition over base pay are no pay.
    ("Lifetime Earnings Advantage over a diploma $70,000 – $120,000", []),
    ("The county saw an average weekly wage gain of $700 in retail.", []),
    ("Employers will often reimburse up to $4,000 per year.", []),
    ("Night staff earn an additional $4 per hour over base.", []),
    # A column header calling the rows the worst paying places says they are pay.
    (
        "Worst Paying Cities | |\nToledo | $51,200 |",
        [(51200.0, 51200.0, "year", "USD", "point")],
    ),
    # Open bounds: "and below" closes the top, "greater then" (misspelt) opens it, and a
    # scale that "tops out at" a level has no bottom.
    (
        "The lowest tenth earn $41,000 and below per year.",
        [(None, 41000.0, "year", "USD", "range")],
    ),
    (
        "The top tenth earned greater then $150,000 a year.",
        [(150000.0, None, "year", "USD", "range")],
    ),
    (
        "The teacher salary scale tops out at around $61,000.",
        [(None, 61000.0, "year", "USD", "range")],
    ),
    # The income a way of living needs is no pay ...
    ("A single adult needs to make at least $58,000 after taxes to live comfortably.", []),
    # ... and nor is money a per diem sets for lodging or meals.
    ("For other cities, a standard rate of $98 for lodging applies.", []),
    # A dash left beside "to" still joins a range.
    (
        "Salary\n$95,000 to - $120,500 per year",
        [(95000.0, 120500.0, "year", "USD", "range")],
    ),
    # Markdown's escaped points and dashes leave the amounts whole.
    (
        "The pay range is $91,000\\.00 \\- $150,000\\.00",
        [(91000.0, 150000.0, "year", "USD", "range")],
    ),
    ("Pay: $27\\.50 per hour", [(27.5, 27.5, "hour", "USD", "point")]),
    # A bare count before cells whose "$" is written on each is no money ...
    (
        "Industry Employment Hourly mean wage Annual mean wage\n"
        "Dental offices 41,200 $21.10 $43,890",
        [(21.1, 21.1, "hour", "USD", "average"), (43890.0, 43890.0, "year", "USD", "average")],
    ),
    # ... while a bare amount in words before a marked one still shares its mark.
    (
        "The pay is 2,100 to $2,400 a month.",
        [(2100.0, 2400.0, "month", "USD", "range")],
    ),
    # A short line under a figure's own line naming only a period gives its period.
    (
        "Average\n$66,100\nANNUAL\n$31.78\nHOURLY",
        [(66100.0, 66100.0, "year", "USD", "average"), (31.78, 31.78, "hour", "USD", "point")],
    ),
    # A table pasted one cell a line: each figure takes the header cell at its place ...
    (
        "Level\nAnnual Salary\nHourly Wage\nJunior\n$48,100\n$23.13\nSenior\n$71,900\n$34.57",
        [
            (48100.0, 48100.0, "year", "USD", "point"),
            (23.13, 23.13, "hour", "USD", "point"),
            (71900.0, 71900.0, "year", "USD", "point"),
            (34.57, 34.57, "hour", "USD", "point"),
        ],
    ),
    # ... in a pipe table too, each row opening with "|" and each cell closing with one.
    (
        "| Title |\nLocation |\nSalary |\nApply by |\n| Clerk Trainee 1 |\nAlbany, NY |\n"
        "$50,100–$61,400 |\n06/05/2026 |",
        [(50100.0, 61400.0, "year", "USD", "range")],
    ),
    # Cells pasted with nothing between, the first with cents, are two amounts.
    (
        "Salaries by State\n(Hourly Salary)\n(Annual Salary)\nOhio$17.2135,817",
        [(17.21, 17.21, "hour", "USD", "point"), (35817.0, 35817.0, "year", "USD", "point")],
    ),
    # A substitute's day rate is "full-day"; a half-day rate has no period.
    (
        "Teacher:\nBachelors Degree =$95 full-day/$47.50 half-day",
        [(95.0, 95.0, "day", "USD", "point")],
    ),
    # A row of a list whose lines above name pay is pay, its size giving its period ...
    (
        "Median Salary: $70,500\nTypical Range: $61,000 – $79,000\nContract Rate: $30 per hour",
        [
            (70500.0, 70500.0, "year", "USD", "median"),
            (61000.0, 79000.0, "year", "USD", "range"),
            (30.0, 30.0, "hour", "USD", "point"),
        ],
    ),
    # ... while a row labelled as other money stays none.
    (
        "Median Salary: $70,500\nSigning bonus: $5,000",
        [(70500.0, 70500.0, "year", "USD", "median")],
    ),
    # Money the next sentence names as other money ("Such contributions") is no pay ...
    (
        "Three dollars ($3.00) per hour for each hour worked by any employee. Such "
        "contributions are to be made by the Employer.",
        [],
    ),
    # ... while one it names as pay stays pay.
    (
        "Pay is $24.00 per hour for each hour worked. Such wages are paid weekly.",
        [(24.0, 24.0, "hour", "USD", "point")],
    ),
    # Pay restated in another period after ", or" keeps that period to itself.
    (
        "The bottom tenth earned $38,200, or $3,183 per month.",
        [(38200.0, 38200.0, "year", "USD", "point"), (3183.0, 3183.0, "month", "USD", "point")],
    ),
    # A standard deviation is a spread, not pay.
    (
        "The survey gave a median wage of $19.00 and a standard deviation of $17.20.",
        [(19.0, 19.0, "hour", "USD", "median")],
    ),
    # "a maximum salary of" is a ceiling.
    (
        "Officers can work up to a maximum salary of $88,300 under the plan.",
        [(None, 88300.0, "year", "USD", "range")],
    ),
    # A pipe table of minimum wages by state lists each level exactly ...
    (
        "| State | Minimum Wage | Tip Credit |\n|---|---|---|\n| Ohio | $10.70 | $5.35 |",
        [(10.7, 10.7, "hour", "USD", "point")],
    ),
    # ... while a row naming the minimum wage itself still gives a floor.
    (
        "| Rate | Amount |\n|---|---|\n| General minimum wage | $16.00 per hour |",
        [(16.0, None, "hour", "USD", "range")],
    ),
    # A range followed by "or more" leaves its top open, as "to over" does.
    (
        "Senior engineers can earn $110,000 to $140,000 or more.",
        [(110000.0, None, "year", "USD", "range")],
    ),
    # A floor restated in another period is a floor too.
    (
        "Officers will have a new minimum hourly wage of $26.00, which amounts to an annual "
        "salary of $54,080.",
        [(26.0, None, "hour", "USD", "range"), (54080.0, None, "year", "USD", "range")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_extract(text: str, expected: list[tuple]) -> None:
    assert figures(text) == expected
