"""The demo dataset loads once into an empty store and answers the demo questions."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from store.answer.salary import answer_salary
from store.db import open_store
from store.demo import load_demo, load_demo_if_empty
from store.ingest.run import ingest_paths
from tests.store.ingest_support import JOB_PAGE_SEED, dump, seed


@pytest.fixture
def db(tmp_path: Path):
    return open_store(tmp_path / "salary.db")


def test_demo_loads_into_an_empty_store_once(db):
    assert load_demo_if_empty(db) is True
    before = dump(db)

    assert load_demo_if_empty(db) is False
    assert load_demo(db) is False  # recorded as a "demo" document, so never twice
    assert dump(db) == before
    [document] = db.query("select * from documents")
    assert document["kind"] == "demo"


def test_demo_is_not_loaded_over_real_data(db):
    ingest_paths(db, [seed(JOB_PAGE_SEED)])

    assert load_demo_if_empty(db) is False
    assert db.execute("select count(*) from documents where kind = 'demo'").fetchone()[0] == 0


def test_demo_covers_the_place_ladder_for_ml_interns_and_the_other_demo_roles(db):
    load_demo_if_empty(db)

    def sources(role: str, place_key: str) -> set[str]:
        rows = db.query(
            "select source from observations where role = ? and place_key = ?", [role, place_key]
        )
        return {row["source"] for row in rows}

    assert sources("ml-intern", "city:US-MA-boston") == {"Salary.com"}
    assert sources("ml-intern", "state:US-MA") == {"ZipRecruiter", "Built In"}
    assert sources("ml-intern", "country:US") == {"Built In"}  # Instacart's "All other states"
    assert sources("ml-intern", "remote") == {"Built In"}
    assert sources("ml-engineer", "city:US-MA-boston") == {"Built In"}
    assert sources("data-scientist", "country:US") == {"U.S. Bureau of Labor Statistics"}
    statuses = {row["status"] for row in db.query("select status from postings")}
    assert statuses == {"open", "expired"}
    # Every observation is normalised like ingested ones.
    assert db.execute("select count(*) from observations where hourly_min is null").fetchone() == (
        0,
    )


def test_every_demo_figure_is_a_dated_published_fact_marked_as_demo(db):
    load_demo_if_empty(db)

    rows = list(db.query("select url, as_of, note from observations"))

    assert rows
    assert all(row["url"].startswith("https://") for row in rows)
    assert all(row["as_of"] for row in rows)
    assert all(row["note"].startswith("Demo data.") for row in rows)


def test_pay_by_state_is_one_observation_per_state_as_ingestion_stores_it(db):
    load_demo_if_empty(db)

    rows = db.query(
        "select o.place_key, o.hourly_min, o.hourly_max from observations o"
        " join postings p on p.id = o.posting_id where p.company = 'Instacart'"
    )
    by_place = {row["place_key"]: (row["hourly_min"], row["hourly_max"]) for row in rows}

    assert len(by_place) == 4 + 1 + 15 + 1 + 1  # the states, "All other states", Remote
    assert by_place["state:US-CA"] == (50, 50)
    assert by_place["state:US-WA"] == (47.5, 47.5)
    assert by_place["state:US-MA"] == (45, 45)
    assert by_place["country:US"] == (42, 42)
    assert by_place["remote"] == (42, 50)


def test_demo_answers_ml_intern_in_boston_from_massachusetts_listing_bostons_flagged_figure(db):
    load_demo_if_empty(db)

    answer = answer_salary(db, "ml-intern boston", today=date(2026, 11, 30))

    assert answer.problem is None
    assert answer.answered_level == "state" and answer.answered_at.key == "state:US-MA"
    assert answer.fallback_note.startswith("No consensus for Boston, MA")
    # ZipRecruiter's March 2025 average is older than 18 months: listed with its date.
    assert answer.consensus.source_count == 1
    [stale] = [f for f in answer.sources if f.observation.source == "ZipRecruiter"]
    assert stale.note.startswith("dated 2025-03-01: older than 18 months")
    boston = [f for f in answer.sources if f.place_name == "Boston, MA"]
    [figure] = boston
    assert figure.observation.source == "Salary.com"
    assert figure.published == "$124,052 - $184,190 / year"
    assert figure.observation.as_of.isoformat() == "2026-11-25"
    assert not figure.in_consensus and figure.outlier_reason
