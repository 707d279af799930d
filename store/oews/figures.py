"""OEWS wages as a figure in an answer: a government source of its own kind.

    >>> from store.oews.wages import wages_at
    >>> from store.resolve.roles import get_role
    >>> nation = get_place("country:US")
    >>> survey = wages_at("15-1252", nation)
    >>> figure = survey_figure(survey, get_role("senior-software-engineer"))
    >>> figure.observation.kind, figure.in_consensus
    ('percentile', True)
    >>> survey_figure(survey, get_role("software-engineer-intern")).note
    "Full-time pay of Software Developers (all levels), not intern pay: ..."

What stands for a role (``store/data/levels.json``): a role with no level reads the
occupation's median (its 25th-75th percentile band shown beside it); a leveled role reads
its level's band, e.g. 75th-90th for senior, labelled as a proxy; an intern never reads
OEWS as its pay, because OEWS surveys employed workers: the 10th-25th percentile is
listed as the occupation's entry-level full-time pay, for context, and kept out of the
consensus. It also sets the bar an intern figure must stay under (``flag_full_time_pay``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time

from store.models import Observation, Role
from store.oews.wages import SOURCE, WageSurvey, ordinal
from store.pay import HOURS_PER_YEAR
from store.resolve.levels import level_info, oews_band
from store.resolve.places import get_place

INTERN_CONTEXT_BAND = (10, 25)
# An intern figure whose midpoint reaches this share of the occupation's full-time median at
# the same place looks like full-time pay.
FULL_TIME_SHARE = 0.9


@dataclass
class SurveyFigure:
    """An OEWS figure ready to be judged beside the sources' figures."""

    observation: Observation
    annual_mid: float | None
    note: str | None  # why it stays out of the consensus (interns), else None

    @property
    def in_consensus(self) -> bool:
        return self.note is None


def _band_label(band: tuple[int, int]) -> str:
    low, high = band
    span = ordinal(low) if low == high else f"{ordinal(low)}-{ordinal(high)}"
    return f"{span} percentile"


def survey_figure(survey: WageSurvey, role: Role) -> SurveyFigure | None:
    """The figure ``survey`` gives ``role`` at its place, or None when BLS published none."""
    band = INTERN_CONTEXT_BAND if role.is_intern else oews_band(role.level)
    if band is None:
        return None
    hourly_only = survey.hourly_only
    basis = survey.hourly if hourly_only else survey.annual
    low, high = basis.at(band[0]), basis.at(band[1])
    if role.level is None and not role.is_intern:
        low = high = basis.median
        kind = "median"
    else:
        kind = "percentile"
    if low is None and high is None:
        return None
    to_annual = HOURS_PER_YEAR if hourly_only else 1
    annual = [v * to_annual if v is not None else None for v in (low, high)]
    hourly = [v / HOURS_PER_YEAR if v is not None else None for v in annual]
    who = f"{survey.occupation} (all levels)"
    if role.is_intern:
        described = (
            f"Full-time pay of {who}, not intern pay: the {_band_label(band)}, "
            "the occupation's entry-level full-time range, for context."
        )
    elif role.level is None:
        described = f"Median pay of {who}; survey of employed workers."
    else:
        described = (
            f"{_band_label(band).capitalize()} of {who}, standing in for "
            f"{level_info(role.level).name.lower()}-level pay; survey of employed workers."
        )
    if hourly_only:
        described += (
            " BLS publishes this occupation's pay by the hour only (it is seldom year-round"
            " full-time work): any annual figure is the bot's 2,080-hour equivalent, not BLS's."
        )
    if survey.top_coded:
        described += (
            " BLS top-codes wages at $115.00 an hour ($239,200 a year): "
            "a missing top is at least that."
        )
    observation = Observation(
        source=SOURCE,
        source_kind="government",
        url=survey.url,
        title=f"{survey.occupation}, {survey.area_name} ({survey.release})",
        role_published=survey.occupation,
        role=role.slug,
        location_published=survey.area_name,
        place_key=survey.place_key,
        place_level=get_place(survey.place_key).level,
        kind=kind,
        min_amount=low,
        max_amount=high,
        period="hour" if hourly_only else "year",
        hourly_min=hourly[0],
        hourly_max=hourly[1],
        annual_min=annual[0],
        annual_max=annual[1],
        as_of=survey.reference_date,
        ingested_at=datetime.combine(survey.published, time()),
        note=described,
    )
    known = [v for v in annual if v is not None]
    return SurveyFigure(
        observation=observation,
        annual_mid=sum(known) / len(known),
        note=described if role.is_intern else None,
    )


def survey_label(role: Role) -> str:
    """What the OEWS band beside an answer stands for, for this role.

    >>> from store.resolve.roles import get_role
    >>> survey_label(get_role("ml-intern"))
    'full-time pay of the occupation, all levels; not intern pay'
    """
    if role.is_intern:
        return "full-time pay of the occupation, all levels; not intern pay"
    if role.level is None:
        return "pay of the occupation, all levels"
    band = _band_label(oews_band(role.level) or (50, 50))
    return f"all levels; the {band} stands in for {level_info(role.level).name.lower()}-level pay"


def full_time_bar(survey: WageSurvey) -> float | None:
    """The annual pay at or above which an intern figure looks like full-time pay."""
    median = survey.annual.median
    if median is None and survey.hourly.median is not None:
        median = survey.hourly.median * HOURS_PER_YEAR
    return median * FULL_TIME_SHARE if median is not None else None


def full_time_reason(survey: WageSurvey) -> str:
    return (
        f"looks like full-time pay: at or above 90% of the median full-time pay of "
        f"{survey.occupation} in {survey.area_name} (BLS OEWS, {survey.release})"
    )
