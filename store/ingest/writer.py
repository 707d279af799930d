"""Writing one parsed document into the store: all of it or none of it.

    with write_transaction(db):
        result = write_document(db, parsed, ids=IdMap())
    result.observations, result.postings_new
    (7, 2)

Postings are deduplicated: one job seen on several sites is one posting row,
matched on the site's own job id, then the canonical URL, then company + title
+ place; every sighting is kept in ``posting_sightings``. Observations are
append-only snapshots; only an exact repeat (same source, URL, figure and date)
is left out. Rows restored from the store's own CSV/JSON keep their ids when
those are free, so an export restores into an empty store exactly.
"""

from __future__ import annotations

from datetime import date, datetime
from operator import itemgetter
from typing import Any

from pydantic import BaseModel, Field
from sqlite_utils import Database

from store.ingest.parsed import DocumentError, ParsedDocument, StoreTable, TableRows
from store.ingest.texts import store_text
from store.models import Observation, Posting

# The columns that make two observations the same snapshot.
_SNAPSHOT_COLUMNS = (
    "url", "as_of", "source", "role", "place_key", "kind", "covers", "region",
    "min_amount", "max_amount", "period", "currency", "posting_id",
)  # fmt: skip
# Posting columns a later sighting may fill in when the first one left them empty.
_FILLABLE = (
    "role", "place_key", "location_published", "workplace", "employment_type", "pay_text",
    "min_amount", "max_amount", "period", "currency", "hourly_min", "hourly_max",
    "annual_min", "annual_max", "posted_date", "start_date", "end_date",
)  # fmt: skip


class WriteResult(BaseModel):
    """What one document added to the store."""

    document_id: int | None = None
    observations: int = 0
    postings_new: int = 0
    postings_updated: int = 0
    rows_restored: int = 0
    already_stored: int = Field(default=0, description="Rows the store already held.")


class IdMap(BaseModel):
    """Ids from an imported export -> ids in this store, for one ingest run."""

    ids: dict[str, dict[int, int]] = Field(default_factory=dict)

    def get(self, table: str, old: int | None) -> int | None:
        return None if old is None else self.ids.get(table, {}).get(old)

    def put(self, table: str, old: int, new: int) -> None:
        self.ids.setdefault(table, {})[old] = new


def _exists(db: Database, table: str, row_id: int) -> bool:
    return db.execute(f"select 1 from [{table}] where id = ?", [row_id]).fetchone() is not None


def find_posting(db: Database, posting: Posting) -> int | None:
    """The stored posting this one is another sighting of, if any."""
    if posting.site_job_id:
        row = db.execute(
            "select posting_id from posting_sightings where source = ? and site_job_id = ? "
            "union all select id from postings where source = ? and site_job_id = ? limit 1",
            [posting.source, posting.site_job_id] * 2,
        ).fetchone()
        if row:
            return row[0]
    refusal, refusal_args = "", []
    if posting.site_job_id:  # the same site giving the two different ids makes them two jobs
        refusal = (
            " and not exists (select 1 from posting_sightings s where s.posting_id = p.id"
            " and s.source = ? and s.site_job_id != ?)"
        )
        refusal_args = [posting.source, posting.site_job_id]
    keys = [("canonical_url", posting.canonical_url)]
    if posting.company.strip():  # without a company, title + place is too weak a match
        keys.append(("fingerprint", posting.fingerprint))
    for column, value in keys:
        if value:
            sql = f"select p.id from postings p where p.[{column}] = ?{refusal} order by id limit 1"
            row = db.execute(sql, [value, *refusal_args]).fetchone()
            if row:
                return row[0]
    return None


def _insert_row(db: Database, table: str, row: dict[str, Any]) -> int:
    """Insert one row and return its id (plain SQL: no schema introspection per row)."""
    columns = ", ".join(f"[{column}]" for column in row)
    marks = ", ".join("?" for _ in row)
    sql = f"insert into [{table}] ({columns}) values ({marks})"
    return db.execute(sql, [_sql_value(value) for value in row.values()]).lastrowid


def _update_posting(db: Database, posting_id: int, seen: Posting) -> None:
    cursor = db.execute("select * from postings where id = ?", [posting_id])
    stored = dict(zip([d[0] for d in cursor.description], cursor.fetchone(), strict=True))
    changes: dict[str, Any] = {"last_seen": max(stored["last_seen"], seen.last_seen.isoformat())}
    if seen.status != "open":
        changes["status"] = seen.status
        changes["closed_at"] = stored["closed_at"] or seen.last_seen.isoformat()
    new = seen.model_dump(mode="json")
    changes |= {column: new[column] for column in _FILLABLE if stored[column] is None}
    assignments = ", ".join(f"[{column}] = ?" for column in changes)
    db.execute(f"update postings set {assignments} where id = ?", [*changes.values(), posting_id])


