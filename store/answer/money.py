"""Money as answers show it: amounts, published figures, and OEWS percentile bands.

    >>> format_amount(124052), format_amount(22.36), format_amount(32000, "GBP")
    ('$124,052', '$22.36', '£32,000')

Slack's Block Kit and the terminal answer both format money here, so they stay in step.
"""

from __future__ import annotations

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
