"""Money as answers show it: amounts, published figures, and OEWS percentile bands.

    >>> format_amount(124052), format_amount(22.36), format_amount(32000, "GBP")
    ('$124,052', '$22.36', '£32,000')

Slack's Block Kit and the terminal answer both format money here, so they stay in step.
"""

from __future__ import annotations

from store.answer.models import Consensus, PlaceComparison, SalaryAnswer
from store.answer.parse import describe_place
from store.models import Observation, Posting
from store.oews.wages import PERCENTILES, WageSurvey, ordinal

CURRENCY_SYMBOLS = {"USD": "$", "GBP": "£", "EUR": "€", "CAD": "CA$", "AUD": "A$", "INR": "₹"}
_KIND_PREFIX = {"average": "avg ", "median": "median "}


def format_amount(amount: float, currency: str = "USD") -> str:
    """Money as people write it: ``format_amount(124052)`` is ``'$124,052'``,
    ``format_amount(22.36)`` is ``'$22.36'``, ``format_amount(32000, "GBP")`` is ``'£32,000'``.
    """
    number = f"{amount:,.2f}" if round(amount, 2) % 1 else f"{amount:,.0f}"
    symbol = CURRENCY_SYMBOLS.get(currency)
    return f"{symbol}{number}" if symbol else f"{number} {currency}"


def round_amount(amount: float, currency: str = "USD", *, per: str = "") -> str:
    """An amount rounded to what a consensus supports: ``'$34/hr'``, ``'$70k/yr'``.

    >>> round_amount(33.68, per="/hr"), round_amount(70_054, per="/yr"), round_amount(1_250_000)
    ('$34/hr', '$70k/yr', '$1.2M')
    """
    symbol = CURRENCY_SYMBOLS.get(currency)
    if amount >= 1_000_000:
        number = f"{amount / 1_000_000:.1f}M"
    elif amount >= 10_000:
        number = f"{round(amount / 1000):,.0f}k"
    elif amount >= 100:
        number = f"{round(amount, -1):,.0f}"
    else:
        number = f"{round(amount):,.0f}"
    return (f"{symbol}{number}" if symbol else f"{number} {currency}") + per


def consensus_headline(c: Consensus, *, is_intern: bool) -> str:
    """The consensus as a headline, rounded: ``'$34/hr · $70k/yr · $16k for 12 weeks'``."""
    parts = [
        round_amount(c.hourly, c.currency, per="/hr"),
        round_amount(c.annual, c.currency, per="/yr"),
    ]
    if is_intern and c.term is not None:
        parts.append(f"{round_amount(c.term, c.currency)} for {c.term_weeks:g} weeks")
    return " · ".join(parts)


def consensus_sample(c: Consensus) -> str:
    """What stands behind a consensus: its band, sample and confidence, in two sentences."""
    figures = f"{c.figure_count} figure{'s' if c.figure_count != 1 else ''}"
    sources = "one source" if c.source_count == 1 else f"{c.source_count} sources"
    dates = (
        c.oldest.isoformat()
        if c.oldest == c.newest
        else f"{c.oldest.isoformat()} to {c.newest.isoformat()}"
    )
    lines = []
    if c.band_low is not None and c.band_high is not None:
        across = f"across {figures}" if c.band_basis == "figures" else "BLS survey percentiles"
        lines.append(
            f"Typical range {round_amount(c.band_low, c.currency)}-"
            f"{round_amount(c.band_high, c.currency)} a year ({across})."
        )
    lines.append(f"Median of {figures} from {sources}, dated {dates}.")
    lines.append(f"Confidence: {c.confidence} ({c.confidence_reason}).")
    if c.source_count == 1 and c.band_basis == "bls":
        lines.append("BLS survey only: the occupation's pay across employers, not postings.")
    elif c.source_count == 1:
        lines.append("One source only: read it as that source's estimate, not a market consensus.")
    return " ".join(lines)


