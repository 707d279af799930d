"""extract_pay on currencies of pay the set had not read: Kenyan shillings ("Sh36,400",
"KSh 16,100", "KES 7,500" a month, a wage its old scale took for too small), the naira
("N45,000", "90,000 naira"), yen and wages in millions where salaries run to millions
("¥5.2 million", "4.1 million yen"); an amount converted in brackets, which is the same
pay as the one before it ("120,000 naira ($78)"); "upwards" after an amount, which opens
its top ("£450 upwards"); and money that is no wage for a period: pay by the shift,
visit or piece ("£85 for a twelve-hour shift", "$60 a visit") and a country's national
income; the rows of a list under a line ending in a colon that has money of its own
("... 9,000 and 12,000 AED per month. In other currencies this is:"), and a header that
writes its dollar with the period ("Wage (CAD$ per hour)"); a floor restated in another
period after "the equivalent of" or "which equates to", which is a floor too; a bare
amount written like the marked one before it, separators and cents alike but with fewer
digits ("KES 9540.50 per month or 412.25 per day"); a pipe table's period in the line
introducing it, above its header row and rule (issue 9, fourteenth round, batch B).

Each row is a text and the figures expected from it, in order, as
(min_amount, max_amount, period, currency, kind) tuples; an empty list means the
text holds no pay. Every sentence is invented.
"""

from __future__ import annotations

import pytest

from tests.store.extract.support import figures

