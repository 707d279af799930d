"""Research reports: written in the sample format, ingested, and re-ingested to the same figures."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from store.collect.report import merge_results
from store.collect.research import ResearchError, TavilyConfig, research
from store.db import open_store
from store.ingest.documents import parse_document
from store.ingest.report import looks_like_report
from store.ingest.run import ingest_paths
from tests.collect_support import seed_pages

NOW = datetime(2026, 11, 30, 7, 0, tzinfo=UTC)
# What differs between two stores holding the same figures.
STORE_ONLY = {"id", "document_id", "posting_id", "ingested_at"}


@pytest.fixture
def config(tavily_standin, tmp_path):
    tavily_standin.pages = seed_pages()
    return TavilyConfig(
        api_key=tavily_standin.api_key, api_url=tavily_standin.url, folder=tmp_path / "research"
    )


def figures(db) -> list[dict]:
    rows = db.query("select * from observations order by url, min_amount, max_amount, place_key")
    return [{k: v for k, v in row.items() if k not in STORE_ONLY} for row in rows]


def test_a_stored_report_re_ingests_to_the_same_figures(config, tmp_path):
    first = open_store(tmp_path / "first.db")
    done = research(first, "machine learning intern boston", config, now=NOW)
    assert done.document.status == "stored" and done.document.observations > 0

    again = open_store(tmp_path / "again.db")
    report = ingest_paths(again, [done.path])

    assert report.ok and report.documents[0].kind == "report"
    assert figures(again) == figures(first)
    assert {o["as_of"] for o in figures(again)} >= {"2026-11-30"}  # dated by its Retrieved line


def test_the_report_reads_as_a_report_and_names_its_date(config, tmp_path):
    done = research(open_store(tmp_path / "s.db"), "ml intern boston", config, now=NOW)
    text = done.path.read_text(encoding="utf-8")

    assert looks_like_report(text)
    assert parse_document(done.path).doc_date.isoformat() == "2026-11-30"
    assert done.path.name == "2026-11-30-ml-intern-boston-ma.txt"


def test_a_second_run_the_same_day_keeps_the_first_report(config, tmp_path):
    db = open_store(tmp_path / "s.db")
    first = research(db, "ml intern boston", config, now=NOW)
    second = research(db, "ml intern boston", config, now=NOW)

    assert first.path != second.path and first.path.exists()
    assert second.document.status == "already_ingested"  # the same bytes: nothing added twice


def test_nothing_found_writes_no_report(config, tavily_standin, tmp_path):
    tavily_standin.pages = []
    with pytest.raises(ResearchError, match="found nothing"):
        research(open_store(tmp_path / "s.db"), "ml intern boston", config, now=NOW)
    assert not list(config.folder.glob("*.txt"))


def test_merging_keeps_one_result_per_page_with_its_best_score():
    merged = merge_results(
        [
            [{"url": "https://a.com/x/", "title": "A", "content": "a", "score": 0.2}],
            [{"url": "https://A.com/x#top", "title": "A", "content": "a", "score": 0.9},
             {"url": "", "title": "no url", "content": "b", "score": 1.0}],
        ]
    )  # fmt: skip
    assert merged == [{"url": "https://A.com/x#top", "title": "A", "content": "a", "score": 0.9}]
