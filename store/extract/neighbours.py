"""What a pay figure takes from the figures beside it on a page.

    >>> from store.extract.figures import extract_pay
    >>> [(f.min_amount, f.period, f.period_basis) for f in extract_pay(
    ...     "It pays £1,218 monthly (or £14,612).")]
    [(1218.0, 'month', None), (14612.0, 'year', 'sentence')]

A figure with no period takes one from its conversion in brackets, from the bracketed
restatement after it, or from the one period the page states for figures of its size
(``with_neighbours_periods``). Which currency a bare amount shares with the amounts beside
it is read in ``store.extract.amounts.shared_currency``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from store.extract.conversions import (
    RESTATING_CUES,
    as_converted,
    bracketed,
    restated_in_words,
)
from store.models import PayFigure
from store.pay import HOURS_IN, period_of_same_pay

# A figure whose period comes from the page's other figures is within this factor of
# them: of a figure whose period is stated, or whose pay word made its size its period
# ("make $40,000 - $50,000. ... in the $50,000 - $65,000 range"), a closer one.
_PAGE_BASES = {None: 4.0, "label": 4.0, "sentence": 4.0, "size": 2.0}


def with_neighbours_periods(scan: str, figures: list[PayFigure]) -> list[PayFigure]:
    """``figures`` read in ``scan``, each with the period its neighbours give it."""
    if len(figures) < 2:
        return figures  # every rule here reads a figure beside another
    if any(figure.currency is None for figure in figures):
        figures = _with_page_currency(figures)
    if all(figure.period for figure in figures):
        read = _with_restated_period(scan, figures)
    else:
        read = _with_replaced_period(scan, _with_converted_period(scan, figures))
        read = _with_shared_period(scan, _with_restating_period(scan, read))
        read = _with_page_basis(_with_restated_period(scan, read))
    return _without_repeats(scan, _with_joined_bounds(scan, read))


# Words right before a figure that make it the level the figure before replaced, or is
# compared with: "Rs 285 per day instead of Rs 259", "9,40 € (contre 9,22 €)".
_REPLACED = re.compile(
    r"(?:instead\s+of|rather\s+than|compared\s+(?:with|to)|up\s+from|down\s+from|"
    r"au\s+lieu\s+de|contre|statt|anstatt|en\s+lugar\s+de|en\s+vez\s+de|zamiast)\s*$",
    re.IGNORECASE,
)
_REPLACED_REACH = 60  # from the figure before to the replaced one


def _with_replaced_period(scan: str, figures: list[PayFigure]) -> list[PayFigure]:
    """A figure with no period, right after "instead of" and the like, takes the period of
    the figure before it: the old level of the same pay.

    >>> from store.extract.figures import extract_pay
    >>> [f.period for f in extract_pay("A cook will get Rs 285 per day instead of Rs 259.")]
    ['day', 'day']
    """
    read = list(figures)
    for i, replaced in enumerate(figures):
        if replaced.period or i == 0:
            continue
        figure = figures[i - 1]
        if i > 1 and bracketed(scan, figure):  # "Rs 285 per day (Rs 8,550 per month)"
            figure = figures[i - 2]
        if not figure.period or replaced.currency != figure.currency:
            continue
        between = scan[figure.span[1] : replaced.span[0]]
        if len(between) <= _REPLACED_REACH and _REPLACED.search(between):
            read[i] = replaced.model_copy(
                update={"period": figure.period, "period_basis": "sentence"}
            )
    return read


def _with_converted_period(scan: str, figures: list[PayFigure]) -> list[PayFigure]:
    """A figure followed by its conversion in brackets takes the conversion's period.

    "6746 dollars (5175 euros)": one pay in two currencies, so one period.
    """
    read = list(figures)
    for i, (figure, converted) in enumerate(itertools.pairwise(figures)):
        if figure.period or not converted.period or figure.currency == converted.currency:
            continue
        opened = scan[figure.span[1] : converted.span[0]].strip() == "("
        if opened and scan[converted.span[1] : converted.span[1] + 2].strip()[:1] == ")":
            basis = converted.period_basis or "sentence"
            read[i] = figure.model_copy(update={"period": converted.period, "period_basis": basis})
    return read


# Between a figure and its restatement in another period: "$53,030, or $25.50 per hour".
_OR_RESTATING = re.compile(
    r"\s*,?\s*(?:or|i\.e\.|that\s+is)\s+(?:(?:about|approximately|roughly|around)\s+)?",
    re.IGNORECASE,
)


def _with_restating_period(scan: str, figures: list[PayFigure]) -> list[PayFigure]:
    """A figure with no period, restated right after it in a period it states, takes the
    period in which the two are the same pay.

    "electricians averaged $53,030, or $25.50 per hour": 2,080 hours of the second, so
    the first is a year.
    """
    read = list(figures)
    for i, figure, restating in _before_a_stated_period(figures):
        if not _OR_RESTATING.fullmatch(scan, figure.span[1], restating.span[0]):
            continue
        period = period_of_same_pay(
            _size(figure),
            _size(restating),
            restating.period,
            tolerance=_RESTATED_TOLERANCE,
            periods=[p for p in HOURS_IN if p != restating.period],
        )
        if period:
            read[i] = figure.model_copy(update={"period": period, "period_basis": "sentence"})
    return read


# Between two levels of one pay, the second's period written after it: "3.670 € und
# nach zehn Jahren 4.000 € monatlich", "$3,100 and later $3,400 a month".
_SHARED_AND = re.compile(
    r"\s*,?\s*(?:and|und|et|y|e|en|i)\b[^.;:!?\n$£€₹₱\d]{0,40}$", re.IGNORECASE
)
_SHARED_RATIO = 3.0  # levels of one pay this close in size


def _with_shared_period(scan: str, figures: list[PayFigure]) -> list[PayFigure]:
    """A figure with no period, joined by "and" in its clause to the next figure, whose
    period is written after it, takes that period when the two are alike in size: one
    pay at two levels.

    >>> from store.extract.figures import extract_pay
    >>> text = "Du erhältst 3.670 € und nach zehn Jahren 4.000 € monatlich."
    >>> [f.period for f in extract_pay(text)]
    ['month', 'month']
    """
    read = list(figures)
    for i, figure, shared in _before_a_stated_period(figures):
        if not _SHARED_AND.match(scan[figure.span[1] : shared.span[0]]):
            continue
        if max(_size(figure), _size(shared)) > _SHARED_RATIO * min(_size(figure), _size(shared)):
            continue
        read[i] = figure.model_copy(update={"period": shared.period, "period_basis": "sentence"})
    return read


_RESTATED_TOLERANCE = 0.1  # a 37.5- or 42-hour week is still "2,080 hours"
_RESTATEMENT = re.compile(
    r"\s*\(\s*(?:or|i\.e\.|about|approx\.?|approximately|roughly|around|ca\.)?\s*"
)


def _with_restated_period(scan: str, figures: list[PayFigure]) -> list[PayFigure]:
    """A figure in brackets, or after "the equivalent of", restating the one before it in
    another period takes that period, and its open bound.

    "£1,218 monthly (or £14,612)": twelve times the first, so a year. "more than
    $844 per week ($43,888 annually)": 52 weeks of a floor is a floor. A period
    written beside the bracketed figure stays, and must fit the ratio.
    """
    read = list(figures)
    for i, restated in enumerate(figures[1:], start=1):
        figure = read[i - 1]  # as restated itself: "at least £10 an hour, the equivalent of"
        if figure.period and restated.currency != figure.currency:
            read[i] = as_converted(scan, figure, restated)
            continue
        if not figure.period:
            continue
        if scan.find("(", figure.span[1], restated.span[0]) == -1:
            between = scan[figure.span[1] : restated.span[0]]
            if not any(cue in between for cue in RESTATING_CUES):
                continue  # the usual case: neither brackets nor "the equivalent of" between
            if not restated_in_words(scan, figure.span[1], restated.span[0]):
                continue
        elif not _RESTATEMENT.fullmatch(scan, figure.span[1], restated.span[0]):
            continue
        period = _restated_period(figure, restated)
        if period is None:
            continue
        update: dict[str, object] = {}
        if period != restated.period:
            update = {"period": period, "period_basis": "sentence"}
        if restated.min_amount == restated.max_amount and figure.min_amount != figure.max_amount:
            if figure.max_amount is None:  # a floor restated
                update |= {"max_amount": None, "kind": "range"}
            elif figure.min_amount is None:  # a ceiling restated
                update |= {"min_amount": None, "kind": "range"}
        if update:
            read[i] = restated.model_copy(update=update)
    return read


def _restated_period(figure: PayFigure, restated: PayFigure) -> str | None:
    """The period ``restated`` has if it is ``figure`` converted to another period, or None.

    A written period of its own must fit the ratio; none written, any period may.
    """
    if not _size(figure):
        return None
    written = restated.period if restated.period and restated.period_basis is None else None
    periods = [p for p in HOURS_IN if p != figure.period and written in (None, p)]
    return period_of_same_pay(
        _size(restated),
        _size(figure),
        figure.period,  # type: ignore[arg-type]
        tolerance=_RESTATED_TOLERANCE,
        periods=periods,
    )


# Before a floor, what makes it the bottom of a range told at length, and what lies
# between it and its top: "ranges from around $9.27 per hour at the low end of the
# scale up to as high as $18.98 per hour".
_RANGES_FROM = re.compile(r"\brang(?:e|es|ed|ing)\s+$", re.IGNORECASE)
_RANGES_REACH = 12
_WITHIN_CLAUSE = re.compile(r"[^.;:\n$£€₹\d]{0,80}")


def _with_joined_bounds(scan: str, figures: list[PayFigure]) -> list[PayFigure]:
    """A floor after "ranges from" and the ceiling after it in the same clause, in the
    same period and currency, are one range."""
    read = list(figures)
    for i in range(len(read) - 2, -1, -1):
        floor, top = read[i], read[i + 1]
        if floor.max_amount is not None or top.min_amount is not None:
            continue  # the usual case: no floor before a ceiling
        if floor.period != top.period or floor.currency != top.currency:
            continue
        if not _RANGES_FROM.search(scan, max(0, floor.span[0] - _RANGES_REACH), floor.span[0]):
            continue
        if not _WITHIN_CLAUSE.fullmatch(scan, floor.span[1], top.span[0]):
            continue
        span = (floor.span[0], top.span[1])
        read[i : i + 2] = [
            floor.model_copy(
                update={
                    "max_amount": top.max_amount,
                    "kind": "range",
                    "span": span,
                    "text": scan[span[0] : span[1]],
                }
            )
        ]
    return read


def _without_repeats(scan: str, figures: list[PayFigure]) -> list[PayFigure]:
    """Figures without a figure that repeats an earlier one's amounts with no period of
    its own: a posting's "Pay: $11.00 - $13.00 per hour ... Salary : $11 - $13", or one
    bound of the range just before it in its clause ("the $30,000 to $40,000 range,
    leaning more towards $30,000")."""
    stated: set[tuple[float | None, float | None, str | None]] = set()
    kept: list[PayFigure] = []
    for figure in figures:
        amounts = (figure.min_amount, figure.max_amount, figure.currency)
        if figure.period_basis is None:
            if figure.period:
                stated.add(amounts)
        elif amounts in stated or (kept and _bound_repeated(scan, kept[-1], figure)):
            continue
        kept.append(figure)
    return kept


def _bound_repeated(scan: str, before: PayFigure, figure: PayFigure) -> bool:
    """Whether ``figure`` is one amount naming a bound of the range ``before`` it, in the
    same clause."""
    low, high = before.min_amount, before.max_amount
    if low is None or high is None or low == high or figure.currency != before.currency:
        return False
    if figure.min_amount != figure.max_amount or figure.min_amount not in (low, high):
        return False
    return _WITHIN_CLAUSE.fullmatch(scan, before.span[1], figure.span[0]) is not None


def _with_page_currency(figures: list[PayFigure]) -> list[PayFigure]:
    """Figures with no currency mark and a period in words take the one currency the
    text's other figures write.

    "4.900 brutto im Monat. ... fast 7.700 Euro brutto": both are euros, though the
    currency is named only in the later sentence. A bare number read by its size alone
    is left as it is.
    """
    written = {figure.currency for figure in figures if figure.currency}
    if len(written) != 1:
        return figures
    (currency,) = written
    return [
        figure.model_copy(update={"currency": currency})
        if figure.currency is None and figure.period and figure.period_basis != "size"
        else figure
        for figure in figures
    ]


def _before_a_stated_period(
    figures: list[PayFigure],
) -> Iterator[tuple[int, PayFigure, PayFigure]]:
    """Each figure with no period (and its index) whose next figure, in its currency, has a
    period written beside it: the second may lend the first its period."""
    for i, (figure, following) in enumerate(itertools.pairwise(figures)):
        if figure.period or not following.period or following.period_basis is not None:
            continue
        if following.currency == figure.currency and _size(figure):
            yield i, figure, following


def _size(figure: PayFigure) -> float:
    return figure.max_amount if figure.max_amount is not None else figure.min_amount or 0.0


def _with_page_basis(figures: list[PayFigure]) -> list[PayFigure]:
    """Figures with no period take the one period the page states for its like figures.

    "4578 Euro pro Monat ... 3754 Euro": the second is monthly too. Only a period
    every stated figure of that currency shares counts, and only for a figure of
    about their size.
    """
    if all(figure.period for figure in figures):
        return figures
    stated: dict[str | None, tuple[set[str], list[tuple[float, float]]]] = {}
    for figure in figures:
        if figure.period and figure.period_basis in _PAGE_BASES:
            periods, sizes = stated.setdefault(figure.currency, (set(), []))
            periods.add(figure.period)
            sizes.append((_size(figure), _PAGE_BASES[figure.period_basis]))
    read: list[PayFigure] = []
    for figure in figures:
        if figure.period is not None:
            read.append(figure)
            continue  # the usual case: a period of its own, no neighbour's to weigh
        periods, sizes = stated.get(figure.currency, (set(), []))
        size = _size(figure)
        if len(periods) == 1 and any(
            size and other / ratio <= size <= other * ratio for other, ratio in sizes
        ):
            figure = figure.model_copy(update={"period": periods.pop(), "period_basis": "page"})
            periods.add(figure.period)
        read.append(figure)
    return read


def restates_statistic(figure: PayFigure, statistics: list[PayFigure]) -> bool:
    """Whether an open bound only restates one of the statistics the text gave before:
    after "the median is S$4,200", "half earn above S$4,200" says nothing new about pay.

    >>> from store.extract.figures import extract_pay
    >>> median = extract_pay("The median salary is S$4,200 a month.")
    >>> restates_statistic(extract_pay("Half earn above S$4,200 a month.")[0], median)
    True
    >>> restates_statistic(extract_pay("Some earn above S$5,000 a month.")[0], median)
    False
    """
    if (figure.min_amount is None) == (figure.max_amount is None):
        return False  # the usual case: a point or a closed range
    bound = figure.min_amount if figure.max_amount is None else figure.max_amount
    return any(
        other.min_amount == bound == other.max_amount and other.currency == figure.currency
        for other in statistics
    )
