"""JobSpy's export files (CSV, JSON, JSON lines) ingest as postings with their pay."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from store.collect.postings import PostingsConfig, collect_postings
from store.db import open_store
from store.ingest.run import ingest_paths
from tests.jobspy_support import frame, sample_jobs, save
from tests.store.ingest_support import dump


@pytest.mark.parametrize("suffix", [".csv", ".json", ".jsonl"])
def test_a_jobspy_export_ingests_one_posting_per_job(tmp_path, suffix):
    path = tmp_path / f"jobs{suffix}"
    save(sample_jobs(), path)
    db = open_store(tmp_path / "s.db")

    report = ingest_paths(db, [path])

    [result] = report.documents
    assert result.status == "stored", result.reason
    assert (result.postings_new, result.postings_updated) == (3, 1)  # LinkedIn + Indeed: one job
    rows = dump(db)
    by_company = {p["company"]: p for p in rows["postings"]}
    xometry = by_company["Xometry"]
    assert (xometry["source"], xometry["site_job_id"]) == ("LinkedIn", "4012345678")
    assert xometry["url"] == "https://www.linkedin.com/jobs/view/4012345678"
    assert (xometry["place_key"], xometry["role"]) == ("city:US-MA-boston", "ml-intern")
    assert (xometry["min_amount"], xometry["max_amount"], xometry["period"]) == (35, 45, "hour")
    assert (xometry["currency"], xometry["posted_date"]) == ("USD", "2026-11-25")
    assert xometry["employment_type"] == "internship"
    sightings = [s for s in rows["posting_sightings"] if s["posting_id"] == xometry["id"]]
    assert {s["source"] for s in sightings} == {"LinkedIn", "Indeed"}
    remote = by_company["Acme Robotics"]
    assert (remote["place_key"], remote["workplace"]) == ("remote", "remote")
    assert (remote["annual_min"], remote["annual_max"]) == (60000, 75000)
    assert by_company["Nopay Labs"]["min_amount"] is None
    pay = [o for o in rows["observations"] if o["source"] == "LinkedIn"]
    assert [(o["kind"], o["source_kind"], o["hourly_min"]) for o in pay] == [
        ("range", "employer_posting", 35.0)
    ]


def test_the_three_export_formats_store_the_same_postings(tmp_path):
    stores = {}
    for suffix in (".csv", ".json", ".jsonl"):
        save(sample_jobs(), tmp_path / f"jobs{suffix}")
        db = open_store(tmp_path / f"{suffix[1:]}.db")
        ingest_paths(db, [tmp_path / f"jobs{suffix}"])
        stores[suffix] = [
            {k: v for k, v in p.items() if k not in ("document_id", "first_seen", "last_seen")}
            for p in dump(db)["postings"]
        ]
    assert stores[".csv"] == stores[".json"] == stores[".jsonl"]


def test_collect_postings_saves_the_rows_and_ingests_them(tmp_path):
    asked = {}

    def boards(**kwargs):  # stands in for the boards: JobSpy's own frame of JobPost rows
        asked.update(kwargs)
        return frame(sample_jobs())

    db = open_store(tmp_path / "s.db")
    now = datetime(2026, 11, 30, 7, 0, tzinfo=UTC)
    done = collect_postings(
        db, "ml intern boston", PostingsConfig(folder=tmp_path / "r"), now=now, scrape=boards
    )

    assert asked["search_term"] == "Machine Learning Intern"
    assert asked["location"] == "Boston, MA" and asked["hours_old"] == 168
    assert done.path.suffix == ".jsonl" and done.rows == 4
    assert done.document.postings_new == 3
