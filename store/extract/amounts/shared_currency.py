"""Bare amounts that share the currency written on an amount beside them.

    >>> from store.extract.amounts.money import find_amounts
    >>> text = "KES 10107.20 per month or 484.20 per day"
    >>> [a.currency for a in with_shared_currency(text, find_amounts(text))]
    ['KES', 'KES']

Used by ``store.extract.figures`` on a text's amounts before they are read as figures.
"""

from __future__ import annotations

import itertools
import re

from store.extract.amounts.money import Amount

_SHARED_REACH = 60  # "563 400, a nettó ... 394 300 forintot": one currency for both
_SHARED_BREAK = re.compile(r"[.;:()|\n%]")  # another clause, an aside, a percentage
# Units that make a bare number a count, not money, beside money: "2,500 miles".
_UNIT_AFTER = re.compile(
    r" (?:miles|kilometers|kilometres|km|acres|credits|loads|stops|deliveries|visits)\b",
    re.IGNORECASE,
)


def with_shared_currency(scan: str, amounts: list[Amount]) -> list[Amount]:
    """Bare amounts that take the currency written on the next amount of their sentence,
    or on the amount before them when written alike, cents and all.

    "A bruttó kereset mediánértéke 563 400, a nettó kereset mediánértéke 394 300
    forintot ért el": both are forints. Years and scaled counts keep no mark.
    """
    shared = list(amounts)
    for i, (amount, following) in enumerate(itertools.pairwise(amounts)):
        if amount.marked or not following.marked or amount.scale != following.scale:
            continue  # "9.9 लाख और 9.2 लाख रुपए": alike scales share; "667 thousand" does not
        gap = scan[amount.end : following.start]
        year = amount.value == int(amount.value) and 1900 <= amount.value <= 2100
        small = amount.value < 100 and not amount.scale  # "4 days", not "9.9 लाख"
        if year or small or len(gap) > _SHARED_REACH or _SHARED_BREAK.search(gap):
            continue
        if scan[max(0, amount.start - 5) : amount.start].endswith("% of "):
            continue  # "25% of 33,481": a base for a sum, not a figure of its own
        if _UNIT_AFTER.match(scan, amount.end):
            continue  # "2,500 miles per week at $0.50": a count with its unit
        if _cell_before_marked(scan, amount, following):
            continue  # "services 131,030 $38.09 $79,230": a count before wage cells
        shared[i] = amount._replace(currency=following.currency, marked=True)
    for i, (marked, amount) in enumerate(itertools.pairwise(amounts), start=1):
        if amount.marked or not marked.marked or shared[i].marked or amount.scale:
            continue
        gap = scan[marked.end : amount.start]
        if scan[amount.end - 3 : amount.end - 2] not in (".", ","):
            if _grouped_alike(scan, marked, amount, gap):
                shared[i] = amount._replace(currency=marked.currency, marked=True)
            continue  # no cents: the usual bare number (a year, a count)
        if (
            len(gap) <= _SHARED_REACH
            and not _SHARED_BREAK.search(gap)
            and _written_alike(scan, marked, amount)
        ):
            shared[i] = amount._replace(currency=marked.currency, marked=True)
    return _listed_alike(scan, shared)


# Between the items of a list: "S$1,500, 1,800, and 2,600".
_LIST_GAP = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")


def _listed_alike(scan: str, amounts: list[Amount]) -> list[Amount]:
    """Bare amounts listed after a marked one, grouped in thousands as it is, share its
    mark: "Their median salaries are S$1,500, 1,800, and 2,600, respectively."

    >>> from store.extract.amounts.money import find_amounts
    >>> text = "median salaries are S$1,500, 1,800, and 2,600, respectively"
    >>> [a.currency for a in _listed_alike(text, find_amounts(text))]
    ['SGD', 'SGD', 'SGD']
    """
    for i in range(1, len(amounts)):
        before, amount = amounts[i - 1], amounts[i]
        if amount.marked or not before.marked or amount.scale or before.scale:
            continue  # the usual case
        if not _LIST_GAP.fullmatch(scan, before.end, amount.start):
            continue
        number = _GROUPED.fullmatch(scan, amount.start, amount.end)
        if number is None or _GROUPED.search(scan, before.start, before.end) is None:
            continue  # "S$1,500, 2021": a year or a count, not written as the money is
        amounts[i] = amount._replace(currency=before.currency, marked=True)
    return amounts


