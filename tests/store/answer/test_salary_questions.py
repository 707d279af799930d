"""`answer_salary` reading the question: role and place, and what it says when it can't.

Each test writes real observations into a fresh SQLite store and asks a question.
"""

from __future__ import annotations

import pytest

from store.answer.parse import parse_salary_query
from store.answer.salary import answer_salary
from store.resolve.places import suggest_places
from store.resolve.role_suggestions import suggest_roles
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


@pytest.mark.parametrize(
    ("text", "role", "place"),
    [
        ("ml-intern boston", "ml-intern", BOSTON),
        ("machine learning intern in Boston, MA", "ml-intern", BOSTON),
        ("ml intern ma", "ml-intern", MASSACHUSETTS),
        ("data science intern remote", "data-science-intern", REMOTE),
        ("ml-intern", "ml-intern", NATIONAL),
        ("Machine Learning Intern, Boston", "ml-intern", BOSTON),
        ("boston ml intern", "ml-intern", BOSTON),
    ],
)
def test_a_question_splits_into_role_and_place(text, role, place):
    query = parse_salary_query(text)
    assert (query.role.slug, query.place.key) == (role, place)


@pytest.mark.parametrize(
    ("text", "role", "place"),
    [
        ("software engineer intern seattle", "software-engineer-intern", "city:US-WA-seattle"),
        ("data science intern new york", "data-science-intern", "city:US-NY-new-york-city"),
        (
            "what does a machine learning intern make in boston ma",
            "ml-intern",
            BOSTON,
        ),
        ("ml intern greater boston", "ml-intern", BOSTON_METRO),
    ],
)
def test_the_longest_role_and_the_most_specific_place_win(text, role, place):
    query = parse_salary_query(text)
    assert (query.role.slug, query.place.key) == (role, place)


def test_a_long_run_of_unknown_words_is_an_unknown_place_not_a_slow_search():
    query = parse_salary_query("ml intern " + "blah " * 40 + "boston")
    assert query.role.slug == "ml-intern"
    assert query.place is None and query.place_text.startswith("blah blah")


def test_the_reading_says_how_the_question_was_read():
    assert parse_salary_query("ml intern in boston").reading == (
        "Read as Machine Learning Intern in Boston, MA"
    )
    assert "nationally" in parse_salary_query("ml-intern").reading
    typo = parse_salary_query("machine lerning intern boston")
    assert typo.notes == ["Read “machine lerning intern” as Machine Learning Intern."]


def test_words_after_a_known_role_that_name_no_place_are_kept_as_the_unknown_place():
    query = parse_salary_query("ml-intern qqxxzz")
    assert query.role.slug == "ml-intern"
    assert (query.place, query.place_text) == (None, "qqxxzz")


def test_an_empty_question_asks_for_a_role_and_a_place(db):
    answer = answer_salary(db, "   ")
    assert answer.problem == "empty"
    assert "ml-intern boston" in answer.message


def test_an_unknown_role_suggests_roles_and_says_which_have_figures(db):
    observe(db, BOSTON, 40_000, 50_000)
    answer = answer_salary(db, "zorblax wrangler in boston")
    assert answer.problem == "unknown_role"
    assert answer.query.role_text == "zorblax wrangler"
    assert answer.message == "I don't know the role “zorblax wrangler”."
    assert answer.role_suggestions == suggest_roles("zorblax wrangler", 3)
    assert answer.coverage_hint == "Roles with figures: Machine Learning Intern."


@pytest.mark.parametrize(
    ("question", "role_text", "first_suggestion", "place"),
    [
        ("developer wrangler sf", "developer wrangler", "software-engineer", "San Francisco, CA"),
        ("lpn coordinator dallas", "lpn coordinator", "lpn", "Dallas, TX"),
    ],
)
def test_a_known_name_followed_by_other_words_then_a_place_is_an_unknown_role_there(
    db, question, role_text, first_suggestion, place
):
    # Not "I know the role Software Engineer but not the place 'advocate sf'".
    answer = answer_salary(db, question)
    assert answer.problem == "unknown_role"
    assert answer.message == f"I don't know the role “{role_text}”."
    assert answer.query.place.name == place
    assert answer.role_suggestions[0].slug == first_suggestion


def test_a_job_named_by_its_head_alone_asks_which_kind_commonest_first(db):
    answer = answer_salary(db, "teacher boston")
    assert answer.problem == "unknown_role"
    assert answer.message == "“teacher” covers several roles: which one?"
    assert [r.slug for r in answer.role_suggestions][:2] == [
        "elementary-school-teacher",
        "high-school-teacher",
    ]
    assert answer.query.place.name == "Boston, MA"


