"""The store's answer to "what does this role pay here?".

    >>> answer = answer_salary(db, "ml-intern boston")
    >>> answer.answered_level, answer.consensus.annual
    ('city', 57200.0)
    >>> store_coverage(db).roles[0].slug
    'data-science-intern'

How a question is answered:

1. ``parse_salary_query`` splits the text into a role and a place (role first or
   place first; no place means national).
2. The place's ladder is walked (city -> metro -> state -> country; Remote ->
   country) and the first rung whose figures make a consensus answers. A city
   rung is that city's figures; a metro rung gathers the metro's own figures and
   those of every city in it; a state rung is the figures stored for the state
   (e.g. a per-state pay table); the country rung is national figures. A rung
   whose figures are all flagged (or not comparable base pay) is passed over, its
   figures still listed; when no rung makes a consensus, the first rung with
   figures answers without one. A broader rung than the one asked always says so
   in ``fallback_note``.
3. Of each figure (place, source, url, kind, covers, region, posting) only the latest
   snapshot counts: newest ``as_of``, then newest ``ingested_at``.
4. ``store.consensus`` picks base pay, separates currencies, flags outliers and
   takes the median.
5. Up to five open postings with pay inside the answered place (and Remote ones
   when Remote was asked), newest first; related roles priced at the same rung.

Every lookup is an index seek: each figure's latest snapshot comes from
``latest_figures`` (kept by triggers, see ``store.schema``), the distinct cities of
a metro from a skip scan of the ``(role, place_key, ...)`` index; never a table scan.
``bench/bench_answer.py`` times it on a 1,000,000-row store.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from sqlite_utils import Database

from store.answers import Consensus, Coverage, RelatedRole, SalaryAnswer, SalaryQuery
from store.consensus import (
    Verdict,
    build_consensus,
    flag_at_full_time_pay,
    judge,
    source_figures,
)
from store.models import Observation, Place, Posting, Role
from store.pay import DEFAULT_TERM_WEEKS
from store.resolve.places import (
    PlaceError,
    PlaceMatch,
    get_place,
    ladder,
    resolve_place,
    suggest_places,
)
from store.roles import RoleError, full_time_role, get_role, resolve_role, suggest_roles

MAX_POSTINGS = 5
MAX_SUGGESTIONS = 3
MAX_COVERAGE_NAMES = 8
# Role names and place names are short; longer runs of words are never resolved as one.
MAX_ROLE_WORDS = 8
MAX_PLACE_WORDS = 6
NATIONAL_KEY = "country:US"

# Words that join a role and a place ("ml intern in boston") and belong to neither.
_JOINERS = {"in", "at", "near", "around", "for", "from", "within", "@", "-", "–", "—"}
_EDGE_PUNCTUATION = " ,;:/|-–—"
_SPECIFICITY = {"city": 4, "metro": 3, "state": 2, "remote": 2, "country": 1}
_LEVEL_NAMES = {"city": "city", "metro": "metro", "state": "state", "country": "national"}


# -- Reading the question ---------------------------------------------------------------------


@dataclass(frozen=True)
class _Reading:
    role_text: str
    place_text: str
    role: Role
    role_score: float
    role_how: str | None
    place: Place | None
    place_note: str | None

    @property
    def resolved_place(self) -> bool:
        return bool(self.place_text) and self.place is not None


def _clean(words: Iterable[str]) -> str:
    """Words joined back, without edge punctuation or joining words such as "in"."""
    parts = [w for w in " ".join(words).split() if w]
    while parts and parts[0].strip(_EDGE_PUNCTUATION).lower() in _JOINERS | {""}:
        parts.pop(0)
    while parts and parts[-1].strip(_EDGE_PUNCTUATION).lower() in _JOINERS | {""}:
        parts.pop()
    return " ".join(parts).strip(_EDGE_PUNCTUATION)


def _words(text: str) -> list[str]:
    return re.sub(r"\s+", " ", text.replace(",", ", ")).strip().split(" ")


def _splits(words: list[str]) -> Iterable[tuple[str, str]]:
    """(role text, place text) for each role-first and place-first split whose role part
    is at most ``MAX_ROLE_WORDS`` words."""
    for end in range(min(len(words), MAX_ROLE_WORDS), 0, -1):
        yield _clean(words[:end]), _clean(words[end:])
    for start in range(max(1, len(words) - MAX_ROLE_WORDS), len(words)):
        yield _clean(words[start:]), _clean(words[:start])


def _resolve_place(text: str) -> PlaceMatch | None:
    """A place for short texts only: a long remainder is no place name."""
    return resolve_place(text) if len(text.split()) <= MAX_PLACE_WORDS else None


def _readings(text: str) -> list[_Reading]:
    """Every split of ``text`` whose role part names a known role."""
    readings = []
    for role_text, place_text in dict.fromkeys(_splits(_words(text))):
        role_match = resolve_role(role_text) if role_text else None
        if role_match is None:
            continue
        place_match = _resolve_place(place_text) if place_text else None
        readings.append(
            _Reading(
                role_text=role_text,
                place_text=place_text,
                role=role_match.role,
                role_score=role_match.score,
                role_how=role_match.how,
                place=place_match.place if place_match else None,
                place_note=place_match.note if place_match else None,
            )
        )
    return readings


def _best_reading(readings: list[_Reading]) -> _Reading:
    """The role first (best match, then the longer text: "software engineer intern" over
    "software engineer"); then, of that role's readings whose place resolves, the
    cleanest role match ("ml intern" + "greater boston" over "ml intern greater" +
    "boston"), the most specific place ("boston ma" over "make in boston ma" read as
    the state), the longest place text; if no place resolves, the best role match, so
    leftover words show as an unknown place."""
    best = max(readings, key=lambda r: (r.role_score, len(r.role_text)))
    same_role = [r for r in readings if r.role.slug == best.role.slug]
    placed = [r for r in same_role if r.resolved_place]
    if placed:
        return max(
            placed,
            key=lambda r: (
                r.role_score,
                _SPECIFICITY.get(r.place.level, 0) if r.place else 0,
                len(r.place_text),
            ),
        )
    return best


def _place_without_role(text: str) -> tuple[str, str | None, PlaceMatch | None]:
    """For text with no known role: (role text, place text, match) of its longest place suffix."""
    words = _words(text)
    for start in range(max(1, len(words) - MAX_PLACE_WORDS), len(words)):
        place_text = _clean(words[start:])
        match = _resolve_place(place_text)
        if match is not None:
            return _clean(words[:start]), place_text, match
    return _clean(words), None, None


def describe_place(place: Place) -> str:
    """How an answer names a rung: "Boston, MA", "the Boston, MA metro", "Remote"."""
    if place.level == "metro" and "metro" not in place.name.lower():
        return f"the {place.name} metro"
    if place.level == "country":
        return f"{place.name} (national)"
    return place.name


def parse_salary_query(text: str) -> SalaryQuery:
    """Split what the user typed into a role and a place.

        >>> q = parse_salary_query("machine learning intern in Boston, MA")
        >>> q.role.slug, q.place.key, q.reading
        ('ml-intern', 'city:US-MA-boston', 'Read as Machine Learning Intern in Boston, MA')

    Every split of the words is tried, role first ("ml intern ma") and place first
    ("boston ml intern"); the best role match wins, then, for that role, the most
    specific place that resolves. No place means national; words that name no
    place leave ``place`` None with ``place_text`` set. ``notes`` says how a typo
    or a title was read and any place ambiguity settled.
    """
    cleaned = text.strip()
    if not cleaned:
        return SalaryQuery(text=text, reading="Nothing to read: the question was empty.")
    readings = _readings(cleaned)
    if not readings:
        role_text, place_text, match = _place_without_role(cleaned)
        return SalaryQuery(
            text=text,
            role_text=role_text,
            place_text=place_text,
            place=match.place if match else None,
            reading=f"Couldn't find a known role in “{role_text}”.",
            notes=[match.note] if match and match.note else [],
        )
    best = _best_reading(readings)
    notes = []
    if best.role_how not in ("exact", "alias"):  # a title or a typo: say how it was read
        notes.append(f"Read “{best.role_text}” as {best.role.name}.")
    if best.place_note:
        notes.append(best.place_note)
    role_name = best.role.name
    if best.place_text and best.place is None:
        reading = f"Read as {role_name}; couldn't place “{best.place_text}”."
        place = None
    elif best.place is None:
        place = get_place(NATIONAL_KEY)
        reading = f"Read as {role_name}, nationally ({place.name})"
    else:
        place = best.place
        where = ", Remote" if place.level == "remote" else f" in {place.name}"
        reading = f"Read as {role_name}{where}"
    return SalaryQuery(
        text=text,
        role_text=best.role_text,
        place_text=best.place_text or None,
        role=best.role,
        place=place,
        reading=reading,
        notes=notes,
    )


# -- Reading the store ------------------------------------------------------------------------


def _next_prefix(prefix: str) -> str:
    """The smallest string above every string starting with ``prefix`` ("" means any)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1) if prefix else chr(0x10FFFF)


