"""The Procfile runs under Procfile runners (honcho, foreman): every line stays up.

Such runners stop every process as soon as one exits, so the Procfile lists only
long-running processes, and each of them prepares the store itself when it starts.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path

from bot.cli import build_parser
from store.db import connect
from tests.served_app import START_UP_SECONDS, app_env, bot_process_env, serve_app

ROOT = Path(__file__).resolve().parent.parent
LONG_RUNNING = {"serve", "clock", "socket"}


def procfile() -> dict[str, list[str]]:
    """Process name -> the arguments after ``python``, as a Procfile runner reads them."""
    processes = {}
    for line in (ROOT / "Procfile").read_text().splitlines():
        match = re.fullmatch(r"([A-Za-z0-9_-]+):\s*(.+)", line.strip())
        if match:
            command = match[2].split()
            assert command[0] == "python", line
            processes[match[1]] = command[1:]
    return processes


def test_every_procfile_process_is_a_long_running_bot_command():
    processes = procfile()

    assert set(processes) == {"web", "clock"}
    parser = build_parser()
    for args in processes.values():
        assert args[:2] == ["-m", "bot"]
        assert parser.parse_args(args[2:]).command in LONG_RUNNING


def test_web_and_clock_start_together_on_a_fresh_store_and_stay_up(tmp_path, slack_standin):
    store = tmp_path / "fresh" / "salary.db"  # no file, no folder yet: nobody migrated it
    env = app_env(slack_standin, store)
    processes = procfile()
    clock_log = tmp_path / "clock.log"
    with open(clock_log, "wb") as log:
        clock = subprocess.Popen(
            [sys.executable, *processes["clock"]],
            cwd=tmp_path,
            env=bot_process_env(env),
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        with serve_app(env, tmp_path / "web.log", python_args=tuple(processes["web"])) as web:
            deadline = time.monotonic() + START_UP_SECONDS
            while "clock started" not in clock_log.read_text() and time.monotonic() < deadline:
                time.sleep(0.05)
            time.sleep(1)  # both past their start-up: neither may have exited

            assert web.process.poll() is None, web.output()
            assert clock.poll() is None, clock_log.read_text()
        tables = set(connect(store).table_names())
        assert {"observations", "postings", "subscriptions", "digest_runs"} <= tables
    finally:
        clock.terminate()
        clock.wait(timeout=10)
