"""A file that cannot be used is named with the reason and changes nothing; the rest go in."""

from __future__ import annotations

import gc
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from store.db import open_store
from store.export import export_store
from store.ingest.documents import parse_document
from store.ingest.files import MAX_BYTES
from store.ingest.parsed import DocumentError
from store.ingest.run import ingest_paths
from tests.store.ingest_support import JOB_PAGE_SEED, REPORT_SEED, dump, seed, write


@pytest.fixture
def db(tmp_path: Path):
    store = open_store(tmp_path / "salary.db")
    ingest_paths(store, [seed(REPORT_SEED)])
    return store


def _not_utf8(folder: Path) -> Path:
    path = folder / "latin1.txt"
    path.write_bytes("Salaire annuel moyen : 45 000 EUR à Montréal".encode("latin-1"))
    return path


def _utf16(folder: Path) -> Path:
    path = folder / "utf16.txt"
    path.write_bytes("Machine Learning Intern Jobs in Boston".encode("utf-16"))
    return path


def _truncated_report(folder: Path) -> Path:
    text = seed(REPORT_SEED).read_text()
    return write(folder / "cut.txt", text[: len(text) * 2 // 3])


def _truncated_json(folder: Path) -> Path:
    return write(folder / "rows.json", '[{"id": 1, "sha256": "ab", "kind": "report", "pa')


def _empty(folder: Path) -> Path:
    return write(folder / "empty.txt", "  \n\n")


def _binary(folder: Path) -> Path:
    path = folder / "chart.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    return path


def _unknown_layout(folder: Path) -> Path:
    return write(folder / "notes.txt", "Call the hiring manager on Tuesday about the offer.\n")


def _oversize(folder: Path) -> Path:
    path = folder / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    return path


def _exported(folder: Path, fmt: str) -> Path:
    store = open_store(folder / "other.db")
    ingest_paths(store, [seed(JOB_PAGE_SEED)])
    export_store(store, folder / "export", fmt=fmt)  # type: ignore[arg-type]
    return folder / "export" / f"observations.{fmt}"


def _json_with_a_bad_row(folder: Path) -> Path:
    path = _exported(folder, "json")
    rows = json.loads(path.read_text())
    rows[-1]["period"] = "fortnight"
    path.write_text(json.dumps(rows))
    return path


def _csv_with_a_bad_row(folder: Path) -> Path:
    path = _exported(folder, "csv")
    lines = path.read_text().splitlines()
    lines[-1] = lines[-1].replace(",hour,", ",every now and then,")
    path.write_text("\n".join(lines) + "\n")
    return path


BAD_FILES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "not UTF-8": (_not_utf8, "not UTF-8 text"),
    "UTF-16": (_utf16, "UTF-16 text, not UTF-8"),
    "truncated report JSON": (_truncated_report, "Detailed Results is not valid JSON"),
    "truncated JSON": (_truncated_json, "not valid JSON"),
    "empty": (_empty, "the file is empty"),
    "binary": (_binary, "a binary file"),
    "unknown layout": (_unknown_layout, "unknown layout"),
    "oversize": (_oversize, "too large"),
    "JSON with a bad row": (_json_with_a_bad_row, "row 4, column period"),
    "CSV with a bad row": (_csv_with_a_bad_row, "column period"),
}


@pytest.mark.parametrize("kind", BAD_FILES)
def test_a_bad_file_leaves_the_store_exactly_as_it_was(db, tmp_path, kind):
    make, reason = BAD_FILES[kind]
    (tmp_path / "inbox").mkdir()
    bad = make(tmp_path / "inbox")
    before = dump(db)

    report = ingest_paths(db, [bad])

    assert not report.ok
    [failed] = report.failed
    assert failed.path == str(bad)
    assert reason in failed.reason
    assert failed.summary().startswith(f"{bad}: not ingested: ")
    assert dump(db) == before


def test_good_files_in_the_same_run_still_go_in(db, tmp_path):
    bad = _truncated_json(tmp_path)
    good = seed(JOB_PAGE_SEED)

    report = ingest_paths(db, [bad, good])

    assert [(r.path, r.status) for r in report.documents] == [
        (str(bad), "failed"),
        (str(good), "stored"),
    ]
    assert db.execute("select count(*) from documents where kind = 'job_page'").fetchone()[0] == 1


def test_a_row_that_points_at_a_missing_posting_rejects_the_whole_file(db, tmp_path):
    path = _exported(tmp_path, "csv")  # observations.csv alone: its posting was not imported
    before = dump(db)

    [result] = ingest_paths(db, [path]).documents

    assert result.status == "failed" and "import postings first" in result.reason
    assert dump(db) == before


def test_paths_that_are_missing_or_empty_folders_are_named(db, tmp_path):
    (tmp_path / "empty-folder").mkdir()

    report = ingest_paths(db, [tmp_path / "missing.txt", tmp_path / "empty-folder"])

    assert [(Path(r.path).name, r.reason) for r in report.documents] == [
        ("missing.txt", "no such file"),
        ("empty-folder", "no files in this folder"),
    ]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_an_unreadable_file_is_named(db, tmp_path):
    locked = write(tmp_path / "locked.txt", "secret")
    locked.chmod(0)

    [result] = ingest_paths(db, [locked]).documents

    assert result.reason == "cannot read it: permission denied"


def test_dry_run_reports_what_it_would_store_and_writes_nothing(tmp_path):
    store = open_store(tmp_path / "fresh.db")
    before = dump(store)

    report = ingest_paths(store, [seed(REPORT_SEED), seed(JOB_PAGE_SEED)], dry_run=True)

    assert [r.status for r in report.documents] == ["would_store", "would_store"]
    assert report.documents[1].observations == 4 and report.documents[1].postings_new == 1
    assert dump(store) == before


def test_parse_document_reads_bytes_without_a_store():
    parsed = parse_document(seed(JOB_PAGE_SEED).read_bytes(), path="page.txt")

    assert parsed.kind == "job_page" and parsed.path == "page.txt"
    assert [p.posting.company for p in parsed.postings] == ["Xometry"]
    with pytest.raises(DocumentError, match="empty"):
        parse_document(b"")


def test_parsing_in_worker_processes_stores_the_same_as_one_process(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name in (REPORT_SEED, JOB_PAGE_SEED):
        write(inbox / name, seed(name).read_text())
    write(inbox / "copy.txt", seed(JOB_PAGE_SEED).read_text())  # the same bytes twice
    _empty(inbox)
    clock = ("ingested_at", "first_seen", "last_seen", "seen_at", "closed_at", "as_of", "doc_date")

    def stored(workers: int) -> tuple[list, dict]:
        db = open_store(tmp_path / f"{workers}.db")
        report = ingest_paths(db, [inbox], workers=workers)
        rows = {
            table: [{k: v for k, v in row.items() if k not in clock} for row in rows]
            for table, rows in dump(db).items()
        }
        return [(Path(r.path).name, r.status) for r in report.documents], rows

    threshold = gc.get_threshold()
    assert stored(workers=2) == stored(workers=1)
    assert (gc.get_threshold(), gc.get_freeze_count()) == (threshold, 0)  # put back after
    assert stored(workers=3)[0] == [
        ("000_64a02e43457dca21.txt", "stored"),
        ("003_2e5ff8a8742c85d1.txt", "stored"),
        ("copy.txt", "already_ingested"),
        ("empty.txt", "failed"),
    ]


def test_a_first_line_longer_than_a_csv_field_is_read_as_text_not_a_crash():
    # Python's csv module refuses fields over 128 KB: sniffing for a CSV header must not.
    text = (
        "Software engineer pay "
        + "x" * 200_000
        + "\nhttps://example.com/pay\nSoftware engineers here earn $150,000 a year.\n"
    )

    parsed = parse_document(text.encode(), path="long-line.txt")

    assert parsed.kind == "page"
    assert [(o.role, o.min_amount) for o in parsed.observations] == [
        ("software-engineer", 150_000.0)
    ]


def test_a_jobspy_export_with_a_cell_past_the_csv_limit_is_refused_in_one_line():
    header = "site,job_url,job_url_direct,title,company,location,date_posted,description"
    row = 'indeed,https://www.indeed.com/viewjob?jk=1,,Data Analyst,Acme,"Austin, TX",2026-05-01,'
    text = f'{header}\n{row}"{"long " * 40_000}"\n'

    with pytest.raises(DocumentError, match="JobSpy CSV export that cannot be read"):
        parse_document(text.encode(), path="jobs.csv")
