"""The store's answer to "what does this role pay here?".

    >>> answer = answer_salary(db, "ml-intern boston")
    >>> answer.answered_level, answer.answered_at.name
    ('city', 'Boston, MA')

How a question is answered:

1. ``parse_salary_query`` splits the text into a role and a place (role first or
   place first; no place means national).
2. The place's ladder is walked (city -> metro -> state -> country; Remote ->
   country) and the first rung whose figures make a consensus answers. A city
   rung is that city's figures; a metro rung gathers the metro's own figures and
   those of every city in it; a state rung is the figures stored for the state
   (e.g. a per-state pay table); the country rung is national figures. Metros,
   states and the country also hold the occupation's BLS OEWS wages
   (``store.oews.figures``): the median for a role with no level, its level's
   percentile band for a leveled one, and context only for an intern. A rung
   whose figures are all flagged (or not comparable base pay) is passed over, its
   figures still listed; when no rung makes a consensus, the first rung with
   figures answers without one. A broader rung than the one asked always says so
   in ``fallback_note``.
3. Of each figure (place, source, url, kind, covers, region, posting) only the latest
   snapshot counts: newest ``as_of``, then newest ``ingested_at``.
4. ``store.answer.verdicts`` picks base pay, separates currencies and flags outliers;
   ``store.answer.consensus`` takes the median.
5. Up to five open postings with pay inside the answered place (and Remote ones
   when Remote was asked), newest first; related roles priced at the same rung.

Every lookup is an index seek (``store.answer.lookups``; OEWS rows by primary key).
``bench/bench_answer.py`` times it on a 1,000,000-row store.
"""

from __future__ import annotations

import re
from datetime import date
from functools import partial

from sqlite_utils import Database

from store.answer.consensus import NO_CONSENSUS_NOTE, source_figures
from store.answer.coverage import role_places_hint, roles_hint
from store.answer.lookups import (
    has_figures,
    last_ingest,
    open_postings,
)
from store.answer.models import PlaceComparison, RelatedRole, SalaryAnswer, SalaryQuery
from store.answer.parse import describe_place, parse_salary_query, where
from store.answer.rungs import JudgedRung, judge_rung, price_roles, with_bls_band
from store.answer.transparency import answer_transparency
from store.answer.verdicts import Recency
from store.models import Place, Role
from store.oews.figures import survey_label
from store.oews.wages import survey_on_ladder
from store.pay import DEFAULT_TERM_WEEKS
from store.resolve.places import PlaceError, get_place, ladder, suggest_places
from store.resolve.role_suggestions import roles_meant
from store.resolve.roles import full_time_role, role_for_slug

MAX_SUGGESTIONS = 3
MAX_COMPARED = 5  # places side by side in one answer: each is a full answer's work
DEFAULT_RECENCY_MONTHS = 18
_LEVEL_NAMES = {"city": "city", "metro": "metro", "state": "state", "country": "national"}


def _fallback_note(asked: Place, answered: Place, passed: list[Place]) -> str | None:
    """Why a broader rung than the one asked answers: no figures, or none it could use."""
    if asked.key == answered.key:
        return None
    showing = describe_place(answered)
    if passed:
        names = " or ".join(describe_place(place) for place in passed)
        none_asked = "" if passed[0].key == asked.key else f"No figures for {asked.name}. "
        return (
            f"{none_asked}No consensus for {names}: every figure there is flagged or not "
            f"comparable base pay (listed below); showing {showing}."
        )
    if asked.level == "remote":
        return f"No Remote figures; showing national figures for {answered.name}."
    return f"No figures for {asked.name}; showing {showing}."


def _place_name_unless(key: str | None, rung: Place) -> str | None:
    """The name of the place ``key``, unless it is the answered rung itself."""
    if key is None or key == rung.key:
        return None
    try:
        return get_place(key).name
    except PlaceError:
        return key


