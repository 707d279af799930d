"""What a pay table's own column names mean, from the vocabulary in ``store/data/pay_columns.json``.

    >>> column_meaning("Job Title").field, column_meaning("base_min").kind
    ('title', 'low')
    >>> meaning = column_meaning("Median Hourly Wage (USD)")
    >>> meaning.field, meaning.kind, meaning.period, meaning.currency
    ('pay', 'median', 'hour', 'USD')
    >>> column_meaning("Notes") is None
    True

Names are matched case-insensitively with punctuation and spacing ignored. A pay
column's name is composed of a bound or statistic word, a pay word and a period word
(any of them may be missing, in any order), and may end with a currency code; every
composition is listed once, so matching a header is one dictionary look-up.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel

from store.extract.amounts.marks import ISO_CODES
from store.models import Period
from store.vocabulary import vocabulary

Field = Literal[
    "title", "location", "city", "state", "period", "currency", "date", "company", "url", "pay",
    "employment", "closes",
]  # fmt: skip
PayKind = Literal["low", "high", "point", "average", "median"]

_NOT_NAME = re.compile(r"[\W_]+")
_CURRENCY_CODES = frozenset(code.lower() for code in ISO_CODES.split("|"))


class ColumnMeaning(BaseModel):
    """What one column holds; for pay, which kind of figure and any period or currency its
    name states."""

    field: Field
    kind: PayKind | None = None
    period: Period | None = None
    currency: str | None = None


def name_key(name: str) -> str:
    """A column name or cell as the vocabulary matches it.

    >>> name_key(" Base-Min ($) "), name_key("Per Annum")
    ('basemin', 'perannum')
    """
    return _NOT_NAME.sub("", name.casefold())


@lru_cache(maxsize=1)
def _vocabulary() -> dict:
    return vocabulary("pay_columns.json")


def _pay_names(pay: dict) -> dict[str, ColumnMeaning]:
    """Every composition of bound or statistic, pay word and period word, and its meaning."""
    bounds: list[tuple[str, PayKind]] = [("", "point")]
    bounds += [(word, kind) for kind, words in pay["kinds"].items() for word in words]
    periods: list[tuple[str, Period | None]] = [("", None)]
    periods += [(word, period) for period, words in pay["period_words"].items() for word in words]
    names: dict[str, ColumnMeaning] = {}
    for (bound, kind), pay_word, (period_word, period) in itertools.product(
        bounds, ["", *pay["pay_words"]], periods
    ):
        parts = [name_key(part) for part in (bound, pay_word, period_word) if part]
        if not (bound or pay_word):
            continue
        for order in itertools.permutations(parts):
            names.setdefault("".join(order), ColumnMeaning(field="pay", kind=kind, period=period))
    return names


@lru_cache(maxsize=1)
def _names() -> dict[str, ColumnMeaning]:
    vocabulary = _vocabulary()
    names = _pay_names(vocabulary["pay"])
    for field, words in vocabulary["fields"].items():
        names |= {name_key(word): ColumnMeaning(field=field) for word in words}
    return names


@lru_cache(maxsize=1)
def _period_values() -> dict[str, Period]:
    periods = _vocabulary()["periods"].items()
    return {name_key(word): period for period, words in periods for word in words}


def column_meaning(name: str) -> ColumnMeaning | None:
    """What a column named ``name`` holds, or None when the vocabulary does not know it."""
    key = name_key(name)
    known = _names().get(key)
    if known is None and key[-3:] in _CURRENCY_CODES:  # "Salary (USD)", "Base Min EUR"
        known = _names().get(key[:-3])
        if known is not None and known.field == "pay":
            return known.model_copy(update={"currency": key[-3:].upper()})
        return None
    return known


@lru_cache(maxsize=1)
def _pay_word_keys() -> tuple[str, ...]:
    words = {name_key(word) for word in _vocabulary()["pay"]["pay_words"]}
    return tuple(sorted(words, key=len, reverse=True))


def period_value(cell: str) -> Period | None:
    """The period a pay-type cell names ("Annual", "Hourly Rate", "per month"), or None.

    >>> period_value("Annual"), period_value("HOURLY"), period_value("per month")
    ('year', 'hour', 'month')
    >>> period_value("Annual Salary"), period_value("Hourly rate"), period_value("Bonus")
    ('year', 'hour', None)
    """
    key = name_key(cell)
    found = _period_values().get(key)
    for word in _pay_word_keys() if found is None else ():
        found = _period_values().get(key.removesuffix(word) if key.endswith(word) else
                                     key.removeprefix(word))  # fmt: skip
        if found is not None:
            return found
    return found


def period_names() -> str:
    """The period words a pay-type cell may hold, for a message about one it may not."""
    return ", ".join(words[0] for words in _vocabulary()["periods"].values())