def place_keys_with_rows(
    db: Database, table: Literal["postings", "observations"], role: str, prefix: str
) -> list[str]:
    """The distinct place keys starting with ``prefix`` where ``table`` has rows for ``role``.

        >>> place_keys_with_rows(db, "postings", "ml-intern", "city:US-MA-")
        ['city:US-MA-boston', 'city:US-MA-cambridge']
        >>> place_keys_with_rows(db, "observations", "ml-intern", "")   # every place

    A skip scan of the ``(role, place_key, ...)`` index: one seek per distinct key.
    ``table`` is a table name from code, never from a user.
    """
    sql = f"""
        WITH RECURSIVE keys(key) AS (
            SELECT (SELECT MIN(place_key) FROM {table}
                    WHERE role = :role AND place_key >= :low AND place_key < :high)
            UNION ALL
            SELECT (SELECT MIN(place_key) FROM {table}
                    WHERE role = :role AND place_key > keys.key AND place_key < :high)
            FROM keys WHERE keys.key IS NOT NULL
        )
        SELECT key FROM keys WHERE key IS NOT NULL
    """
    params = {"role": role, "low": prefix, "high": _next_prefix(prefix)}
    return [row[0] for row in db.execute(sql, params).fetchall()]


def _known_roles(slugs: Iterable[str]) -> list[Role]:
    """The catalog roles for ``slugs``, skipping any the catalog no longer has."""
    roles = []
    for slug in slugs:
        try:
            roles.append(get_role(slug))
        except RoleError:
            continue
    return roles


