"""extract_pay on salary guides, postings and care adverts (issue 9, seventh round, batch A):
a figure restated in another period after "or", levels listed with "to", a floor that
"can go up to" a top, a shift paid per 24 hours, a currency named in another sentence,
tips, company-sized ranges, pay repeated at a posting's end and "making" a salary.

Each row is a text and the figures expected from it, in order, as
(min_amount, max_amount, period, currency, kind) tuples; an empty list means the
text holds no pay.
"""

from __future__ import annotations

import pytest

from tests.store.extract.support import figures

PAY = [
    # A figure with no period, restated after "or" in a period it states: the period in
    # which the two are the same pay (2,080 hours of $31.20 is a year).
    (
        "Apprentices make $20.19 per hour, based on a 40-hour week. Plumbers averaged "
        "$61,000, or $29.33 per hour.",
        [
            (20.19, 20.19, "hour", "USD", "point"),
            (61000.0, 61000.0, "year", "USD", "average"),
            (29.33, 29.33, "hour", "USD", "average"),
        ],
    ),
    (
        "Welders averaged $3,900, i.e. $900 per week, last spring.",
        [(3900.0, 3900.0, "month", "USD", "average"), (900.0, 900.0, "week", "USD", "average")],
    ),
    # Three levels joined by "to" are a list, each its own figure, not a range.
    (
        "Median salaries run from $41,200 (for clerks) to $58,900 (for analysts) to "
        "$97,300 (for controllers).",
        [
            (41200.0, 41200.0, "year", "USD", "median"),
            (58900.0, 58900.0, "year", "USD", "median"),
            (97300.0, 97300.0, "year", "USD", "median"),
        ],
    ),
    # Two are still a range.
    (
        "Salaries run from $41,200 (for clerks) to $58,900 per year.",
        [(41200.0, 58900.0, "year", "USD", "range")],
    ),
    # A floor that "can go up to" a top is one range.
    (
        "Annual pay starts from $27,500 and can go up to $39,000 with experience.",
        [(27500.0, 39000.0, "year", "USD", "range")],
    ),
    (
        "The hourly wage begins at $16 and goes up to $21.",
        [(16.0, 21.0, "hour", "USD", "range")],
    ),
    # Without a floor before it, the first amount is no bound of a range.
    (
        "Assistants earn $31,000 and can go up to $44,000 as seniors.",
        [(31000.0, 31000.0, "year", "USD", "point"), (None, 44000.0, "year", "USD", "range")],
    ),
    # A live-in shift is paid per 24 hours: a day.
    (
        "Live-in support worker. Pay: £171.40 per 24 hours, paid weekly.",
        [(171.4, 171.4, "day", "GBP", "point")],
    ),
    # A bare amount with its period in words takes the currency the text's other figures
    # write, even one named in a later sentence.
    (
        "Das Einstiegsgehalt liegt bei 3.250 brutto im Monat. Erfahrene Kräfte kommen "
        "auf 4.100 Euro brutto.",
        [(3250.0, 3250.0, "month", "EUR", "point"), (4100.0, 4100.0, "month", "EUR", "point")],
    ),
    # Tips after a figure are not pay; the wage beside them is.
    (
        "Servers are paid $9.40 an hour plus an average of 6.00 Dollars in tips per hour.",
        [(9.4, 9.4, "hour", "USD", "point")],
    ),
    # A posting that repeats its pay at the end, with no period, states it once.
    (
        "Job Type: Full-time\nPay: $17.50 - $21.00 per hour\nBenefits:\n- Paid time off\n"
        "Work Location: In person\nSalary : $17.50 - $21",
        [(17.5, 21.0, "hour", "USD", "range")],
    ),
    # A second statement with its own period is a figure of its own.
    (
        "Visits are paid at £11.20 an hour. Travel time is also paid at £11.20 per hour.",
        [(11.2, 11.2, "hour", "GBP", "point"), (11.2, 11.2, "hour", "GBP", "point")],
    ),
    # "making" a salary is earning it.
    (
        "Someone making $84,000 at a desk job works fewer hours.",
        [(84000.0, 84000.0, "year", "USD", "point")],
    ),
    # A company-sized range beside a salary: the bottom has the top's scale.
    (
        "Staff accountants at mid-sized firms ($30 to $400 million in annual sales) can "
        "expect base pay of $48,000 to $55,500.",
        [(48000.0, 55500.0, "year", "USD", "range")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PAY)
def test_pay_as_guides_and_postings_write_it(text, expected):
    assert figures(text) == expected


NOT_PAY = [
    "Bartenders took home $85 in tips on a slow night.",
    "The agency places staff with firms of $10 to $90 million in revenue.",
]


@pytest.mark.parametrize("text", NOT_PAY)
def test_other_numbers_are_not_pay(text):
    assert figures(text) == []
