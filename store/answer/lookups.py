"""Reading the store for answers and digests: figures and postings of a role at a place.

    >>> keys = rung_keys(db, ["ml-intern"], get_place("metro:US-boston-ma"))
    >>> latest_observations(db, ["ml-intern"], keys)
    {'ml-intern': [Observation(...), ...]}

Every lookup is an index seek: each figure's latest snapshot comes from ``latest_figures``
(kept by triggers, see ``store.schema``), the distinct cities of a metro from a skip scan of
the ``(role, place_key, ...)`` index; never a table scan. Answers and digests share these,
so a place covers the same keys in both.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Literal

from sqlite_utils import Database

from store.models import Observation, Place, Posting
from store.resolve.places import PlaceError, get_place

MAX_POSTINGS = 5


def _next_prefix(prefix: str) -> str:
    """The smallest string above every string starting with ``prefix`` ("" means any)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1) if prefix else chr(0x10FFFF)


def place_keys_with_rows(
    db: Database, table: Literal["postings", "latest_figures"], role: str, prefix: str
) -> list[str]:
    """The distinct place keys starting with ``prefix`` where ``table`` has rows for ``role``.

        >>> place_keys_with_rows(db, "postings", "ml-intern", "city:US-MA-")
        ['city:US-MA-boston']
        >>> place_keys_with_rows(db, "latest_figures", "ml-intern", "")   # every place
        ['city:US-MA-boston', 'country:US', 'state:US-MA']

    A skip scan of the ``(role, place_key, ...)`` index: one seek per distinct key.
    Figures are asked of ``latest_figures``: current figures only, none a reparse retired.
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


def known_places(keys: Iterable[str]) -> list[Place]:
    """The gazetteer places for ``keys``, skipping any it doesn't know."""
    places = []
    for key in keys:
        try:
            places.append(get_place(key))
        except PlaceError:
            continue
    return places


def _cities_in_metro(
    db: Database, table: Literal["postings", "latest_figures"], role: str, metro: Place
) -> list[str]:
    """Keys of the metro's cities that hold rows for ``role`` (a metro may cross state lines)."""
    cities = place_keys_with_rows(db, table, role, f"city:{metro.country}-")
    return [city.key for city in known_places(cities) if city.metro_key == metro.key]


def _metros_of(place: Place) -> list[Place]:
    """A metro itself, or a region's metros."""
    if place.level == "region":
        return known_places(place.members)
    return [place] if place.level == "metro" else []


def rung_keys(db: Database, roles: list[str], rung: Place) -> list[str]:
    """The place keys whose observations answer at ``rung`` for ``roles``: a metro adds
    its cities that hold figures for any of them; a region, each of its metros so."""
    metros = _metros_of(rung)
    if not metros:
        return [rung.key]
    keys = [rung.key] if rung.level == "region" else []
    for metro in metros:
        cities = [
            city for role in roles for city in _cities_in_metro(db, "latest_figures", role, metro)
        ]
        keys += [metro.key, *cities]
    return list(dict.fromkeys(keys))


def _placeholders(values: list) -> str:
    return ", ".join("?" for _ in values)


def latest_observations(
    db: Database, roles: list[str], keys: list[str]
) -> dict[str, list[Observation]]:
    """The latest snapshot of each figure for each of ``roles`` at ``keys``, newest first.

        >>> latest = latest_observations(db, ["ml-intern"], ["city:US-MA-boston"])
        >>> sorted(o.source for o in latest["ml-intern"])
        ['fulltime.example.net', 'payscale.example.com', 'salaries.example.org']

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
        observation = Observation.from_row(dict(zip(names, row, strict=True)))
        found[observation.role].append(observation)  # type: ignore[index]
    return found


def posting_place_keys_within(db: Database, role: str, place: Place) -> list[str] | None:
    """The place keys inside ``place`` whose postings for ``role`` count as in it.

        >>> posting_place_keys_within(db, "ml-intern", get_place("state:US-MA"))
        ['state:US-MA', 'city:US-MA-boston']
        >>> posting_place_keys_within(db, "ml-intern", get_place("country:US")) is None
        True

    A city is itself; a metro adds its cities with postings, a region its metros and
    their cities; a state adds its cities and metros with postings. ``None`` means the
    whole country (too many keys to list: match on the country prefix instead).
    """
    if place.level == "country":
        return None
    if place.level in ("metro", "region"):
        keys = [place.key]
        for metro in _metros_of(place):
            keys += [metro.key, *_cities_in_metro(db, "postings", role, metro)]
        return list(dict.fromkeys(keys))
    if place.level == "state":
        cities = place_keys_with_rows(db, "postings", role, f"city:{place.key.partition(':')[2]}-")
        metros = [
            metro.key
            for metro in known_places(
                place_keys_with_rows(db, "postings", role, f"metro:{place.country}-")
            )
            if metro.state == place.state
        ]
        return [place.key, *cities, *metros]
    return [place.key]


def open_postings(
    db: Database,
    role: str,
    place: Place,
    *,
    include_remote: bool,
    limit: int = MAX_POSTINGS,
    pay: Literal["stated", "unusable"] = "stated",
) -> list[Posting]:
    """Open postings for ``role`` inside ``place``, newest first: those stating pay, or
    (``pay="unusable"``, for pay-transparency flags) those stating none or a range whose
    top is over ``WIDE_RANGE_RATIO`` times its bottom."""
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
          AND {_PAY_FILTERS[pay]}
        ORDER BY COALESCE(posted_date, substr(first_seen, 1, 10)) DESC, first_seen DESC, id DESC
        LIMIT ?
    """
    return [Posting.model_validate(row) for row in db.query(sql, [role, *params, limit])]


WIDE_RANGE_RATIO = 2.0  # a posted range whose top is more than twice its bottom says little
_PAY_FILTERS = {
    "stated": "(min_amount IS NOT NULL OR max_amount IS NOT NULL)",
    "unusable": "((min_amount IS NULL AND max_amount IS NULL) "
    f"OR (min_amount > 0 AND max_amount > min_amount * {WIDE_RANGE_RATIO}))",
}


def last_ingest(db: Database) -> datetime | None:
    value = db.execute("SELECT MAX(ingested_at) FROM documents").fetchone()[0]
    return datetime.fromisoformat(value) if value else None


def distinct_column(db: Database, column: str) -> list[str]:
    """Distinct non-null values of an indexed column among current figures, one seek each
    (a value only retired figures hold costs a walk over them, and is left out)."""
    first = f"""SELECT {column} FROM observations WHERE {column} > seen.value
                AND retired_by IS NULL ORDER BY {column} LIMIT 1"""
    sql = f"""
        WITH RECURSIVE seen(value) AS (
            SELECT ({first.replace("> seen.value", "IS NOT NULL")})
            UNION ALL
            SELECT ({first}) FROM seen WHERE seen.value IS NOT NULL
        )
        SELECT value FROM seen WHERE value IS NOT NULL
    """
    return [row[0] for row in db.execute(sql).fetchall()]


def current_figure_count(db: Database) -> int:
    """How many figures the store holds, those a reparse retired left out (two index counts)."""
    sql = """SELECT (SELECT COUNT(*) FROM observations)
                  - (SELECT COUNT(*) FROM observations WHERE retired_by IS NOT NULL)"""
    return db.execute(sql).fetchone()[0]


def has_figures(db: Database, role: str) -> bool:
    """Whether the store holds any figure for ``role`` (one index seek)."""
    found = db.execute("SELECT 1 FROM latest_figures WHERE role = ? LIMIT 1", [role])
    return found.fetchone() is not None
