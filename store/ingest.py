"""Ingesting documents into the store: reports, job-board pages, and the store's own CSV/JSON.

    report = ingest_paths(db, [Path("inbox/")])
    for result in report.documents:
        print(result.summary())
    inbox/000.txt: stored 5 observations, 2 postings (2 new, 0 updated); skipped 1
    report.ok
    True

The layout is read from the content (``store.layouts``), never the file name. Each file goes in
whole or not at all (one write transaction per document); a file that cannot
be used gets one line saying why and leaves the store as it was, while the
run's other files still go in. The same bytes twice are "already ingested".
``parse_document`` does all the reading without touching a database, so
``--dry-run`` shows exactly what a real run would store.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import itertools
import os
import sqlite3
import stat
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field
from sqlite_utils import Database

from store.db import write_transaction
from store.ingest_table import looks_like_csv
from store.layouts import LAYOUTS
from store.models import DocumentKind
from store.parsed import DocumentError, ParsedDocument, Skip, StoreTable
from store.resolve.places import warm_up_places
from store.resolve.roles import role_from_title
from store.writer import IdMap, WriteResult, write_document

MAX_BYTES = 20 * 1024 * 1024
# From this many files on, checkpoint the WAL every BULK_WAL_PAGES pages (~80 MB), not 1,000,
# and give SQLite a page cache of BULK_CACHE_KIB, so index pages stay in memory between files.
BULK_FILES = 20
BULK_WAL_PAGES = 20_000
BULK_CACHE_KIB = 65_536
# Parsing runs in this many worker processes at most, each a few documents ahead.
MAX_WORKERS = 4
IN_FLIGHT_PER_WORKER = 4
# How often a parsing worker checks that the ingest that started it is still there.
PARENT_CHECK_S = 1.0
# During a bulk run, a young-generation collection every this many allocations (default 700).
BULK_GC_THRESHOLD = 50_000
# Export files restore in this order, so rows find the documents and postings they point at.
_TABLE_ORDER = {"documents": 1, "postings": 2, "posting_sightings": 3, "observations": 4}

Status = Literal["stored", "would_store", "already_ingested", "failed"]


class DocumentResult(BaseModel):
    """What happened to one file."""

    path: str
    status: Status
    kind: DocumentKind | None = None
    table: StoreTable | None = Field(default=None, description="For CSV/JSON: which table.")
    reason: str | None = Field(default=None, description="Why a failed file was not used.")
    observations: int = 0
    postings_new: int = 0
    postings_updated: int = 0
    rows_restored: int = 0
    already_stored: int = 0
    skipped: list[Skip] = Field(
        default_factory=list, description="What was left out and why; given to on_document only."
    )
    skipped_count: int = 0

    def summary(self) -> str:
        """One line for people: what was stored, or why nothing was."""
        if self.status == "failed":
            return f"{self.path}: not ingested: {self.reason}"
        if self.status == "already_ingested":
            return f"{self.path}: already ingested; nothing added"
        verb = "would store" if self.status == "would_store" else "stored"
        postings = self.postings_new + self.postings_updated
        parts = []
        if self.table is None or self.observations:
            parts.append(f"{self.observations} observation{'s' * (self.observations != 1)}")
        if self.table is None or postings:
            parts.append(
                f"{postings} posting{'s' * (postings != 1)} "
                f"({self.postings_new} new, {self.postings_updated} updated)"
            )
        if self.table is not None:
            parts.append(f"{self.rows_restored} {self.table} row{'s' * (self.rows_restored != 1)}")
        line = f"{self.path} [{self.kind}]: {verb} " + ", ".join(parts)
        if self.already_stored:
            line += f"; {self.already_stored} already in the store"
        if self.skipped_count:
            line += f"; skipped {self.skipped_count}"
        return line

    def skip_lines(self) -> list[str]:
        return [f"  skipped {skip.what}: {skip.reason}" for skip in self.skipped]


class IngestReport(BaseModel):
    """Every file's result from one run."""

    documents: list[DocumentResult] = Field(default_factory=list)
    dry_run: bool = False

    @property
    def ok(self) -> bool:
        return all(result.status != "failed" for result in self.documents)

    @property
    def failed(self) -> list[DocumentResult]:
        return [result for result in self.documents if result.status == "failed"]

    def totals(self) -> str:
        stored = [r for r in self.documents if r.status in ("stored", "would_store")]
        observations = sum(r.observations + r.rows_restored for r in stored)
        postings = sum(r.postings_new for r in stored)
        verb = "would add" if self.dry_run else "added"
        return (
            f"{len(self.documents)} file(s): {len(stored)} {verb} {observations} rows and "
            f"{postings} new postings; "
            f"{sum(r.status == 'already_ingested' for r in self.documents)} already ingested; "
            f"{len(self.failed)} failed"
        )


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


