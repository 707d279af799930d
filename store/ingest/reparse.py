"""Reading stored documents again under today's rules, and keeping the difference as a new parse.

    report = reparse_documents(db, since=date(2026, 11, 1))
    [(r.path, len(r.gained), len(r.lost), len(r.changed)) for r in report.documents]
    [('inbox/000.txt', 1, 0, 2)]

Each document is read from its kept text (``store.ingest.texts``) with the fallback
date and the ``now`` of its first reading, so dates come out as they did then. Its
figures are compared with the ones the store currently holds from it:

* the same reading of a figure is kept as it is;
* a figure read differently (same role, place, source, page, kind, posting) is
  *changed*: the old row is retired by the new parse and the new reading added;
* a figure no longer found is *lost*: retired, never deleted;
* a figure found for the first time is *gained*: added, written by the new parse.

Nothing is deleted: ``parses`` records each reparse, ``observations.parse_id`` says
which parse wrote a figure (NULL: the reading at ingest) and ``retired_by`` which
parse no longer found it. Answers, coverage, digests and exports read current
figures only. Each document's difference is one transaction.

Postings: a posting today's rules read is matched to the stored one as ingest
matches sightings. Its figures are compared like any others; if this document
first stored the posting, its pay columns are rewritten to today's reading (the
history of its pay is in the figures, kept). Reparse adds no postings: one the
store lacks is counted and reported, with its figures, and left out; while there
is one, the figures of stored postings today's reading did not match are kept
(it may be the same job read under another name).

A document today's rules refuse keeps its figures as they were (reported, not
dropped). A document ingested before texts were kept is read from its recorded
path when the file there still has the same SHA-256 (its text is kept then);
otherwise it is reported as having no stored text.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field
from sqlite_utils import Database

from store.db import write_transaction
from store.ingest.documents import parse_document, unreadable
from store.ingest.files import read_regular_file, sha256_of
from store.ingest.parsed import DocumentError, ParsedDocument
from store.ingest.texts import KeptText, keep_text, kept_bytes, rules_label, store_text, stored_text
from store.ingest.writer import (
    find_posting,
    insert_rows,
    observation_rows,
    stored_snapshots,
)
from store.models import Observation

ReparseStatus = Literal["changed", "unchanged", "no_text", "refused", "skipped", "failed"]
# What makes a figure the same figure (as latest_figures keys it), and what its reading is.
_IDENTITY = ("role", "place_key", "source", "url", "kind", "covers", "region", "posting_id")
_READING = tuple(name for name in Observation.model_fields if name not in ("id", "ingested_at"))
# A posting's pay as the document that first stored it read it.
_POSTING_PAY = (
    "pay_text", "min_amount", "max_amount", "period", "currency",
    "hourly_min", "hourly_max", "annual_min", "annual_max",
)  # fmt: skip


class DocumentReparse(BaseModel):
    """What reading one stored document again found, and (unless a dry run) wrote."""

    document_id: int
    path: str
    status: ReparseStatus
    reason: str | None = None
    gained: list[Observation] = Field(default_factory=list)
    lost: list[Observation] = Field(default_factory=list)
    changed: list[tuple[Observation, Observation]] = Field(default_factory=list)
    kept: int = Field(default=0, description="Figures read the same way as before.")
    postings_repriced: int = 0
    postings_missing: int = Field(
        default=0, description="Postings today's rules read that the store lacks (not added)."
    )
    text_recovered: bool = Field(default=False, description="Text read from the path and kept.")
    parse_id: int | None = None


class ReparseReport(BaseModel):
    documents: list[DocumentReparse] = Field(default_factory=list)
    dry_run: bool = False

    def count(self, status: ReparseStatus) -> int:
        return sum(result.status == status for result in self.documents)

    @property
    def ok(self) -> bool:
        return self.count("failed") == 0


class _Diff(BaseModel):
    gained: list[dict[str, Any]] = Field(default_factory=list)
    lost: list[dict[str, Any]] = Field(default_factory=list)
    changed: list[tuple[dict[str, Any], dict[str, Any]]] = Field(default_factory=list)
    kept: int = 0
    repriced: list[tuple[int, dict[str, Any]]] = Field(default_factory=list)
    missing_postings: int = 0

    @property
    def empty(self) -> bool:
        return not (self.gained or self.lost or self.changed or self.repriced)


def reparse_documents(
    db: Database,
    *,
    since: date | None = None,
    dry_run: bool = False,
    on_document: Callable[[DocumentReparse], None] | None = None,
) -> ReparseReport:
    """Read every stored document (ingested on or after ``since``) again; see the module."""
    report = ReparseReport(dry_run=dry_run)
    sql = "select id, sha256, path, ingested_at from documents where kind != 'demo'"
    args: list = []
    if since is not None:
        sql += " and substr(ingested_at, 1, 10) >= ?"
        args.append(since.isoformat())
    for row in db.execute(sql + " order by id", args).fetchall():
        result = reparse_document(db, *row, dry_run=dry_run)
        if on_document:
            on_document(result)
        report.documents.append(result)
    return report


def reparse_document(
    db: Database, document_id: int, sha256: str, path: str, ingested_at: str, *, dry_run: bool
) -> DocumentReparse:
    """Read one stored document again and write the difference (one transaction)."""
    result = DocumentReparse(document_id=document_id, path=path, status="unchanged")
    kept = stored_text(db, document_id)
    if kept is None:
        kept = _recover_text(path, sha256)
        if kept is None:
            reason = f"no stored text, and {path} is gone or holds other bytes"
            return result.model_copy(update={"status": "no_text", "reason": reason})
        result.text_recovered = True
    try:
        data = kept_bytes(kept.codec, kept.data)
    except (KeyError, ValueError) as error:  # zlib.error is a ValueError
        reason = f"its stored text cannot be read ({type(error).__name__}: {error})"
        return result.model_copy(update={"status": "failed", "reason": reason})
    if sha256_of(data) != sha256:
        reason = "its stored text does not match its SHA-256; not re-read"
        return result.model_copy(update={"status": "failed", "reason": reason})
    try:
        parsed = parse_document(
            data, path=path, modified=kept.fallback_date, now=datetime.fromisoformat(ingested_at)
        )
    except DocumentError as error:  # its figures stay as they are: reported, not dropped
        held = len(_current_rows(db, document_id))
        return result.model_copy(update={"status": "refused", "reason": str(error), "kept": held})
    except Exception as error:  # a bug must cost one document, not the run, and print no trace
        return result.model_copy(update={"status": "failed", "reason": unreadable(error)})
    if parsed.table is not None:
        reason = "the store's own rows (an export restore): nothing to re-read"
        return result.model_copy(update={"status": "skipped", "reason": reason})
    try:
        if dry_run:
            return _described(result, _compare(db, document_id, parsed))
        with write_transaction(db):
            diff = _compare(db, document_id, parsed)
            if result.text_recovered:
                store_text(db, document_id, kept)
            parse_id = None if diff.empty else _write(db, document_id, diff)
        return _described(result, diff).model_copy(update={"parse_id": parse_id})
    except sqlite3.Error as error:  # rolled back by write_transaction
        reason = f"the store refused the new parse: {error}"
        return result.model_copy(update={"status": "failed", "reason": reason})


def _recover_text(path: str, sha256: str) -> KeptText | None:
    """The text of a document ingested before texts were kept, from its file if unchanged."""
    try:
        data, mtime = read_regular_file(Path(path))
    except DocumentError:
        return None
    if sha256_of(data) != sha256:
        return None
    # The rules of that first reading are unknown; the file's date dated it, as at ingest.
    kept = keep_text(data, datetime.fromtimestamp(mtime, UTC).date())
    return kept.model_copy(update={"rules": None})


def _current_rows(db: Database, document_id: int) -> list[dict[str, Any]]:
    cursor = db.execute(
        "select * from observations where document_id = ? and retired_by is null order by id",
        [document_id],
    )
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def _compare(db: Database, document_id: int, parsed: ParsedDocument) -> _Diff:
    """Today's reading of a document against the figures the store holds from it."""
    diff = _Diff()
    pairs: list[tuple[Observation, int | None]] = [(o, None) for o in parsed.observations]
    matched: set[int | None] = {None}
    for item in parsed.postings:
        posting_id = find_posting(db, item.posting)
        if posting_id is None:
            diff.missing_postings += 1
            continue
        matched.add(posting_id)
        pairs += [(observation, posting_id) for observation in item.observations]
        _reprice(db, document_id, posting_id, item.posting.model_dump(mode="json"), diff)
    new = observation_rows(pairs, document_id=document_id)
    # Ingest stores a figure once: one another document holds already is not this one's.
    for key in stored_snapshots(db, list(new), other_than=document_id):
        del new[key]
    old_by_reading = defaultdict(list)
    for row in _current_rows(db, document_id):
        old_by_reading[_reading(row)].append(row)
    unmatched_new = []
    for row in new.values():
        same = old_by_reading.get(_reading(row))
        if same:
            same.pop(0)
            diff.kept += 1
        else:
            unmatched_new.append(row)
    old_by_figure = defaultdict(list)
    for row in (row for rows in old_by_reading.values() for row in rows):
        old_by_figure[_identity(row)].append(row)
    for row in unmatched_new:
        before = old_by_figure.get(_identity(row))
        if before:
            diff.changed.append((before.pop(0), row))
        else:
            diff.gained.append(row)
    unmatched_old = (row for rows in old_by_figure.values() for row in rows)
    if diff.missing_postings:
        # A stored posting today's reading did not match may be one it read under another
        # name: its figures stay, rather than leave answers for a posting not added.
        unmatched_old = (row for row in unmatched_old if row["posting_id"] in matched)
    diff.lost = sorted(unmatched_old, key=_by_id)
    return diff


