"""`python -m bot reparse [--since DATE] [--dry-run]`, as an operator runs it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli import main
from store.db import open_store
from tests.store.ingest_support import write

SALARY_URL = (
    "https://www.salary.com/research/salary/hiring/machine-learning-intern-salary/boston-ma"
)
ZIP_URL = "https://www.ziprecruiter.com/Salaries/Machine-Learning-Intern-Salary--in-Massachusetts"
REPORT = (
    "# Market Research for machine learning intern\n\nInterns in Boston are paid well.\n\n"
    "## Detailed Results\n\n"
    + json.dumps(
        [
            {
                "title": "Machine Learning Intern Salary in Boston, MA",
                "url": SALARY_URL,
                "content": "As of Oct 2026, the salary range for a Machine Learning Intern job "
                "is from $100,000 to $120,000 per year in Boston, MA.",
            },
            {
                "title": "Machine Learning Intern Salary in Massachusetts",
                "url": ZIP_URL,
                "content": "The average Machine Learning Intern salary in Massachusetts, as of "
                "Oct 2026, is $30.00 an hour.",
            },
        ]
    )
)


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "salary.db"
    monkeypatch.setenv("DATABASE_PATH", str(path))
    monkeypatch.chdir(tmp_path)  # no stray .env is read
    return path


@pytest.fixture
def ingested(database: Path, tmp_path: Path, capsys) -> Path:
    """The report ingested, then its rows edited into what an older parser wrote."""
    report = write(tmp_path / "inbox" / "a.txt", REPORT)
    assert main(["ingest", str(report)]) == 0
    db = open_store(database)
    db.execute("update observations set min_amount = 90000 where url = ?", [SALARY_URL])
    db.execute("delete from observations where url = ?", [ZIP_URL])
    db.conn.commit()
    capsys.readouterr()
    return report


def test_reparse_prints_each_documents_gains_losses_and_changes_and_a_total(ingested, capsys):
    code = main(["reparse"])

    lines = capsys.readouterr().out.splitlines()
    assert code == 0
    assert lines == [
        f"{ingested} (document 1): new parse: 1 gained, 0 lost, 1 changed, 0 kept",
        "  + ml-intern at state:US-MA: avg $30 / hour (ZipRecruiter)",
        "  ~ ml-intern at city:US-MA-boston: $90,000 - $120,000 / year (Salary.com) "
        "-> $100,000 - $120,000 / year",
        "1 document(s) re-read: 1 changed (1 figure(s) gained, 0 lost, 1 changed), "
        "0 unchanged, 0 without stored text, 0 refused, 0 failed",
    ]
    main(["reparse"])
    assert (
        f"{ingested} (document 1): unchanged (2 figures read the same)" in capsys.readouterr().out
    )


def test_dry_run_prints_what_would_change_and_writes_nothing(ingested, database, capsys):
    before = list(open_store(database).conn.iterdump())

    code = main(["reparse", "--dry-run"])

    out = capsys.readouterr().out
    assert code == 0
    assert f"{ingested} (document 1): would change: 1 gained, 0 lost, 1 changed" in out
    assert out.rstrip().splitlines()[-1].startswith("Dry run, nothing written. 1 document(s)")
    assert list(open_store(database).conn.iterdump()) == before


def test_since_leaves_out_documents_ingested_before_it(ingested, capsys):
    assert main(["reparse", "--since", "2999-01-01"]) == 0

    assert capsys.readouterr().out.strip() == (
        "0 document(s) re-read: 0 changed (0 figure(s) gained, 0 lost, 0 changed), "
        "0 unchanged, 0 without stored text, 0 refused, 0 failed"
    )


def test_a_bad_since_date_is_one_line_not_a_trace(database, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["reparse", "--since", "last week"])

    err = capsys.readouterr().err
    assert exit_.value.code == 2
    assert "argument --since: invalid fromisoformat value: 'last week'" in err
    assert "Traceback" not in err


def test_a_document_without_text_is_one_line_and_the_run_goes_on(ingested, database, capsys):
    db = open_store(database)
    db.execute("delete from document_texts")  # ingested before texts were kept
    db.conn.commit()
    ingested.unlink()

    code = main(["reparse"])

    out = capsys.readouterr().out
    assert code == 0
    assert f"{ingested} (document 1): no stored text, and {ingested} is gone or holds other " in out
    assert "put the original file back there to re-read it" in out
    assert "1 without stored text" in out
