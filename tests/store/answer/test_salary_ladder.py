"""`answer_salary` walking the place ladder: city, metro, state, nation, remote."""

from __future__ import annotations

import pytest

from store.answer.salary import answer_salary
from tests.store.answer_support import (
    BOSTON,
    BOSTON_METRO,
    MASSACHUSETTS,
    NATIONAL,
    REMOTE,
    SEATTLE,
)
from tests.store_rows import observe

# Figures here carry fixed 2026 dates; answers judge their age against today.
pytestmark = pytest.mark.usefixtures("answer_day")


def test_a_city_with_figures_answers_itself_without_a_fallback_note(db):
    observe(db, BOSTON, 40_000, 50_000)
    observe(db, NATIONAL, 90_000, 99_000)
    answer = answer_salary(db, "ml-intern boston")
    assert (answer.answered_at.key, answer.answered_level) == (BOSTON, "city")
    assert answer.fallback_note is None
    assert [f.annual_mid for f in answer.sources] == [45_000]


def test_a_city_without_figures_falls_back_to_its_metro_which_gathers_its_cities(db):
    city = observe(db, BOSTON, 40_000, 50_000)
    metro = observe(db, BOSTON_METRO, 50_000, 60_000)
    observe(db, SEATTLE, 90_000, 99_000)
    answer = answer_salary(db, "ml-intern cambridge, ma")
    assert (answer.answered_at.key, answer.answered_level) == (BOSTON_METRO, "metro")
    assert answer.fallback_note.startswith("No figures for Cambridge, MA; showing ")
    assert "metro" in answer.fallback_note
    assert {f.observation.id for f in answer.sources} == {city.id, metro.id, None}
    assert {f.observation.source for f in answer.sources if f.observation.id is None} == {
        "BLS OEWS"
    }


def test_a_city_without_metro_figures_falls_back_to_state_figures(db):
    state = observe(db, MASSACHUSETTS, 45, period="hour", kind="point", region="MA, NH")
    observe(db, NATIONAL, 90_000, 99_000)
    answer = answer_salary(db, "ml-intern cambridge, ma")
    assert (answer.answered_at.key, answer.answered_level) == (MASSACHUSETTS, "state")
    assert answer.fallback_note == "No figures for Cambridge, MA; showing Massachusetts."
    # The state's own figure, and the occupation's state wages listed as context.
    assert [f.observation.id for f in answer.sources] == [state.id, None]
    assert answer.sources[1].observation.source == "BLS OEWS"


def test_a_place_without_local_figures_falls_back_to_national_figures(db):
    observe(db, NATIONAL, 40_000, 50_000)
    answer = answer_salary(db, "ml-intern seattle")
    assert (answer.answered_at.key, answer.answered_level) == (NATIONAL, "national")
    assert answer.fallback_note.startswith("No figures for Seattle, WA; showing United States")


def test_no_place_means_national(db):
    observe(db, BOSTON, 10_000, 20_000)
    observe(db, NATIONAL, 40_000, 50_000)
    answer = answer_salary(db, "ml-intern")
    assert answer.answered_level == "national"
    assert answer.fallback_note is None
    assert answer.consensus.annual == 45_000


def test_remote_answers_from_remote_figures_first(db):
    observe(db, REMOTE, 30_000, 40_000, role="data-science-intern")
    observe(db, NATIONAL, 40_000, 50_000, role="data-science-intern")
    answer = answer_salary(db, "data science intern remote")
    assert (answer.answered_at.key, answer.answered_level, answer.fallback_note) == (
        REMOTE,
        "remote",
        None,
    )


def test_remote_without_remote_figures_falls_back_to_national_and_says_so(db):
    observe(db, NATIONAL, 40_000, 50_000, role="data-science-intern")
    answer = answer_salary(db, "data science intern remote")
    assert answer.answered_level == "national"
    assert answer.fallback_note.startswith("No Remote figures; showing national figures")
