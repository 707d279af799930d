"""Opening the store: shared-file settings, all-or-nothing writes, migrations once."""

from __future__ import annotations

import multiprocessing
import sqlite3

import pytest

from store.db import connect, open_store, write_transaction
from store.schema import migrations


def test_a_store_opens_in_wal_with_foreign_keys_and_a_busy_timeout(tmp_path):
    db = open_store(tmp_path / "salary.db")
    assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert db.execute("PRAGMA foreign_keys").fetchone() == (1,)
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 5_000


def test_a_new_store_has_every_migration_applied(tmp_path):
    db = open_store(tmp_path / "salary.db")
    assert migrations.pending(db) == []
    assert {"documents", "observations", "postings"} <= set(db.table_names())


def test_a_new_store_is_built_in_the_order_the_migrations_were_written(tmp_path):
    # store.schema lists its modules in order; their names (m001, m010, ...) sort that way.
    names = [migration.name for migration in migrations.pending(connect(tmp_path / "new.db"))]
    assert names == sorted(names)
    assert names[0] == "m001_documents_observations_postings"


def test_write_transaction_rolls_back_everything_on_error(tmp_path):
    db = open_store(tmp_path / "salary.db")
    row = {"sha256": "abc", "path": "a.txt", "kind": "csv", "ingested_at": "2026-01-01"}
    with pytest.raises(RuntimeError), write_transaction(db):
        db["documents"].insert(row)
        raise RuntimeError("halfway")
    assert db["documents"].count == 0
    with write_transaction(db):
        db["documents"].insert(row)
    assert db["documents"].count == 1


def test_write_transaction_holds_the_write_lock_from_the_start(tmp_path):
    path = tmp_path / "salary.db"
    db = open_store(path)
    other = sqlite3.connect(str(path), timeout=0)
    with write_transaction(db), pytest.raises(sqlite3.OperationalError, match="locked"):
        other.execute("BEGIN IMMEDIATE")
    other.execute("BEGIN IMMEDIATE")
    other.execute("ROLLBACK")


def _open_and_count(path: str) -> int:
    db = open_store(path)
    return len(migrations.applied(db))


def test_two_processes_opening_a_new_store_at_once_migrate_it_once(tmp_path):
    path = str(tmp_path / "salary.db")
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        counts = pool.map(_open_and_count, [path, path, path, path])
    applied = connect(path)["_sqlite_migrations"].count
    assert counts == [applied] * 4
    assert applied == len(migrations.pending(connect(tmp_path / "empty.db")))