def test_leftover_words_with_no_place_after_them_are_still_an_unknown_place(db):
    answer = answer_salary(db, "data scientist qqxxzz")
    assert answer.problem == "unknown_place"
    assert answer.query.role.slug == "data-scientist"


def test_a_misspelt_role_is_still_read(db):
    assert parse_salary_query("machine lerning intern boston").role.slug == "ml-intern"


def test_an_unknown_place_suggests_places_and_says_where_the_role_has_figures(db):
    observe(db, BOSTON, 40_000, 50_000)
    answer = answer_salary(db, "ml-intern qqxxzz")
    assert answer.problem == "unknown_place"
    assert "qqxxzz" in answer.message
    assert answer.place_suggestions == suggest_places("qqxxzz", 3)
    assert answer.coverage_hint == "Machine Learning Intern has figures for: Boston, MA."


def test_a_role_only_the_bls_survey_covers_is_not_called_one_without_figures(db):
    observe(db, BOSTON, 40_000, 50_000)  # the store has documents, none for accountants
    for question in ("accountant qqxxzz", "accountant london"):
        answer = answer_salary(db, question)
        assert answer.problem in ("unknown_place", "no_data")
        assert "The store has no figures for Accountant" not in answer.coverage_hint
        assert answer.coverage_hint.startswith("No document has given Accountant figures yet.")
        assert "`/salary accountant` answers nationally" in answer.coverage_hint
    assert answer_salary(db, "accountant").problem is None  # as the hint says


def test_a_comparison_answers_the_first_place_and_puts_every_place_side_by_side(db):
    observe(db, BOSTON, 40_000, 50_000, source="a.example")
    observe(db, BOSTON, 44_000, 54_000, source="b.example")
    observe(db, SEATTLE, 60_000, 70_000, source="a.example")

    answer = answer_salary(db, "ml-intern boston vs seattle or zurich")

    assert answer.answered_at.key == BOSTON
    assert {f.observation.place_key for f in answer.sources} == {BOSTON}
    boston, seattle, zurich = answer.comparisons
    assert (boston.asked.key, boston.consensus) == (BOSTON, answer.consensus)
    assert (seattle.asked.key, seattle.answered_at.key) == (SEATTLE, SEATTLE)
    assert seattle.consensus.annual == 65_000
    assert zurich.consensus is None and zurich.message.startswith("No Machine Learning Intern")
    assert answer_salary(db, "ml-intern boston").comparisons == []
    assert answer_salary(db, "zorblax boston vs seattle").comparisons == []  # no answer


@pytest.mark.parametrize("zip_code", ["99999", "00000"])
def test_a_five_digit_place_no_zip_code_has_is_said_to_be_no_zip_in_use(db, zip_code):
    answer = answer_salary(db, f"accountant {zip_code}")
    assert answer.problem == "unknown_place"
    assert answer.message == (
        f"I know the role Accountant, but “{zip_code}” is not a US ZIP code in use: "
        "check it, or name the city or state."
    )


def test_a_comparison_of_many_places_answers_five_and_names_the_rest(db):
    cities = ["boston", "seattle", "austin", "denver", "miami", "chicago", "phoenix"]
    answer = answer_salary(db, "accountant " + " vs ".join(cities))

    assert [c.asked.name for c in answer.comparisons] == [
        "Boston, MA", "Seattle, WA", "Austin, TX", "Denver, CO", "Miami, FL"
    ]  # fmt: skip
    assert answer.query.notes[-1] == (
        "Compared the first 5 places; ask again for Chicago, IL, Phoenix, AZ."
    )


def test_an_intern_role_is_never_pointed_at_the_survey_as_its_answer(db):
    answer = answer_salary(db, "data science intern qqxxzz")
    assert answer.problem == "unknown_place"
    assert "BLS" not in answer.coverage_hint


def test_without_sources_an_intern_question_shows_official_full_time_pay_as_context_only(db):
    observe(db, SEATTLE, 40_000, 50_000)
    answer = answer_salary(db, "ml-intern boston")
    assert answer.problem is None and answer.consensus is None
    (figure,) = answer.sources
    assert figure.observation.source == "BLS OEWS"
    assert figure.source_kind_label == "government survey"
    assert not figure.in_consensus
    assert figure.note.startswith("Full-time pay of ")
    assert "not intern pay" in figure.note
    assert answer.survey is not None and "not intern pay" in answer.survey_label
