"""One rung of a place's ladder judged for a role: its sources' figures and the
occupation's BLS wages there, flagged and agreed into a consensus, with the figures of
related roles read in the same query to be priced where the answer lands.

``store.answer.salary`` walks the ladder with ``judge_rung`` until a rung has a consensus.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlite_utils import Database

from store.answer.consensus import build_consensus
from store.answer.lookups import latest_observations, rung_keys
from store.answer.models import Consensus
from store.answer.parse import describe_place
from store.answer.verdicts import FullTimeBar, Recency, Verdict, flag_at_full_time_pay, judge
from store.models import Observation, Place, Role
from store.oews.figures import full_time_bar, full_time_reason, survey_figure
from store.oews.wages import WageSurvey, survey_on_ladder, surveys_at
from store.resolve.levels import oews_band


def _verdicts(
    role: Role,
    observations: list[Observation],
    rung: Place,
    recency: Recency,
    bar: FullTimeBar | None = None,
) -> list[Verdict]:
    """The sources' figures judged, then the occupation's OEWS figure at ``rung`` (judged
    by no one: it is the reference, not a peer)."""
    verdicts = judge(observations, is_intern=role.is_intern, full_time_bar=bar, recency=recency)
    for survey in surveys_at(role.soc, rung) if role.soc else ():
        figure = survey_figure(survey, role)
        if figure is not None:
            verdicts.append(Verdict(figure.observation, figure.annual_mid, note=figure.note))
    return verdicts


def _full_time_bar(role: Role, rung: Place) -> FullTimeBar | None:
    """For an intern role, the occupation's full-time pay nearest ``rung`` as a bar."""
    if not role.is_intern or not role.soc:
        return None
    survey = survey_on_ladder(role.soc, rung)
    annual = full_time_bar(survey) if survey else None
    return FullTimeBar(annual, full_time_reason(survey)) if survey and annual else None


def price_roles(
    observations: dict[str, list[Observation]],
    roles: Iterable[Role],
    rung: Place,
    term_weeks: float,
    recency: Recency,
) -> dict[str, Consensus]:
    """Each role's consensus at ``rung``, by the same rules as the answer's own."""
    priced = {}
    for role in roles:
        bar = _full_time_bar(role, rung)
        verdicts = _verdicts(role, observations[role.slug], rung, recency, bar)
        consensus = build_consensus(
            verdicts, is_intern=role.is_intern, term_weeks=term_weeks, today=recency.today
        )
        if consensus is not None:
            priced[role.slug] = consensus
    return priced


@dataclass(frozen=True)
class JudgedRung:
    """One rung of the ladder: the asked role's figures judged, the other roles priced."""

    place: Place
    verdicts: list[Verdict]
    consensus: Consensus | None
    found: dict[str, list[Observation]]  # every role's figures here, to price the others

    @property
    def sourced(self) -> bool:
        """Whether any figure here came from a source rather than the OEWS baseline."""
        return any(v.observation.id is not None for v in self.verdicts)


def judge_rung(
    db: Database,
    role: Role,
    peer: Role | None,
    others: dict[str, Role],
    rung: Place,
    term_weeks: float,
    recency: Recency,
) -> JudgedRung | None:
    """``role`` at ``rung`` (None when it has no figures there); the figures of ``others``
    are read in the same query, to be priced only where the answer lands. An intern
    figure paid like full-time work is flagged: against the occupation's OEWS wages where
    there are some, else the full-time ``peer``'s consensus there."""
    slugs = [role.slug, *others]
    found = latest_observations(db, slugs, rung_keys(db, slugs, rung))
    bar = _full_time_bar(role, rung)
    verdicts = _verdicts(role, found[role.slug], rung, recency, bar)
    if not verdicts:
        return None
    if role.is_intern and bar is None and peer is not None:
        priced = price_roles(found, [peer], rung, term_weeks, recency)
        if peer.slug in priced:
            flag_at_full_time_pay(verdicts, priced[peer.slug], peer.name, describe_place(rung))
    consensus = build_consensus(
        verdicts, is_intern=role.is_intern, term_weeks=term_weeks, today=recency.today
    )
    return JudgedRung(rung, verdicts, consensus, found)


def with_bls_band(
    consensus: Consensus | None, verdicts: list[Verdict], survey: WageSurvey | None, role: Role
) -> Consensus | None:
    """Where the BLS survey is the evidence (every counted figure is OEWS), its percentile
    band for the role's level stands as the consensus's band."""
    if consensus is None or consensus.band_low is not None or survey is None:
        return consensus
    counted = [v for v in verdicts if v.in_consensus]
    band = oews_band(role.level)
    if band is None or any(v.observation.source_kind != "government" for v in counted):
        return consensus
    low, high = survey.annual_at(band[0]), survey.annual_at(band[1])
    if low is None or high is None or low == high:
        return consensus
    return consensus.model_copy(update={"band_low": low, "band_high": high, "band_basis": "bls"})