def _known_places(keys: Iterable[str]) -> list[Place]:
    """The gazetteer places for ``keys``, skipping any it doesn't know."""
    places = []
    for key in keys:
        try:
            places.append(get_place(key))
        except PlaceError:
            continue
    return places


def _cities_in_metro(db: Database, table: str, role: str, metro: Place) -> list[str]:
    """Keys of the metro's cities that hold rows for ``role`` (a metro may cross state lines)."""
    cities = place_keys_with_rows(db, table, role, f"city:{metro.country}-")
    return [city.key for city in _known_places(cities) if city.metro_key == metro.key]


def rung_keys(db: Database, roles: list[str], rung: Place) -> list[str]:
    """The place keys whose observations answer at ``rung`` for ``roles``: a metro adds
    its cities that hold figures for any of them."""
    if rung.level == "metro":
        cities = [
            city for role in roles for city in _cities_in_metro(db, "observations", role, rung)
        ]
        return [rung.key, *dict.fromkeys(cities)]
    return [rung.key]


def _placeholders(values: list) -> str:
    return ", ".join("?" for _ in values)


def latest_observations(
    db: Database, roles: list[str], keys: list[str]
) -> dict[str, list[Observation]]:
    """The latest snapshot of each figure for each of ``roles`` at ``keys``, newest first.

        >>> latest_observations(db, ["ml-intern", "ml-engineer"], ["city:US-MA-boston"])
        {'ml-intern': [Observation(...), ...], 'ml-engineer': [...]}

    A figure is (place, source, url, kind, covers, region, posting); its latest
    snapshot has the newest ``as_of``, then the newest ``ingested_at``. Triggers
    keep that choice in ``latest_figures`` (see ``store.schema``), so only the
    winning rows are read, however many snapshots lie behind them; an answer reads
    its role and the related roles it prices in one query.
    """
    found: dict[str, list[Observation]] = {role: [] for role in roles}
    if not keys or not roles:
        return found
    cursor = db.execute(
        f"""
        SELECT observations.* FROM latest_figures
        JOIN observations ON observations.id = latest_figures.observation_id
        WHERE latest_figures.role IN ({_placeholders(roles)})
          AND latest_figures.place_key IN ({_placeholders(keys)})
        ORDER BY observations.as_of DESC, observations.source, observations.id
        """,
        [*roles, *keys],
    )
    names = [column[0] for column in cursor.description]
    for row in cursor:
        observation = Observation.model_validate(dict(zip(names, row, strict=True)))
        found[observation.role].append(observation)  # type: ignore[index]
    return found


