"""The store's schema, created and upgraded by sqlite-utils migrations.

Each migration is a small function; sqlite-utils records which ran, so
``migrations.apply(db)`` is safe to call on every start.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from store.resolve.keys import upgrade_stored_metro_keys

migrations = Migrations("salary-store")


@migrations()
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


@migrations()
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


@migrations()
def m020_ingest_lookups(db: Database) -> None:
    # Ingestion asks "seen this snapshot before?" by URL, and "seen this job?" by site id.
    db["observations"].create_index(["url", "as_of"])
    db["posting_sightings"].create_index(["source", "site_job_id"])


# A figure is one source's number for a role at a place: its identity, NULLs made comparable.
_FIGURE = (
    "role, place_key, source, url, kind, IFNULL(covers, ''), IFNULL(region, ''), "
    "IFNULL(posting_id, 0)"
)
_FIGURE_MATCH = (
    "role = OLD.role AND place_key = OLD.place_key AND source = OLD.source AND url = OLD.url "
    "AND kind = OLD.kind AND covers IS OLD.covers AND region IS OLD.region "
    "AND posting_id IS OLD.posting_id"
)
_SNAPSHOT = "as_of || ' ' || IFNULL(ingested_at, '')"
# ``current`` is empty until m100, then keeps figures retired by a reparse out.
_UPSERT_TEMPLATE = """
    INSERT INTO latest_figures
    SELECT NEW.role, NEW.place_key, NEW.source, NEW.url, NEW.kind, IFNULL(NEW.covers, ''),
           IFNULL(NEW.region, ''), IFNULL(NEW.posting_id, 0), NEW.id,
           NEW.as_of || ' ' || IFNULL(NEW.ingested_at, '')
    WHERE NEW.role IS NOT NULL AND NEW.place_key IS NOT NULL {current}
    ON CONFLICT DO UPDATE SET observation_id = excluded.observation_id,
                              snapshot = excluded.snapshot
    WHERE (excluded.snapshot, excluded.observation_id)
          > (latest_figures.snapshot, latest_figures.observation_id);
"""
_REPLACE_TEMPLATE = f"""
    DELETE FROM latest_figures WHERE observation_id = OLD.id;
    INSERT INTO latest_figures
    SELECT {_FIGURE}, id, {_SNAPSHOT} FROM observations
    WHERE {_FIGURE_MATCH} {{current}}
    ORDER BY as_of DESC, ingested_at DESC, id DESC LIMIT 1
    ON CONFLICT DO NOTHING;