def comparison_line(compared: PlaceComparison, *, is_intern: bool) -> str:
    """One place of a comparison: its consensus, typical range, where it was answered and
    how solid it is; or why it has none.

    'Seattle, WA: $79/hr · $165k/yr, typical $127k-$209k a year; from the Seattle-Tacoma-
    Bellevue, WA metro; confidence low (1 source)'
    """
    c = compared.consensus
    if c is None:
        return f"{compared.asked.name}: {compared.message or 'no consensus'}"
    line = f"{compared.asked.name}: {consensus_headline(c, is_intern=is_intern)}"
    if c.band_low is not None and c.band_high is not None:
        line += (
            f", typical {round_amount(c.band_low, c.currency)}-"
            f"{round_amount(c.band_high, c.currency)} a year"
        )
    answered = compared.answered_at
    if answered is not None and answered.key != compared.asked.key:
        line += f"; from {describe_place(answered)}"
    sources = "1 source" if c.source_count == 1 else f"{c.source_count} sources"
    return f"{line}; confidence {c.confidence} ({sources})"


def answered_place_title(answer: SalaryAnswer) -> str:
    """The place an answer's headline names: the one that answered, and, when that is not
    the one asked, that the asked one had nothing to use ("Massachusetts, no Boston, MA
    figures")."""
    asked, answered = answer.query.place, answer.answered_at
    if answered is None:
        return asked.name if asked else "United States"
    if asked is None or asked.key == answered.key:
        return answered.name
    if answered.level == "country" and asked.level == "remote":
        return f"{answered.name}, no Remote figures"
    listed = any(f.observation.place_key == asked.key for f in answer.sources)
    usable = "usable " if listed else ""
    if answered.name == asked.name:  # the Tucson, AZ metro for Tucson, AZ: say which is which
        return f"{answered.name} {answered.level}, no {usable}{asked.level} figures"
    return f"{answered.name}, no {usable}{asked.name} figures"


def format_published(figure: Observation | Posting) -> str:
    """A figure (an observation or a posting's pay) as published, e.g.
    ``'$124,052 - $184,190 / year'``, ``'up to $60 / hour'``, ``'from $40,000 / year'``,
    ``'avg $164,700 / year'``.
    """
    low, high, currency = figure.min_amount, figure.max_amount, figure.currency or "USD"
    if low is not None and high is not None and low != high:
        amount = f"{format_amount(low, currency)} - {format_amount(high, currency)}"
    elif low is None and high is not None:
        amount = f"up to {format_amount(high, currency)}"
    elif high is None and low is not None:
        amount = f"from {format_amount(low, currency)}"
    elif low is not None:
        amount = format_amount(low, currency)
    else:
        return "no amount stated"
    prefix = _KIND_PREFIX.get(figure.kind, "") if isinstance(figure, Observation) else ""
    return f"{prefix}{amount}" + (f" / {figure.period}" if figure.period else "")


def survey_band(survey: WageSurvey) -> str:
    """An OEWS row's percentiles on its published basis, top-coded ones as "at least".

    ``'10th $82,460 · 25th $105,210 · median $135,980 · 75th $171,980 · 90th $214,670 a year'``
    """
    hourly_only = survey.hourly_only
    basis, unit = (survey.hourly, "an hour") if hourly_only else (survey.annual, "a year")
    column = "hourly" if hourly_only else "annual"
    parts = []
    for percentile in PERCENTILES:
        value = basis.at(percentile)
        name = f"{column}_{'median' if percentile == 50 else f'p{percentile}'}"
        if value is not None:
            parts.append(f"{ordinal(percentile)} {format_amount(value)}")
        elif name in survey.top_coded:
            top = "$115.00" if hourly_only else "$239,200"
            parts.append(f"{ordinal(percentile)} at least {top}")
    return " · ".join(parts) + f" {unit}" if parts else "no wages published"


def survey_line(survey: WageSurvey) -> str:
    """One line naming an OEWS row and its band, for answers."""
    employed = f"; {survey.employment:,.0f} employed" if survey.employment else ""
    reliability = f"; wage RSE {survey.wage_rse:g}%" if survey.wage_rse is not None else ""
    return (
        f"BLS OEWS {survey.release}, {survey.occupation}, {survey.area_name}: "
        f"{survey_band(survey)}{employed}{reliability}"
    )