CASES = [
    # Kenyan shillings as the Kenyan press writes them, against the number or after "KSh" ...
    (
        "A cleaner in Mombasa is paid Sh18,400 a month.",
        [(18400.0, 18400.0, "month", "KES", "point")],
    ),
    (
        "Night guards earn KSh 21,300 per month.",
        [(21300.0, 21300.0, "month", "KES", "point")],
    ),
    # ... and a low wage in shillings is still a wage (the old scale read it as too small).
    (
        "Farm hands are paid KES 7,500 per month or KES 310 per day.",
        [(7500.0, 7500.0, "month", "KES", "point"), (310.0, 310.0, "day", "KES", "point")],
    ),
    # The naira's N against a number grouped in thousands, and the word "naira" ...
    (
        "Teachers in Kano earn N45,000 per month.",
        [(45000.0, 45000.0, "month", "NGN", "point")],
    ),
    (
        "Drivers are offered a wage of 90,000 naira per month.",
        [(90000.0, 90000.0, "month", "NGN", "point")],
    ),
    # ... while a mask's N and a sample's size are no money.
    ("Staff were given N95 masks; N 1,200 workers were surveyed.", []),
    # Where salaries run to millions, "million" scales a wage, as lakh does rupees ...
    (
        "Engineers in Osaka earn about ¥5.2 million a year.",
        [(5200000.0, 5200000.0, "year", "JPY", "point")],
    ),
    (
        "The average annual income of pharmacists is 4.1 million yen.",
        [(4100000.0, 4100000.0, "year", "JPY", "average")],
    ),
    # ... and elsewhere it is still company money.
    ("The startup paid its engineers from a $4.5 million seed round a year ago.", []),
    # An amount converted in brackets is the same pay: its period, and its open bound.
    (
        "The monthly minimum wage rose to 120,000 naira ($78).",
        [(120000.0, None, "month", "NGN", "range"), (78.0, None, "month", "USD", "range")],
    ),
    # "Upwards" after an amount opens its top, with or without "and".
    (
        "Experienced surveyors earn day rates of £450 upwards.",
        [(450.0, None, "day", "GBP", "range")],
    ),
    (
        "The salary for a qualified chef is £29,000 and upwards per year.",
        [(29000.0, None, "year", "GBP", "range")],
    ),
    # Pay by the shift, the visit or the piece is no wage for a period ...
    ("Carers receive £85 for a twelve-hour shift.", []),
    ("Visiting nurses are paid $60 a visit by the agency.", []),
    # ... while an hourly rate for a kind of shift is still hourly.
    (
        "Pickers earn an hourly rate of £12.40 for a night shift.",
        [(12.4, 12.4, "hour", "GBP", "point")],
    ),
    # A country's gross national income is no wage ...
    ("The country's average gross national income of about $38,000 ranks it 24th.", []),
    # ... while an average income earned is.
    (
        "Pharmacists earn an average income of about $38,000 a year.",
        [(38000.0, 38000.0, "year", "USD", "average")],
    ),
    # Every row of a list takes the period of the line introducing it, money on it or not.
    (
        "Nurses earn between 9,000 and 12,000 AED per month. In other currencies this is:\n\n"
        "  • $2,450-3,270\n  • £1,900-2,550\n  • €2,200-2,950",
        [
            (9000.0, 12000.0, "month", "AED", "range"),
            (2450.0, 3270.0, "month", "USD", "range"),
            (1900.0, 2550.0, "month", "GBP", "range"),
            (2200.0, 2950.0, "month", "EUR", "range"),
        ],
    ),
    # A header writing its dollar and the period names the dollar of the rows under it ...
    (
        "Median hourly wages by province:\n\nWage (CAD$ per hour)\n\nOntario $22.12\nQuebec $21.00",
        [(22.12, 22.12, "hour", "CAD", "point"), (21.0, 21.0, "hour", "CAD", "point")],
    ),
    (
        "Province | Median wage (CAD$/hour)\nOntario | $22.12",
        [(22.12, 22.12, "hour", "CAD", "median")],
    ),
    # ... while a bare "$" in the header leaves them US dollars, as before.
    (
        "Median hourly wages by province:\n\nWage ($ per hour)\n\nOntario $22.12\nQuebec $21.00",
        [(22.12, 22.12, "hour", "USD", "point"), (21.0, 21.0, "hour", "USD", "point")],
    ),
    # A floor restated in another period after words saying so is a floor too ...
    (
        "Trainee rates start at £10.20 an hour, the equivalent of about £81.60 a day.",
        [(10.2, None, "hour", "GBP", "range"), (81.6, None, "day", "GBP", "range")],
    ),
    (
        "Cleaners earn at least £11.44 an hour, which equates to an annual salary of £23,795.",
        [(11.44, None, "hour", "GBP", "range"), (23795.0, None, "year", "GBP", "range")],
    ),
    # ... and a level restated stays a level.
    (
        "Apprentices earn £7.55 an hour, the equivalent of £15,700 a year.",
        [(7.55, 7.55, "hour", "GBP", "point"), (15700.0, 15700.0, "year", "GBP", "point")],
    ),
    # A bare amount written like the marked one before it shares its currency, from a
    # hundred up, though its digits are fewer ...
    (
        "Farm hands get KES 9540.50 per month or 412.25 per day.",
        [(9540.5, 9540.5, "month", "KES", "point"), (412.25, 412.25, "day", "KES", "point")],
    ),
    # ... while a small number beside a price is its change, no money of its own.
    ("Apple Inc.\n$ 106.94 0.63 ▼ 0.59% 27,766,291", [(106.94, 106.94, None, "USD", "point")]),
    # A pipe table's cells take the period of the line introducing the table, above its
    # header row and rule ...
    (
        "Lifeguards must be paid at least the hourly base wage for their level, as in this "
        "table:\nLevel | Toronto | Ottawa |\n---|---|---|\nLevel 1 | $18.40 | $17.90 |",
        [(18.4, 18.4, "hour", "USD", "point"), (17.9, 17.9, "hour", "USD", "point")],
    ),
    # ... while a row naming other money under the rule still heads the rows below it.
    (
        "State pension | 2024/25 | 2023/24 |\n---|---|---|\n"
        "New state pension, single person | ||\nWeekly | £221.20 | £203.85 |",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_figures(text: str, expected: list[tuple]) -> None:
    assert figures(text) == expected
