"""What the `answer_salary` tests share: place keys, a store with one document, a posting."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from sqlite_utils import Database

from store.db import open_store
from store.models import Posting

BOSTON = "city:US-MA-boston"
CAMBRIDGE = "city:US-MA-cambridge"
BOSTON_METRO = "metro:US-boston-ma"
MASSACHUSETTS = "state:US-MA"
SEATTLE = "city:US-WA-seattle"
NATIONAL = "country:US"
REMOTE = "remote"
OFFICIAL_FULL_TIME = (
    "intern figure looks like full-time pay: at or above 90% of the median full-time pay of "
)


def answer_store(path: Path) -> Database:
    """A fresh store holding one ingested document, for observations to point at."""
    store = open_store(path)
    store["documents"].insert(
        {
            "sha256": "a" * 64,
            "path": "seed.txt",
            "kind": "report",
            "ingested_at": "2026-06-02T08:00:00",
        }
    )
    return store


def post(db, place_key: str, *, company: str, posted: str | None, **fields) -> None:
    """Store a posting by ``company`` at ``place_key`` (ML intern, $30-$40 an hour unless told)."""
    posting = Posting(
        source="board.example",
        url=f"https://board.example/jobs/{company}",
        fingerprint=company,
        company=company,
        title="Machine Learning Intern",
        role=fields.pop("role", "ml-intern"),
        place_key=place_key,
        min_amount=fields.pop("min_amount", 30.0),
        max_amount=fields.pop("max_amount", 40.0),
        period="hour",
        currency="USD",
        posted_date=date.fromisoformat(posted) if posted else None,
        first_seen=datetime.fromisoformat(fields.pop("first_seen", "2026-05-01T00:00:00")),
        last_seen=datetime(2026, 6, 1),
        **fields,
    )
    db["postings"].insert(posting.model_dump(exclude={"id"}))
