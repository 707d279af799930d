"""Numbers written without a currency mark, and cells of pay tables: when one is pay.

    >>> from store.extract.amounts.money import find_amounts
    >>> text = "Hourly wage: 17.50 - 21.00"
    >>> low, high = find_amounts(text)
    >>> bare_number_is_pay(text, low, high, "hour")
    True

A bare number is pay only beside a pay word, with a period or a K/lakh scale; a number
alone in its cell is a wage under a column header that names pay and a period; a cell
glued to its label ("Ontario$31.10$31.40") is still a cell.
"""

from __future__ import annotations

import re

from store.extract.amounts.currency import in_pounds
from store.extract.amounts.money import Amount
from store.extract.meaning.periods import PERIODS
from store.extract.text.clauses import AFTER_TEXT, clause_before
from store.extract.text.columns import header_names_wage, header_of_cell
from store.extract.text.words import word_roles
from store.models import Period

_BARE_REACH = 40  # how far before a bare number its pay word may stand
_SCALED_REACH = 100  # ... and one with a lakh or K scale and a written period
# Scales that make a bare number money ("Salary: 80k"); "667 thousand workers" is a count.
MONEY_SCALES = frozenset({"k", "l", "lakh", "lakhs", "lac", "lacs", "lpa", "crore", "crores", "cr"})


def bare_number_is_pay(scan: str, low: Amount, high: Amount | None, period: Period | None) -> bool:
    """Whether a figure with no currency mark is pay.

    It needs a pay word just before it and a period: written after it ("pay rate
    25-30/hr"), or, for a number right after a label's colon, a period word in the
    label ("Hourly wage: 17.50 - 21.00"); or a K/lakh scale with a pay word before
    or after it ("Salary: 80k", "1.2 Cr CTC").

    >>> from store.extract.amounts.money import find_amounts
    >>> text = "The average salary of an engineer in India is about 7 to 8 Lakhs per year"
    >>> bare_number_is_pay(text, *find_amounts(text), "year")
    True
    """
    scale = (high or low).scale
    scale = scale if scale in MONEY_SCALES else None
    year = low.value == int(low.value) and 1900 <= low.value <= 2100
    if year and high is None and scan[low.start - 1 : low.start] == "(":
        return False  # "She earns $52,000 (2021) a year": the year of the figure before
    if period is None and scale is None:
        labelled = scan[max(0, low.start - 3) : low.start].rstrip().endswith(":")
        if not labelled or year:
            return False
    # A scaled figure with its period written ("about 7 to 8 Lakhs per year") may have its
    # pay word anywhere in its clause: "The average salary of a Software Engineer in India".
    reach = _SCALED_REACH if scale and period else _BARE_REACH
    words = word_roles(clause_before(scan, low.start, reach))
    if "pay" not in words and scale is not None:
        after = AFTER_TEXT.match(scan, (high or low).end)
        words = word_roles(after.group() if after else "", after_figure=True)
    if "pay" not in words:
        return False
    return period is not None or scale is not None or any(p in words for p in PERIODS)


# A weight is never so much a year, month or week: "26,000 pounds per year" is money.
_TIMED_PERIODS = frozenset({"year", "month", "week"})
# Nor is a weight this heavy spoken of after a pay word: "salaries of 39,000 pounds" ...
_POUNDS_SALARY_FLOOR = 1_000
# ... unless a word of weight stands between: "the pay is good; loads weigh 2,000 pounds".
_WEIGHED = re.compile(r"\b(?:weigh\w*|lift\w*|carr(?:y|ies|ying)|loads?|haul\w*|capacity)\b", re.I)


