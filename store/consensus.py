"""From one ladder rung's latest observations to the figures an answer shows and their consensus.

    >>> figures = source_figures(observations, is_intern=True, term_weeks=12)
    >>> consensus = build_consensus(figures, is_intern=True, term_weeks=12)

The rules, in the order they apply:

* **Base pay first.** For each (source, url), base figures (``covers`` base or
  unstated) are shown and enter the consensus. A source that publishes no base
  figure shows its total (else additional cash) figures instead, listed but kept
  out of the consensus, because total pay is not comparable with base pay.
* **One currency.** The consensus is in USD when any USD figure is present,
  otherwise in the commonest currency; figures in other currencies are listed
  with a note and never converted.
* **Outliers** (flagged with ``outlier_reason`` and kept out of the consensus),
  each figure judged against the median of the *other* figures' annual midpoints,
  in two passes. First, for intern roles, a figure of at least
  ``FULL_TIME_ANNUAL`` ($100k) a year and above ``FULL_TIME_RATIO`` (1.5x) that
  median "looks like full-time pay" (one other figure is enough). Then, among the
  figures left and only when there are at least ``MIN_FIGURES_FOR_OUTLIERS`` (3),
  one above ``OUTLIER_RATIO`` (1.75x) or below 1/1.75 of that median is "far
  from the other sources"; an intern figure above 2x is again called full-time
  pay. Flagging full-time ranges first keeps them from dragging the others'
  median and making a real intern figure look low.
* **Consensus**: the median of the remaining figures' annual midpoints; hourly is
  that over 2,080 hours; low/high are the lowest and highest midpoints.

A figure's midpoint is the middle of its range, or its one stated bound for
"up to $X" and "from $X" figures.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from statistics import median

from store.answers import Consensus, SourceFigure
from store.models import Observation
from store.pay import HOURS_PER_YEAR, term_pay, to_annual, to_hourly

OUTLIER_RATIO = 1.75
FULL_TIME_ANNUAL = 100_000
FULL_TIME_RATIO = 1.5
FULL_TIME_FAR_RATIO = 2.0
MIN_FIGURES_FOR_OUTLIERS = 3

SOURCE_KIND_LABELS = {
    "site_estimate": "site estimate",
    "employer_posting": "employer posting",
    "self_reported": "self-reported",
    "government": "government data",
}

CURRENCY_SYMBOLS = {"USD": "$", "GBP": "£", "EUR": "€", "CAD": "CA$", "AUD": "A$", "INR": "₹"}
_KIND_PREFIX = {"average": "avg ", "median": "median "}
_BASE_COVERS = (None, "base")


def format_amount(amount: float, currency: str = "USD") -> str:
    """Money as people write it: ``format_amount(124052)`` is ``'$124,052'``,
    ``format_amount(22.36)`` is ``'$22.36'``, ``format_amount(32000, "GBP")`` is ``'£32,000'``.
    """
    number = f"{amount:,.2f}" if round(amount, 2) % 1 else f"{amount:,.0f}"
    symbol = CURRENCY_SYMBOLS.get(currency)
    return f"{symbol}{number}" if symbol else f"{number} {currency}"


def format_published(observation: Observation) -> str:
    """The figure as its source published it, e.g. ``'$124,052 - $184,190 / year'``,
    ``'up to $60 / hour'``, ``'from $40,000 / year'``, ``'avg $164,700 / year'``.
    """
    low, high, currency = observation.min_amount, observation.max_amount, observation.currency
    if low is not None and high is not None and low != high:
        figure = f"{format_amount(low, currency)} - {format_amount(high, currency)}"
    elif low is None and high is not None:
        figure = f"up to {format_amount(high, currency)}"
    elif high is None and low is not None:
        figure = f"from {format_amount(low, currency)}"
    elif low is not None:
        figure = format_amount(low, currency)
    else:
        return "no amount stated"
    return f"{_KIND_PREFIX.get(observation.kind, '')}{figure} / {observation.period}"


def midpoint(low: float | None, high: float | None) -> float | None:
    """The middle of a range, or its one stated bound."""
    if low is None or high is None:
        return high if low is None else low
    return (low + high) / 2


def figure_for(observation: Observation, *, is_intern: bool, term_weeks: float) -> SourceFigure:
    """One observation as shown: published text plus hourly, annual and (interns) term midpoints.

    The store's normalised columns are used; if ingestion left them empty they are
    computed on the same 2,080-hour basis (``store.pay``).
    """
    o = observation
    hourly_mid = midpoint(
        o.hourly_min if o.hourly_min is not None else to_hourly(o.min_amount, o.period),
        o.hourly_max if o.hourly_max is not None else to_hourly(o.max_amount, o.period),
    )
    annual_mid = midpoint(
        o.annual_min if o.annual_min is not None else to_annual(o.min_amount, o.period),
        o.annual_max if o.annual_max is not None else to_annual(o.max_amount, o.period),
    )
    weeks = (o.term_weeks or term_weeks) if is_intern else None
    term_mid = term_pay(hourly_mid, weeks) if weeks else None
    return SourceFigure(
        observation=o,
        published=format_published(o),
        hourly_mid=None if hourly_mid is None else round(hourly_mid, 2),
        annual_mid=None if annual_mid is None else float(round(annual_mid)),
        term_mid=term_mid,
        term_weeks=weeks,
        source_kind_label=SOURCE_KIND_LABELS.get(o.source_kind, o.source_kind.replace("_", " ")),
    )


def prefer_base(observations: list[Observation]) -> list[tuple[Observation, str | None]]:
    """Each observation worth showing, with why it stays out of the consensus (None if it enters).

    Per (source, url): base figures if there are any, else total, else additional cash.
    """
    by_page: dict[tuple[str, str], list[Observation]] = {}
    for observation in observations:
        by_page.setdefault((observation.source, observation.url), []).append(observation)
    shown: list[tuple[Observation, str | None]] = []
    for page in by_page.values():
        base = [o for o in page if o.covers in _BASE_COVERS]
        if base:
            shown.extend((o, None) for o in base)
            continue
        total = [o for o in page if o.covers == "total"]
        for o in total or page:
            what = "total pay" if o.covers == "total" else "additional cash pay"
            shown.append((o, f"{what}, not base pay: listed, not in the consensus"))
    return shown


def consensus_currency(figures: list[SourceFigure]) -> str:
    """USD when any figure is in USD, otherwise the commonest currency."""
    currencies = Counter(f.observation.currency for f in figures)
    if not currencies or "USD" in currencies:
        return "USD"
    return currencies.most_common(1)[0][0]


def _full_time(ratio: float, typical: str) -> str:
    return (
        f"intern range looks like full-time pay: {ratio:.1f}x the other sources' "
        f"median ({typical} / year)"
    )


def full_time_reason(annual_mid: float, others: list[float], *, currency: str) -> str | None:
    """Why an intern figure looks like full-time pay: $100k+ a year and over 1.5x the others."""
    if not others or median(others) <= 0:
        return None
    ratio = annual_mid / median(others)
    if annual_mid < FULL_TIME_ANNUAL or ratio <= FULL_TIME_RATIO:
        return None
    return _full_time(ratio, format_amount(round(median(others)), currency))


def far_off_reason(
    annual_mid: float, others: list[float], *, currency: str, is_intern: bool = False
) -> str | None:
    """Why a figure is far from the others: over 1.75x or under 1/1.75 of their median."""
    if len(others) + 1 < MIN_FIGURES_FOR_OUTLIERS or median(others) <= 0:
        return None
    ratio = annual_mid / median(others)
    typical = format_amount(round(median(others)), currency)
    if is_intern and ratio > FULL_TIME_FAR_RATIO:
        return _full_time(ratio, typical)
    if ratio > OUTLIER_RATIO:
        return f"far above the other sources: {ratio:.1f}x their median ({typical} / year)"
    if ratio < 1 / OUTLIER_RATIO:
        return f"far below the other sources: {ratio:.0%} of their median ({typical} / year)"
    return None


def _flag(figures: list[SourceFigure], rule: Callable[..., str | None], **options: object) -> None:
    """Flag, in place, each in-consensus figure ``rule`` finds off against the others."""
    comparable = [(i, f) for i, f in enumerate(figures) if f.in_consensus]
    mids = [f.annual_mid or 0.0 for _, f in comparable]
    for position, (index, figure) in enumerate(comparable):
        others = mids[:position] + mids[position + 1 :]
        reason = rule(mids[position], others, **options)
        if reason:
            update = {"in_consensus": False, "outlier_reason": reason}
            figures[index] = figure.model_copy(update=update)


def source_figures(
    observations: list[Observation], *, is_intern: bool, term_weeks: float
) -> list[SourceFigure]:
    """The figures an answer lists, each marked in or out of the consensus and why."""
    figures: list[SourceFigure] = []
    for observation, excluded in prefer_base(observations):
        figure = figure_for(observation, is_intern=is_intern, term_weeks=term_weeks)
        if excluded is None and figure.annual_mid is None:
            excluded = "no amount to compare: listed, not in the consensus"
        if excluded is not None:
            figure = figure.model_copy(update={"in_consensus": False, "note": excluded})
        figures.append(figure)

    candidates = [f for f in figures if f.in_consensus]
    currency = consensus_currency(candidates)
    for index, figure in enumerate(figures):
        if figure.in_consensus and figure.observation.currency != currency:
            other = figure.observation.currency
            note = f"in {other}: listed, not mixed into the {currency} figures"
            figures[index] = figure.model_copy(update={"in_consensus": False, "note": note})

    # Full-time-looking intern ranges go first, so they don't skew the far-off test.
    if is_intern:
        _flag(figures, full_time_reason, currency=currency)
    _flag(figures, far_off_reason, currency=currency, is_intern=is_intern)
    return figures


def build_consensus(
    figures: list[SourceFigure], *, is_intern: bool, term_weeks: float
) -> Consensus | None:
    """The median of the in-consensus figures' annual midpoints, or None if there are none."""
    counted = [f for f in figures if f.in_consensus and f.annual_mid is not None]
    if not counted:
        return None
    mids = [f.annual_mid for f in counted if f.annual_mid is not None]
    annual = float(round(median(mids)))
    hourly = round(annual / HOURS_PER_YEAR, 2)
    dates = [f.observation.as_of for f in counted]
    left_out = [f for f in figures if not f.in_consensus]
    return Consensus(
        hourly=hourly,
        annual=annual,
        term=term_pay(hourly, term_weeks) if is_intern else None,
        term_weeks=term_weeks,
        low_annual=min(mids),
        high_annual=max(mids),
        source_count=len(counted),
        oldest=min(dates),
        newest=max(dates),
        currency=counted[0].observation.currency,
        note=_left_out_note(left_out),
    )


def _left_out_note(left_out: list[SourceFigure]) -> str | None:
    """One sentence saying which listed figures the consensus leaves out."""
    outliers = sum(1 for f in left_out if f.outlier_reason)
    other = len(left_out) - outliers
    parts = []
    if outliers:
        parts.append(f"{outliers} outlier{'s' if outliers > 1 else ''}")
    if other:
        parts.append(f"{other} other figure{'s' if other > 1 else ''} (see notes)")
    return f"Leaves out {' and '.join(parts)}." if parts else None
