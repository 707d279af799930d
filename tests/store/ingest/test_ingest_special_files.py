"""Ingest reads regular files only: devices, pipes and sockets (directly or through a
symlink) are refused in one line each, before a byte is read, and the run exits non-zero."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from store.db import open_store
from store.ingest.files import MAX_BYTES
from store.ingest.run import ingest_paths
from tests.served_app import bot_process_env
from tests.store.ingest_support import write

GOOD_CSV = (
    "source,source_kind,url,role_published,role,place_key,place_level,kind,min_amount,"
    "max_amount,period,as_of,ingested_at\n"
    "Levels.fyi,self_reported,https://www.levels.fyi/,ML Intern,ml-intern,country:US,country,"
    "median,47,47,hour,2026-05-10,2026-05-11T09:00:00+00:00\n"
)


def _fifo(folder: Path) -> Path:
    path = folder / "pipe.txt"
    os.mkfifo(path)
    return path


def _unix_socket(folder: Path) -> Path:
    path = folder / "sock.txt"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    _KEEP.append(server)
    return path


def _link_to(target: str):
    def make(folder: Path) -> Path:
        path = folder / f"link-{Path(target).name}.txt"
        path.symlink_to(target)
        return path

    return make


def _sparse_oversize(folder: Path) -> Path:
    path = folder / "huge.csv"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES * 50)
    return path


_KEEP: list[socket.socket] = []

SPECIAL = {
    "named pipe": (_fifo, "is a named pipe, not a regular file"),
    "socket": (_unix_socket, "is a socket, not a regular file"),
    "symlink to /dev/zero": (_link_to("/dev/zero"), "is a device, not a regular file"),
    "symlink to /dev/urandom": (_link_to("/dev/urandom"), "is a device, not a regular file"),
    "/dev/null": (lambda folder: Path("/dev/null"), "is a device, not a regular file"),
    "sparse 1 GB file": (_sparse_oversize, "too large (1000.0 MB; the limit is 20 MB)"),
}


@pytest.mark.parametrize("kind", list(SPECIAL))
def test_a_special_file_is_refused_in_one_line_without_reading_it(tmp_path, kind):
    make, reason = SPECIAL[kind]
    path = make(tmp_path)
    good = write(tmp_path / "good" / "levels.csv", GOOD_CSV)
    db = open_store(tmp_path / "salary.db")

    started = time.monotonic()
    report = ingest_paths(db, [path, good])

    assert time.monotonic() - started < 5
    [failed] = report.failed
    assert (failed.path, failed.reason) == (str(path), reason)
    assert db["observations"].count == 1  # the good file still went in


def test_special_files_inside_a_folder_are_refused_too(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    _fifo(folder)
    _link_to("/dev/zero")(folder)
    write(folder / "levels.csv", GOOD_CSV)

    report = ingest_paths(open_store(tmp_path / "salary.db"), [folder])

    assert sorted(r.reason for r in report.failed) == [
        "is a device, not a regular file",
        "is a named pipe, not a regular file",
    ]


def test_the_command_line_says_one_line_per_special_file_and_exits_non_zero(tmp_path):
    pipe = _fifo(tmp_path)
    zero = _link_to("/dev/zero")(tmp_path)
    env = bot_process_env({"DATABASE_PATH": str(tmp_path / "salary.db")})

    result = subprocess.run(
        [sys.executable, "-m", "bot", "ingest", str(pipe), str(zero)],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip

    assert result.returncode != 0
    errors = result.stderr.strip().splitlines()
    assert errors == [
        f"{pipe}: not ingested: is a named pipe, not a regular file",
        f"{zero}: not ingested: is a device, not a regular file",
    ]
