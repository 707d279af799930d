"""The reparse tests' store, and report A ingested into it."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.db import open_store
from store.ingest.run import ingest_paths
from tests.store.ingest.reparse.support import ZIP_RESULT, report, salary_result
from tests.store.ingest_support import write


@pytest.fixture
def db(tmp_path: Path):
    return open_store(tmp_path / "salary.db")


@pytest.fixture
def doc_a(db, tmp_path: Path) -> Path:
    """Report A ingested: Salary.com's Boston range and ZipRecruiter's state average."""
    path = write(tmp_path / "inbox" / "a.txt", report(salary_result(100_000, 120_000), ZIP_RESULT))
    assert ingest_paths(db, [path]).ok
    return path