def upsert_posting(db: Database, posting: Posting, document_id: int) -> tuple[int, bool]:
    """Store a sighting of ``posting``; returns (posting id, whether it is new)."""
    posting_id = find_posting(db, posting)
    is_new = posting_id is None
    if posting_id is None:
        row = posting.model_dump(exclude={"id"}) | {"document_id": document_id}
        posting_id = _insert_row(db, "postings", row)
    else:
        _update_posting(db, posting_id, posting)
    sighting = {
        "posting_id": posting_id,
        "document_id": document_id,
        "source": posting.source,
        "site_job_id": posting.site_job_id,
        "url": posting.url,
        "status": posting.status,
        "seen_at": posting.last_seen,
    }
    _insert_row(db, "posting_sightings", sighting)
    return posting_id, is_new


def _sql_value(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


# The columns that make two observation rows the same snapshot, read from a row in C.
_snapshot_key = itemgetter(*_SNAPSHOT_COLUMNS)
_SNAPSHOT_BATCH = 512  # keys looked up per statement
_SNAPSHOT_STEP = 32


def stored_snapshots(
    db: Database, keys: list[tuple], *, other_than: int | None = None
) -> set[tuple]:
    """Which of these snapshot keys the store's current figures hold, asked in SQLite in one go
    (``other_than``: leaving out that document's rows).

    Each key is looked up through the (url, as_of) index and compared there, so only
    the repeats come back to Python, however many snapshots a URL has gathered. A figure
    a reparse retired is no longer held: reading it again stores it again.
    """
    found: set[tuple] = set()
    names = ", ".join(_SNAPSHOT_COLUMNS)
    same = " and ".join(f"o.[{column}] is k.[{column}]" for column in _SNAPSHOT_COLUMNS)
    row_marks = "(" + ", ".join("?" for _ in _SNAPSHOT_COLUMNS) + ")"
    other = "" if other_than is None else " and o.document_id is not ?"
    for start in range(0, len(keys), _SNAPSHOT_BATCH):
        chunk = keys[start : start + _SNAPSHOT_BATCH]
        # Padded with its last key to a multiple of _SNAPSHOT_STEP rows: a few statements, each
        # kept prepared in the connection's cache, serve every report (preparing one of a
        # report's own length was 5 % of the writing process).
        chunk += [chunk[-1]] * (-len(chunk) % _SNAPSHOT_STEP)
        sql = (
            f"with k({names}) as (values {', '.join(row_marks for _ in chunk)}) "
            f"select k.* from k where exists (select 1 from observations o "
            f"where o.url = k.url and o.as_of = k.as_of and {same} "
            f"and o.retired_by is null{other})"
        )
        args = [value for key in chunk for value in key]
        found.update(db.execute(sql, args + ([other_than] if other else [])))
    return found


def observation_rows(
    observations: list[tuple[Observation, int | None]], *, document_id: int
) -> dict[tuple, dict[str, Any]]:
    """Rows for (observation, posting id) pairs by snapshot key: a figure stated twice, once."""
    by_snapshot: dict[tuple, dict[str, Any]] = {}
    written: dict[date | datetime, str] = {}  # a document's figures share a few dates
    for observation, posting_id in observations:
        row = dict(observation.__dict__)  # the fields as they are: model_dump copies deeply
        del row["id"]
        as_of, ingested_at = row["as_of"], row["ingested_at"]
        row |= {
            "document_id": document_id,
            "posting_id": posting_id,
            "as_of": written.get(as_of) or written.setdefault(as_of, as_of.isoformat()),
            "ingested_at": written.get(ingested_at)
            or written.setdefault(ingested_at, ingested_at.isoformat()),
        }
        by_snapshot.setdefault(_snapshot_key(row), row)
    return by_snapshot


def insert_rows(db: Database, rows: list[dict[str, Any]]) -> None:
    """Insert observation rows that share their columns."""
    if rows:
        # One prepared statement for the whole batch: sqlite-utils' insert_all builds a new
        # multi-row statement per ~35 rows, which costs more than the insert itself here.
        columns = list(rows[0])
        sql = (
            f"insert into observations ({', '.join(f'[{c}]' for c in columns)}) "
            f"values ({', '.join('?' for _ in columns)})"
        )
        db.conn.executemany(sql, map(itemgetter(*columns), rows))  # rows hold many columns


def insert_observations(
    db: Database, observations: list[tuple[Observation, int | None]], *, document_id: int
) -> tuple[int, int]:
    """Append (observation, posting id) snapshots in one batch; returns (inserted, repeats)."""
    by_snapshot = observation_rows(observations, document_id=document_id)
    stored = stored_snapshots(db, list(by_snapshot))
    rows = [row for key, row in by_snapshot.items() if key not in stored]
    insert_rows(db, rows)
    return len(rows), len(observations) - len(rows)


def _record_document(db: Database, parsed: ParsedDocument) -> int:
    # Plain SQL, as for postings: sqlite-utils' insert asks for the schema's tables and
    # views and wraps each row in a savepoint of a new random name (a statement to prepare).
    row = {
        "sha256": parsed.sha256,
        "path": parsed.path,
        "kind": parsed.kind,
        "title": parsed.title,
        "doc_date": parsed.doc_date,
        "ingested_at": parsed.ingested_at,
    }
    document_id = _insert_row(db, "documents", row)
    if parsed.text is not None:
        store_text(db, document_id, parsed.text)
    return document_id


def _restore_row(
    db: Database, table: StoreTable, row: dict[str, Any], ids: IdMap, document_id: int
) -> bool:
    """Insert one exported row, keeping its id when free; False if the store already has it."""
    row = dict(row)
    old_id = row.pop("id", None)
    if table == "documents":
        same = db.execute("select id from documents where sha256 = ?", [row["sha256"]]).fetchone()
        if same:
            if old_id is not None:
                ids.put(table, old_id, same[0])
            return False
    if "document_id" in row:
        # A document not restored in this run may not be the same one here: cite the file.
        row["document_id"] = ids.get("documents", row["document_id"]) or document_id
    if row.get("posting_id") is not None:
        posting_id = ids.get("postings", row["posting_id"])
        if posting_id is None:
            raise DocumentError(
                f"{table} row {old_id}: posting {row['posting_id']} is not among the postings "
                "restored in this run (import postings first, in the same run)"
            )
        row["posting_id"] = posting_id
    if old_id is not None and _exists(db, table, old_id):
        stored = db[table].get(old_id)
        if all(stored.get(k) == _sql_value(v) for k, v in row.items() if k != "document_id"):
            ids.put(table, old_id, old_id)
            return False
        new_id = db[table].insert(row).last_pk
        ids.put(table, old_id, new_id)
        return True
    new_id = db[table].insert(row | ({"id": old_id} if old_id is not None else {})).last_pk
    if old_id is not None:
        ids.put(table, old_id, new_id)
    return True


def _restore_table(
    db: Database, rows: TableRows, ids: IdMap, document_id: int, result: WriteResult
) -> None:
    for row in rows.rows:
        if rows.table == "postings" and row.get("id") is None:
            _, is_new = upsert_posting(db, Posting.model_validate(row), document_id)
            result.postings_new += is_new
            result.postings_updated += not is_new
        elif _restore_row(db, rows.table, row, ids, document_id):
            result.rows_restored += 1
        else:
            result.already_stored += 1


def write_document(db: Database, parsed: ParsedDocument, *, ids: IdMap) -> WriteResult:
    """Write everything ``parsed`` holds; call inside ``write_transaction`` (all or nothing)."""
    result = WriteResult()
    if parsed.table is not None and parsed.table.table == "documents":
        # Restore the exported documents first, so they keep their ids.
        document_id = -1
        _restore_table(db, parsed.table, ids, document_id, result)
        result.document_id = _record_document(db, parsed)
        return result
    result.document_id = document_id = _record_document(db, parsed)
    if parsed.table is not None:
        _restore_table(db, parsed.table, ids, document_id, result)
    pending: list[tuple[Observation, int | None]] = [(o, None) for o in parsed.observations]
    for item in parsed.postings:
        posting_id, is_new = upsert_posting(db, item.posting, document_id)
        result.postings_new += is_new
        result.postings_updated += not is_new
        pending += [(observation, posting_id) for observation in item.observations]
    added, repeated = insert_observations(db, pending, document_id=document_id)
    result.observations += added
    result.already_stored += repeated
    return result
