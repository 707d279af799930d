"""extract_pay on what the fifteenth round's fresh batch of ordinary text missed: a price
per credit hour written in a label before the amount ("Fee Rate per Credit Hour: $50.00"),
which is no wage by the hour, as "$50 per credit hour" after an amount is none; and pay
structure tables whose rows hold more than a minimum, a midpoint and a maximum: percentile
columns between the bounds ("MINIMUM 25TH PERCENTILE MIDPOINT 75TH PERCENTILE MAXIMUM"),
and a minimum and a maximum for each period ("Minimum annual | Minimum hourly | ... |
Maximum hourly"), each row one range a period; and an open bound's words after a
bracketed conversion ("$47,000 ($22.60 per hour) or less"), which bound both the figure
and the one in brackets (issue 9, fifteenth round).

Each row is a text and the figures expected from it, in order, as
(min_amount, max_amount, period, currency, kind) tuples; an empty list means the
text holds no pay. Every sentence is invented.
"""

from __future__ import annotations

import pytest

from tests.store.extract.support import figures

CASES = [
    # A college's price per credit hour, in a label before the amount, is no hourly wage ...
    ("Lab Fee Rate per Credit Hour: $45.00", []),
    ("Online course fee per credit-hour: $38", []),
    # ... whatever the label's words, as the same price written after its amount.
    ("Adjunct rate per credit hour: $1,150", []),
    # A rate per hour of work keeps its period.
    ("Tutor Rate per Hour: $45.00", [(45.0, 45.0, "hour", "USD", "point")]),
    # A grade row with percentile columns between its bounds is one range ...
    (
        "GRADE MINIMUM 25TH PERCENTILE MIDPOINT 75TH PERCENTILE MAXIMUM\n"
        "T2  $41,300 $46,100 $50,900 $55,700 $60,500",
        [(41300.0, 60500.0, "year", "USD", "range")],
    ),
    # ... and one with a minimum and a maximum for each period, one range a period ...
    (
        "Band | Minimum annual | Minimum hourly | Midpoint annual | Midpoint hourly "
        "| Maximum annual | Maximum hourly |\n"
        "B4 | $52,000 | $25.00 | $62,400 | $30.00 | $72,800 | $35.00 |",
        [
            (52000.0, 72800.0, "year", "USD", "range"),
            (25.0, 35.0, "hour", "USD", "range"),
        ],
    ),
    (
        "Band | Minimum annual | Minimum hourly | Maximum annual | Maximum hourly |\n"
        "B2 | $41,600 | $20.00 | $58,240 | $28.00 |",
        [
            (41600.0, 58240.0, "year", "USD", "range"),
            (20.0, 28.0, "hour", "USD", "range"),
        ],
    ),
    # ... while columns that are not bounds stay figures of their own.
    (
        "Occupation | 25th percentile wage | Median wage | 75th percentile wage |\n"
        "Welder | $43,400 | $51,200 | $60,900 |",
        [
            (43400.0, 43400.0, "year", "USD", "percentile"),
            (51200.0, 51200.0, "year", "USD", "median"),
            (60900.0, 60900.0, "year", "USD", "percentile"),
        ],
    ),
    # An open bound after a bracketed conversion bounds the figure and its conversion ...
    (
        "The lowest tenth of hygienists earn $47,000 ($22.60 per hour) or less.",
        [(None, 47000.0, "year", "USD", "range"), (None, 22.6, "hour", "USD", "range")],
    ),
    (
        "The top tenth earn $98,000 ($47.12 per hour) or more.",
        [(98000.0, None, "year", "USD", "range"), (47.12, None, "hour", "USD", "range")],
    ),
    # ... while a bracketed aside with no bound after it leaves both exact.
    (
        "Starting pay is $18 ($19 with experience) per hour.",
        [(18.0, 18.0, "hour", "USD", "point"), (19.0, 19.0, "hour", "USD", "point")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_figures(text: str, expected: list[tuple]) -> None:
    assert figures(text) == expected
