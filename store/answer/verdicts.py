"""Judging one ladder rung's figures: which enter the consensus, which are only listed, and why.

    verdicts = judge(observations, is_intern=True, full_time_bar=bar, recency=recency)

The rules, in the order they apply:

* **Base pay first.** For each (source, url), base figures (``covers`` base or
  unstated) are shown and enter the consensus. A source that publishes no base
  figure shows its total (else additional cash) figures instead, listed but kept
  out of the consensus, because total pay is not comparable with base pay.
* **Recent figures only.** A figure older than the recency window (``Recency``, 18 months
  by default) is listed with its date and kept out; a government survey is as recent as
  its latest release.
* **One currency.** The consensus is in USD when any USD figure is present,
  otherwise in the commonest currency; figures in other currencies are listed
  with a note and never converted.
* **Outliers** (flagged with ``outlier_reason`` and kept out of the consensus),
  in two passes. First, for intern roles, full-time pay: where the occupation's BLS
  OEWS wages are known (``full_time_bar``), a figure at or above 90 % of its median
  full-time pay at that place "looks like full-time pay", whatever the other sources
  say. Without them, a figure of at least ``FULL_TIME_ANNUAL`` ($100k) a year and
  above ``FULL_TIME_RATIO`` (1.5x) the median of the other figures does (one other
  figure is enough), and, last, an intern figure whose midpoint reaches
  ``FULL_TIME_PEER_RATIO`` (90 %) of the full-time role's consensus at the same
  place (``flag_at_full_time_pay``). Flagging full-time ranges first keeps them from
  dragging the others' median and making a real intern figure look low. Then, among
  the figures left, one above ``OUTLIER_RATIO`` (1.75x) or below 1/1.75 of the median
  of the *other sources'* figures is "far from the other sources": its own source's
  other figures don't count, and at least two other sources must speak.
A figure's midpoint is the middle of its range, or its one stated bound for
"up to $X" and "from $X" figures.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from functools import partial
from statistics import median

from display.money import format_amount
from store.answer.models import Consensus
from store.models import Observation
from store.pay import to_annual, to_hourly

OUTLIER_RATIO = 1.75
FULL_TIME_ANNUAL = 100_000
FULL_TIME_RATIO = 1.5
FULL_TIME_FAR_RATIO = 2.0
MIN_FIGURES_FOR_OUTLIERS = 3
FULL_TIME_PEER_RATIO = 0.9
_BASE_COVERS = (None, "base")


def midpoint(low: float | None, high: float | None) -> float | None:
    """The middle of a range, or its one stated bound."""
    if low is None or high is None:
        return high if low is None else low
    return (low + high) / 2


def hourly_midpoint(o: Observation) -> float | None:
    """From the normalised columns, or on the same 2,080-hour basis if ingestion left them empty."""
    return midpoint(
        o.hourly_min if o.hourly_min is not None else to_hourly(o.min_amount, o.period),
        o.hourly_max if o.hourly_max is not None else to_hourly(o.max_amount, o.period),
    )


def annual_midpoint(o: Observation) -> float | None:
    """From the normalised columns, or on the same 2,080-hour basis if ingestion left them empty."""
    return midpoint(
        o.annual_min if o.annual_min is not None else to_annual(o.min_amount, o.period),
        o.annual_max if o.annual_max is not None else to_annual(o.max_amount, o.period),
    )


@dataclass
class Verdict:
    """One listed observation and whether it enters the consensus: ``note`` says why not
    (listed only), ``outlier_reason`` says why it was flagged."""

    observation: Observation
    annual_mid: float | None
    note: str | None = None
    outlier_reason: str | None = None

    @property
    def in_consensus(self) -> bool:
        return self.note is None and self.outlier_reason is None


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


def consensus_currency(currencies: Iterable[str]) -> str:
    """USD when any figure is in USD, otherwise the commonest currency."""
    counts = Counter(currencies)
    if not counts or "USD" in counts:
        return "USD"
    return counts.most_common(1)[0][0]


def medians_without_each(values: list[float]) -> list[float | None]:
    """For each value, the median of all the others (None if there are none), in one sort.

    >>> medians_without_each([10, 20, 30, 100])
    [30, 30, 20, 20]
    """
    order = sorted(range(len(values)), key=values.__getitem__)
    ranked = [values[i] for i in order]
    result: list[float | None] = [None] * len(values)
    for rank, index in enumerate(order):
        others = ranked[:rank] + ranked[rank + 1 :]  # still sorted
        if others:
            half = len(others) // 2
            result[index] = (
                others[half] if len(others) % 2 else (others[half - 1] + others[half]) / 2
            )
    return result


def _full_time(ratio: float, typical: str) -> str:
    return (
        f"intern range looks like full-time pay: {ratio:.1f}x the other sources' "
        f"median ({typical} / year)"
    )


def full_time_reason(
    annual_mid: float, others_median: float, count: int, currency: str
) -> str | None:
    """Why an intern figure looks like full-time pay: $100k+ a year and over 1.5x the
    median (``others_median``) of the ``count`` other figures."""
    ratio = annual_mid / others_median
    if annual_mid < FULL_TIME_ANNUAL or ratio <= FULL_TIME_RATIO:
        return None
    return _full_time(ratio, format_amount(round(others_median), currency))


def far_off_reason(
    annual_mid: float, others_median: float, count: int, currency: str, *, is_intern: bool = False
) -> str | None:
    """Why a figure is far from the median (``others_median``) of the ``count`` other figures:
    over 1.75x or under 1/1.75 of it, judged only with three figures or more."""
    if count + 1 < MIN_FIGURES_FOR_OUTLIERS:
        return None
    ratio = annual_mid / others_median
    if 1 / OUTLIER_RATIO <= ratio <= OUTLIER_RATIO:
        return None
    typical = format_amount(round(others_median), currency)
    if is_intern and ratio > FULL_TIME_FAR_RATIO:
        return _full_time(ratio, typical)
    if ratio > OUTLIER_RATIO:
        return f"far above the other sources: {ratio:.1f}x their median ({typical} / year)"
    return f"far below the other sources: {ratio:.0%} of their median ({typical} / year)"


def _flag(verdicts: list[Verdict], rule: Callable[..., str | None], currency: str) -> None:
    """Flag, in place, each in-consensus verdict ``rule`` finds off against the others."""
    comparable = [v for v in verdicts if v.in_consensus]
    mids = [v.annual_mid or 0.0 for v in comparable]
    for verdict, others_median in zip(comparable, medians_without_each(mids), strict=True):
        if others_median is not None and others_median > 0:
            reason = rule(verdict.annual_mid or 0.0, others_median, len(comparable) - 1, currency)
            verdict.outlier_reason = reason


@dataclass(frozen=True)
class Recency:
    """Figures older than ``months`` on ``today`` are listed as dated, not counted."""

    months: int
    today: date


@dataclass(frozen=True)
class FullTimeBar:
    """Annual pay (USD) at or above which an intern figure looks like full-time pay, and
    the reason given, from the occupation's published wages at the same place."""

    annual: float
    reason: str


