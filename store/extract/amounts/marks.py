"""Currency marks and ISO 4217 codes, and how large each currency's wages run.

    >>> currency_code("CA$"), currency_code("₦"), currency_code("usd")
    ('CAD', 'NGN', 'USD')

``store.extract.amounts.money`` finds amounts with these marks before or after them;
``LARGE_UNIT`` scales the thresholds that tell a monthly wage from a yearly one.
"""

from __future__ import annotations

_SYMBOL_CURRENCY = {
    "$": "USD",
    "US$": "USD",
    "CA$": "CAD",
    "C$": "CAD",
    "AU$": "AUD",
    "AUS$": "AUD",
    "A$": "AUD",
    "NZ$": "NZD",
    "HK$": "HKD",
    "S$": "SGD",
    "SG$": "SGD",
    "MX$": "MXN",
    "R$": "BRL",
    "£": "GBP",
    "€": "EUR",
    "₹": "INR",
    "₱": "PHP",
    "P": "PHP",  # the Philippine press writes pesos "P570"
    "¥": "JPY",
    "ZŁ": "PLN",
    "RS": "INR",
    "RS.": "INR",
    "DOLLAR": "USD",
    "DOLLARS": "USD",
    "BUCKS": "USD",  # "ten to fourteen bucks an hour": dollars as people say them
    "EURO": "EUR",
    "EUROS": "EUR",
    "POUND": "GBP",
    "POUNDS": "GBP",
    "RUPEE": "INR",
    "RUPEES": "INR",
    "रुपये": "INR",
    "रुपए": "INR",
    "रुपया": "INR",
    "R": "ZAR",
    "RAND": "ZAR",
    "ZŁOTYCH": "PLN",
    "FT": "HUF",
    "FORINT": "HUF",
    "FORINTOT": "HUF",
    "FORINTRA": "HUF",
    "FRANKEN": "CHF",
    "SCHWEIZER FRANKEN": "CHF",
    "FR.": "CHF",
    "PESO": "MXN",  # Mexico's: by far the most pay quoted in pesos
    "PESOS": "MXN",
    "DÓLARES": "USD",
    "DOLARES": "USD",
    "RM": "MYR",  # Malaysian ringgit as the Malaysian press writes it: "RM14,806"
    "RINGGIT": "MYR",
    "YEN": "JPY",
    "SH": "KES",  # the Kenyan shilling as the Kenyan press writes it: "Sh36,360"
    "KSH": "KES",
    "N": "NGN",  # the naira as the Nigerian press writes it: "N18,000"
    "₦": "NGN",
    "NAIRA": "NGN",
    "DH": "AED",  # the UAE dirham as the UAE press writes it: "Dh10,000", "Dhs 5,000"
    "DHS": "AED",
    "DIRHAM": "AED",
    "DIRHAMS": "AED",
    # Crowns, the Czech koruna, the Romanian leu ("2.688 de lei") and the Turkish lira;
    # "kr" and "kroner" are told apart by ``krone_currency``.
    "KRONOR": "SEK",
    "KČ": "CZK",
    "LEI": "RON",
    "DE LEI": "RON",
    "TL": "TRY",
    "₺": "TRY",
    "ΕΥΡΏ": "EUR",
}
ISO_CODES = (
    "USD|CAD|AUD|NZD|SGD|HKD|GBP|EUR|INR|CHF|JPY|CNY|SEK|NOK|DKK|PLN|ZAR|MXN|BRL|AED|ILS|PHP|"
    "SAR|QAR|KRW|TWD|THB|MYR|IDR|VND|NGN|KES|EGP|CZK|HUF|RON|TRY|ARS|COP|CLP|UYU"
)
ISO_SET = frozenset(ISO_CODES.split("|"))
# Currencies whose salaries run to six or seven digits a month; thresholds that
# tell a yearly salary from a monthly one scale by these factors.
LARGE_UNIT = {
    **{"INR": 30.0, "JPY": 100.0, "PHP": 30.0, "ZAR": 10.0, "SEK": 5.0, "NOK": 5.0},
    # Naira and shillings by wages, not exchange rates: minimum wages of 70,000 and 15,000 a month
    **{"KRW": 1000.0, "IDR": 10000.0, "VND": 20000.0, "HUF": 300.0, "NGN": 100.0},
    **{"KES": 30.0, "EGP": 30.0, "TWD": 30.0, "THB": 30.0, "CZK": 20.0, "MYR": 4.0},
    "MXN": 17.0,
    # Danish crowns as Swedish and Norwegian; lira and lei by wages (a 20,000 TL minimum a month)
    **{"DKK": 5.0, "TRY": 10.0, "RON": 4.0},
    # Swiss pay runs high and Brazilian by the month: "Durchschnittslohn: 17'000 Franken"
    # and "Diretor de P&D: R$ 29.270,65" are monthly
    **{"CHF": 1.5, "BRL": 3.0},
    # Pesos other than Mexico's, by wages: a Colombian minimum of 1,300,000 a month
    **{"COP": 1000.0, "CLP": 800.0, "ARS": 10.0, "UYU": 40.0},
}