_FILE_KINDS = (
    (stat.S_ISDIR, "is a directory"),
    (stat.S_ISFIFO, "is a named pipe, not a regular file"),
    (stat.S_ISSOCK, "is a socket, not a regular file"),
    (stat.S_ISCHR, "is a device, not a regular file"),
    (stat.S_ISBLK, "is a device, not a regular file"),
)


def _not_regular(mode: int) -> str | None:
    if stat.S_ISREG(mode):
        return None
    return next((why for test, why in _FILE_KINDS if test(mode)), "is not a regular file")


def _check_regular(info: os.stat_result) -> None:
    if (why := _not_regular(info.st_mode)) is not None:
        raise DocumentError(why)
    if info.st_size > MAX_BYTES:
        raise DocumentError(
            f"too large ({info.st_size / 1_048_576:.1f} MB; "
            f"the limit is {MAX_BYTES // 1_048_576} MB)"
        )


def read_regular_file(path: Path) -> tuple[bytes, float]:
    """A regular file's bytes and modification time, or a ``DocumentError`` in one line.

    The kind and size are checked before anything is read, on the path and again on
    what was opened (without blocking, so a pipe cannot hang the run): a symlink into
    ``/dev``, a named pipe or a socket is refused, never read, and a file that grows
    after the check is still read no further than the limit.
    """
    try:
        _check_regular(path.stat())
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY)
        try:
            info = os.fstat(fd)
            _check_regular(info)
            with os.fdopen(fd, "rb", closefd=False) as handle:
                data = handle.read(MAX_BYTES + 1)
        finally:
            os.close(fd)
    except PermissionError:
        raise DocumentError("cannot read it: permission denied") from None
    except FileNotFoundError:
        raise DocumentError("no such file") from None
    except IsADirectoryError:
        raise DocumentError("is a directory") from None
    except OSError as error:
        raise DocumentError(f"cannot read it: {error.strerror or error}") from None
    if len(data) > MAX_BYTES:
        raise DocumentError(f"too large (it grew past {MAX_BYTES // 1_048_576} MB while read)")
    return data, info.st_mtime


def read_document_bytes(path: Path) -> bytes:
    """The file's bytes, or a ``DocumentError`` saying in one line why they cannot be had."""
    return read_regular_file(path)[0]