def _flag_at_bar(verdicts: list[Verdict], bar: FullTimeBar) -> None:
    for verdict in verdicts:
        usd = verdict.observation.currency == "USD"
        if verdict.in_consensus and usd and (verdict.annual_mid or 0) >= bar.annual:
            verdict.outlier_reason = f"intern figure {bar.reason}"


def _flag_far_off(verdicts: list[Verdict], rule: Callable[..., str | None], currency: str) -> None:
    """Flag, in place, each in-consensus verdict far from the *other sources*: its own
    source's other figures don't count, and two other sources at least must speak, so one
    site's two estimates can't outvote an employer's posting."""
    comparable = [v for v in verdicts if v.in_consensus]
    by_source: dict[str, list[float]] = {}
    for v in comparable:
        by_source.setdefault(v.observation.source, []).append(v.annual_mid or 0.0)
    if len(by_source) < 3:  # every figure needs two other sources
        return
    if all(len(mids) == 1 for mids in by_source.values()):  # one figure a source: one sort
        sources = list(by_source)
        others = medians_without_each([by_source[source][0] for source in sources])
        medians = dict(zip(sources, others, strict=True))
    else:  # the other sources' median, once per source
        medians = {
            source: median(m for other, mids in by_source.items() if other != source for m in mids)
            for source in by_source
        }
    for verdict in comparable:
        others_median = medians[verdict.observation.source]
        if others_median > 0:
            verdict.outlier_reason = rule(
                verdict.annual_mid or 0.0, others_median, len(comparable) - 1, currency
            )


def months_old(o: Observation, today: date) -> int:
    """Whole months since a figure's date; a government survey is as recent as its release."""
    dated = o.ingested_at.date() if o.source_kind == "government" else o.as_of
    return (today.year - dated.year) * 12 + today.month - dated.month - (today.day < dated.day)


def _set_aside_stale(verdicts: list[Verdict], recency: Recency) -> None:
    for verdict in verdicts:
        o = verdict.observation
        if verdict.note is None and months_old(o, recency.today) > recency.months:
            verdict.note = (
                f"dated {o.as_of.isoformat()}: older than {recency.months} months, "
                "listed, not in the consensus"
            )


def judge(
    observations: list[Observation],
    *,
    is_intern: bool,
    full_time_bar: FullTimeBar | None = None,
    recency: Recency | None = None,
) -> list[Verdict]:
    """The observations an answer lists, each judged in or out of the consensus and why.

    With ``full_time_bar`` (interns, where the occupation's official wages are known), an
    intern figure is called full-time pay against that bar only, never against the other
    sources' figures.
    """
    verdicts = [Verdict(o, annual_midpoint(o), note) for o, note in prefer_base(observations)]
    for verdict in verdicts:
        if verdict.note is None and verdict.annual_mid is None:
            verdict.note = "no amount to compare: listed, not in the consensus"
    if recency is not None:
        _set_aside_stale(verdicts, recency)
    currency = consensus_currency(v.observation.currency for v in verdicts if v.in_consensus)
    for verdict in verdicts:
        other = verdict.observation.currency
        if verdict.in_consensus and other != currency:
            verdict.note = f"in {other}: listed, not mixed into the {currency} figures"
    # Full-time-looking intern ranges go first, so they don't skew the far-off test.
    if is_intern and full_time_bar is not None:
        _flag_at_bar(verdicts, full_time_bar)
    elif is_intern:
        _flag(verdicts, full_time_reason, currency)
    far_off = partial(far_off_reason, is_intern=is_intern and full_time_bar is None)
    _flag_far_off(verdicts, far_off, currency)
    return verdicts


def flag_at_full_time_pay(
    verdicts: list[Verdict], full_time: Consensus, name: str, where: str
) -> None:
    """Flag, in place, intern figures paid like the full-time role ``name`` at the same place.

    ``full_time`` is that role's consensus at ``where`` (a place's name); only figures
    in its currency compare.
    """
    typical = format_amount(full_time.annual, full_time.currency)
    for verdict in verdicts:
        o = verdict.observation
        if not verdict.in_consensus or not verdict.annual_mid or o.currency != full_time.currency:
            continue
        ratio = verdict.annual_mid / full_time.annual
        if ratio >= FULL_TIME_PEER_RATIO:
            verdict.outlier_reason = (
                f"intern range looks like full-time pay: {ratio:.0%} of the {name} "
                f"consensus in {where} ({typical} / year)"
            )
