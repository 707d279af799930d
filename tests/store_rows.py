"""Rows for tests that need a store with answers in it, written as the store's own models.

    >>> db = open_store(tmp_path / "salary.db")
    >>> seed_answers(db)
    >>> answer_salary(db, "ml-intern boston").answered_level
    'city'

What ``seed_answers`` holds, so tests can reach every rung of the place ladder:

* ml-intern in Boston, MA (city): three sources, one of them full-time-looking pay,
  and two open postings with pay;
* ml-intern in Massachusetts (state) and nationally (country);
* data-science-intern, Remote, and in Boston, MA (a related role there).

They are dated a few weeks before today, so answers count them whenever the tests run
(answers leave out figures older than 18 months). ``observation`` alone defaults to fixed
2026 dates: tests of those read them on ``ANSWER_DAY`` (the ``answer_day`` fixture).
"""

from __future__ import annotations

import itertools
from datetime import date, datetime, timedelta
from typing import Any

from sqlite_utils import Database

from store.db import write_transaction
from store.models import Document, FigureKind, Observation, Period, Posting
from store.pay import equivalents, to_annual

ANSWER_DAY = datetime(2026, 11, 30, 12, 0)
SEEDED = date.today() - timedelta(days=45)
INGESTED = datetime(SEEDED.year, SEEDED.month, SEEDED.day, 12, 0) + timedelta(days=1)
BOSTON = "city:US-MA-boston"
_figures = itertools.count(1)


def observation(
    place_key: str,
    low: float | None,
    high: float | None = None,
    *,
    role: str = "ml-intern",
    period: Period = "year",
    source: str | None = None,
    url: str | None = None,
    as_of: date | str = "2026-05-01",
    ingested_at: datetime | str = "2026-05-02T00:00:00",
    kind: FigureKind | None = None,
    **fields: Any,
) -> Observation:
    """One pay figure as ingestion would store it: as published plus its normalised columns.

    ``high`` left out makes a point figure; ``kind="range"`` with no ``high`` is "from
    $X". A source and URL of their own are made up unless given; ``fields`` sets any
    other column (``currency``, ``covers``, ``region``, ``source_kind``...).
    """
    if kind is None:
        kind = "range" if high is not None and high != low else "point"
    high = low if high is None and kind != "range" else high
    n = next(_figures)
    source = source or f"site{n}.example"
    return Observation(
        source=source,
        source_kind=fields.pop("source_kind", "site_estimate"),
        url=url or f"https://{source}/{role}/{n}",
        role_published=fields.pop("role_published", role),
        role=role,
        place_key=place_key,
        kind=kind,
        min_amount=low,
        max_amount=high,
        period=period,
        **equivalents(low, high, period),
        as_of=as_of if isinstance(as_of, date) else date.fromisoformat(as_of),
        ingested_at=(
            ingested_at
            if isinstance(ingested_at, datetime)
            else datetime.fromisoformat(ingested_at)
        ),
        **fields,
    )


def observe(
    db: Database, place_key: str, low: float | None, high: float | None = None, **fields: Any
) -> Observation:
    """Store ``observation(...)`` in ``db`` and return it with its id."""
    stored = observation(place_key, low, high, **fields)
    # Unset columns stay out of the row, so stores migrated only part-way take it too.
    row = stored.model_dump(exclude={"id"})
    if stored.undated is None:
        row.pop("undated")
    stored.id = db["observations"].insert(row).last_pk
    return stored


def posting(role: str, place_key: str, n: int, hourly: float, posted: date) -> Posting:
    """An open posting paying ``hourly`` an hour, first seen the day it was posted."""
    seen = datetime(posted.year, posted.month, posted.day, 9, 0)
    return Posting(
        source="jobs.example.com",
        url=f"https://jobs.example.com/{role}/{n}",
        fingerprint=f"{role}-{n}",
        company=f"Company {n}",
        title=f"{role.replace('-', ' ').title()} {n}",
        role=role,
        location_published=place_key,
        place_key=place_key,
        pay_text=f"${hourly:g} an hour",
        min_amount=hourly,
        max_amount=hourly,
        period="hour",
        currency="USD",
        hourly_min=hourly,
        hourly_max=hourly,
        annual_min=to_annual(hourly, "hour"),
        annual_max=to_annual(hourly, "hour"),
        posted_date=posted,
        first_seen=seen,
        last_seen=seen,
    )


def seed_answers(db: Database) -> None:
    """Fill ``db`` (already migrated) with the rows described in the module docstring."""
    document = Document(sha256="seed", path="seed.txt", kind="demo", ingested_at=INGESTED)
    seed = {"as_of": SEEDED, "ingested_at": INGESTED}
    observations = [
        observation(BOSTON, 40, 48, source="salaries.example.org", period="hour", **seed),
        observation(BOSTON, 52_000, source="payscale.example.com", **seed),
        observation(BOSTON, 124_052, 184_190, source="fulltime.example.net", **seed),
        observation("state:US-MA", 45_000, 55_000, source="statepay.example.org", **seed),
        observation(
            "country:US", 46_000, source="national.example.gov", source_kind="government", **seed
        ),
        observation(
            "remote", 30, 36, role="data-science-intern", source="remote.example.com",
            period="hour", **seed,
        ),
        observation(
            BOSTON, 35, 41, role="data-science-intern", source="salaries.example.org",
            period="hour", **seed,
        ),
    ]  # fmt: skip
    postings = [
        posting("ml-intern", "city:US-MA-boston", 1, 42, SEEDED - timedelta(days=3)),
        posting("ml-intern", "city:US-MA-boston", 2, 45, SEEDED - timedelta(days=1)),
    ]
    with write_transaction(db):
        db["documents"].insert(document.model_dump(exclude={"id"}))
        db["observations"].insert_all(o.model_dump(exclude={"id"}) for o in observations)
        db["postings"].insert_all(p.model_dump(exclude={"id"}) for p in postings)
