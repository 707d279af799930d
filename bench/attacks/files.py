"""Faults in files and exports: special files handed to ingest, CSV formulas and control
characters, the OAuth database's file mode.
"""

import csv
import json
import os
import socket
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from bench.attacks import MB
from bot.settings import load_settings
from store.db import open_store
from store.export import export_store
from store.ingest.run import ingest_paths
from tests.served_app import bot_process_env


def special_files(tmp: Path, tries: int) -> int:
    """A FIFO, a socket, symlinks to /dev/zero and /dev/urandom, /dev/null, a sparse 1 GB
    file: `python -m bot ingest` not exiting non-zero within 10 s, or saying anything but
    one line for it, fails."""
    keep = []

    def fifo(folder: Path) -> Path:
        os.mkfifo(folder / "pipe")
        return folder / "pipe"

    def sock(folder: Path) -> Path:
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(folder / "sock"))
        keep.append(server)
        return folder / "sock"

    def link(target: str) -> Callable[[Path], Path]:
        def make(folder: Path) -> Path:
            (folder / "link").symlink_to(target)
            return folder / "link"

        return make

    def sparse(folder: Path) -> Path:
        with (folder / "huge.csv").open("wb") as handle:
            handle.truncate(1024 * MB)
        return folder / "huge.csv"

    makers = [
        fifo,
        sock,
        link("/dev/zero"),
        link("/dev/urandom"),
        lambda f: Path("/dev/null"),
        sparse,
    ]
    failures = 0
    for i in range(tries):
        folder = Path(tempfile.mkdtemp(dir=tmp))
        path = makers[i % len(makers)](folder)
        env = bot_process_env({"DATABASE_PATH": str(folder / "salary.db")})
        try:
            result = subprocess.run(
                [sys.executable, "-m", "bot", "ingest", str(path)],
                cwd=folder, env=env, capture_output=True, text=True, timeout=10,
            )  # fmt: skip
        except subprocess.TimeoutExpired:
            failures += 1
            continue
        failures += result.returncode == 0 or len(result.stderr.strip().splitlines()) != 1
    for server in keep:
        server.close()
    return failures


AWKWARD = [
    '=HYPERLINK("https://evil.example","x")', "+1+1", "-2+3", "@SUM(A1)", "\tTab", "\rCR",
    "'=quoted", "'plain", "bare\rCR inside", "CRLF\r\nand LF\n", 'quote " comma ,', "NUL \x00",
]  # fmt: skip


def csv_round_trip(tmp: Path, tries: int) -> int:
    """Text that a spreadsheet would run, and framing characters: a cell that still starts
    like a formula in the export, or text not restored exactly on re-import, fails."""
    failures = 0
    for attempt in range(tries):
        folder = Path(tempfile.mkdtemp(dir=tmp))
        original = open_store(folder / "a.db")
        rows = [
            {
                "source": text, "source_kind": "self_reported", "url": "https://example.com/",
                "role_published": text, "role": "ml-intern", "place_key": "country:US",
                "place_level": "country", "kind": "median", "min_amount": 47 + attempt,
                "max_amount": 47, "period": "hour", "as_of": "2026-05-10",
                "ingested_at": "2026-05-11T09:00:00+00:00",
            }
            for text in AWKWARD
        ]  # fmt: skip
        (folder / "in.json").write_text(json.dumps(rows))
        ingest_paths(original, [folder / "in.json"])
        export_store(original, folder / "out", fmt="csv")
        with (folder / "out" / "observations.csv").open(newline="", encoding="utf-8") as handle:
            cells = [c for row in csv.reader(handle) for c in row]
        risky = [c for c in cells if c[:1] in "=+-@\t\r" and c and not _number(c)]
        restored = open_store(folder / "b.db")
        ingest_paths(restored, [folder / "out"])
        texts = [r["role_published"] for r in restored.query("select * from observations")]
        failures += bool(risky) or texts != AWKWARD
    return failures


def _number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


def oauth_file_mode(tmp: Path, tries: int) -> int:
    """The OAuth installation database: anything but mode 0600 fails."""
    from bot.app import oauth_database_path, oauth_settings

    failures = 0
    for i in range(tries):
        settings = load_settings(
            database_path=tmp / f"oauth{i}" / "salary.db",
            slack_client_id="1",
            slack_client_secret="s",
        )
        old = os.umask(0)
        try:
            oauth_settings(settings)
        finally:
            os.umask(old)
        failures += oauth_database_path(settings).stat().st_mode & 0o777 != 0o600
    return failures