def decode_text(data: bytes) -> str:
    """UTF-8 text, or a ``DocumentError`` for empty, binary or otherwise-encoded files."""
    if not data.strip():
        raise DocumentError("the file is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DocumentError("UTF-16 text, not UTF-8; save it as UTF-8")
    if b"\x00" in data[:8192] and not _store_csv_header(data):
        raise DocumentError("a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        byte = data[error.start]
        raise DocumentError(f"not UTF-8 text (byte 0x{byte:02x} at offset {error.start})") from None


def _store_csv_header(data: bytes) -> bool:
    """Whether ``data`` starts with a CSV header of the store's columns: an export, whose
    text cells may hold any character, NUL included."""
    first_line = data[:4096].split(b"\n", 1)[0]
    try:
        return looks_like_csv(first_line.decode("utf-8-sig"))
    except UnicodeDecodeError:
        return False


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
            return ParsedDocument(**base, **dict(reading))
    raise DocumentError(
        "unknown layout: not a market-research report, a job-board page, "
        "or a CSV/JSON file in the store's columns"
    )


def is_ingested(db: Database, sha256: str) -> bool:
    return db.execute("select 1 from documents where sha256 = ?", [sha256]).fetchone() is not None


def read_new_document(db: Database, path: Path) -> tuple[bytes, date] | DocumentResult:
    """A file's bytes and modification date, or its result if it is unreadable or known."""
    try:
        data, mtime = read_regular_file(path)
        modified = datetime.fromtimestamp(mtime, UTC).date()
    except (DocumentError, OSError) as error:
        return DocumentResult(path=str(path), status="failed", reason=str(error))
    if is_ingested(db, sha256_of(data)):
        return DocumentResult(path=str(path), status="already_ingested")
    return data, modified


def parse_file(path: str, data: bytes, modified: date, now: datetime) -> ParsedDocument | str:
    """``parse_document`` for a worker process: the reason as a string when it fails."""
    try:
        return parse_document(data, path=path, modified=modified, now=now)
    except DocumentError as error:
        return str(error)
    except Exception as error:  # a bug must cost one file, not the run, and print no trace
        return _unreadable(error)


def _unreadable(error: Exception) -> str:
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
) -> DocumentResult:
    """Ingest one file in one transaction; never raises for a bad file, it reports it."""
    read = read_new_document(db, path)
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


def expand_paths(paths: Iterable[Path]) -> tuple[list[Path], list[DocumentResult]]:
    """Files to ingest (folders walked recursively, hidden entries left out) and path problems."""
    files: list[Path] = []
    problems: list[DocumentResult] = []
    for path in paths:
        if path.is_dir():
            found = sorted(_walk(path))
            if not found:
                problems.append(
                    DocumentResult(
                        path=str(path), status="failed", reason="no files in this folder"
                    )
                )
            files += found
        elif path.exists() or path.is_symlink():
            files.append(path)
        else:
            problems.append(DocumentResult(path=str(path), status="failed", reason="no such file"))
    files.sort(key=lambda file: _TABLE_ORDER.get(file.stem, 0))
    return files, problems


def _walk(folder: Path) -> Iterable[Path]:
    for root, dirs, names in os.walk(folder):
        dirs[:] = [name for name in dirs if not name.startswith(".")]
        yield from (Path(root) / name for name in names if not name.startswith("."))


def ingest_paths(
    db: Database,
    paths: Sequence[Path | str],
    *,
    dry_run: bool = False,
    workers: int | None = None,
    on_document: Callable[[DocumentResult], None] | None = None,
    on_files: Callable[[int], None] | None = None,
) -> IngestReport:
    """Ingest files and folders; ``on_files(n)`` once, then ``on_document`` after each file
    (and for each path that could not be read as files at all).

    The report keeps each file's counts, not its skipped figures: those go to
    ``on_document``, so a run over many files keeps its memory flat.

    ``workers`` processes parse while this one writes, in file order; by default one
    per CPU (up to 4) from ``BULK_FILES`` files on, else none.
    """
    files, problems = expand_paths(Path(path) for path in paths)
    report = IngestReport(dry_run=dry_run)
    if on_files:
        on_files(len(files))
    if workers is None:
        workers = min(os.cpu_count() or 1, MAX_WORKERS) if len(files) >= BULK_FILES else 1
    results = itertools.chain(problems, _ingest_files(db, files, dry_run, workers))
    with _bulk_writing(db, len(files)):
        for result in results:
            if on_document:
                on_document(result)
            report.documents.append(result.model_copy(update={"skipped": []}))
    return report


def _ingest_files(
    db: Database, files: list[Path], dry_run: bool, workers: int
) -> Iterator[DocumentResult]:
    ids = IdMap()
    now = datetime.now(UTC).replace(microsecond=0)
    if workers <= 1:
        for path in files:
            yield ingest_document(db, path, dry_run=dry_run, ids=ids, now=now)
        return
    warm_up()  # forked workers inherit the loaded gazetteer and role catalog
    pool_options = {"initializer": _exit_with_parent, "initargs": (os.getpid(),)}
    with _rare_collections(), ProcessPoolExecutor(max_workers=workers, **pool_options) as pool:
        pending: deque[tuple[Path, Future | DocumentResult]] = deque()

        def next_result() -> DocumentResult:
            path, job = pending.popleft()
            if isinstance(job, DocumentResult):
                return job
            try:
                parsed = job.result()
            except Exception as error:  # a worker died: this file failed, not the run
                parsed = _unreadable(error)
            return store_parsed(db, path, parsed, dry_run=dry_run, ids=ids)

        for path in files:
            read = read_new_document(db, path)
            job = (
                read
                if isinstance(read, DocumentResult)
                else pool.submit(parse_file, str(path), *read, now)
            )
            pending.append((path, job))
            if len(pending) >= workers * IN_FLIGHT_PER_WORKER:  # bounded memory
                yield next_result()
        while pending:
            yield next_result()


def _exit_with_parent(parent: int) -> None:
    """In a parsing worker: exit once the ingest that started it is gone (killed, say),
    rather than live on as an orphan holding memory and CPU."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_S)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="parent-watch").start()


def warm_up() -> None:
    """Load the place gazetteer and role catalog now, once, before forking workers."""
    warm_up_places()
    role_from_title("Machine Learning Intern")


@contextlib.contextmanager
def _rare_collections() -> Iterator[None]:
    """Collect garbage less often during a bulk run, and never rescan what is loaded.

    A run makes millions of short-lived objects and few cycles: CPython's default (a
    collection every 700 allocations, now and then walking the whole gazetteer) cost
    about 5 % of parsing. Freezing before the workers fork also keeps collections from
    writing to, and so copying, the memory pages they share.
    """
    threshold = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(BULK_GC_THRESHOLD, *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()


@contextlib.contextmanager
def _bulk_writing(db: Database, files: int) -> Iterator[None]:
    """Over many files, cache more pages and let the WAL grow before checkpointing."""
    if files < BULK_FILES:
        yield
        return
    (pages,) = db.execute("PRAGMA wal_autocheckpoint").fetchone()
    (cache,) = db.execute("PRAGMA cache_size").fetchone()
    db.execute(f"PRAGMA wal_autocheckpoint = {BULK_WAL_PAGES}")
    db.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        db.execute(f"PRAGMA wal_autocheckpoint = {pages}")
        db.execute(f"PRAGMA cache_size = {cache}")
        db.execute("PRAGMA wal_checkpoint(PASSIVE)")
