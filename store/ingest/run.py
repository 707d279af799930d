"""Ingesting files and folders in one run: parsed in worker processes, written in file order.

    report = ingest_paths(db, [Path("inbox/")])
    report.ok
    True

Each file goes in whole or not at all (``store.ingest.documents``); over many files the
parsing runs in worker processes while this one writes, with bounded memory.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from datetime import UTC, date, datetime
from pathlib import Path

from sqlite_utils import Database

from store.ingest.documents import (
    ingest_document,
    parse_file,
    read_new_document,
    store_parsed,
    unreadable,
)
from store.ingest.parsed import packed, unpacked
from store.ingest.results import DocumentResult, IngestReport
from store.ingest.writer import IdMap
from store.resolve.places import warm_up_places
from store.resolve.roles import role_from_title

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
    cited_as: str | None = None,
) -> IngestReport:
    """Ingest files and folders; ``on_files(n)`` once, then ``on_document`` after each file
    (and for each path that could not be read as files at all).

    The report keeps each file's counts, not its skipped figures: those go to
    ``on_document``, so a run over many files keeps its memory flat.

    ``workers`` processes parse while this one writes, in file order; by default one
    per CPU (up to 4) from ``BULK_FILES`` files on, else none. ``cited_as`` is the web
    address of pages that state none (``documents.with_address``).
    """
    files, problems = expand_paths(Path(path) for path in paths)
    report = IngestReport(dry_run=dry_run)
    if on_files:
        on_files(len(files))
    if workers is None:
        workers = min(os.cpu_count() or 1, MAX_WORKERS) if len(files) >= BULK_FILES else 1
    results = itertools.chain(problems, _ingest_files(db, files, dry_run, workers, cited_as))
    with _bulk_writing(db, len(files)):
        for result in results:
            if on_document:
                on_document(result)
            report.documents.append(result.model_copy(update={"skipped": []}))
    return report


def _ingest_files(
    db: Database, files: list[Path], dry_run: bool, workers: int, cited_as: str | None
) -> Iterator[DocumentResult]:
    ids = IdMap()
    now = datetime.now(UTC).replace(microsecond=0)
    if workers <= 1:
        for path in files:
            yield ingest_document(db, path, dry_run=dry_run, ids=ids, now=now, cited_as=cited_as)
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
                if not isinstance(parsed, str):
                    parsed = unpacked(parsed)  # its observations validated on arrival
            except Exception as error:  # a worker died or sent what no field holds: one file
                parsed = unreadable(error)
            return store_parsed(db, path, parsed, dry_run=dry_run, ids=ids)

        for path in files:
            read = read_new_document(db, path, cited_as)
            job = (
                read
                if isinstance(read, DocumentResult)
                else pool.submit(_parse_for_writer, str(path), *read, now)
            )
            pending.append((path, job))
            if len(pending) >= workers * IN_FLIGHT_PER_WORKER:  # bounded memory
                yield next_result()
        while pending:
            yield next_result()


def _parse_for_writer(path: str, data: bytes, modified: date, now: datetime) -> tuple | str:
    """``parse_file`` in a parsing worker, its reading ``packed`` for the writing process."""
    parsed = parse_file(path, data, modified, now)
    return parsed if isinstance(parsed, str) else packed(parsed)


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