"""
_UPSERT_NEW = _UPSERT_TEMPLATE.format(current="")
_REPLACE_OLD = _REPLACE_TEMPLATE.format(current="")


@migrations()
def m030_latest_figures(db: Database) -> None:
    # The answer reads each figure's latest snapshot (newest as_of, then ingested_at, then
    # id) from this table, kept by triggers, so its cost follows the number of figures,
    # not the years of snapshots behind them.
    db.execute(
        """
        CREATE TABLE latest_figures (
            role TEXT NOT NULL, place_key TEXT NOT NULL, source TEXT NOT NULL,
            url TEXT NOT NULL, kind TEXT NOT NULL, covers TEXT NOT NULL, region TEXT NOT NULL,
            posting_id INTEGER NOT NULL,
            observation_id INTEGER NOT NULL, snapshot TEXT NOT NULL,
            PRIMARY KEY (role, place_key, source, url, kind, covers, region, posting_id)
        )
        """
    )
    db.execute("CREATE INDEX idx_latest_figures_observation ON latest_figures(observation_id)")
    db.execute(
        f"""
        INSERT INTO latest_figures
        SELECT {_FIGURE}, id, snapshot FROM (
            SELECT *, {_SNAPSHOT} AS snapshot, ROW_NUMBER() OVER (
                PARTITION BY {_FIGURE} ORDER BY as_of DESC, ingested_at DESC, id DESC
            ) AS newest
            FROM observations WHERE role IS NOT NULL AND place_key IS NOT NULL
        ) WHERE newest = 1
        """
    )
    db.execute(
        f"CREATE TRIGGER observations_latest_insert AFTER INSERT ON observations "
        f"BEGIN {_UPSERT_NEW} END"
    )
    db.execute(
        "CREATE TRIGGER observations_latest_delete AFTER DELETE ON observations "
        f"BEGIN {_REPLACE_OLD} END"
    )
    db.execute(
        "CREATE TRIGGER observations_latest_update AFTER UPDATE ON observations "
        f"BEGIN {_REPLACE_OLD} {_UPSERT_NEW} END"
    )
    # Coverage lists the distinct sources, one index seek each.
    db["observations"].create_index(["source"], if_not_exists=True)
    # The newest open postings of a role, walked in date order instead of sorted.
    db.execute(
        "CREATE INDEX idx_postings_role_status_newest ON postings "
        "(role, status, COALESCE(posted_date, substr(first_seen, 1, 10)))"
    )


@migrations()
def m040_snapshot_lookup(db: Database) -> None:
    # Ingestion asks "is this exact figure already stored for this URL and date?": one seek
    # on the figure, not a walk over every snapshot the URL has gathered.
    db["observations"].create_index(["url", "as_of", "min_amount", "max_amount"])
    db.execute("DROP INDEX IF EXISTS idx_observations_url_as_of")


@migrations()
def m050_drop_as_of_lookup(db: Database) -> None:
    # Answers read latest_figures; every other (role, place) lookup is served by the
    # (role, place_key, ingested_at) index. One index fewer makes each ingested row cheaper.
    db.execute("DROP INDEX IF EXISTS idx_observations_role_place_key_as_of")


@migrations()
def m060_open_postings_by_place(db: Database) -> None:
    # An answer's newest open postings at a few places: seek each place, not walk the
    # role's open postings nationwide in date order until enough of them are there.
    db.execute(
        "CREATE INDEX idx_postings_role_place_status_newest ON postings "
        "(role, place_key, status, COALESCE(posted_date, substr(first_seen, 1, 10)))"
    )


@migrations()
def m070_official_metro_keys(db: Database) -> None:
    # Metros became the OEWS release's official ones: rows under an old derived metro key
    # ("metro:US-new-york-city-ny") move to the official metro its city lies in.
    upgrade_stored_metro_keys(db)


@migrations()
def m080_digest_commit_marks(db: Database) -> None:
    # A digest's window is "what was committed since the last one": the highest posting
    # and observation ids its content was read up to (see store.digest.models.Marks).
    db["digest_runs"].add_column("posting_seq", int)
    db["digest_runs"].add_column("observation_seq", int)


@migrations()
def m090_undated_figures(db: Database) -> None:
    # A figure whose page states no date is dated by the document it was found in; answers
    # say "undated (found DATE)" instead of passing that date off as the source's.
    db["observations"].add_column("undated", int)


@migrations()
def m100_document_texts(db: Database) -> None:
    # Each document keeps its bytes (zlib: in the standard library, fast, about a third of
    # the size on these texts), the date that dated its undated figures and the rules that
    # read it, so ``python -m bot reparse`` can read it again under newer rules.
    db.execute(
        """
        CREATE TABLE document_texts (
            document_id INTEGER PRIMARY KEY REFERENCES documents(id),
            codec TEXT NOT NULL, text BLOB NOT NULL, fallback_date TEXT NOT NULL, rules TEXT
        )
        """
    )
    # A reparse is a new parse of the same document; the reading at ingest has none (NULL).
    db["parses"].create(
        {
            "id": int,
            "document_id": int,
            "parsed_at": str,
            "rules": str,
            "gained": int,
            "lost": int,
            "changed": int,
            "kept": int,
        },
        pk="id",
        foreign_keys=[("document_id", "documents", "id")],
        not_null={"document_id", "parsed_at", "rules"},
    )
    db["parses"].create_index(["document_id"])
    # Which parse wrote a figure, and which later parse no longer finds it (kept, retired).
    db.execute("ALTER TABLE observations ADD COLUMN parse_id INTEGER REFERENCES parses(id)")
    db.execute("ALTER TABLE observations ADD COLUMN retired_by INTEGER REFERENCES parses(id)")
    # Only retired rows are indexed, so ingest pays nothing for it.
    db.execute(
        "CREATE INDEX idx_observations_retired ON observations(retired_by) "
        "WHERE retired_by IS NOT NULL"
    )
    # latest_figures holds current figures only: a retired row never answers.
    upsert = _UPSERT_TEMPLATE.format(current="AND NEW.retired_by IS NULL")
    replace = _REPLACE_TEMPLATE.format(current="AND retired_by IS NULL")
    for name, event, body in (
        ("observations_latest_insert", "INSERT", upsert),
        ("observations_latest_delete", "DELETE", replace),
        ("observations_latest_update", "UPDATE", replace + upsert),
    ):
        db.execute(f"DROP TRIGGER {name}")
        db.execute(f"CREATE TRIGGER {name} AFTER {event} ON observations BEGIN {body} END")


@migrations()
def m200_collection(db: Database) -> None:
    # Searches the bot spent per calendar month (UTC), counted against its own budget.
    db["search_usage"].create({"month": str, "searches": int}, pk="month")
    # One refresh of a role and place per period (a digest's week, or a day for one asked
    # for from Slack): whoever inserts the row runs it; a failure waits for next_try_at.
    db["refreshes"].create(
        {
            "id": int,
            "role": str,
            "place_key": str,
            "period": str,
            "trigger": str,
            "status": str,
            "attempts": int,
            "reason": str,
            "started_at": str,
            "finished_at": str,
            "next_try_at": str,
            "documents": int,
            "figures": int,
            "postings": int,
            "searches": int,
        },
        pk="id",
        not_null={"role", "place_key", "period", "status", "started_at"},
        defaults={"attempts": 0, "documents": 0, "figures": 0, "postings": 0, "searches": 0},
    )
    db["refreshes"].create_index(["role", "place_key", "period"], unique=True)
    # `/salary refresh` asks per workspace per UTC day, for its daily limit.
    db["refresh_asks"].create({"team_id": str, "day": str, "asks": int}, pk=("team_id", "day"))
