"""Ingesting documents into the store: reports, job-board pages, and the store's own CSV/JSON.

    report = ingest_paths(db, [Path("inbox/")])   # store.ingest.run
    for result in report.documents:
        print(result.summary())
    inbox/000.txt: stored 5 observations, 2 postings (2 new, 0 updated); skipped 1
    report.ok
    True

The layout is read from the content (``store.ingest.layouts``), never the file name.
Each file goes in whole or not at all (one write transaction per document); a file that cannot
be used gets one line saying why and leaves the store as it was, while the
run's other files still go in. The same bytes twice are "already ingested".
``parse_document`` does all the reading without touching a database, so
``--dry-run`` shows exactly what a real run would store. It also compresses the
document's bytes (``store.ingest.texts``), written beside the document so that
``python -m bot reparse`` can read it again under newer rules.
"""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

from sqlite_utils import Database

from store.db import write_transaction
from store.ingest.files import MAX_BYTES, decode_text, read_regular_file, sha256_of
from store.ingest.layouts import LAYOUTS
from store.ingest.parsed import DocumentError, ParsedDocument
from store.ingest.results import DocumentResult
from store.ingest.texts import keep_text
from store.ingest.writer import IdMap, WriteResult, write_document


def parse_document(
    source: Path | bytes,
    *,
    path: str | None = None,
    modified: date | None = None,
    now: datetime | None = None,
) -> ParsedDocument:
    """Read one document without touching the store; raises ``DocumentError`` if unusable.

    ``source`` is a path or the file's bytes; ``modified`` (default: the file's
    modification date, else today) dates figures that neither the figure nor
    the document dates.
    """
    now = now or datetime.now(UTC).replace(microsecond=0)
    if isinstance(source, Path):
        data, mtime = read_regular_file(source)
        path = path or str(source)
        if modified is None:
            modified = datetime.fromtimestamp(mtime, UTC).date()
    else:
        data = source
        if len(data) > MAX_BYTES:
            raise DocumentError(f"too large (the limit is {MAX_BYTES // 1_048_576} MB)")
    text = decode_text(data)
    base = {
        "path": path or "<bytes>",
        "sha256": sha256_of(data),
        "ingested_at": now,
    }
    fallback_date = modified or now.date()

    for layout in LAYOUTS:
        if layout.fits(text):
            reading = layout.read(text, fallback_date, now)
            # Compressed here, in the parsing worker, not in the one process that writes.
            kept = None if reading.table else keep_text(data, fallback_date)
            return ParsedDocument(**base, **dict(reading), text=kept)
    raise DocumentError(
        "unknown layout: not a market-research report, a job-board page, a pay table "
        "(CSV/JSON with a job title and a pay column), or a CSV/JSON file in the store's columns"
    )


def is_ingested(db: Database, sha256: str) -> bool:
    return db.execute("select 1 from documents where sha256 = ?", [sha256]).fetchone() is not None


def read_new_document(
    db: Database, path: Path, cited_as: str | None = None
) -> tuple[bytes, date] | DocumentResult:
    """A file's bytes and modification date (with ``cited_as`` on top: ``with_address``),
    or its result if it is unreadable or known."""
    try:
        data, mtime = read_regular_file(path)
        modified = datetime.fromtimestamp(mtime, UTC).date()
        if cited_as is not None:
            data = with_address(data, cited_as)
    except (DocumentError, OSError) as error:
        return DocumentResult(path=str(path), status="failed", reason=str(error))
    if is_ingested(db, sha256_of(data)):
        return DocumentResult(path=str(path), status="already_ingested")
    return data, modified


# Layouts whose rows carry their own links: an address for the whole file means nothing.
_ROWS_WITH_LINKS = frozenset({"jobspy", "json", "report", "csv", "pay_table"})
_WEB_ADDRESS = re.compile(r"https?://[^\s/]+\.[^\s/]+(?:/\S*)?")


