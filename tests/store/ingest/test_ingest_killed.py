"""An ingest that is killed takes its parsing workers with it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.served_app import bot_process_env


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(child) for child in path.read_text().split()] if path.exists() else []


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


def test_killing_an_ingest_ends_its_parsing_workers(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    # Enough files for worker processes (BULK_FILES), and enough work that they are still
    # parsing when looked for on a loaded machine.
    for n in range(120):
        (corpus / f"{n:03d}.txt").write_text(f"Lunch on day {n} at 12:30, table 4.\n" * 4000)
    env = bot_process_env({"DATABASE_PATH": str(tmp_path / "salary.db")})
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "ingest", "--jobs", "2", str(corpus)],
        cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 30
    while len(workers := _children(process.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(workers) >= 2, "no parsing workers started"

    os.kill(process.pid, signal.SIGKILL)
    process.wait()

    deadline = time.monotonic() + 30  # a bound on a loaded machine, not a timing
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(pid) for pid in workers)
