"""extract_pay on what the seventeenth round's fresh batch of ordinary text missed: a change
of pay whose old level is named and hedged ("will increase from a base rate of approximately
$51,000 per year to approximately $58,000"), which gives the old and the new level, not a
range; Dutch bounds ("ten minste", "minimaal", "maximaal") and a Dutch floor that climbs to
its top ("start bij 2.319 euro bruto en loopt op tot 3.322 euro"), with a gross or net word
after the bottom of any range; Dutch pay verbs ("krijgt", "ontvangt"); "commanded" as a pay
verb; German gap compounds ("Lohnkluft", "Gehaltslücke", "Lohngefälle"), which are no
pay; "per hour worked" and its translations, which say an hourly wage; and tables whose
cells are separated by commas ("State, Hourly mean wage, Annual mean wage" over
"1. California, $64.10, $133,340"), each cell taking its header's period and kind
and a salary-sized sum spelt in pounds after a pay word ("starting salaries of more than
39,000 pounds"), which is money though no period follows, while a weight stays none; and
a unit of work named as what is paid ("sleeps are paid at £45, on calls paid at £20"),
whose figure has no period; and a range "from" a bottom "to over" a top ("Salaries range
from $39,000 to over $90,000"), one range open above; and a modal verb after a figure
("$20 per hour would add an extra $250,000 in costs"), which starts what is said of the
figure, not what it is the amount of (issue 9, seventeenth round).

Each row is a text and the figures expected from it, in order, as
(min_amount, max_amount, period, currency, kind) tuples; an empty list means the
text holds no pay. Every sentence is invented.
"""

from __future__ import annotations

import pytest

from tests.store.extract.support import figures

CASES = [
    # A change from a named, hedged old level gives two levels ...
    (
        "A trainee's salary will increase from a base rate of approximately $40,000 per year "
        "to approximately $46,000 per year.",
        [(40000.0, 40000.0, "year", "USD", "point"), (46000.0, 46000.0, "year", "USD", "point")],
    ),
    (
        "Pay rose from an average of $40,000 in 2010 to $48,000 in 2020.",
        [
            (40000.0, 40000.0, "year", "USD", "average"),
            (48000.0, 48000.0, "year", "USD", "average"),
        ],
    ),
    # ... while a range of pay after "from about" is still a range.
    (
        "Salaries range from about $40,000 to $48,000 a year.",
        [(40000.0, 48000.0, "year", "USD", "range")],
    ),
    # Dutch bounds: "ten minste" and "minimaal" open the top, "maximaal" the bottom.
    (
        "Een starter krijgt ten minste 2.500 euro bruto per maand.",
        [(2500.0, None, "month", "EUR", "range")],
    ),
    (
        "Je verdient minimaal 2.600 euro bruto per maand en kunt doorgroeien tot maximaal "
        "3.900 euro per maand.",
        [(2600.0, None, "month", "EUR", "range"), (None, 3900.0, "month", "EUR", "range")],
    ),
    # A Dutch pay verb makes a number with no currency mark pay, beside its period.
    ("De leerling ontvangt 900 bruto per maand.", [(900.0, 900.0, "month", None, "point")]),
    # A Dutch floor climbing to its top is one range, a gross word between them ...
    (
        "Het salaris start bij 3.000 euro bruto en loopt op tot 4.500 euro per maand.",
        [(3000.0, 4500.0, "month", "EUR", "range")],
    ),
    (
        "Het salaris in schaal 8 begint bij 2.900 euro en doorloopt tot 3.700 euro.",
        [(2900.0, 3700.0, "month", "EUR", "range")],
    ),
    # ... as is an English one with a gross word after its bottom.
    (
        "Salary starts at $50,000 gross and can go up to $60,000 a year.",
        [(50000.0, 60000.0, "year", "USD", "range")],
    ),
    # "commanded" says pay, so the size gives the period.
    (
        "Chemists commanded an average of £31,000.",
        [(31000.0, 31000.0, "year", "GBP", "average")],
    ),
    # A gap between pays in German is no pay, whatever its compound ...
    ("Die Lohnkluft zwischen Ost und West beträgt 3.600 Euro im Jahr.", []),
    ("Die Gehaltslücke liegt bei 350 Euro im Monat.", []),
    ("Das Lohngefälle macht rund 4.000 Euro im Jahr aus.", []),
    # ... while a wage's own compound stays pay.
    (
        "Der Stundenlohn liegt bei 15 Euro.",
        [(15.0, 15.0, "hour", "EUR", "point")],
    ),
    # "Per hour worked" says an hourly wage, in the languages read here.
    (
        "Per hour worked, you can expect between $14.50 and $17.25.",
        [(14.5, 17.25, "hour", "USD", "range")],
    ),
    (
        "Por hora trabajada, un camarero cobra entre 8,10 € y 9,90 €.",
        [(8.1, 9.9, "hour", "EUR", "range")],
    ),
    # A comma-separated table: each cell takes its column header's period and kind ...
    (
        "Trade, Hourly mean wage, Annual mean wage\n1. Welders, $24.10, $50,130\n"
        "2. Roofers, $22.40, $46,590",
        [
            (24.1, 24.1, "hour", "USD", "average"),
            (50130.0, 50130.0, "year", "USD", "average"),
            (22.4, 22.4, "hour", "USD", "average"),
            (46590.0, 46590.0, "year", "USD", "average"),
        ],
    ),
    # ... while a sentence above a line of prose with commas heads no column.
    (
        "We met, talked, and agreed.\nIn Ohio, welders earn $24.10, more than before.",
        [(24.1, 24.1, "hour", "USD", "point")],
    ),
    # Pounds spelt out after a pay word are money at a salary's size ...
    (
        "Senior chefs earn starting salaries of more than 31,000 pounds.",
        [(31000.0, None, "year", "GBP", "range")],
    ),
    # ... but not a weight, nor a weight named in a clause after pay.
    ("Porters lift loads of up to 1,500 pounds.", []),
    ("The pay is fair; the crates weigh 2,000 pounds.", []),
    # A unit of work paid as a whole has no period, beside an hourly rate that has one ...
    (
        "Care workers earn £12 per hour, sleep-ins are paid at £50, call-outs paid at £25.",
        [(12.0, 12.0, "hour", "GBP", "point")],
    ),
    # ... while a period written after such a unit's figure is its own.
    (
        "Night shifts are paid at £14 per hour.",
        [(14.0, 14.0, "hour", "GBP", "point")],
    ),
    # A range from a bottom to over a top is one range, open above ...
    (
        "Welders' salaries range from $38,000 to over $70,000.",
        [(38000.0, None, "year", "USD", "range")],
    ),
    (
        "Annual earnings can range from around ₹3 lakh to above ₹6 lakh.",
        [(300000.0, None, "year", "INR", "range")],
    ),
    # ... while a level that moved there is the old level and a floor.
    (
        "Pay rose from $38,000 to over $70,000 last year.",
        [(38000.0, 38000.0, "year", "USD", "point"), (70000.0, None, "year", "USD", "range")],
    ),
    (
        "Starting salary goes from $56,000 to just over $63,000.",
        [(56000.0, 56000.0, "year", "USD", "point"), (63000.0, None, "year", "USD", "range")],
    ),
    # After a modal verb, the words say what the figure does, not what it is ...
    (
        "The raise to $18 per hour would add an extra $90,000 in salary costs.",
        [(18.0, 18.0, "hour", "USD", "point")],
    ),
    # ... while a figure's own noun before the verb still names other money.
    ("A $5,000 signing bonus will be paid in March.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_extract(text: str, expected: list[tuple]) -> None:
    assert figures(text) == expected
