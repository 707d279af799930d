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
        "Um pedreiro ganha R$ 2.450/mês.",
        [(2450.0, 2450.0, "month", "BRL", "point")],
    ),
    # A header naming the crown over bare cells.
    (
        "Yrke Månadslön (kr)\nSnickare 33 400\nElektriker 36 100",
        [(33400.0, 33400.0, "month", "SEK", "point"), (36100.0, 36100.0, "month", "SEK", "point")],
    ),
    # A gap between pays is no pay.
    (
        "Enligt statistiken skiljer det 48 000 SEK i månaden mellan yrkena.",
        [],
    ),
    (
        "Lønnen er 5 700 NOK høyere enn i fjor.",
        [],
    ),
    # A gap between pays, as what its figure measures, in the languages read here; the
    # levels inside the gap's own words stay pay.
    (
        "La differenza tra le retribuzioni del Nord e del Sud tocca quota 4.100 euro.",
        [],
    ),
    (
        "Spennet mellom høyest og lavest gjennomsnittslønn var i 2023 på 88 000 NOK i måneden.",
        [],
    ),
    ("The gap between men's and women's salaries is $9,000 a year.", []),
    (
        "La differenza tra un'offerta a 2800 euro lordi al mese e una a 2800 netti è grande.",
        [(2800.0, 2800.0, "month", "EUR", "point")],
    ),
    # What a worker costs an employer is no pay.
    (
        "W 2027 roku utrzymanie pracownika otrzymującego minimalne wynagrodzenie wyniesie "
        "5990,10 zł.",
        [],
    ),
    # Hours counted in other languages are no money; a divisor is no figure, nor is the
    # amount it divides (a sum's factor, as "Dh10,000 ÷ 30" is).
    (
        "Un salarié percevant 1 200 euros brut pour 100 heures de travail perçoit 12 euros "
        "l’heure.",
        [(1200.0, 1200.0, "month", "EUR", "point"), (12.0, 12.0, "hour", "EUR", "point")],
    ),
    (
        "Ihr Stundenlohn: 2.800 € ÷ 173,2 = 16,17 €.",
        [(16.17, 16.17, "hour", "EUR", "point")],
    ),
    # A household's income and a poverty line, in other languages, are no pay.
    (
        "Un núcleo familiar promedio debería recibir ingresos de 850 dólares al mes.",
        [],
    ),
    (
        "Το κατώφλι της σχετικής φτώχειας ανέρχεται στα 790 € το μήνα.",
        [],
    ),
    (
        "Un premio di 100 euro per i dipendenti con un reddito complessivo fino a 35.000 euro.",
        [],
    ),
    # What retirees draw, a benefit's standard rate and a limit on earnings are no pay.
    (
        "Un retraité de la fonction publique perçoit en moyenne 2 150 euros brut par mois.",
        [],
    ),
    ("Personengruppe | Regelsatz pro Monat |\nAlleinstehende | 563 € |", []),
    ("Die monatliche Verdienstgrenze steigt 2026 auf rund 603 Euro.", []),
    # Money per floor area, or a rent, is no pay.
    ("Auf eine Wohnfläche von 70 m² entspricht dies einem Betrag von 480 Euro/Monat.", []),
    ("Die durchschnittliche Warmmiete liegt bei 720 Euro pro Monat.", []),
    # Swiss and Brazilian pay by its size is monthly far higher up than other pay.
    (
        "Durchschnittslohn: 16'500 Franken – exklusive Boni.",
        [(16500.0, 16500.0, "month", "CHF", "average")],
    ),
    (
        "O salário médio de contratação de um diretor de P&D: R$ 27.350,10",
        [(27350.1, 27350.1, "month", "BRL", "average")],
    ),
    # Pesos of the country a text names.
    (
        "En Argentina el salario mínimo será de 52.000 pesos.",
        [(52000.0, None, "month", "ARS", "range")],
    ),
    (
        "En Colombia el salario mínimo es de 1.300.000 pesos.",
        [(1300000.0, None, "month", "COP", "range")],
    ),
    # Ranges told "de X a Y", "dai X ai Y", "tra X e Y"; a change "pasó de X a Y" is two levels.
    (
        "Un camarero gana de 1.100 a 1.450 euros al mes.",
        [(1100.0, 1450.0, "month", "EUR", "range")],
    ),
    (
        "Una commessa guadagna, a fine carriera, dai 1.350 ai 1.550 euro.",
        [(1350.0, 1550.0, "month", "EUR", "range")],
    ),
    (
        "Uno stipendio tra 1.400 e 1.650 euro al mese.",
        [(1400.0, 1650.0, "month", "EUR", "range")],
    ),
    (
        "Um garçom ganha de R$ 1.400 a R$ 1.850 por mês.",
        [(1400.0, 1850.0, "month", "BRL", "range")],
    ),
    (
        "El salario pasó de 1.000 a 1.080 euros al mes.",
        [(1000.0, 1000.0, "month", "EUR", "point"), (1080.0, 1080.0, "month", "EUR", "point")],
    ),
    # Ceilings and floors in Spanish, Italian and the Nordic languages.
    (
        "Las ofertas con sueldos menores a 9 mil pesos mensuales han disminuido.",
        [(None, 9000.0, "month", "MXN", "range")],
    ),
    (
        "Il suo stipendio può salire fino a 19mila euro all'anno.",
        [(None, 19000.0, "year", "EUR", "range")],
    ),
    (
        "El sueldo neto es inferior a los 850 euros al mes.",
        [(None, 850.0, "month", "EUR", "range")],
    ),
    (
        "Lönen är minst 28 000 kronor i månaden.",
        [(28000.0, None, "month", "SEK", "range")],
    ),
    # A period word after another amount in a clause of its own is that amount's.
    (
        "El SMI se sitúa en 1.184 euros en 14 pagas, lo que supone 16.576 euros brutos al año.",
        [(1184.0, None, "month", "EUR", "range"), (16576.0, None, "year", "EUR", "range")],
    ),
    (
        "Pour l'indice 350, on multiplie 350 par 4,92 euros, soit 1 722 euros bruts par mois.",
        [(1722.0, 1722.0, "month", "EUR", "point")],
    ),
    # A bare whole number ending its clause, written like the marked amount before it in
    # its sentence, is in its currency.
    (
        "Kvinder har en gennemsnitlig løn på 41.200 kr. om måneden, mens mænd ligger på 46.350.",
        [
            (41200.0, 41200.0, "month", "DKK", "average"),
            (46350.0, 46350.0, "month", "DKK", "average"),
        ],
    ),
    (
        "Un ayudante cobra unos 23.000 euros anuales (sin propinas) y un camarero cobra 24.800.",
        [(23000.0, 23000.0, "year", "EUR", "point"), (24800.0, 24800.0, "year", "EUR", "point")],
    ),
    ("Cobran 24.000 euros al año en 2.500 empresas.", [(24000.0, 24000.0, "year", "EUR", "point")]),
    # A list of jobs with an amount each is a list of wages, their period by size.
    (
        "- Operador de montacargas: 16 mil pesos.\n- Ayudante general: 9 mil 800 pesos.",
        [(16000.0, 16000.0, "month", "MXN", "point"), (9800.0, 9800.0, "month", "MXN", "point")],
    ),
    (
        "Engenheiro de Software: R$ 9.850,20;\n\nTrabalhador da Construção: R$ 1.840,55;",
        [(9850.2, 9850.2, "month", "BRL", "point"), (1840.55, 1840.55, "month", "BRL", "point")],
    ),
    ("- Televisor: 12 mil pesos.", [(12000.0, 12000.0, None, "MXN", "point")]),
    # A day or week after a slash in Spanish and Italian; Dutch compounds of "loon".
    (
        "El salario mínimo queda fijado en 41,20 euros/día o 1 236 euros/mes.",
        [(41.2, None, "day", "EUR", "range"), (1236.0, None, "month", "EUR", "range")],
    ),
    ("Paga: 380 €/settimana", [(380.0, 380.0, "week", "EUR", "point")]),
    (
        "Per 1 juli bedraagt het minimumuurloon voor iemand van 21 jaar € 14,93.",
        [(14.93, None, "hour", "EUR", "range")],
    ),
    # "Nicht mehr als" is a ceiling; what someone may earn at most is a limit, not pay.
    (
        "Ein Koch verdient nicht mehr als 2.400 Euro im Monat.",
        [(None, 2400.0, "month", "EUR", "range")],
    ),
    ("Als Minijobber darf man nicht mehr als 520 Euro im Monat verdienen.", []),
    # A minimum by other names: "la cifra mínima".
    (
        "Para 2026, la cifra mínima ascenderá a 1.420 euros mensuales.",
        [(1420.0, None, "month", "EUR", "range")],
    ),
    # A header naming a period for each column, over rows of marked amounts.
    (
        "Leeftijd Per maand Per week Per dag Per uur\n"
        "21 jaar en ouder € 2.070,00 € 477,70 € 95,54 € 14,06",
        [
            (2070.0, 2070.0, "month", "EUR", "point"),
            (477.7, 477.7, "week", "EUR", "point"),
            (95.54, 95.54, "day", "EUR", "point"),
            (14.06, 14.06, "hour", "EUR", "point"),
        ],
    ),
    # Cents written as a word after the whole amount.
    (
        "Dividindo por 12, Portugal tem um salário mínimo de 760 euros e 42 cêntimos.",
        [(760.42, None, "month", "EUR", "range")],
    ),
    # German "er" and "Der" refer back to a minimum wage named before.
    (
        "Der Mindestlohn steigt 2027 auf 14,60 Euro pro Stunde. Aktuell liegt er bei 12,82 Euro.",
        [(14.6, None, "hour", "EUR", "range"), (12.82, None, "hour", "EUR", "range")],
    ),
    (
        "Es gilt der aktuelle Mindestlohn.\nDer liegt momentan bei 12,41 Euro.",
        [(12.41, None, "hour", "EUR", "range")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_extract(text: str, expected: list[tuple]) -> None:
    assert figures(text) == expected
