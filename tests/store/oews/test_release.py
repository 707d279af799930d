"""Building the OEWS reference file: from a small bundled-format database, and the real one."""

from __future__ import annotations

import gzip
import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from store.oews.release import (
    OewsDataError,
    build,
    oews_reference,
    read_manifest,
    release_of,
)

SOURCES = {
    "oe.area": {
        "url": "https://download.bls.gov/pub/time.series/oe/oe.area",
        "last_modified": "2026-05-15",
    },
    "oe.data.0.Current": {
        "url": "https://download.bls.gov/pub/time.series/oe/oe.data.0.Current",
        "last_modified": "2026-05-14",
    },
}


def _bundled(folder: Path, cells: list[tuple]) -> dict:
    """A database in the bundled package's shape, gzipped, with its manifest."""
    raw = folder / "raw.sqlite"
    db = sqlite3.connect(raw)
    columns = ", ".join(
        [f"v{i:02d} TEXT" for i in range(1, 18)] + [f"f{i:02d} TEXT" for i in range(1, 18)]
    )
    db.executescript(
        f"""
        CREATE TABLE cell (key TEXT PRIMARY KEY, {columns});
        CREATE TABLE area (area_code TEXT, areatype_code TEXT, state_code TEXT, area_name TEXT);
        CREATE TABLE occupation (occupation_code TEXT, occupation_name TEXT, display_level INT);
        CREATE TABLE footnote (footnote_code TEXT, footnote_text TEXT);
        INSERT INTO area VALUES ('0014460', 'M', '25', 'Boston-Cambridge-Newton, MA-NH');
        INSERT INTO occupation VALUES ('291141', 'Registered Nurses', 3);
        INSERT INTO footnote VALUES ('5', 'At least $115.00 per hour.');
        """
    )
    for key, values, notes in cells:
        db.execute("INSERT INTO cell VALUES (" + ", ".join("?" * 35) + ")", (key, *values, *notes))
    db.commit()
    db.close()
    data = raw.read_bytes()
    (folder / "bundled.sqlite.gz").write_bytes(gzip.compress(data))
    manifest = {
        "file": "bundled.sqlite.gz",
        "database_sha256": hashlib.sha256(data).hexdigest(),
        "data_year": "2025",
        "retrieved": "2026-09-26",
        "release": {"code": "2025A01", "description": "May 2025"},
        "sources": SOURCES,
    }
    (folder / "manifest.json").write_text(json.dumps(manifest))
    return manifest


def _cell(key: str, values: dict[int, str], notes: dict[int, str]) -> tuple:
    return (
        key,
        [values.get(i) for i in range(1, 18)],
        [notes.get(i) for i in range(1, 18)],
    )


def test_build_types_cross_industry_rows_and_keeps_footnotes(tmp_path: Path) -> None:
    top_coded = {i: "-" for i in range(3, 16)} | {1: "1200", 2: "3.1", 5: "2.0"}
    manifest = _bundled(
        tmp_path,
        [
            _cell("OEUM0014460000000291141", top_coded, {i: "5" for i in range(3, 16) if i != 5}),
            # An industry-specific row is not cross-industry: it is left out.
            _cell("OEUN0000000622000291141", {1: "10", 13: "90000"}, {}),
        ],
    )
    target = build(tmp_path, tmp_path / "out" / "built.sqlite", manifest)
    db = sqlite3.connect(target)
    rows = db.execute(
        "SELECT soc, area_code, employment, annual_median, footnotes FROM wages"
    ).fetchall()
    assert len(rows) == 1
    soc, area, employment, median, footnotes = rows[0]
    assert (soc, area, employment, median) == ("29-1141", "0014460", 1200.0, None)
    assert json.loads(footnotes)["annual_median"] == "5"
    assert db.execute("SELECT name FROM occupations").fetchone() == ("Registered Nurses",)


def test_a_database_that_does_not_match_its_manifest_is_refused(tmp_path: Path) -> None:
    manifest = _bundled(tmp_path, [])
    manifest["database_sha256"] = "0" * 64
    with pytest.raises(OewsDataError, match="SHA-256"):
        build(tmp_path, tmp_path / "built.sqlite", manifest)
    assert not (tmp_path / "built.sqlite").exists()


def test_release_dates_come_from_the_manifest(tmp_path: Path) -> None:
    release = release_of(_bundled(tmp_path, []))
    assert (release.description, release.published.isoformat()) == ("May 2025", "2026-05-15")
    assert release.reference_date.isoformat() == "2025-05-01"


def test_the_shipped_release_is_may_2025_with_every_detailed_occupation() -> None:
    reference = oews_reference()
    assert reference.release == release_of(read_manifest())
    assert reference.release.description == "May 2025"
    detailed = reference.db.execute(
        "SELECT COUNT(*) FROM occupations WHERE display_level = 3"
    ).fetchone()[0]
    assert detailed >= 800
    nurses_houston = reference.db.execute(
        "SELECT annual_median FROM wages w JOIN areas a USING (area_code) "
        "WHERE soc = '29-1141' AND a.name LIKE 'Houston%'"
    ).fetchone()
    assert nurses_houston[0] > 50_000
