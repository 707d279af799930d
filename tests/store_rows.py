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
"""

from __future__ import annotations

from datetime import date, datetime

from sqlite_utils import Database

from store.db import write_transaction
from store.models import Document, Observation, Period, Posting, SourceKind
from store.pay import equivalents, to_annual

INGESTED = datetime(2026, 1, 6, 12, 0)


def observation(
    role: str,
    place_key: str,
    source: str,
    low: float,
    high: float,
    period: Period,
    *,
    as_of: date = date(2026, 1, 5),
    source_kind: SourceKind = "site_estimate",
    document_id: int | None = None,
) -> Observation:
    """One pay figure (a range, or a point when ``low == high``) with its equivalents."""
    return Observation(
        document_id=document_id,
        source=source,
        source_kind=source_kind,
        url=f"https://{source}/{role}/{place_key.replace(':', '-')}",
        title=f"{role} pay at {source}",
        role_published=role.replace("-", " ").title(),
        role=role,
        location_published=place_key,
        place_key=place_key,
        place_level=place_key.partition(":")[0] if ":" in place_key else place_key,
        kind="range" if low != high else "point",
        min_amount=low,
        max_amount=high,
        period=period,
        **equivalents(low, high, period),
        as_of=as_of,
        ingested_at=INGESTED,
    )


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
    observations = [
        observation("ml-intern", "city:US-MA-boston", "salaries.example.org", 40, 48, "hour"),
        observation(
            "ml-intern", "city:US-MA-boston", "payscale.example.com", 52_000, 52_000, "year"
        ),
        observation(
            "ml-intern", "city:US-MA-boston", "fulltime.example.net", 124_052, 184_190, "year"
        ),
        observation("ml-intern", "state:US-MA", "statepay.example.org", 45_000, 55_000, "year"),
        observation(
            "ml-intern",
            "country:US",
            "national.example.gov",
            46_000,
            46_000,
            "year",
            source_kind="government",
        ),
        observation("data-science-intern", "remote", "remote.example.com", 30, 36, "hour"),
        observation(
            "data-science-intern", "city:US-MA-boston", "salaries.example.org", 35, 41, "hour"
        ),
    ]
    postings = [
        posting("ml-intern", "city:US-MA-boston", 1, 42, date(2026, 1, 2)),
        posting("ml-intern", "city:US-MA-boston", 2, 45, date(2026, 1, 4)),
    ]
    with write_transaction(db):
        db["documents"].insert(document.model_dump(exclude={"id"}))
        db["observations"].insert_all(o.model_dump(exclude={"id"}) for o in observations)
        db["postings"].insert_all(p.model_dump(exclude={"id"}) for p in postings)
