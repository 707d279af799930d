"""The drop folder: files put there are ingested by the clock, then moved out of the way.

    inbox = Inbox(Path("inbox"))
    done = inbox.sweep(db, now=datetime.now(UTC))     # the clock calls this every 2 min
    [(item.path.name, item.moved_to.parent.name) for item in done.handled]
    [('report.txt', 'processed'), ('notes.docx', 'failed')]

A file is taken once it has settled: unchanged in size and modification time since
the previous pass, or (first seen) not modified for ``SETTLE_SECONDS``. A file still
being written is left for a later pass. After ingest it moves to ``processed/``
(stored, or already in the store) or to ``failed/`` with ``<name>.reason.txt`` beside
it saying why. Hidden files (``.name``, a writer's temporary file) are never taken.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from pydantic import BaseModel
from sqlite_utils import Database

from store.ingest.documents import ingest_document
from store.ingest.results import DocumentResult

SETTLE_SECONDS = 30
PROCESSED = "processed"
FAILED = "failed"


class Handled(BaseModel):
    path: Path
    moved_to: Path
    result: DocumentResult


class Sweep(BaseModel):
    handled: list[Handled] = []
    waiting: list[Path] = []


def free_name(folder: Path, name: str, now: datetime) -> Path:
    """``folder/name``, or with the time before the suffix when that is taken."""
    target = folder / name
    if not target.exists():
        return target
    stem, suffix = os.path.splitext(name)
    return folder / f"{stem}-{now:%Y%m%dT%H%M%S}{suffix}"


class Inbox:
    """One drop folder; remembers each file's size and time between passes."""

    def __init__(self, folder: Path, settle_seconds: float = SETTLE_SECONDS) -> None:
        self.folder = folder
        self.settle_seconds = settle_seconds
        self._seen: dict[Path, tuple[int, float]] = {}

    def files(self) -> list[Path]:
        """The files waiting in the folder itself (not in processed/ or failed/), by name."""
        if not self.folder.is_dir():
            return []
        return sorted(
            entry for entry in self.folder.iterdir()
            if entry.is_file() and not entry.name.startswith(".")
        )  # fmt: skip

    def settled(self, path: Path, now: datetime) -> bool:
        stat = path.stat()
        state = (stat.st_size, stat.st_mtime)
        before = self._seen.get(path)
        self._seen[path] = state
        if before is not None:
            return before == state
        return now.timestamp() - stat.st_mtime >= self.settle_seconds

    def sweep(self, db: Database, *, now: datetime) -> Sweep:
        """Ingest each settled file and move it to processed/ or failed/."""
        done = Sweep()
        present = self.files()
        for path in present:
            try:
                ready = self.settled(path, now)
            except FileNotFoundError:  # taken away between listing and looking
                continue
            if not ready:
                done.waiting.append(path)
                continue
            result = ingest_document(db, path, now=now)
            done.handled.append(self._move(path, result, now))
            self._seen.pop(path, None)
        self._seen = {path: state for path, state in self._seen.items() if path in present}
        return done

    def _move(self, path: Path, result: DocumentResult, now: datetime) -> Handled:
        failed = result.status == "failed"
        folder = self.folder / (FAILED if failed else PROCESSED)
        folder.mkdir(exist_ok=True)
        target = free_name(folder, path.name, now)
        os.replace(path, target)
        if failed:
            reason = target.with_name(target.name + ".reason.txt")
            reason.write_text(f"{result.reason}\n", encoding="utf-8")
        return Handled(path=path, moved_to=target, result=result)
