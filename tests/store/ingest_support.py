"""Helpers for the ingestion tests: the sample documents, a fresh store, a full dump of it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
REPORT_SEED = "000_64a02e43457dca21.txt"
JOB_PAGE_SEED = "003_2e5ff8a8742c85d1.txt"
STORE_TABLES = ("documents", "postings", "posting_sightings", "observations")


def seed(name: str) -> Path:
    """The sample document ``name``; the test is skipped when the samples are absent."""
    path = SEEDS / name
    if not path.exists():
        pytest.skip(f"sample document {path} is not available")
    return path


def dump(db: Database) -> dict[str, list[dict[str, Any]]]:
    """Every row of every ingestion table, in id order: the store's whole content."""
    return {table: list(db.query(f"select * from [{table}] order by id")) for table in STORE_TABLES}


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
