"""What a table's header says about the cells under it: that a bare number is a wage,
and in which currency.

    >>> text = "Trade | Hourly Wage\\nElectricians | 38.40"
    >>> header_of_cell(text, text.index("38"), text.index("38") + 5)
    ' Hourly Wage'
    >>> header_currency("Annual Salary (AUD) Monthly Salary (AUD)")
    'AUD'
    >>> header_currency("Yrke Månadslön (kr)"), header_currency("Mzda (Kč)")
    ('SEK', 'CZK')

A number with no currency mark is money only where a header names pay with a period
over its column: the last cell of a short row under "Average Hourly Wage ($)", or a
pipe-table cell headed "Rate per Hour". A dollar sign under a header that writes
its currency, "(AUD)" or "(CAD)", is that dollar.
"""

from __future__ import annotations

import re

from store.extract.amounts.marks import currency_code, krone_currency
from store.extract.meaning.periods import PERIODS
from store.extract.text.surroundings import list_heading, table_header
from store.extract.text.words import word_roles

# A currency written in brackets in a header: "($)", "(AUD)", "(in €)", "(US$)", or as a
# word: "(euros)", "(in dollars)", "(en euros)".
_BRACKETED_CURRENCY = re.compile(
    r"\(\s*(?:(?i:in|en)\s+)?(?P<mark>[A-Z]{3}|(?:US|CA|AU|AUS|NZ|C|A)?\$|[£€₹₱]"
    r"|(?i:euros?|dollars?|pounds?|rupees?)|kr|Kč|zł|lei|Ft)\s*\)"
)
# A header cell that is a period and nothing else: "Per Hour", "Hourly".
_PERIOD_ONLY = re.compile(
    r"\s*(?:per\s+(?:hour|day|week|month|year|annum)|hourly|daily|weekly|monthly|annual(?:ly)?)\s*",
    re.IGNORECASE,
)
_ROW_REACH = 60  # a cell's row, from its start to the number, is at most this long
_HEADER_SPAN = 400  # how far above its row a cell's header and its currency are looked for
_CELL_ENDS = frozenset("\n|")
# A dollar named in brackets with the period after it: "(CAD$ per hour)", "(AUD/year)".
_CODE_AND_PERIOD = re.compile(
    r"\(\s*(?P<mark>[A-Z]{3}(?:\s?\$)?|(?:US|CA|AU|AUS|NZ|C|A)\$)\s*(?:per|an?|/)\s*[a-z]+\s*\)"
)


def header_currency(header: str) -> str | None:
    """The currency a header writes in brackets for its cells, or None."""
    if "(" not in header:
        return None  # the usual case, decided without the regex
    found = _BRACKETED_CURRENCY.search(header) or _CODE_AND_PERIOD.search(header)
    if found and found.group("mark") == "kr":
        return krone_currency(header)  # "Månadslön (kr)": which crown, by the header's words
    return currency_code(found.group("mark")) if found else None


def cell_currency(scan: str, start: int, header: str) -> str | None:
    """The currency a bare cell is in, written in brackets in its header or on the
    lines between the header and its row ("Average Hourly Wage ($)1" over the rows)."""
    at = scan.rfind(header, max(0, start - _HEADER_SPAN), start)
    return header_currency(scan[at:start] if at != -1 else header)


def header_of_cell(scan: str, start: int, end: int) -> str | None:
    """The header over a number that ends its row or pipe-table cell, or None when
    the number sits in prose (not at a row's end, or the row is long)."""
    after = scan[end : end + 3].lstrip(" \t")
    if after[:1] not in _CELL_ENDS and after:
        return None  # the usual case: more words follow on its line
    row = scan.rfind("\n", max(0, start - _ROW_REACH), start)
    if row == -1 and start >= _ROW_REACH:
        return None  # a long line: prose, not a row
    return table_header(scan, start) or list_heading(scan, start) or None


def header_names_wage(header: str) -> bool:
    """Whether a header says its cells are wages for a period: "Average Hourly Wage ($)",
    "Rate per Hour", a cell that is a period alone ("Per Hour")."""
    roles = word_roles(header)
    if not any(period in roles for period in PERIODS):
        return False
    return "pay" in roles or _PERIOD_ONLY.fullmatch(header) is not None