def paid_in_pounds(scan: str, low: Amount, last: Amount, period: Period | None) -> bool:
    """Whether a figure spelt in pounds (a weak mark: weights are in pounds too) is money:
    with a period no weight has, or a salary-sized sum after a pay word.

    >>> from store.extract.amounts.money import find_amounts
    >>> text = "consultants earn starting salaries of more than 39,000 pounds"
    >>> amount = find_amounts(text)[0]
    >>> paid_in_pounds(text, amount, amount, None)
    True
    >>> text = "Workers lift loads of up to 1,500 pounds."
    >>> amount = find_amounts(text)[0]
    >>> paid_in_pounds(text, amount, amount, None)
    False
    """
    if not in_pounds(scan, last):
        return False
    if period in _TIMED_PERIODS:
        return True
    if last.value < _POUNDS_SALARY_FLOOR:
        return False
    clause = clause_before(scan, low.start, _BARE_REACH)
    return "pay" in word_roles(clause) and _WEIGHED.search(clause) is None


def glued_cell(scan: str, start: int, end: int) -> bool:
    """Whether a figure is a cell of a row pasted with no space between its cells: its
    label or the cell before runs into it, and another cell or the row's end follows
    ("British Columbia$42.24$42.78", "Step 2$70,220").

    >>> glued_cell("Ontario$31.10$31.40", 7, 13), glued_cell("Ontario $31.10", 8, 14)
    (True, False)
    """
    if not scan[start - 1 : start].isalnum():
        return False
    following = scan[end : end + 1]
    # A digit follows only a cell read apart from the next ("$19.4745,045").
    return following in ("", "\n") or following in _CURRENCY_MARKS or following.isdigit()


_CURRENCY_MARKS = frozenset("$£€₹₱")


def _cell_like(low: Amount, scale: str | None, high: Amount) -> bool:
    """Whether a bare number could be a wage cell: no scale, not a year (nor a span of
    years: "2000 – 2400" in a column of monthly pay is pay, "2019 – 2023" is not).

    >>> low = Amount(0, 4, 2000.0, None, None, False, False)
    >>> high = low._replace(start=7, end=11, value=2400.0)
    >>> _cell_like(low, None, high), _cell_like(low, None, low)
    (True, False)
    """
    return scale is None and not (_year_like(low) and _year_like(high))


def _year_like(amount: Amount) -> bool:
    return amount.value == int(amount.value) and 1900 <= amount.value <= 2100


_CELL_END = re.compile(r"[ \t]*(?:\n|\||$)")  # a number that ends its row or cell


def _labelled_in_cell(scan: str, start: int) -> bool:
    """Whether words stand before a number in its own pipe-table cell: "| Step 2 |".

    >>> _labelled_in_cell("| Step 2 |", 7), _labelled_in_cell("| 2 | 17.50 |", 6)
    (True, False)
    """
    line = scan.rfind("\n", 0, start) + 1
    bar = scan.rfind("|", line, start)
    return bar != -1 and any(c.isalpha() for c in scan[bar + 1 : start])


def wage_cell_header(scan: str, low: Amount, last: Amount, scale: str | None) -> str | None:
    """The column header a bare number (or range, ``low`` to ``last``) sits under as a
    wage cell, naming pay and a period ("Hourly Wage ($)"), or None: the usual case,
    words follow it on its line."""
    if not _CELL_END.match(scan, last.end) or not _cell_like(low, scale, last):
        return None
    if _labelled_in_cell(scan, low.start):
        return None  # "| Step 2 |": the number is part of a label
    if _header_row(scan, last.end):
        return None  # "| 23 and over | 21 to 22 |" over "|---|---|": a header cell itself
    header = header_of_cell(scan, low.start, last.end)
    return header if header is not None and header_names_wage(header) else None


_SEPARATOR_STARTS = ("|---", "|:--", "---|", ":--")


def _header_row(scan: str, end: int) -> bool:
    """Whether the line holding ``end`` is a table's header row: a separator line
    ("|---|---|") follows it.

    >>> _header_row("| 23 and over | 21 to 22 |\\n|---|---|\\n| £10.42 | £10.18 |", 22)
    True
    >>> _header_row("| Pay | 21 to 22 |\\n| £10.42 | £10.18 |", 15)
    False
    """
    line_end = scan.find("\n", end)
    return line_end != -1 and scan.startswith(_SEPARATOR_STARTS, line_end + 1)