def with_address(data: bytes, url: str) -> bytes:
    """A page that states no address of its own (a PDF, a text file, a saved page) as its
    text with ``url`` on its first line, where the page layouts read a page's address;
    kept so, a reparse reads the same address.

    >>> with_address(b"Nurses here earn $40 an hour.", "https://jobs.example/rn")
    b'https://jobs.example/rn\\n\\nNurses here earn $40 an hour.'
    >>> with_address(b"Nurses earn $40 an hour.", "jobs.example")
    Traceback (most recent call last):
    ...
    store.ingest.parsed.DocumentError: --url must be a web address (https://...), not 'jobs.example'
    """
    if not _WEB_ADDRESS.fullmatch(url):
        raise DocumentError(f"--url must be a web address (https://...), not {url[:80]!r}")
    text = decode_text(data)
    layout = next((layout.name for layout in LAYOUTS if layout.fits(text)), None)
    if layout in _ROWS_WITH_LINKS:
        raise DocumentError(
            f"--url is for a page that states no address; this {layout} file's rows carry "
            "their own links"
        )
    return f"{url}\n\n{text}".encode()


def parse_file(path: str, data: bytes, modified: date, now: datetime) -> ParsedDocument | str:
    """``parse_document`` for a worker process: the reason as a string when it fails."""
    try:
        return parse_document(data, path=path, modified=modified, now=now)
    except DocumentError as error:
        return str(error)
    except Exception as error:  # a bug must cost one file, not the run, and print no trace
        return unreadable(error)


def unreadable(error: Exception) -> str:
    return f"could not be read ({type(error).__name__}: {error})"


def store_parsed(
    db: Database,
    path: Path,
    parsed: ParsedDocument | str,
    *,
    dry_run: bool = False,
    ids: IdMap | None = None,
) -> DocumentResult:
    """Write one parsed document in one transaction (or count it, for a dry run)."""
    if isinstance(parsed, str):
        return DocumentResult(path=str(path), status="failed", reason=parsed)
    if is_ingested(db, parsed.sha256):  # the same bytes earlier in this run
        return DocumentResult(path=str(path), status="already_ingested")
    result = DocumentResult(
        path=str(path),
        status="would_store" if dry_run else "stored",
        kind=parsed.kind,
        table=parsed.table.table if parsed.table else None,
        skipped=parsed.skipped,
        skipped_count=len(parsed.skipped),
    )
    try:
        written = _preview(parsed) if dry_run else _write(db, parsed, ids or IdMap())
    except DocumentError as error:
        return DocumentResult(path=str(path), status="failed", reason=str(error))
    except sqlite3.Error as error:  # rolled back by write_transaction
        reason = f"the store refused it: {error}"
        return DocumentResult(path=str(path), status="failed", reason=reason)
    return result.model_copy(
        update=written.model_dump(include=set(WriteResult.model_fields) - {"document_id"})
    )


def ingest_document(
    db: Database,
    path: Path,
    *,
    dry_run: bool = False,
    ids: IdMap | None = None,
    now: datetime | None = None,
    cited_as: str | None = None,
) -> DocumentResult:
    """Ingest one file in one transaction; never raises for a bad file, it reports it."""
    read = read_new_document(db, path, cited_as)
    if isinstance(read, DocumentResult):
        return read
    now = now or datetime.now(UTC).replace(microsecond=0)
    return store_parsed(db, path, parse_file(str(path), *read, now), dry_run=dry_run, ids=ids)


def _write(db: Database, parsed: ParsedDocument, ids: IdMap) -> WriteResult:
    with write_transaction(db):
        return write_document(db, parsed, ids=ids)


def _preview(parsed: ParsedDocument) -> WriteResult:
    """What a real run would add, counted without writing (dedup against the store aside)."""
    return WriteResult(
        observations=len(parsed.observations)
        + sum(len(item.observations) for item in parsed.postings),
        postings_new=len(parsed.postings),
        rows_restored=len(parsed.table.rows) if parsed.table else 0,
    )
