"""Rows for digest tests: postings and pay snapshots written into a real store.

>>> add_posting(db, company="Acme", first_seen=at("2026-11-03 10:00"))
>>> add_figure(db, source="salary.com", low=120_000, as_of="2026-10-01", ingested=...)
"""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlite_utils import Database

from store.models import Observation, Posting
from store.pay import equivalents
from tests.store_rows import observe

BOSTON = "city:US-MA-boston"
CAMBRIDGE = "city:US-MA-cambridge"
BOSTON_METRO = "metro:US-boston-ma"
MASSACHUSETTS = "state:US-MA"
SEATTLE = "city:US-WA-seattle"
REMOTE = "remote"

_ids = itertools.count(1)


def at(text: str) -> datetime:
    """An aware UTC instant from ``"2026-11-02 14:00"``."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def add_posting(
    db: Database,
    *,
    company: str,
    first_seen: datetime,
    title: str = "Machine Learning Intern",
    role: str = "ml-intern",
    place_key: str = BOSTON,
    fingerprint: str | None = None,
    source: str = "greenhouse.io",
    pay: tuple[float, float, str] | None = (40, 45, "hour"),
    status: str = "open",
    closed_at: datetime | None = None,
    workplace: str = "hybrid",
) -> Posting:
    """Insert one posting (naive UTC timestamps, as the ingester writes them)."""
    n = next(_ids)
    low, high, period = pay or (None, None, None)
    posting = Posting(
        source=source,
        url=f"https://{source}/jobs/{n}",
        fingerprint=fingerprint or f"fp-{n}",
        company=company,
        title=title,
        role=role,
        location_published="Boston, MA" if place_key != REMOTE else "Remote (US)",
        place_key=place_key,
        workplace=workplace,
        pay_text=f"${low:g} - ${high:g} per {period}" if pay else None,
        min_amount=low,
        max_amount=high,
        period=period,
        currency="USD" if pay else None,
        **equivalents(low, high, period),
        status=status,
        posted_date=first_seen.date(),
        first_seen=first_seen.replace(tzinfo=None),
        last_seen=first_seen.replace(tzinfo=None),
        closed_at=closed_at.replace(tzinfo=None) if closed_at else None,
    )
    posting_id = db["postings"].insert(posting.model_dump(exclude={"id"})).last_pk
    return posting.model_copy(update={"id": posting_id})


def close_posting(db: Database, posting: Posting, closed_at: datetime) -> None:
    db["postings"].update(
        posting.id, {"status": "closed", "closed_at": closed_at.replace(tzinfo=None).isoformat()}
    )


def add_figure(
    db: Database,
    *,
    low: float,
    high: float | None = None,
    as_of: str,
    ingested: datetime,
    source: str = "salary.com",
    place_key: str = BOSTON,
    period: str = "year",
    role: str = "ml-intern",
) -> Observation:
    """Insert one pay snapshot for ``source``'s page about ``role`` at ``place_key``."""
    return observe(
        db,
        place_key,
        low,
        high,
        role=role,
        period=period,
        source=source,
        url=f"https://{source}/{role}/{place_key}",
        role_published="Machine Learning Intern",
        location_published="Boston, MA",
        place_level=place_key.split(":")[0] if ":" in place_key else "remote",
        as_of=as_of,
        ingested_at=ingested.replace(tzinfo=None),
    )


def due_in_real_time() -> dict[str, str]:
    """A schedule whose latest slot was yesterday at midnight in New York: due right now."""
    yesterday = datetime.now(ZoneInfo("America/New_York")) - timedelta(days=1)
    return {
        "day_of_week": yesterday.strftime("%a").lower(),
        "time_of_day": "00:00",
        "timezone": "America/New_York",
    }
