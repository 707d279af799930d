"""extract_pay on pay written in languages the earlier rounds did not read (issue 9, the
helper "world" of the x2001-x2498 round): crowns written "kr", "kronor" or "kroner" and
told Swedish, Danish or Norwegian by the text's words; the Czech koruna ("Kč"), the
Romanian leu ("2.688 de lei"), the Turkish lira ("TL") and the euro in Greek ("ευρώ");
period words after a figure in those languages ("i månaden", "om måneden", "i timen",
"pe lună", "μηνιαίως", "€/anno"); a header naming the crown over bare cells ("Månadslön
(kr)"); their pay, average and minimum words ("månadslön", "gennemsnitlig",
"asgari ücret", "κατώτατος μισθός"); and a gap between pays ("skiljer det 100 000 kr"),
which is no pay.

Each row is a text and the figures expected from it, in order, as
(min_amount, max_amount, period, currency, kind) tuples; an empty list means the
text holds no pay. Every sentence is invented.
"""

from __future__ import annotations

import pytest

from tests.store.extract.support import figures

CASES = [
    # Crowns, told apart by the text's words, with their period words.
    (
        "Lärarna har en medellön på 31 200 kronor i månaden.",
        [(31200.0, 31200.0, "month", "SEK", "average")],
    ),
    (
        "En snickare tjänar 34 500 kr i månaden före skatt.",
        [(34500.0, 34500.0, "month", "SEK", "point")],
    ),
    (
        "En tømrer i Danmark tjener 41.250 kr. om måneden.",
        [(41250.0, 41250.0, "month", "DKK", "point")],
    ),
    (
        "Sygeplejersker tjener i gennemsnit 289,50 kroner per time.",
        [(289.5, 289.5, "hour", "DKK", "average")],
    ),
    (
        "En elektriker i Norge tjener 52 300 kroner i måneden.",
        [(52300.0, 52300.0, "month", "NOK", "point")],
    ),
    (
        "Gjennomsnittlig årslønn for lærere var 612.000 kroner.",
        [(612000.0, 612000.0, "year", "NOK", "average")],
    ),
    (
        "Medianlønnen for pædagoger i Danmark var 412.000 kroner årligt.",
        [(412000.0, 412000.0, "year", "DKK", "median")],
    ),
    # The Czech koruna, the Romanian leu, the Turkish lira, the euro in Greek.
    (
        "Průměrná hrubá měsíční mzda učitelů dosáhla 41 320 Kč.",
        [(41320.0, 41320.0, "month", "CZK", "average")],
    ),
    (
        "Sudorii câștigă în medie 3.950 de lei net pe lună.",
        [(3950.0, 3950.0, "month", "RON", "average")],
    ),
    (
        "Bu yıl asgari ücret net 22.104,67 TL oldu.",
        [(22104.67, None, "month", "TRY", "range")],
    ),
    (
        "Ο μέσος μισθός των νοσηλευτών είναι 1.210 ευρώ μηνιαίως.",
        [(1210.0, 1210.0, "month", "EUR", "average")],
    ),
    (
        "Για τους εργάτες το κατώτατο ημερομίσθιο ορίζεται στα 33,20 €.",
        [(33.2, None, "day", "EUR", "range")],
    ),
    # Period words after a figure in Italian and Portuguese.
    ("Magazziniere: 24.300 €/anno", [(24300.0, 24300.0, "year", "EUR", "point")]),
    (
        "Um pedreiro ganha R$ 2.450 por mês.",
        [(2450.0, 2450.0, "month", "BRL", "point")],
    ),
    # A header naming the crown over bare cells.
    (
        "Yrke Månadslön (kr)\nSnickare 33 400\nElektriker 36 100",
        [(33400.0, 33400.0, "month", "SEK", "point"), (36100.0, 36100.0, "month", "SEK", "point")],
    ),
    # A gap between pays is no pay.
    (
        "Enligt statistiken skiljer det 48 000 kr i månaden mellan yrkena.",
        [],
    ),
    (
        "Lønnen er 5 700 kroner høyere enn i fjor.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_extract(text: str, expected: list[tuple]) -> None:
    assert figures(text) == expected
