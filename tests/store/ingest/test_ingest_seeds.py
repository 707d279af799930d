"""Ingesting the two sample documents stores exactly their figures, attributed and dated."""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import pytest

from store.db import open_store
from store.ingest.documents import ingest_document
from store.ingest.run import ingest_paths
from tests.store.ingest_support import JOB_PAGE_SEED, REPORT_SEED, dump, seed


@pytest.fixture
def db(tmp_path: Path):
    return open_store(tmp_path / "salary.db")


def observations(db, **where) -> list[dict]:
    clauses = " and ".join(f"[{column}] is ?" for column in where) or "1"
    sql = f"select * from observations where {clauses} order by id"
    return list(db.query(sql, list(where.values())))


def amounts(rows: list[dict]) -> set[tuple[float | None, float | None]]:
    return {(row["min_amount"], row["max_amount"]) for row in rows}


def test_the_report_stores_each_results_own_figures_and_no_noise(db):
    result = ingest_document(db, seed(REPORT_SEED))

    assert result.status == "stored" and result.kind == "report"
    # The summary paragraph is not a source; dates and scores are not figures. The other
    # job titles' pay in Built In's salary table is kept under those titles' roles.
    assert amounts(observations(db)) == {
        (124052, 184190),  # Salary.com, ML intern, Boston
        (164700, 164700), (44000, 170000), (10000, 10000), (174700, 174700),  # Built In, MLE
        (137800, 155000), (117100, 131800),  # LinkedIn posting, Region 1 and 2
        (50, 50), (47.5, 47.5), (45, 45), (42, 42), (42, 50),  # Instacart by state group
        (22.36, 22.36), (46507, 46507),  # ZipRecruiter, MLE intern, Massachusetts
        (70857, 70857), (45000, 103000), (75000, 75000), (78363, 78363), (60000, 140000),
        (94944, 94944), (70000, 126000), (96667, 96667), (90000, 110000),
        (102657, 102657), (70000, 180000), (107579, 107579), (75000, 180000),  # other roles
    }  # fmt: skip


def test_salary_com_range_for_ml_interns_in_boston(db):
    ingest_document(db, seed(REPORT_SEED))

    [row] = observations(db, source="Salary.com")
    assert (row["role"], row["place_key"], row["place_level"]) == (
        "ml-intern", "city:US-MA-boston", "city",
    )  # fmt: skip
    assert (row["kind"], row["min_amount"], row["max_amount"], row["period"]) == (
        "range", 124052, 184190, "year",
    )  # fmt: skip
    assert row["source_kind"] == "site_estimate"
    assert row["url"].startswith("https://www.salary.com/research/salary/")
    assert row["hourly_min"] == 59.64 and row["annual_max"] == 184190


def test_built_in_mle_figures_are_self_reported_and_keep_what_they_cover(db):
    ingest_document(db, seed(REPORT_SEED))

    rows = observations(db, source="Built In", posting_id=None, role="ml-engineer")
    assert {(r["place_key"], r["source_kind"]) for r in rows} == {
        ("city:US-MA-boston", "self_reported")
    }
    by_figure = {(r["kind"], r["covers"], r["min_amount"], r["max_amount"]) for r in rows}
    assert by_figure == {
        ("average", None, 164700, 164700),
        ("range", None, 44000, 170000),
        ("average", "additional_cash", 10000, 10000),
        ("average", "total", 174700, 174700),
    }


def test_linkedin_posting_keeps_both_regional_base_ranges(db):
    ingest_document(db, seed(REPORT_SEED))

    [posting] = db.query("select * from postings where source = 'LinkedIn'")
    assert posting["site_job_id"] == "3786805101"
    assert (
        posting["canonical_url"] == "https://www.linkedin.com/jobs/search?currentJobId=3786805101"
    )
    headline = (posting["min_amount"], posting["max_amount"], posting["period"])
    assert headline == (117100, 155000, "year")
    rows = observations(db, posting_id=posting["id"])
    assert {(r["region"], r["min_amount"], r["max_amount"], r["covers"]) for r in rows} == {
        ("Region 1", 137800, 155000, "base"),
        ("Region 2", 117100, 131800, "base"),
    }
    assert {r["source_kind"] for r in rows} == {"employer_posting"}


def test_instacart_remote_posting_pay_is_stored_per_state(db):
    ingest_document(db, seed(REPORT_SEED))

    [posting] = db.query("select * from postings where company = 'Instacart'")
    assert (posting["place_key"], posting["workplace"], posting["role"]) == (
        "remote", "remote", "ml-intern",
    )  # fmt: skip
    assert (posting["min_amount"], posting["max_amount"], posting["period"]) == (42, 50, "hour")
    rows = observations(db, posting_id=posting["id"])
    pay_at = {r["place_key"]: (r["min_amount"], r["period"]) for r in rows}
    assert pay_at["state:US-CA"] == pay_at["state:US-NJ"] == (50, "hour")
    assert pay_at["state:US-WA"] == (47.5, "hour")
    assert pay_at["state:US-MA"] == (45, "hour")  # in the "OR, DE, ME, MA, ..." group
    assert pay_at["country:US"] == (42, "hour")  # "All other states"
    assert pay_at["remote"] == (42, "hour")  # the whole table's range, for Remote
    [massachusetts] = [r for r in rows if r["place_key"] == "state:US-MA"]
    assert "MA" in massachusetts["region"].split(", ")
    assert "inferred" in massachusetts["note"]  # the page gives no period


