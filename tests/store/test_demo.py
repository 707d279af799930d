"""The demo dataset loads once into an empty store and answers the demo questions."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.db import open_store
from store.demo import load_demo, load_demo_if_empty
from store.ingest import ingest_paths
from store.queries import answer_salary
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


def test_demo_covers_every_rung_for_ml_interns_and_the_other_demo_roles(db):
    load_demo_if_empty(db)

    def sources(role: str, place_key: str) -> set[str]:
        rows = db.query(
            "select source from observations where role = ? and place_key = ?", [role, place_key]
        )
        return {row["source"] for row in rows}

    assert len(sources("ml-intern", "city:US-MA-boston")) >= 3
    assert sources("ml-intern", "metro:US-boston-ma")
    assert sources("ml-intern", "city:US-MA-cambridge") and sources("ml-intern", "state:US-MA")
    assert len(sources("ml-intern", "country:US")) >= 3
    assert sources("data-science-intern", "remote") and sources("data-science-intern", "country:US")
    assert sources("ml-engineer", "city:US-MA-boston")
    statuses = {row["status"] for row in db.query("select status from postings")}
    assert statuses == {"open", "expired"}
    # Every observation is normalised like ingested ones.
    assert db.execute("select count(*) from observations where hourly_min is null").fetchone() == (
        0,
    )


def test_demo_answers_ml_intern_in_boston_at_city_level(db):
    load_demo_if_empty(db)

    answer = answer_salary(db, "ml-intern boston")

    assert answer.problem is None
    assert answer.answered_level == "city"
