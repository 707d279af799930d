"""Export writes the store in its own columns; ingesting the export restores it losslessly."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from store.db import open_store
from store.export import EXPORT_TABLES, export_store
from store.ingest.run import ingest_paths
from tests.store.ingest_support import JOB_PAGE_SEED, REPORT_SEED, dump, seed


def files_in(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_seeds_export_and_restore_into_an_empty_store_identically(tmp_path, fmt):
    original = open_store(tmp_path / "original.db")
    ingest_paths(original, [seed(REPORT_SEED), seed(JOB_PAGE_SEED)])
    first = export_store(original, tmp_path / "first", fmt=fmt)

    restored = open_store(tmp_path / "restored.db")
    report = ingest_paths(restored, [tmp_path / "first"])
    export_store(restored, tmp_path / "second", fmt=fmt)

    assert report.ok
    assert [path.name for path in first] == [f"{table}.{fmt}" for table in EXPORT_TABLES]
    assert files_in(tmp_path / "second") == files_in(tmp_path / "first")
    # Nothing lost: every row of the data tables, ids and all.
    original_rows, restored_rows = dump(original), dump(restored)
    for table in ("postings", "posting_sightings", "observations"):
        assert restored_rows[table] == original_rows[table]


def test_csv_columns_are_the_store_columns(tmp_path):
    db = open_store(tmp_path / "salary.db")
    ingest_paths(db, [seed(JOB_PAGE_SEED)])

    export_store(db, tmp_path / "out", fmt="csv")

    with (tmp_path / "out" / "observations.csv").open() as handle:
        rows = list(csv.DictReader(handle))
    # Which parse wrote a figure, and which retired it, is reparse history, not exported.
    bookkeeping = ("parse_id", "retired_by")
    assert list(rows[0]) == [c for c in db["observations"].columns_dict if c not in bookkeeping]
    assert {row["min_amount"] for row in rows} == {"48230.0", "36800.0", "23.2", "27.0"}
    assert {row["posting_id"] for row in rows} == {"", "1"}  # missing values are empty cells


def test_importing_an_export_into_the_store_it_came_from_adds_nothing(tmp_path):
    db = open_store(tmp_path / "salary.db")
    ingest_paths(db, [seed(REPORT_SEED)])
    export_store(db, tmp_path / "out", fmt="json")
    before = dump(db)

    report = ingest_paths(db, [tmp_path / "out"])

    assert report.ok
    assert sum(r.rows_restored for r in report.documents) == 0
    assert sum(r.already_stored for r in report.documents) > 0
    after = dump(db)
    assert {t: after[t] for t in ("postings", "posting_sightings", "observations")} == {
        t: before[t] for t in ("postings", "posting_sightings", "observations")
    }


def test_hand_made_rows_without_ids_go_in_as_new_rows(tmp_path):
    db = open_store(tmp_path / "salary.db")
    rows = [
        {
            "source": "Levels.fyi", "source_kind": "self_reported",
            "url": "https://www.levels.fyi/internships/", "role_published": "ML Intern",
            "role": "ml-intern", "place_key": "country:US", "place_level": "country",
            "kind": "median", "min_amount": 47, "max_amount": 47, "period": "hour",
            "as_of": "2026-05-10", "ingested_at": "2026-05-11T09:00:00+00:00",
        }
    ]  # fmt: skip
    path = tmp_path / "levels.json"
    path.write_text(json.dumps(rows))

    [result] = ingest_paths(db, [path]).documents

    assert (result.status, result.table, result.rows_restored) == ("stored", "observations", 1)
    [row] = db.query("select * from observations")
    assert (row["min_amount"], row["period"], row["document_id"]) == (47, "hour", 1)
    assert (row["hourly_min"], row["annual_max"]) == (47, 97760)  # equivalents filled in
    assert db["documents"].get(1)["kind"] == "json"


# Text a spreadsheet would run, and text that tests the CSV framing itself.
AWKWARD = (
    '=HYPERLINK("https://evil.example","x")',
    "+1+1",
    "-2+3",
    "@SUM(A1:A2)",
    "\tTabbed",
    "\rReturned",
    "'=already quoted",
    "'plain quote",
    "''",
    "ends with a bare\rcarriage return",
    "line\r\nbreak and\nnewline",
    'quotes " and , commas',
    "unicode ü 日本 \u2028 \U0001f600",
    " leading and trailing spaces ",
    "-",
    "=",
    "controls \x0b\x0c\x1c\x1d\x1e\x85 and a \x00 NUL",
)


def _number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


def _awkward_rows(db) -> None:
    rows = [
        {
            "source": text, "source_kind": "self_reported", "url": "https://example.com/",
            "role_published": text, "title": text, "role": "ml-intern",
            "place_key": "country:US", "place_level": "country", "kind": "median",
            "min_amount": -5 if i == 0 else 47, "max_amount": 47, "period": "hour",
            "as_of": "2026-05-10", "ingested_at": "2026-05-11T09:00:00+00:00",
        }
        for i, text in enumerate(AWKWARD)
    ]  # fmt: skip
    path = db.conn.execute("pragma database_list").fetchone()[2]
    source = Path(path).parent / "awkward.json"
    source.write_text(json.dumps(rows), encoding="utf-8")
    assert ingest_paths(db, [source]).ok


def test_csv_export_neutralises_formulas_and_restores_every_text_exactly(tmp_path):
    original = open_store(tmp_path / "original.db")
    _awkward_rows(original)
    export_store(original, tmp_path / "out", fmt="csv")

    with (tmp_path / "out" / "observations.csv").open(newline="", encoding="utf-8") as handle:
        cells = [cell for row in csv.reader(handle) for cell in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r") and not _number(c)]

    restored = open_store(tmp_path / "restored.db")
    assert ingest_paths(restored, [tmp_path / "out"]).ok
    before, after = dump(original), dump(restored)
    assert after["observations"] == before["observations"]
    assert [row["role_published"] for row in after["observations"]] == list(AWKWARD)
