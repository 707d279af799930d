"""docs/examples/ holds one working file per input format docs/input-formats.md describes."""

from __future__ import annotations

import re
from pathlib import Path

from store.db import open_store
from store.ingest.run import ingest_paths

ROOT = Path(__file__).resolve().parents[3]
EXAMPLES = ROOT / "docs" / "examples"
GUIDE = ROOT / "docs" / "input-formats.md"


def test_the_readme_sample_ingests_every_example_from_a_fresh_clone(tmp_path):
    readme = (ROOT / "README.md").read_text()
    assert "python3 run.py ingest docs/examples/" in readme
    db = open_store(tmp_path / "salary.db")

    report = ingest_paths(db, [EXAMPLES])

    assert report.ok
    assert len(report.documents) == len(list(EXAMPLES.iterdir()))
    for document in report.documents:
        assert document.status == "stored", (document.path, document.reason)
        assert document.observations + document.rows_restored >= 1, document.path
    assert {d.kind for d in report.documents} >= {"report", "job_page", "csv", "json"}


def test_the_guide_links_each_example_and_each_exists():
    linked = set(re.findall(r"\(examples/([^)]+)\)", GUIDE.read_text()))

    assert linked == {path.name for path in EXAMPLES.iterdir()}