def _reading(row: dict[str, Any]) -> tuple:
    return tuple(row[name] for name in _READING)


def _identity(row: dict[str, Any]) -> tuple:
    return tuple(row[name] for name in _IDENTITY)


def _by_id(row: dict[str, Any]) -> int:
    return row["id"]


def _reprice(
    db: Database, document_id: int, posting_id: int, read: dict[str, Any], diff: _Diff
) -> None:
    """Note a posting's pay columns to rewrite, when this document first stored it."""
    columns = ", ".join(_POSTING_PAY)
    stored = db.execute(
        f"select document_id, {columns} from postings where id = ?", [posting_id]
    ).fetchone()
    if stored[0] != document_id:
        return
    now = {column: read[column] for column in _POSTING_PAY}
    if tuple(now.values()) != tuple(stored[1:]):
        diff.repriced.append((posting_id, now))


def _write(db: Database, document_id: int, diff: _Diff) -> int:
    """Write ``diff`` as a new parse of the document; returns the parse's id."""
    parse_id = db.execute(
        "insert into parses (document_id, parsed_at, rules, gained, lost, changed, kept) "
        "values (?, ?, ?, ?, ?, ?, ?)",
        [
            document_id,
            datetime.now(UTC).replace(microsecond=0).isoformat(),
            rules_label(),
            len(diff.gained),
            len(diff.lost),
            len(diff.changed),
            diff.kept,
        ],
    ).lastrowid
    retired = [row["id"] for row in diff.lost] + [old["id"] for old, _ in diff.changed]
    db.conn.executemany(
        "update observations set retired_by = ? where id = ?", [(parse_id, i) for i in retired]
    )
    added = [row | {"parse_id": parse_id} for row in diff.gained + [new for _, new in diff.changed]]
    insert_rows(db, added)
    for posting_id, pay in diff.repriced:
        assignments = ", ".join(f"[{column}] = ?" for column in pay)
        db.execute(f"update postings set {assignments} where id = ?", [*pay.values(), posting_id])
    return parse_id


def _observation(row: dict[str, Any]) -> Observation:
    return Observation.model_validate({name: row.get(name) for name in Observation.model_fields})


def _described(result: DocumentReparse, diff: _Diff) -> DocumentReparse:
    return result.model_copy(
        update={
            "status": "unchanged" if diff.empty else "changed",
            "gained": [_observation(row) for row in diff.gained],
            "lost": [_observation(row) for row in diff.lost],
            "changed": [(_observation(old), _observation(new)) for old, new in diff.changed],
            "kept": diff.kept,
            "postings_repriced": len(diff.repriced),
            "postings_missing": diff.missing_postings,
        }
    )
