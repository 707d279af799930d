"""What the pay-table tests share: a sample table, a folder's table ingested into a real store, and
what it stored."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlite_utils import Database

from store.db import open_store
from store.ingest.results import DocumentResult
from store.ingest.run import ingest_paths
from tests.store.ingest_support import write

ROOT = Path(__file__).resolve().parents[3]
EXAMPLES = ROOT / "docs" / "examples"
PAY_TABLE_EXAMPLE = EXAMPLES / "pay-table.csv"
TODAY = date(2026, 12, 1)
SAMPLE = """\
Job Title,Location,Base Min,Base Max,Pay Type,Source URL
Software Engineer II,"Austin, TX",135000,165000,Annual,https://careers.example.com/jobs/1
Warehouse Associate,"Reno, NV",19.50,23.00,Hourly,https://careers.example.com/jobs/2
"""


def ingest_table(folder: Path, name: str, text: str) -> tuple[Database, DocumentResult]:
    db = open_store(folder / "salary.db")
    skipped: list[DocumentResult] = []
    report = ingest_paths(db, [write(folder / name, text)], on_document=skipped.append)
    [result] = report.documents
    return db, result.model_copy(update={"skipped": skipped[0].skipped})


def kept(db: Database) -> list[dict]:
    return list(db.query("select * from observations order by id"))


def one_figure(folder: Path, header: str, row: str, name: str = "pay.csv") -> dict:
    db, result = ingest_table(folder, name, f"{header}\n{row}\n")
    assert result.status == "stored", result.reason
    [figure] = kept(db)
    return figure


def left_out_reasons(result: DocumentResult) -> list[str]:
    return [f"{skip.what}: {skip.reason}" for skip in result.skipped]
