"""The app served for real: ``python -m bot serve`` in a subprocess, against the stand-in."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tests.signed_requests import http_request
from tests.slack_standin import BOT_TOKEN, SIGNING_SECRET, SlackStandin

ROOT = Path(__file__).resolve().parent.parent
# How long a process started by a test may take to come up: a bound for a loaded machine
# (a fresh interpreter importing the app can take many seconds there), not a timing.
START_UP_SECONDS = 60


def bot_process_env(env: dict[str, str]) -> dict[str, str]:
    """This environment without Slack settings, plus ``env``, able to import the project."""
    inherited = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DATABASE_"))}
    return {**inherited, "PYTHONPATH": str(ROOT), **env}


def run_bot(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess:
    """Run ``python -m bot ARGS`` to completion (for start-up failures); output captured."""
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd,
        env=bot_process_env(env),
        capture_output=True,
        text=True,
        timeout=30,
    )


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class RunningServer:
    """``python -m bot serve`` running in a subprocess; its output goes to ``log_path``."""

    url: str
    port: int
    process: subprocess.Popen
    log_path: Path
    env: dict[str, str]

    def output(self) -> str:
        """Everything the server process printed so far (stdout and stderr)."""
        return self.log_path.read_text(errors="replace")


@contextlib.contextmanager
def serve_app(
    env: dict[str, str],
    log_path: Path,
    python_args: tuple[str, ...] = ("-m", "bot", "serve"),
    timeout: float = START_UP_SECONDS,
) -> Iterator[RunningServer]:
    """Run ``python -m bot serve`` (or ``python_args``) on a free port; wait for ``/healthz``."""
    port = free_port()
    full_env = {**bot_process_env(env), "PORT": str(port)}
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            [sys.executable, *python_args],
            cwd=log_path.parent,  # away from any developer's .env
            env=full_env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    server = RunningServer(f"http://127.0.0.1:{port}", port, process, log_path, full_env)
    try:
        _wait_healthy(server, timeout)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _wait_healthy(server: RunningServer, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"the server exited early:\n{server.output()}")
        with contextlib.suppress(OSError):
            if http_request(server.url + "/healthz").status == 200:
                return
        time.sleep(0.05)
    raise RuntimeError(f"the server did not become healthy:\n{server.output()}")


def app_env(standin: SlackStandin, database_path: Path, **extra: str) -> dict[str, str]:
    """Environment for running the app against ``standin`` with the store at ``database_path``."""
    return {
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_API_URL": standin.api_url,
        "DATABASE_PATH": str(database_path),
        **extra,
    }
