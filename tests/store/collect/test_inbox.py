"""The drop folder: settled files are ingested and moved; files being written wait."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta

import pytest

from store.collect.inbox import Inbox
from store.db import open_store
from tests.store.ingest_support import JOB_PAGE_SEED, REPORT_SEED, dump, seed

NOW = datetime(2026, 11, 30, 7, 0, tzinfo=UTC)


@pytest.fixture
def db(tmp_path):
    return open_store(tmp_path / "s.db")


def drop(folder, name: str, data: bytes, *, age: timedelta) -> object:
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    stamp = (NOW - age).timestamp()
    os.utime(path, (stamp, stamp))
    return path


def test_settled_files_are_ingested_and_moved(db, tmp_path):
    inbox = tmp_path / "inbox"
    drop(inbox, "report.txt", seed(REPORT_SEED).read_bytes(), age=timedelta(minutes=5))
    drop(inbox, "notes.txt", b"Lunch on Friday.\n", age=timedelta(minutes=5))
    drop(inbox, ".partial.txt", b"hidden", age=timedelta(minutes=5))

    done = Inbox(inbox).sweep(db, now=NOW)

    moved = {item.path.name: item.moved_to for item in done.handled}
    assert moved == {
        "notes.txt": inbox / "failed" / "notes.txt",
        "report.txt": inbox / "processed" / "report.txt",
    }
    reason = (inbox / "failed" / "notes.txt.reason.txt").read_text()
    assert reason.startswith("unknown layout")
    assert (inbox / ".partial.txt").exists()  # hidden files are never taken
    assert len(dump(db)["documents"]) == 1


def test_a_file_still_growing_waits_for_the_next_pass(db, tmp_path):
    inbox = tmp_path / "inbox"
    data = seed(JOB_PAGE_SEED).read_bytes()
    path = drop(inbox, "page.txt", data[:1000], age=timedelta(seconds=1))
    watcher = Inbox(inbox)

    first = watcher.sweep(db, now=NOW)
    path.write_bytes(data[:5000])  # the writer goes on between passes
    second = watcher.sweep(db, now=NOW + timedelta(minutes=2))
    path.write_bytes(data)
    third = watcher.sweep(db, now=NOW + timedelta(minutes=4))
    fourth = watcher.sweep(db, now=NOW + timedelta(minutes=6))  # unchanged since: settled

    assert (first.waiting, second.waiting, third.waiting) == ([path], [path], [path])
    assert [item.moved_to.parent.name for item in fourth.handled] == ["processed"]
    assert dump(db)["documents"][0]["sha256"]  # the whole file, not a part of it
    assert dump(db)["postings"]


def test_a_file_seen_again_is_already_ingested_and_moved_aside_with_a_new_name(db, tmp_path):
    inbox = tmp_path / "inbox"
    data = seed(JOB_PAGE_SEED).read_bytes()
    drop(inbox, "page.txt", data, age=timedelta(minutes=5))
    Inbox(inbox).sweep(db, now=NOW)
    drop(inbox, "page.txt", data, age=timedelta(minutes=5))

    [item] = Inbox(inbox).sweep(db, now=NOW).handled

    assert item.result.status == "already_ingested"
    assert item.moved_to.name == "page-20261130T070000.txt"
    assert len(list((inbox / "processed").iterdir())) == 2
