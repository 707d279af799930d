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
}
ISO_CODES = (
    "USD|CAD|AUD|NZD|SGD|HKD|GBP|EUR|INR|CHF|JPY|CNY|SEK|NOK|DKK|PLN|ZAR|MXN|BRL|AED|ILS|PHP|"
    "SAR|QAR|KRW|TWD|THB|MYR|IDR|VND|NGN|KES|EGP|CZK|HUF|RON"
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
}


def currency_code(mark: str) -> str | None:
    """The ISO 4217 code a currency mark stands for.

    >>> currency_code("CA$"), currency_code("£"), currency_code("Rs."), currency_code("eur")
    ('CAD', 'GBP', 'INR', 'EUR')
    """
    mark = mark.strip().upper()
    if mark[:3] in ISO_SET and mark[3:].strip() in ("$", "£", "€"):
        return mark[:3]  # "AUD $100,000": the code names the dollar
    return mark if mark in ISO_SET else _SYMBOL_CURRENCY.get(mark)
