"""Answers with the built-in OEWS wages: a source of its own kind, never intern pay."""

from __future__ import annotations

import pytest

from store.answer.salary import answer_salary
from store.db import open_store
from tests.store_rows import observe

# Figures here carry fixed 2026 dates; answers judge their age against today.
pytestmark = pytest.mark.usefixtures("answer_day")

HOUSTON_METRO = "Houston-Pasadena-The Woodlands, TX"


@pytest.fixture
def db(tmp_path):
    return open_store(tmp_path / "s.db")


def test_a_role_without_sources_answers_at_its_metro_from_oews(db):
    answer = answer_salary(db, "registered nurse houston")
    assert (answer.answered_level, answer.answered_at.name) == ("metro", HOUSTON_METRO)
    (figure,) = answer.sources
    assert (figure.observation.source, figure.observation.kind) == ("BLS OEWS", "median")
    assert figure.source_kind_label == "government survey"
    assert figure.observation.as_of.isoformat() == "2025-05-01"
    assert answer.consensus.annual == answer.survey.annual.median
    assert answer.survey_label == "pay of the occupation, all levels"


def test_a_senior_role_reads_its_levels_band_labelled_as_a_proxy(db):
    answer = answer_salary(db, "senior software engineer seattle")
    (figure,) = answer.sources
    survey = answer.survey
    assert (figure.observation.min_amount, figure.observation.max_amount) == (
        survey.annual.p75,
        survey.annual.p90,
    )
    assert "standing in for senior-level pay" in figure.stands_for
    assert answer.query.role.slug == "senior-software-engineer"


def test_an_intern_role_gets_oews_as_context_never_as_intern_pay(db):
    answer = answer_salary(db, "mechanical engineering intern detroit")
    assert answer.query.role.slug == "mechanical-engineer-intern"
    assert answer.query.place.name == "Detroit, MI"
    assert answer.consensus is None
    (figure,) = answer.sources
    assert not figure.in_consensus
    assert "not intern pay" in figure.note
    assert answer.message.startswith("No Mechanical Engineer Intern figures from any source")


def test_sources_and_oews_make_one_consensus_for_a_full_time_role(db):
    observe(db, "city:US-TX-houston", 40, 46, role="registered-nurse", period="hour")
    answer = answer_salary(db, "registered nurse houston")
    assert answer.answered_level == "city"
    # The city has a source's figure: the city answers, without the metro's OEWS row.
    assert [f.observation.source for f in answer.sources] != ["BLS OEWS"]
    metro = answer_salary(db, "registered nurse pasadena, tx")
    assert {f.observation.source for f in metro.sources} >= {"BLS OEWS"}
    assert metro.consensus.source_count == 2


def test_an_employer_posting_under_the_occupations_median_is_not_called_full_time(db):
    # $47.50 an hour ($98,800 a year): an employer's PhD intern rate, under 90% of the
    # Boston metro's median pay of its occupation, beside two lower estimates of one site.
    posting = observe(db, "city:US-MA-boston", 47.5, period="hour", kind="point")
    observe(db, "city:US-MA-boston", 48_230, kind="average", source="estimates.example")
    observe(db, "city:US-MA-boston", 36_800, 52_100, source="estimates.example")
    answer = answer_salary(db, "ml intern boston")
    figure = next(f for f in answer.sources if f.observation.id == posting.id)
    assert figure.in_consensus and figure.outlier_reason is None


def test_places_abroad_are_never_answered_with_us_pay(db):
    for question in ("software engineer london", "nurse toronto", "swe bangalore"):
        answer = answer_salary(db, question)
        assert answer.query.place.country != "US", question
        assert answer.problem == "no_data", question
        assert "read for the 50 states, DC, Puerto Rico, Guam and the US" in answer.message
    observe(db, "city:GB-london", 55_000, 70_000, role="software-engineer", currency="GBP")
    london = answer_salary(db, "software engineer london")
    assert london.consensus.currency == "GBP"
    assert [f.observation.source for f in london.sources] != ["BLS OEWS"]


@pytest.mark.parametrize(
    ("question", "place", "area"),
    [
        ("registered nurse san juan pr", "San Juan-Bayamon-Caguas, PR", "0041980"),
        ("registered nurse 00901", "San Juan-Bayamon-Caguas, PR", "0041980"),
        ("registered nurse puerto rico", "Puerto Rico", "7200000"),
        ("accountant guam", "Guam", "6600000"),
        ("accountant usvi", "Virgin Islands", "7800000"),
    ],
)
def test_the_territories_oews_publishes_are_answered_with_their_own_wages(
    db, question, place, area
):
    answer = answer_salary(db, question)
    assert answer.problem is None, answer.message
    assert answer.answered_at.name == place and answer.answered_at.area_code == area
    assert answer.consensus is not None


def test_a_foreign_country_named_like_a_territory_stays_abroad(db):
    answer = answer_salary(db, "accountant british virgin islands")
    assert answer.query.place.key == "country:VG"
    assert answer.problem == "no_data"


def test_a_stored_role_of_its_own_can_be_asked_about(db):
    observe(db, "city:US-MA-boston", 40_000, 60_000, role="doula")
    answer = answer_salary(db, "doula boston")
    assert answer.query.role.slug == "doula"
    assert answer.consensus.annual == 50_000
    assert answer_salary(db, "zorblax wrangler boston").problem == "unknown_role"
