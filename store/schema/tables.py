"""The first tables: documents, observations, postings and their sightings, subscriptions and
digest runs (m001-m020)."""

from __future__ import annotations

from sqlite_utils import Database


def m001_documents_observations_postings(db: Database) -> None:
    db["documents"].create(
        {
            "id": int,
            "sha256": str,
            "path": str,
            "kind": str,
            "title": str,
            "doc_date": str,
            "ingested_at": str,
        },
        pk="id",
        not_null={"sha256", "path", "kind", "ingested_at"},
    )
    db["documents"].create_index(["sha256"], unique=True)

    db["postings"].create(
        {
            "id": int,
            "document_id": int,
            "source": str,
            "site_job_id": str,
            "url": str,
            "canonical_url": str,
            "fingerprint": str,
            "company": str,
            "title": str,
            "role": str,
            "location_published": str,
            "place_key": str,
            "workplace": str,
            "employment_type": str,
            "pay_text": str,
            "min_amount": float,
            "max_amount": float,
            "period": str,
            "currency": str,
            "hourly_min": float,
            "hourly_max": float,
            "annual_min": float,
            "annual_max": float,
            "status": str,
            "posted_date": str,
            "start_date": str,
            "end_date": str,
            "first_seen": str,
            "last_seen": str,
            "closed_at": str,
        },
        pk="id",
        foreign_keys=[("document_id", "documents", "id")],
        not_null={"source", "url", "fingerprint", "company", "title", "status"},
    )
    db["postings"].create_index(["fingerprint"])
    db["postings"].create_index(["canonical_url"])
    db["postings"].create_index(["source", "site_job_id"])
    db["postings"].create_index(["role", "place_key", "first_seen"])

    # Every site and document a posting was seen on, so dedup keeps its trail.
    db["posting_sightings"].create(
        {
            "id": int,
            "posting_id": int,
            "document_id": int,
            "source": str,
            "site_job_id": str,
            "url": str,
            "status": str,
            "seen_at": str,
        },
        pk="id",
        foreign_keys=[("posting_id", "postings", "id"), ("document_id", "documents", "id")],
        not_null={"posting_id", "source", "url", "seen_at"},
    )
    db["posting_sightings"].create_index(["posting_id"])

    db["observations"].create(
        {
            "id": int,
            "document_id": int,
            "posting_id": int,
            "source": str,
            "source_kind": str,
            "url": str,
            "title": str,
            "role_published": str,
            "role": str,
            "location_published": str,
            "place_key": str,
            "place_level": str,
            "kind": str,
            "covers": str,
            "region": str,
            "min_amount": float,
            "max_amount": float,
            "period": str,
            "currency": str,
            "hourly_min": float,
            "hourly_max": float,
            "annual_min": float,
            "annual_max": float,
            "term_weeks": float,
            "as_of": str,
            "ingested_at": str,
            "note": str,
        },
        pk="id",
        foreign_keys=[("document_id", "documents", "id"), ("posting_id", "postings", "id")],
        not_null={"source", "source_kind", "url", "role_published", "kind", "period", "as_of"},
    )
    # The answer's lookup: role at a place, newest first.
    db["observations"].create_index(["role", "place_key", "as_of"])
    db["observations"].create_index(["place_key"])
    db["observations"].create_index(["document_id"])


def m010_subscriptions_and_digest_runs(db: Database) -> None:
    # One row per channel x role x place; schedule and quiet-week choice are per row.
    db["subscriptions"].create(
        {
            "id": int,
            "team_id": str,
            "channel_id": str,
            "role": str,
            "place_key": str,
            "label": str,
            "day_of_week": str,
            "time_of_day": str,
            "timezone": str,
            "quiet": str,
            "created_by": str,
            "created_at": str,
            "updated_at": str,
            "paused_reason": str,
            "paused_at": str,
        },
        pk="id",
        not_null={"team_id", "channel_id", "role", "place_key", "day_of_week", "time_of_day"},
    )
    db["subscriptions"].create_index(["team_id", "channel_id", "role", "place_key"], unique=True)

    # The exactly-once ledger: a run is claimed (a row) before its message is posted.
    db["digest_runs"].create(
        {
            "id": int,
            "subscription_id": int,
            "team_id": str,
            "channel_id": str,
            "period_start": str,
            "period_end": str,
            "status": str,
            "claimed_by": str,
            "claimed_at": str,
            "finished_at": str,
            "message_ts": str,
            "reason": str,
            "new_count": int,
            "closed_count": int,
            "change_count": int,
        },
        pk="id",
        not_null={"subscription_id", "period_start", "period_end", "status"},
    )
    db["digest_runs"].create_index(["subscription_id", "period_start"], unique=True)
    db["digest_runs"].create_index(["team_id", "finished_at"])
    # Pay changes look up a role's snapshots at a few places by when they were learned.
    db["observations"].create_index(["role", "place_key", "ingested_at"])


def m020_ingest_lookups(db: Database) -> None:
    # Ingestion asks "seen this snapshot before?" by URL, and "seen this job?" by site id.
    db["observations"].create_index(["url", "as_of"])
    db["posting_sightings"].create_index(["source", "site_job_id"])


# In the order they were written: a new store is built by running them in turn.
STEPS = (
    m001_documents_observations_postings,
    m010_subscriptions_and_digest_runs,
    m020_ingest_lookups,
)