# Letters and words that tell Swedish from Norwegian and Danish, and Norwegian from Danish.
_SWEDISH = ("ä", "ö", "Sverige", "svensk")
_DANISH = ("Danmark", "dansk", "gennem", "løn ", "løn.", "løn,", "timeløn")
_NORWEGIAN = ("lønn", "gjennom", "Norge", "norsk", "nordm")


def krone_currency(scan: str) -> str:
    """Which crown "kr" or "kroner" is in a text: Swedish ("lön", "månaden"), Danish
    ("løn", "gennemsnit", "Danmark") or Norwegian ("lønn", "gjennomsnitt"); Danish where
    only "æ" or "ø" tells, Swedish where nothing does.

    >>> krone_currency("en medellön på 29 500 kr i månaden")
    'SEK'
    >>> krone_currency("Nordmenn tjener i gjennomsnitt 43 540 kroner i måneden")
    'NOK'
    >>> krone_currency("en gennemsnitlig løn på 43.742 kr. om måneden")
    'DKK'
    """
    if any(cue in scan for cue in _SWEDISH):
        return "SEK"
    if any(cue in scan for cue in _DANISH):
        return "DKK"
    if any(cue in scan for cue in _NORWEGIAN):
        return "NOK"
    return "DKK" if "ø" in scan or "æ" in scan else "SEK"


# Countries other than Mexico that pay in pesos, by the words a text names them with
# ("el salario mínimo, vital y móvil" is Argentina's).
_PESO_COUNTRIES = (
    ("ARS", ("Argentin", "argentin", "vital y móvil")),
    ("COP", ("Colombia", "colombian")),
    ("CLP", ("Chile", "chilen")),
    ("UYU", ("Uruguay", "uruguay")),
)


def peso_currency(scan: str) -> str:
    """Which peso a text's "pesos" are: Argentina's, Colombia's, Chile's or Uruguay's where
    it names one of them, else Mexico's (by far the most pay quoted in pesos).

    >>> peso_currency("En Colombia el salario mínimo es de 1.300.000 pesos")
    'COP'
    >>> peso_currency("El salario mínimo, vital y móvil será de 45.540 pesos")
    'ARS'
    >>> peso_currency("ganan 13 mil 500 pesos")
    'MXN'
    """
    for code, cues in _PESO_COUNTRIES:
        if any(cue in scan for cue in cues):
            return code
    return "MXN"


def currency_code(mark: str) -> str | None:
    """The ISO 4217 code a currency mark stands for.

    >>> currency_code("CA$"), currency_code("£"), currency_code("Rs."), currency_code("eur")
    ('CAD', 'GBP', 'INR', 'EUR')
    """
    mark = mark.strip().upper()
    if mark[:3] in ISO_SET and mark[3:].strip() in ("$", "£", "€"):
        return mark[:3]  # "AUD $100,000": the code names the dollar
    return mark if mark in ISO_SET else _SYMBOL_CURRENCY.get(mark)
