"""`python -m bot ingest | export | migrate | demo`, as an operator runs them."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import main
from store.db import open_store
from tests.store.ingest.pdf_support import pdf_of
from tests.store.ingest_support import JOB_PAGE_SEED, REPORT_SEED, dump, seed, write


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "salary.db"
    monkeypatch.setenv("DATABASE_PATH", str(path))
    monkeypatch.chdir(tmp_path)  # no stray .env is read
    return path


def test_ingest_prints_what_each_file_stored_and_skipped(database, capsys):
    code = main(["ingest", str(seed(REPORT_SEED)), str(seed(JOB_PAGE_SEED))])

    out = capsys.readouterr().out
    assert code == 0
    assert f"{seed(REPORT_SEED)} [report]: stored 45 observations, 2 postings (2 new, 0 up" in out
    assert f"{seed(JOB_PAGE_SEED)} [job_page]: stored 4 observations, 1 posting (1 new, 0 up" in out
    assert "skipped $28.9K: a bare amount; nothing says what it is" in out
    assert "a table row about 'Application Engineer', not Machine Learning Engineer" in out
    assert out.rstrip().endswith("0 already ingested; 0 failed")


def test_ingesting_again_says_already_ingested(database, capsys):
    main(["ingest", str(seed(JOB_PAGE_SEED))])
    capsys.readouterr()

    code = main(["ingest", str(seed(JOB_PAGE_SEED))])

    assert code == 0
    assert "already ingested; nothing added" in capsys.readouterr().out


def test_a_bad_file_is_one_line_on_stderr_and_a_non_zero_exit(database, tmp_path, capsys):
    bad = write(tmp_path / "notes.txt", "Lunch with the team on Friday.\n")

    code = main(["ingest", str(bad), str(seed(JOB_PAGE_SEED))])

    captured = capsys.readouterr()
    assert code == 1
    assert captured.err.strip() == (
        f"{bad}: not ingested: unknown layout: not a market-research report, "
        "a job-board page, a pay table (CSV/JSON with a job title and a pay column), "
        "or a CSV/JSON file in the store's columns"
    )
    assert "Traceback" not in captured.err
    assert "[job_page]: stored 4 observations" in captured.out  # the good file still went in


def test_dry_run_writes_nothing(database, capsys):
    code = main(["ingest", "--dry-run", str(seed(REPORT_SEED))])

    out = capsys.readouterr().out
    assert code == 0
    assert "[report]: would store 45 observations, 2 postings (2 new, 0 updated)" in out
    assert out.rstrip().splitlines()[-1].startswith("Dry run, nothing written.")
    assert all(rows == [] for rows in dump(open_store(database)).values())


def test_export_then_ingest_into_a_fresh_store_round_trips(database, tmp_path, monkeypatch, capsys):
    main(["ingest", str(seed(REPORT_SEED)), str(seed(JOB_PAGE_SEED))])
    assert main(["export", "--format", "json", "--out", str(tmp_path / "backup")]) == 0
    fresh = tmp_path / "fresh.db"
    monkeypatch.setenv("DATABASE_PATH", str(fresh))

    assert main(["ingest", str(tmp_path / "backup")]) == 0

    original, restored = dump(open_store(database)), dump(open_store(fresh))
    for table in ("postings", "posting_sightings", "observations"):
        assert restored[table] == original[table]
    out = capsys.readouterr().out
    assert "observations.json [json]: stored 49 observations rows" in out


def test_migrate_creates_the_schema(database, capsys):
    assert main(["migrate"]) == 0

    assert "schema up to date" in capsys.readouterr().out
    assert open_store(database)["observations"].exists()


def test_demo_loads_once_into_an_empty_store(database, capsys):
    assert main(["demo"]) == 0
    assert main(["demo"]) == 0

    out = capsys.readouterr().out.splitlines()
    assert out[0].endswith("demo dataset loaded")
    assert out[1].endswith("not empty; demo dataset not loaded")


def test_url_cites_a_pdf_that_prints_no_address_and_a_reparse_keeps_it(database, tmp_path, capsys):
    guide = tmp_path / "guide.pdf"
    guide.write_bytes(
        pdf_of(["Payroll Clerk pay in Denver, CO", "Payroll clerks earn $24 an hour."])
    )
    address = "https://www.example-staffing.com/guides/denver"

    without = main(["ingest", "--dry-run", str(guide)])
    assert "has no URL, so its figures could not be cited" in capsys.readouterr().out
    code = main(["ingest", "--url", address, str(guide)])
    again = main(["ingest", "--url", address, str(guide)])
    reparsed = main(["reparse"])

    out = capsys.readouterr().out
    assert (without, code, again, reparsed) == (0, 0, 0, 0)
    assert "already ingested; nothing added" in out
    figures = dump(open_store(database))["observations"]
    assert [(f["url"], f["min_amount"], f["period"]) for f in figures] == [(address, 24, "hour")]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--url", "example.com/x", "NOTES"], "--url must be a web address (https://...)"),
        (["--url", "https://example.com/x", "TABLE"], "this pay_table file's rows carry their own"),
    ],
)
def test_url_refuses_what_it_cannot_cite_by_one_address(database, tmp_path, capsys, args, message):
    notes = write(tmp_path / "notes.txt", "Payroll clerks in Denver, CO earn $24 an hour.\n")
    table = write(
        tmp_path / "pay.csv", 'title,location,pay,url\nCook,"Denver, CO",18,https://a.example/1\n'
    )
    paths = {"NOTES": str(notes), "TABLE": str(table)}

    code = main(["ingest", *[paths.get(arg, arg) for arg in args]])

    assert code == 1
    assert message in capsys.readouterr().err
    assert dump(open_store(database))["observations"] == []


def test_url_with_a_folder_or_several_files_is_refused_before_reading(database, tmp_path, capsys):
    code = main(["ingest", "--url", "https://example.com/x", str(tmp_path)])

    assert code == 2
    assert capsys.readouterr().err == "--url is one page's address: give one file with it.\n"
