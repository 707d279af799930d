"""Figures over time: the latest-figures table the answers read, snapshot lookups, official
metro keys, digest marks, undated figures and kept document texts (m030-m100)."""

from __future__ import annotations

from sqlite_utils import Database

from store.resolve.geography.keys import upgrade_stored_metro_keys

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


def m040_snapshot_lookup(db: Database) -> None:
    # Ingestion asks "is this exact figure already stored for this URL and date?": one seek
    # on the figure, not a walk over every snapshot the URL has gathered.
    db["observations"].create_index(["url", "as_of", "min_amount", "max_amount"])
    db.execute("DROP INDEX IF EXISTS idx_observations_url_as_of")


def m050_drop_as_of_lookup(db: Database) -> None:
    # Answers read latest_figures; every other (role, place) lookup is served by the
    # (role, place_key, ingested_at) index. One index fewer makes each ingested row cheaper.
    db.execute("DROP INDEX IF EXISTS idx_observations_role_place_key_as_of")


def m060_open_postings_by_place(db: Database) -> None:
    # An answer's newest open postings at a few places: seek each place, not walk the
    # role's open postings nationwide in date order until enough of them are there.
    db.execute(
        "CREATE INDEX idx_postings_role_place_status_newest ON postings "
        "(role, place_key, status, COALESCE(posted_date, substr(first_seen, 1, 10)))"
    )


def m070_official_metro_keys(db: Database) -> None:
    # Metros became the OEWS release's official ones: rows under an old derived metro key
    # ("metro:US-new-york-city-ny") move to the official metro its city lies in.
    upgrade_stored_metro_keys(db)


def m080_digest_commit_marks(db: Database) -> None:
    # A digest's window is "what was committed since the last one": the highest posting
    # and observation ids its content was read up to (see store.digest.models.Marks).
    db["digest_runs"].add_column("posting_seq", int)
    db["digest_runs"].add_column("observation_seq", int)


def m090_undated_figures(db: Database) -> None:
    # A figure whose page states no date is dated by the document it was found in; answers
    # say "undated (found DATE)" instead of passing that date off as the source's.
    db["observations"].add_column("undated", int)


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


# In the order they were written: a new store is built by running them in turn.
STEPS = (
    m030_latest_figures,
    m040_snapshot_lookup,
    m050_drop_as_of_lookup,
    m060_open_postings_by_place,
    m070_official_metro_keys,
    m080_digest_commit_marks,
    m090_undated_figures,
    m100_document_texts,
)