def posting_place_keys_within(db: Database, role: str, place: Place) -> list[str] | None:
    """The place keys inside ``place`` whose postings for ``role`` count as in it.

        >>> posting_place_keys_within(db, "ml-intern", get_place("state:US-MA"))
        ['state:US-MA', 'city:US-MA-boston', 'metro:US-boston-ma']
        >>> posting_place_keys_within(db, "ml-intern", get_place("country:US")) is None
        True

    A city is itself; a metro adds its cities with postings; a state adds its
    cities and metros with postings. ``None`` means the whole country (too many
    keys to list: match on the country prefix instead).
    """
    if place.level == "country":
        return None
    if place.level == "metro":
        return [place.key, *_cities_in_metro(db, "postings", role, place)]
    if place.level == "state":
        cities = place_keys_with_rows(db, "postings", role, f"city:{place.key.partition(':')[2]}-")
        metros = [
            metro.key
            for metro in _known_places(
                place_keys_with_rows(db, "postings", role, f"metro:{place.country}-")
            )
            if metro.state == place.state
        ]
        return [place.key, *cities, *metros]
    return [place.key]


def open_postings(
    db: Database, role: str, place: Place, *, include_remote: bool, limit: int = MAX_POSTINGS
) -> list[Posting]:
    """Open postings with pay for ``role`` inside ``place``, newest first."""
    keys = posting_place_keys_within(db, role, place)
    if keys is None:
        # Anywhere in the country: keys look like "city:US-MA-boston" or "country:US".
        where = "(substr(place_key, instr(place_key, ':') + 1, 3) = ? OR place_key = ?"
        where += " OR place_key = 'remote')" if include_remote else ")"
        params = [f"{place.country}-", place.key]
    else:
        if include_remote and "remote" not in keys:
            keys = [*keys, "remote"]
        where, params = f"place_key IN ({_placeholders(keys)})", keys
    sql = f"""
        SELECT * FROM postings
        WHERE role = ? AND {where} AND status = 'open'
          AND (min_amount IS NOT NULL OR max_amount IS NOT NULL)
        ORDER BY COALESCE(posted_date, substr(first_seen, 1, 10)) DESC, first_seen DESC, id DESC
        LIMIT ?
    """
    return [Posting.model_validate(row) for row in db.query(sql, [role, *params, limit])]


def _last_ingest(db: Database) -> datetime | None:
    value = db.execute("SELECT MAX(ingested_at) FROM documents").fetchone()[0]
    return datetime.fromisoformat(value) if value else None


