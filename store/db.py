"""Opening the store so that the web and clock processes can share one SQLite file.

    db = open_store("data/salary.db")      # creates and migrates as needed
    with write_transaction(db):
        db["documents"].insert({...})

WAL lets readers run beside one writer; ``BEGIN IMMEDIATE`` takes the write
lock up front, so two writers queue on the busy timeout instead of failing
halfway with "database is locked".
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

from sqlite_utils import Database

from store.schema import migrations

BUSY_TIMEOUT_MS = 10_000
WAL_RETRY_S = 0.02


def _null(value: None) -> None:
    return value


# None binds as NULL either way, but unregistered it first fails a lookup for an adapter that
# raises and discards an AttributeError each time: a seventh of writing an observation row,
# which holds several. Registered, it is one dictionary hit (NULL still; no base type adapted).
sqlite3.register_adapter(type(None), _null)


def connect(path: str | Path) -> Database:
    """A connection with WAL, foreign keys and a busy timeout; no migrations."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    _use_wal(conn)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = NORMAL")
    # Triggers and sorts build temporary b-trees; keeping them in memory halves insert cost.
    conn.execute("PRAGMA temp_store = MEMORY")
    return Database(conn)


def _use_wal(conn: sqlite3.Connection) -> None:
    """Switch to WAL, waiting out another process doing the same to a new file.

    Changing the journal mode needs the file to itself, and SQLite answers "database is
    locked" at once rather than calling the busy handler when two processes open a new
    store together (the web and clock processes at first start): retried until the
    busy timeout.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(WAL_RETRY_S)


def migrate(db: Database) -> None:
    """Apply pending migrations, one writer at a time.

    The web and clock processes may start together: the write lock is taken
    first and the pending list read again under it, so only one of them
    migrates and the other finds nothing left to do.
    """
    if not migrations.pending(db):
        return
    with write_transaction(db):
        if migrations.pending(db):
            migrations.apply(db)


def open_store(path: str | Path) -> Database:
    """Connect to the store at ``path``, creating and upgrading its schema."""
    db = connect(path)
    migrate(db)
    return db


@contextlib.contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """All-or-nothing writes: ``BEGIN IMMEDIATE`` ... ``COMMIT``, rolled back on any error."""
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.conn.execute("ROLLBACK")
        raise
    else:
        db.conn.execute("COMMIT")