def _unknown_place_message(role: Role, place_text: str) -> str:
    """ "I know the role Accountant but not the place “zzz”.", saying when the place is a
    number shaped like a ZIP code that no ZIP in use has."""
    if re.fullmatch(r"\d{5}(?:-\d{4})?", place_text.strip()):
        return (
            f"I know the role {role.name}, but “{place_text}” is not a US ZIP code in use: "
            "check it, or name the city or state."
        )
    return f"I know the role {role.name} but not the place “{place_text}”."


def _problem(query: SalaryQuery, problem: str, message: str, **fields: object) -> SalaryAnswer:
    return SalaryAnswer(query=query, problem=problem, message=message, **fields)  # type: ignore[arg-type]


def answer_salary(
    db: Database,
    text: str,
    *,
    term_weeks: float = DEFAULT_TERM_WEEKS,
    recency_months: int = DEFAULT_RECENCY_MONTHS,
    today: date | None = None,
) -> SalaryAnswer:
    """What ``text`` (e.g. ``"ml-intern boston"``) pays, from the first ladder rung with figures.

    A question that can't be answered comes back with ``problem`` set
    (``empty``, ``unknown_role``, ``unknown_place``, ``no_data``), a ``message``
    for people, suggestions and a hint of what the store covers. A question comparing
    places ("swe nyc vs sf") is answered for the first and carries every place's
    consensus side by side in ``comparisons``.
    """
    query = parse_salary_query(text, stored_role=lambda role: has_figures(db, role.slug))
    answer_for = partial(
        answer_query, db, term_weeks=term_weeks, recency_months=recency_months, today=today
    )
    answer = answer_for(query)
    if answer.problem is not None or not query.compared:
        return answer
    compared = query.compared[: MAX_COMPARED - 1]
    others = [
        answer_for(query.model_copy(update={"place": place, "compared": []})) for place in compared
    ]
    answer.comparisons = [_comparison(each) for each in (answer, *others)]
    if len(query.compared) > len(compared):
        left = ", ".join(place.name for place in query.compared[len(compared) :])
        answer.query.notes.append(
            f"Compared the first {MAX_COMPARED} places; ask again for {left}."
        )
    return answer


def _comparison(answer: SalaryAnswer) -> PlaceComparison:
    asked = answer.query.place
    assert asked is not None  # a compared place is always resolved
    return PlaceComparison(
        asked=asked,
        answered_at=answer.answered_at,
        answered_level=answer.answered_level,
        consensus=answer.consensus,
        message=None if answer.consensus else (answer.message or NO_CONSENSUS_NOTE),
    )


