"""The demo dataset: published facts, so a fresh install answers ``/salary ml-intern boston``.

    >>> from store.db import open_store
    >>> fresh = open_store("fresh.db")
    >>> load_demo_if_empty(fresh)
    True
    >>> load_demo_if_empty(fresh)  # already there, or the store has real data
    False

``store/data/demo.json`` lists figures real pages published (source, url, date;
no page text) by role slug and place key. A row's optional ``note`` says how it
was read, e.g. how an undated figure was dated; a posting's optional ``regions``
list its pay by state, stored as ingestion stores them: one observation per
place. Loading goes through the same writer as ingestion, recorded as a
document of kind "demo", so it is loaded once.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

from sqlite_utils import Database

from store.db import write_transaction
from store.ingest.documents import is_ingested
from store.ingest.files import sha256_of
from store.ingest.parsed import ParsedDocument, ParsedPosting
from store.ingest.postingfields import fingerprint
from store.ingest.writer import IdMap, write_document
from store.models import Observation, Posting
from store.pay import to_annual, to_hourly
from store.resolve.places import get_place
from store.resolve.roles import get_role
from store.resolve.sites import canonical_url
from store.vocabulary import DATA

DEMO_PATH = DATA / "demo.json"


def _pay(amount_min: float, amount_max: float, period: str) -> dict[str, Any]:
    return {
        "min_amount": amount_min,
        "max_amount": amount_max,
        "period": period,
        "hourly_min": to_hourly(amount_min, period),  # type: ignore[arg-type]
        "hourly_max": to_hourly(amount_max, period),  # type: ignore[arg-type]
        "annual_min": to_annual(amount_min, period),  # type: ignore[arg-type]
        "annual_max": to_annual(amount_max, period),  # type: ignore[arg-type]
    }


def _observation(fact: dict[str, Any], now: datetime) -> Observation:
    place = get_place(fact["place"])
    return Observation(
        source=fact["source"],
        source_kind=fact["source_kind"],
        url=fact["url"],
        title=fact["title"],
        role_published=fact.get("role_published") or get_role(fact["role"]).name,
        role=fact["role"],
        location_published=fact["location"],
        place_key=place.key,
        place_level=place.level,
        kind=fact["kind"],
        covers=fact.get("covers"),
        term_weeks=fact.get("term_weeks"),
        as_of=date.fromisoformat(fact["as_of"]),
        undated=fact.get("undated"),
        ingested_at=now,
        note=" ".join(("Demo data.", fact.get("note") or "")).strip(),
        **_pay(fact["min"], fact["max"], fact["period"]),
    )


def _posting(fact: dict[str, Any], now: datetime) -> ParsedPosting:
    place = get_place(fact["place"])
    first_seen = datetime.fromisoformat(fact["first_seen"])
    closed_at = datetime.fromisoformat(fact["closed_at"]) if fact.get("closed_at") else None
    posting = Posting(
        source=fact["source"],
        site_job_id=fact.get("site_job_id"),
        url=fact["url"],
        canonical_url=canonical_url(fact["url"]),
        fingerprint=fingerprint(fact["company"], fact["title"], place),
        company=fact["company"],
        title=fact["title"],
        role=fact["role"],
        location_published=fact["location"],
        place_key=place.key,
        workplace=fact.get("workplace"),
        employment_type=fact.get("employment_type"),
        pay_text=fact.get("pay_text"),
        currency="USD",
        status=fact["status"],
        posted_date=fact.get("posted_date"),
        start_date=fact.get("start_date"),
        end_date=fact.get("end_date"),
        first_seen=first_seen,
        last_seen=closed_at or now,
        closed_at=closed_at,
        **_pay(fact["min"], fact["max"], fact["period"]),
    )
    whole = {
        **fact,
        "source_kind": "employer_posting",
        "title": f"{fact['title']} - {fact['company']}",
        "role_published": fact["title"],
        "kind": "range" if fact["min"] != fact["max"] else "point",
        "as_of": fact.get("posted_date") or first_seen.date().isoformat(),
    }
    by_place = [
        {
            **whole,
            **region,
            "place": key,
            "kind": "range" if region["min"] != region["max"] else "point",
        }
        for region in fact.get("regions", [])
        for key in region["places"]
    ]
    observations = [_observation(row, now) for row in [*by_place, whole]]
    return ParsedPosting(posting=posting, observations=observations)


def demo_document(data: bytes | None = None, *, now: datetime | None = None) -> ParsedDocument:
    """The demo dataset as a parsed document, ready for the writer."""
    data = data if data is not None else DEMO_PATH.read_bytes()
    now = now or datetime.now(UTC).replace(microsecond=0)
    facts = json.loads(data)
    return ParsedDocument(
        path=f"demo:{DEMO_PATH.name}",
        sha256=sha256_of(data),
        kind="demo",
        title="Demo dataset",
        doc_date=max(date.fromisoformat(o["as_of"]) for o in facts["observations"]),
        ingested_at=now,
        observations=[_observation(fact, now) for fact in facts["observations"]],
        postings=[_posting(fact, now) for fact in facts["postings"]],
    )


def load_demo(db: Database) -> bool:
    """Load the demo dataset unless it is already in the store; True if it was loaded."""
    data = DEMO_PATH.read_bytes()
    if is_ingested(db, sha256_of(data)):
        return False
    parsed = demo_document(data)
    with write_transaction(db):
        write_document(db, parsed, ids=IdMap())
    return True


def load_demo_if_empty(db: Database) -> bool:
    """Load the demo dataset into a store that holds no observations yet."""
    if db["observations"].exists() and db["observations"].count:
        return False
    return load_demo(db)