def _cell_before_marked(scan: str, amount: Amount, following: Amount) -> bool:
    """Whether a bare amount is a cell of its own before one whose mark is written in
    front of it, only spaces between: a row whose money cells carry their marks
    ("Software publishers 38,900 $39.04 $81,210"), where the bare cell is a count.

    >>> from store.extract.amounts.money import find_amounts
    >>> text = "Software publishers 38,900 $39.04"
    >>> _cell_before_marked(text, *find_amounts(text))
    True
    >>> text = "Deutschland: 2.788 € 3.987 €"
    >>> _cell_before_marked(text, *find_amounts(text)[:2])
    False
    """
    if scan[amount.end : following.start].strip(" \t"):
        return False  # words or a dash between: one sentence's amounts
    # A mark only ever written in front ("$", "US$", "£"), not one that may end the cell
    # before ("2.788 € 3.987 €").
    return (
        scan.startswith(_FRONT_MARKS, following.start)
        or "$" in scan[following.start : following.start + 4]
    )


_FRONT_MARKS = ("$", "£", "₹", "₱")


_DIGITS = re.compile(r"\d")
_CENTS_NUMBER = re.compile(r"\d[\d.,]*[.,]\d\d(?!\d)")


def _cents_shape(scan: str, amount: Amount) -> str:
    """How an amount with cents is written, digits blanked ("99.999,99"), or "".

    "20.607,85 euros al año y los hombres 26.391,84": the second is written just
    like the first, so it is euros too.
    """
    number = _CENTS_NUMBER.search(scan, amount.start, amount.end)
    return _DIGITS.sub("9", number.group()) if number else ""


def _written_alike(scan: str, marked: Amount, amount: Amount) -> bool:
    """Whether ``amount`` is written like ``marked``, cents and all: digit for digit, or,
    from a hundred up, with the same separators ("KES 10107.20 per month or 484.20 per
    day"; "$ 106.94 0.63" is a price and its change)."""
    shape = _cents_shape(scan, amount)
    if not shape:
        return False
    marked_shape = _cents_shape(scan, marked)
    if marked_shape == shape:
        return True
    return amount.value >= 100 and marked_shape.replace("9", "") == shape.replace("9", "")


# A whole number grouped in thousands ("43.742", "25 500"), and what may follow one that
# ends its clause; how far back in its sentence the amount it is written like may stand.
_GROUPED = re.compile(r"\d{1,3}(?:[.,\u00a0 ]\d{3})+(?!\d)")
_ENDS_CLAUSE = re.compile(r"\s*(?:[.;,)!?]|$)")
_SENTENCE_BREAK = re.compile(r"\n|[.!?]\s+[A-Z]")
_ALIKE_REACH = 120
_ALIKE_RATIO = 2


def _grouped_alike(scan: str, marked: Amount, amount: Amount, gap: str) -> bool:
    """Whether a bare whole number ending its clause is written like the marked amount
    before it in its sentence, grouped the same and of a like size: "en gennemsnitlig løn
    på 43.742 kr. om måneden, mens mænds gennemsnitsløn ligger på 49.798.", "24.000 euros
    anuales (sin contar propinas) y un camarero cobra alrededor de 25.500.".

    >>> from store.extract.amounts.money import find_amounts
    >>> text = "ellas cobran 24.000 euros y ellos cobran 25.500."
    >>> marked, bare = find_amounts(text)
    >>> _grouped_alike(text, marked, bare, text[marked.end : bare.start])
    True
    >>> text = "cobran 24.000 euros en 2.500 empresas."
    >>> marked, bare = find_amounts(text)
    >>> _grouped_alike(text, marked, bare, text[marked.end : bare.start])
    False
    """
    if len(gap) > _ALIKE_REACH or not _ENDS_CLAUSE.match(scan, amount.end):
        return False
    if not marked.value / _ALIKE_RATIO <= amount.value <= marked.value * _ALIKE_RATIO:
        return False
    own = _GROUPED.fullmatch(scan, amount.start, amount.end)
    other = _GROUPED.search(scan, marked.start, marked.end)
    if own is None or other is None or _SENTENCE_BREAK.search(gap):
        return False
    return _DIGITS.sub("9", own.group()) == _DIGITS.sub("9", other.group())