def _distinct_column(db: Database, column: str) -> list[str]:
    """Distinct non-null values of an indexed observations column, one seek each."""
    sql = f"""
        WITH RECURSIVE seen(value) AS (
            SELECT (SELECT MIN({column}) FROM observations WHERE {column} IS NOT NULL)
            UNION ALL
            SELECT (SELECT MIN({column}) FROM observations WHERE {column} > seen.value)
            FROM seen WHERE seen.value IS NOT NULL
        )
        SELECT value FROM seen WHERE value IS NOT NULL
    """
    return [row[0] for row in db.execute(sql).fetchall()]


def _names(items: list[str]) -> str:
    shown = items[:MAX_COVERAGE_NAMES]
    more = len(items) - len(shown)
    return "; ".join(shown) + (f" and {more} more" if more > 0 else "")


def _roles_hint(db: Database) -> str:
    roles = [role.name for role in _known_roles(_distinct_column(db, "role"))]
    if not roles:
        return "The store has no pay figures yet: add documents with `python -m bot ingest FILE`."
    return f"Roles with figures: {_names(roles)}."


def _role_places_hint(db: Database, role: Role) -> str:
    keys = place_keys_with_rows(db, "observations", role.slug, "")
    places = [place.name for place in _known_places(keys)]
    if not places:
        others = _roles_hint(db)
        return (
            others
            if others.startswith("The store has no")
            else (f"The store has no figures for {role.name} yet. {others}")
        )
    return f"{role.name} has figures for: {_names(places)}."


# -- The answer -------------------------------------------------------------------------------


def _priced(
    observations: dict[str, list[Observation]], roles: Iterable[Role], term_weeks: float
) -> dict[str, Consensus]:
    """Each role's consensus from its ``observations``, for the roles that have one."""
    priced = {}
    for role in roles:
        verdicts = judge(observations[role.slug], is_intern=role.is_intern)
        consensus = build_consensus(verdicts, is_intern=role.is_intern, term_weeks=term_weeks)
        if consensus is not None:
            priced[role.slug] = consensus
    return priced


@dataclass(frozen=True)
class _JudgedRung:
    """One rung of the ladder: the asked role's figures judged, the other roles priced."""

    place: Place
    verdicts: list[Verdict]
    consensus: Consensus | None
    priced: dict[str, Consensus]


def _judge_rung(
    db: Database,
    role: Role,
    peer: Role | None,
    others: dict[str, Role],
    rung: Place,
    term_weeks: float,
) -> _JudgedRung | None:
    """``role`` at ``rung`` (None when it has no figures there), with ``others`` priced in
    the same query; an intern figure paid like the full-time ``peer`` there is flagged."""
    slugs = [role.slug, *others]
    found = latest_observations(db, slugs, rung_keys(db, slugs, rung))
    verdicts = judge(found[role.slug], is_intern=role.is_intern)
    if not verdicts:
        return None
    priced = _priced(found, others.values(), term_weeks)
    if peer is not None and peer.slug in priced:
        flag_at_full_time_pay(verdicts, priced[peer.slug], peer.name, describe_place(rung))
    consensus = build_consensus(verdicts, is_intern=role.is_intern, term_weeks=term_weeks)
    return _JudgedRung(rung, verdicts, consensus, priced)


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


def _problem(query: SalaryQuery, problem: str, message: str, **fields: object) -> SalaryAnswer:
    return SalaryAnswer(query=query, problem=problem, message=message, **fields)  # type: ignore[arg-type]