def answer_query(
    db: Database,
    query: SalaryQuery,
    *,
    term_weeks: float = DEFAULT_TERM_WEEKS,
    recency_months: int = DEFAULT_RECENCY_MONTHS,
    today: date | None = None,
) -> SalaryAnswer:
    """The answer to a question already read (``answer_salary`` reads it first)."""
    text = query.text
    if not text.strip():
        return _problem(
            query,
            "empty",
            "Ask for a role and a place, e.g. “ml-intern boston” or “data science intern remote”.",
            coverage_hint=roles_hint(db),
        )
    if query.role is None and query.place is not None and not query.role_text:
        return _problem(
            query,
            "unknown_role",
            f"Which role{where(query.place)}? Ask for a role and the place, e.g. "
            f"“data-analyst {query.place_text}” or “ml-intern {query.place_text}”.",
            coverage_hint=roles_hint(db),
        )
    if query.role is None:
        meant = roles_meant(query.role_text or text, MAX_SUGGESTIONS)
        return _problem(
            query,
            "unknown_role",
            f"“{query.role_text}” covers several roles: which one?"
            if meant.several
            else f"I don't know the role “{query.role_text}”.",
            role_suggestions=meant.roles,
            coverage_hint=roles_hint(db),
        )
    role = query.role
    if query.place is None:
        return _problem(
            query,
            "unknown_place",
            _unknown_place_message(role, query.place_text or ""),
            place_suggestions=suggest_places(query.place_text or "", MAX_SUGGESTIONS),
            coverage_hint=role_places_hint(db, role),
        )

    related_roles = [role_for_slug(slug) for slug in role.related]
    peer = full_time_role(role)
    # The full-time peer is usually a related role too: price each role once.
    others = {r.slug: r for r in related_roles}
    if peer is not None:
        others.setdefault(peer.slug, peer)
    others.pop(role.slug, None)
    rungs = ladder(query.place)
    recency = Recency(recency_months, today or date.today())
    judged: list[JudgedRung] = []
    for place in rungs:
        at_place = judge_rung(db, role, peer, others, place, term_weeks, recency)
        if at_place is not None:
            judged.append(at_place)
            if at_place.consensus is not None:
                break
    if not judged:
        above = "; ".join(rung.name for rung in rungs[1:])
        message = f"No {role.name} figures for {query.place.name}"
        message += f" or anywhere above it ({above})." if above else "."
        if query.place.country != "US":
            message += (
                " The built-in BLS wages are read for the 50 states, DC, Puerto Rico, Guam"
                " and the US Virgin Islands only, and no"
                " document with figures for this role there has been ingested."
            )
        return _problem(
            query,
            "no_data",
            message,
            coverage_hint=role_places_hint(db, role),
        )
    # The first rung with a consensus answers and lists the figures of those passed over;
    # when none has one, the nearest rung with figures answers alone.
    answer, passed = (judged[-1], judged[:-1]) if judged[-1].consensus else (judged[0], [])
    # Rungs passed over for want of sources' figures had only OEWS context: not listed.
    passed = [held for held in passed if held.sourced]
    own = {verdict.observation.id for verdict in answer.verdicts}
    # A metro passed over holds its cities' figures again: list each figure once.
    listed = {
        verdict.observation.id: verdict
        for held in passed
        for verdict in held.verdicts
        if verdict.observation.id is not None and verdict.observation.id not in own
    }
    priced = price_roles(answer.found, related_roles, answer.place, term_weeks, recency)
    related = [
        RelatedRole(
            role=r, annual_mid=priced[r.slug].annual, source_count=priced[r.slug].source_count
        )
        for r in related_roles
        if r.slug in priced
    ]
    figures = source_figures(
        [*answer.verdicts, *listed.values()], is_intern=role.is_intern, term_weeks=term_weeks
    )
    rung = answer.place
    survey = survey_on_ladder(role.soc, rung) if role.soc else None
    consensus = with_bls_band(answer.consensus, answer.verdicts, survey, role)
    no_consensus = None
    if answer.consensus is None and not answer.sourced:
        no_consensus = (
            f"No {role.name} figures from any source for {query.place.name} or above it yet: "
            "the official wages shown are context, not a consensus."
        )
    for figure in figures:
        figure.place_name = _place_name_unless(figure.observation.place_key, rung)
    return SalaryAnswer(
        query=query,
        message=no_consensus,
        answered_at=rung,
        answered_level=_LEVEL_NAMES.get(rung.level, rung.level),
        fallback_note=_fallback_note(query.place, rung, [held.place for held in passed]),
        consensus=consensus,
        # Figures in the consensus first, then those only listed; newest first within each.
        sources=sorted(figures, key=lambda figure: not figure.in_consensus),
        postings=open_postings(db, role.slug, rung, include_remote=query.place.level == "remote"),
        related=related,
        survey=survey,
        survey_label=survey_label(role),
        # An undated figure's date is when it was found, not the data's.
        data_as_of=max(
            (f.observation.as_of for f in figures if not f.observation.undated), default=None
        ),
        last_ingest=last_ingest(db),
        transparency=answer_transparency(db, role.slug, query.place, rung),
    )
