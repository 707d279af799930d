"""From judged figures (``store.answer.verdicts``) to what an answer shows: each source's
figure and the consensus.

    consensus = build_consensus(verdicts, is_intern=True, term_weeks=12)
    figures = source_figures(verdicts, is_intern=True, term_weeks=12)  # for display

* **Consensus**: the median of the remaining figures' annual midpoints; hourly is
  that over 2,080 hours; low/high are the lowest and highest midpoints; the band is their
  25th-75th percentile from four figures up. Sources are counted as publishers (an
  employer's posting is one employer), not figures, and ``confidence`` says how solid the
  result is from their number, spread, age and kinds.
"""

from __future__ import annotations

from datetime import date
from statistics import median, quantiles

from display.money import format_published
from store.answer.models import Confidence, Consensus, SourceFigure
from store.answer.verdicts import Verdict, hourly_midpoint, months_old
from store.models import Observation
from store.pay import HOURS_PER_YEAR, term_pay

MIN_FIGURES_FOR_BAND = 4
HIGH_CONFIDENCE_SOURCES = 3
HIGH_CONFIDENCE_SPREAD = 1.5  # highest midpoint over lowest
LOW_CONFIDENCE_SPREAD = 2.5
NO_CONSENSUS_NOTE = (
    "No consensus: every figure here is flagged or not comparable base pay (see each source)."
)

SOURCE_KIND_LABELS = {
    "site_estimate": "site estimate",
    "employer_posting": "employer posting",
    "self_reported": "self-reported",
    "government": "government survey",
}


def source_figures(
    verdicts: list[Verdict], *, is_intern: bool, term_weeks: float
) -> list[SourceFigure]:
    """The judged observations as shown: published text, hourly, annual and (interns) term."""
    figures = []
    for verdict in verdicts:
        o = verdict.observation
        hourly_mid = hourly_midpoint(o)
        weeks = (o.term_weeks or term_weeks) if is_intern else None
        figures.append(
            SourceFigure(
                observation=o,
                published=format_published(o),
                hourly_mid=None if hourly_mid is None else round(hourly_mid, 2),
                annual_mid=None if verdict.annual_mid is None else float(round(verdict.annual_mid)),
                term_mid=term_pay(hourly_mid, weeks) if weeks else None,
                term_weeks=weeks,
                source_kind_label=SOURCE_KIND_LABELS.get(
                    o.source_kind, o.source_kind.replace("_", " ")
                ),
                outlier_reason=verdict.outlier_reason,
                in_consensus=verdict.in_consensus,
                note=verdict.note,
                stands_for=o.note
                if o.source_kind == "government" and verdict.in_consensus
                else None,
            )
        )
    return figures


def publisher(o: Observation) -> str:
    """Who stands behind a figure: its site, or for an employer's posting, that posting
    (each posting is one employer's word), so one page's several figures count once."""
    if o.source_kind == "employer_posting":
        return f"{o.source}#{o.posting_id or o.url}"
    return o.source


def build_consensus(
    verdicts: list[Verdict], *, is_intern: bool, term_weeks: float, today: date | None = None
) -> Consensus | None:
    """The median of the in-consensus annual midpoints, or None if nothing is in it; its
    25th-75th percentile band once there are ``MIN_FIGURES_FOR_BAND`` figures, and how
    confident to be in it (``confidence``)."""
    counted = [v for v in verdicts if v.in_consensus and v.annual_mid is not None]
    if not counted:
        return None
    mids = [float(round(v.annual_mid)) for v in counted if v.annual_mid is not None]
    annual = float(round(median(mids)))
    hourly = round(annual / HOURS_PER_YEAR, 2)
    dates = [v.observation.as_of for v in counted]
    band = None
    if len(mids) >= MIN_FIGURES_FOR_BAND:
        quartiles = quantiles(mids, n=4, method="inclusive")
        band = (float(round(quartiles[0])), float(round(quartiles[2])))
    publishers = {publisher(v.observation) for v in counted}
    level, reason = confidence(
        [v.observation for v in counted], publishers, min(mids), max(mids), today or date.today()
    )
    return Consensus(
        hourly=hourly,
        annual=annual,
        term=term_pay(hourly, term_weeks) if is_intern else None,
        term_weeks=term_weeks,
        low_annual=min(mids),
        high_annual=max(mids),
        source_count=len(publishers),
        figure_count=len(counted),
        band_low=band[0] if band else None,
        band_high=band[1] if band else None,
        band_basis="figures" if band else None,
        confidence=level,
        confidence_reason=reason,
        oldest=min(dates),
        newest=max(dates),
        currency=counted[0].observation.currency,
        note=_left_out_note([v for v in verdicts if not v.in_consensus]),
    )


def confidence(
    counted: list[Observation], publishers: set[str], low: float, high: float, today: date
) -> tuple[Confidence, str]:
    """High, medium or low, with the reason in a few words: how many independent sources,
    how far apart their figures are, how old the newest is, and whether an employer or a
    government survey is among them.

    >>> confidence([], {"a", "b", "c"}, 90_000, 100_000, date(2026, 6, 1))[0]
    'medium'
    """
    spread = high / low if low > 0 else float("inf")
    months = min((months_old(o, today) for o in counted), default=0)
    kinds = {o.source_kind for o in counted}
    firm = bool(kinds & {"employer_posting", "government"})
    named = [label for kind, label in (("employer_posting", "employer postings"),
                                        ("government", "BLS")) if kind in kinds]  # fmt: skip
    n = len(publishers)
    reason = (
        f"{n} source{'s' if n != 1 else ''}"
        + (f", incl. {' and '.join(named)}" if named else "")
        + f", spread {spread:.1f}x, newest {max(months, 0)} months old"
    )
    if n >= HIGH_CONFIDENCE_SOURCES and spread <= HIGH_CONFIDENCE_SPREAD and months <= 12 and firm:
        return "high", reason
    if n == 1 or spread > LOW_CONFIDENCE_SPREAD:
        return "low", reason
    return "medium", reason


def _left_out_note(left_out: list[Verdict]) -> str | None:
    """One sentence saying which listed figures the consensus leaves out."""
    outliers = sum(1 for v in left_out if v.outlier_reason)
    other = len(left_out) - outliers
    parts = []
    if outliers:
        parts.append(f"{outliers} outlier{'s' if outliers > 1 else ''}")
    if other:
        parts.append(f"{other} other figure{'s' if other > 1 else ''} (see notes)")
    return f"Leaves out {' and '.join(parts)}." if parts else None