def test_ziprecruiter_massachusetts_figures_are_dated_as_the_page_says(db):
    ingest_document(db, seed(REPORT_SEED))

    rows = observations(db, source="ZipRecruiter")
    assert {(r["min_amount"], r["period"], r["kind"]) for r in rows} == {
        (22.36, "hour", "average"),
        (46507, "year", "average"),
    }
    assert {(r["role"], r["place_key"], r["as_of"]) for r in rows} == {
        ("ml-intern", "state:US-MA", "2025-03-01")
    }


def test_job_page_board_statistics_for_washington(db):
    result = ingest_document(db, seed(JOB_PAGE_SEED))

    assert result.kind == "job_page"
    rows = observations(db, posting_id=None)
    figures = {(r["kind"], r["min_amount"], r["max_amount"], r["period"], r["as_of"]) for r in rows}
    assert figures == {
        ("average", 48230, 48230, "year", "2026-05-28"),
        ("range", 36800, 52100, "year", "2026-05-28"),
        ("average", 23.2, 23.2, "hour", "2026-05-01"),
    }
    assert {(r["source"], r["role"], r["place_key"]) for r in rows} == {
        ("ZipRecruiter", "ml-intern", "state:US-WA")
    }
    # The page states no URL: the site's home page, said so, never an invented deep link.
    assert {r["url"] for r in rows} == {"https://www.ziprecruiter.com/"}
    assert all("states no URL" in r["note"] for r in rows)


def test_job_page_expired_xometry_posting(db):
    ingest_document(db, seed(JOB_PAGE_SEED))

    [posting] = db.query("select * from postings")
    assert (posting["company"], posting["title"], posting["role"]) == (
        "Xometry", "Machine Learning Intern", "ml-intern",
    )  # fmt: skip
    assert posting["place_key"] == "city:US-MD-north-bethesda"
    assert posting["workplace"] == "hybrid"
    assert (posting["min_amount"], posting["period"], posting["pay_text"]) == (27, "hour", "$27/hr")
    assert posting["status"] == "expired" and posting["closed_at"] is not None
    assert (posting["start_date"], posting["end_date"]) == ("2026-06-08", "2026-08-14")
    assert posting["canonical_url"] is None  # a home page identifies no posting
    [pay] = observations(db, posting_id=posting["id"])
    assert (pay["min_amount"], pay["period"], pay["term_weeks"]) == (27, "hour", 10)
    assert pay["source_kind"] == "employer_posting"
    # Noise on the page: GPA, hours a week, employee counts, years, percentages, chart axis.
    assert amounts(observations(db)) == {(48230, 48230), (36800, 52100), (23.2, 23.2), (27, 27)}


def test_figures_without_a_stated_date_take_the_files_date(db, tmp_path):
    copy = tmp_path / "report.txt"
    shutil.copy(seed(REPORT_SEED), copy)
    os.utime(copy, (1_780_000_000, 1_780_000_000))  # 2026-05-28

    ingest_document(db, copy)

    [row] = observations(db, source="Salary.com")
    assert row["as_of"] == "2026-05-28"
    [document] = db.query("select * from documents")
    assert document["doc_date"] == "2026-05-28" and document["kind"] == "report"


def test_the_same_file_twice_adds_nothing(db):
    report = ingest_paths(db, [seed(REPORT_SEED), seed(JOB_PAGE_SEED)])
    before = dump(db)

    again = ingest_paths(db, [seed(REPORT_SEED), seed(JOB_PAGE_SEED)])

    assert report.ok and again.ok
    assert [r.status for r in again.documents] == ["already_ingested", "already_ingested"]
    assert dump(db) == before


def test_a_later_copy_with_a_changed_figure_adds_a_snapshot_beside_the_old(db, tmp_path):
    ingest_document(db, seed(JOB_PAGE_SEED))
    text = seed(JOB_PAGE_SEED).read_text()
    changed = tmp_path / "later.txt"
    changed.write_text(text.replace("$36,800.00 and", "$37,500.00 and"))
    # The same document date: figures the page leaves undated take the file's date.
    seed_mtime = seed(JOB_PAGE_SEED).stat().st_mtime
    os.utime(changed, (seed_mtime, seed_mtime))

    result = ingest_document(db, changed)

    assert result.status == "stored"
    assert result.observations == 1  # only the changed figure is new
    assert result.postings_updated == 1 and result.postings_new == 0
    ranges = observations(db, kind="range", period="year")
    assert [(r["min_amount"], r["max_amount"]) for r in ranges] == [(36800, 52100), (37500, 52100)]
    assert {r["as_of"] for r in ranges} == {date(2026, 5, 28).isoformat()}
    assert db["posting_sightings"].count == 2


def test_a_run_gives_skipped_figures_to_on_document_and_keeps_only_their_count(db):
    seen = []

    report = ingest_paths(db, [seed(JOB_PAGE_SEED)], on_document=seen.append)

    [given], [kept] = seen, report.documents
    assert given.skipped and given.skipped_count == len(given.skipped)
    assert kept.skipped == [] and kept.skipped_count == given.skipped_count
    assert f"skipped {given.skipped_count}" in kept.summary()