def answer_salary(
    db: Database, text: str, *, term_weeks: float = DEFAULT_TERM_WEEKS
) -> SalaryAnswer:
    """What ``text`` (e.g. ``"ml-intern boston"``) pays, from the first ladder rung with figures.

    A question that can't be answered comes back with ``problem`` set
    (``empty``, ``unknown_role``, ``unknown_place``, ``no_data``), a ``message``
    for people, suggestions and a hint of what the store covers.
    """
    query = parse_salary_query(text)
    if not text.strip():
        return _problem(
            query,
            "empty",
            "Ask for a role and a place, e.g. “ml-intern boston” or “data science intern remote”.",
            coverage_hint=_roles_hint(db),
        )
    if query.role is None:
        return _problem(
            query,
            "unknown_role",
            f"I don't know the role “{query.role_text}”.",
            role_suggestions=suggest_roles(query.role_text or text, MAX_SUGGESTIONS),
            coverage_hint=_roles_hint(db),
        )
    role = query.role
    if query.place is None:
        return _problem(
            query,
            "unknown_place",
            f"I know the role {role.name} but not the place “{query.place_text}”.",
            place_suggestions=suggest_places(query.place_text or "", MAX_SUGGESTIONS),
            coverage_hint=_role_places_hint(db, role),
        )

    related_roles = _known_roles(role.related)
    peer = full_time_role(role)
    # The full-time peer is usually a related role too: price each role once.
    others = {r.slug: r for r in related_roles}
    if peer is not None:
        others.setdefault(peer.slug, peer)
    others.pop(role.slug, None)
    rungs = ladder(query.place)
    judged: list[_JudgedRung] = []
    for place in rungs:
        at_place = _judge_rung(db, role, peer, others, place, term_weeks)
        if at_place is not None:
            judged.append(at_place)
            if at_place.consensus is not None:
                break
    if not judged:
        above = "; ".join(rung.name for rung in rungs[1:])
        message = f"No {role.name} figures for {query.place.name}"
        message += f" or anywhere above it ({above})." if above else "."
        return _problem(
            query,
            "no_data",
            message,
            coverage_hint=_role_places_hint(db, role),
        )
    # The first rung with a consensus answers and lists the figures of those passed over;
    # when none has one, the nearest rung with figures answers alone.
    answer, passed = (judged[-1], judged[:-1]) if judged[-1].consensus else (judged[0], [])
    own = {verdict.observation.id for verdict in answer.verdicts}
    # A metro passed over holds its cities' figures again: list each figure once.
    listed = {
        verdict.observation.id: verdict
        for held in passed
        for verdict in held.verdicts
        if verdict.observation.id not in own
    }
    related = [
        RelatedRole(
            role=r,
            annual_mid=answer.priced[r.slug].annual,
            source_count=answer.priced[r.slug].source_count,
        )
        for r in related_roles
        if r.slug in answer.priced
    ]
    figures = source_figures(
        [*answer.verdicts, *listed.values()], is_intern=role.is_intern, term_weeks=term_weeks
    )
    rung = answer.place
    for figure in figures:
        figure.place_name = _place_name_unless(figure.observation.place_key, rung)
    return SalaryAnswer(
        query=query,
        answered_at=rung,
        answered_level=_LEVEL_NAMES.get(rung.level, rung.level),
        fallback_note=_fallback_note(query.place, rung, [held.place for held in passed]),
        consensus=answer.consensus,
        # Figures in the consensus first, then those only listed; newest first within each.
        sources=sorted(figures, key=lambda figure: not figure.in_consensus),
        postings=open_postings(db, role.slug, rung, include_remote=query.place.level == "remote"),
        related=related,
        data_as_of=max(f.observation.as_of for f in figures),
        last_ingest=_last_ingest(db),
    )


def store_coverage(db: Database) -> Coverage:
    """What the store holds: roles and places with figures, sources, counts, last ingest."""
    roles = _known_roles(_distinct_column(db, "role"))
    places = _known_places(_distinct_column(db, "place_key"))
    return Coverage(
        roles=roles,
        places=places,
        sources=_distinct_column(db, "source"),
        observation_count=db.execute("SELECT COUNT(*) FROM observations").fetchone()[0],
        posting_count=db.execute("SELECT COUNT(*) FROM postings").fetchone()[0],
        last_ingest=_last_ingest(db),
    )
