"""`answer_salary`: reading the question, walking the place ladder, pricing the role.

Each test writes real observations into a fresh SQLite store and asks a question.
"""

from __future__ import annotations

import statistics
from datetime import date, datetime

import pytest

from display.money import format_published
from store.answer.coverage import store_coverage
from store.answer.parse import parse_salary_query
from store.answer.salary import answer_salary
from store.answer.verdicts import medians_without_each
from store.db import connect, open_store
from store.models import Observation, Posting
from store.resolve.places import suggest_places
from store.resolve.role_suggestions import suggest_roles
from store.schema import migrations
from tests.store_rows import observe

# Figures here carry fixed 2026 dates; answers judge their age against today.
pytestmark = pytest.mark.usefixtures("answer_day")

BOSTON = "city:US-MA-boston"
CAMBRIDGE = "city:US-MA-cambridge"
BOSTON_METRO = "metro:US-boston-ma"
MASSACHUSETTS = "state:US-MA"
SEATTLE = "city:US-WA-seattle"
NATIONAL = "country:US"
REMOTE = "remote"
OFFICIAL_FULL_TIME = (
    "intern figure looks like full-time pay: at or above 90% of the median full-time pay of "
)


@pytest.fixture
def db(tmp_path):
    store = open_store(tmp_path / "s.db")
    store["documents"].insert(
        {
            "sha256": "a" * 64,
            "path": "seed.txt",
            "kind": "report",
            "ingested_at": "2026-06-02T08:00:00",
        }
    )
    return store


def post(db, place_key: str, *, company: str, posted: str | None, **fields) -> None:
    posting = Posting(
        source="board.example",
        url=f"https://board.example/jobs/{company}",
        fingerprint=company,
        company=company,
        title="Machine Learning Intern",
        role=fields.pop("role", "ml-intern"),
        place_key=place_key,
        min_amount=fields.pop("min_amount", 30.0),
        max_amount=fields.pop("max_amount", 40.0),
        period="hour",
        currency="USD",
        posted_date=date.fromisoformat(posted) if posted else None,
        first_seen=datetime.fromisoformat(fields.pop("first_seen", "2026-05-01T00:00:00")),
        last_seen=datetime(2026, 6, 1),
        **fields,
    )
    db["postings"].insert(posting.model_dump(exclude={"id"}))


# -- Reading the question --------------------------------------------------------------------


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


# -- Problems ---------------------------------------------------------------------------------


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


# -- The ladder -------------------------------------------------------------------------------


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


# -- Figures and consensus --------------------------------------------------------------------


def test_only_the_latest_snapshot_of_each_figure_counts(db):
    url = "https://salaries.example/ml-intern/boston"
    observe(db, BOSTON, 40_000, 50_000, source="salaries.example", url=url, as_of="2026-01-01")
    observe(
        db,
        BOSTON,
        41_000,
        51_000,
        source="salaries.example",
        url=url,
        as_of="2026-03-01",
        ingested_at="2026-03-02T00:00:00",
    )
    latest = observe(
        db,
        BOSTON,
        42_000,
        52_000,
        source="salaries.example",
        url=url,
        as_of="2026-03-01",
        ingested_at="2026-03-05T00:00:00",
    )
    answer = answer_salary(db, "ml-intern boston")
    assert [f.observation.id for f in answer.sources] == [latest.id]
    assert answer.data_as_of == date(2026, 3, 1)


def test_deleting_the_latest_snapshot_brings_back_the_one_before(db):
    page = {"source": "salaries.example", "url": "https://salaries.example/ml-intern/boston"}
    older = observe(db, BOSTON, 40_000, 50_000, as_of="2026-01-01", **page)
    newer = observe(db, BOSTON, 42_000, 52_000, as_of="2026-03-01", **page)
    db["observations"].delete(newer.id)
    assert [f.observation.id for f in answer_salary(db, "ml-intern boston").sources] == [older.id]


def test_an_observation_updated_to_another_place_moves_with_its_figure(db):
    moved = observe(db, BOSTON, 40_000, 50_000)
    db["observations"].update(moved.id, {"place_key": SEATTLE})
    boston = answer_salary(db, "ml-intern boston").sources
    assert moved.id not in [f.observation.id for f in boston]
    assert answer_salary(db, "ml-intern seattle").sources[0].observation.id == moved.id


def test_upgrading_a_store_finds_the_latest_snapshots_it_already_holds(tmp_path):
    db = connect(tmp_path / "old.db")
    migrations.apply(db, stop_before="m030_latest_figures")
    page = {"source": "salaries.example", "url": "https://salaries.example/ml-intern/boston"}
    observe(db, BOSTON, 40_000, 50_000, as_of="2026-01-01", **page)
    latest = observe(db, BOSTON, 42_000, 52_000, as_of="2026-03-01", **page)

    upgraded = open_store(tmp_path / "old.db")

    assert [f.observation.id for f in answer_salary(upgraded, "ml-intern boston").sources] == [
        latest.id
    ]


def test_the_consensus_is_the_median_midpoint_with_its_spread_count_and_dates(db):
    observe(db, BOSTON, 40_000, as_of="2026-01-10", kind="point")
    observe(db, BOSTON, 45_000, 55_000, as_of="2026-02-10")
    observe(db, BOSTON, 25, 35, period="hour", as_of="2026-03-10")  # 62,400 a year
    consensus = answer_salary(db, "ml-intern boston").consensus
    assert consensus.annual == 50_000
    assert consensus.hourly == 24.04  # 50,000 / 2,080
    assert consensus.term == 11_539  # 24.04 x 40 hours x 12 weeks, rounded
    assert (consensus.low_annual, consensus.high_annual) == (40_000, 62_400)
    assert consensus.source_count == 3
    assert (consensus.oldest, consensus.newest) == (date(2026, 1, 10), date(2026, 3, 10))


def test_each_source_shows_hourly_annual_and_term_equivalents(db):
    observe(db, BOSTON, 20, 30, period="hour")
    observe(db, MASSACHUSETTS, 25, period="hour", kind="point", term_weeks=10)
    stated, default = (
        answer_salary(db, "ml-intern ma").sources[0],
        answer_salary(db, "ml-intern boston", term_weeks=11).sources[0],
    )
    assert (default.hourly_mid, default.annual_mid, default.term_mid) == (25, 52_000, 11_000)
    assert (stated.term_mid, stated.term_weeks) == (10_000, 10)


def test_term_pay_is_for_intern_roles_only(db):
    observe(db, BOSTON, 150_000, 170_000, role="ml-engineer")
    answer = answer_salary(db, "machine learning engineer boston")
    assert answer.sources[0].term_mid is None
    assert answer.consensus.term is None


def test_an_intern_range_that_looks_like_full_time_pay_is_flagged_and_left_out(db):
    full_time = observe(db, BOSTON, 124_052, 184_190)
    observe(db, BOSTON, 23, period="hour", kind="point")
    observe(db, BOSTON, 45, period="hour", kind="point")
    answer = answer_salary(db, "ml-intern boston")
    flagged = next(f for f in answer.sources if f.observation.id == full_time.id)
    assert flagged.outlier_reason.startswith(OFFICIAL_FULL_TIME)
    assert flagged.outlier_reason.endswith("(BLS OEWS, May 2025)")
    assert not flagged.in_consensus
    assert answer.consensus.source_count == 2
    assert answer.consensus.annual == 70_720  # median of $23 and $45 an hour, a year
    assert answer.consensus.note == "Leaves out 1 outlier."


def test_one_other_figure_is_enough_to_call_a_six_figure_intern_range_full_time(db):
    full_time = observe(db, BOSTON, 124_052, 184_190)  # $154,121 a year
    observe(db, BOSTON, 45, period="hour", kind="point")  # $93,600 a year
    answer = answer_salary(db, "ml-intern boston")
    assert [f.observation.id for f in answer.sources if f.outlier_reason] == [full_time.id]
    assert answer.consensus.annual == 93_600


def test_a_high_intern_rate_under_100k_a_year_is_not_called_full_time_against_one_figure(db):
    observe(db, BOSTON, 45, period="hour", kind="point")  # $93,600 a year, 2x the other
    observe(db, BOSTON, 22.36, period="hour", kind="point")
    answer = answer_salary(db, "ml-intern boston")
    assert all(f.in_consensus for f in answer.sources)
    assert answer.consensus.source_count == 2


def test_an_employer_rate_above_one_sites_two_estimates_is_not_called_full_time(db):
    high = observe(db, BOSTON, 47.5, period="hour", kind="point")  # $98,800 a year
    observe(db, BOSTON, 48_230, kind="average", source="estimates.example")
    observe(db, BOSTON, 36_800, 52_100, source="estimates.example")
    sources = {f.observation.id: f for f in answer_salary(db, "ml-intern boston").sources}
    # Below the occupation's official full-time median there, and one site is no majority.
    assert sources[high.id].outlier_reason is None
    assert sources[high.id].in_consensus


def test_an_intern_rate_far_above_two_other_sources_is_far_off_not_full_time(db):
    high = observe(db, BOSTON, 47.5, period="hour", kind="point")  # $98,800 a year
    observe(db, BOSTON, 48_230, kind="average")
    observe(db, BOSTON, 36_800, 52_100)
    sources = {f.observation.id: f for f in answer_salary(db, "ml-intern boston").sources}
    assert sources[high.id].outlier_reason.startswith("far above the other sources: 2.1x")


def test_a_source_far_from_the_others_is_flagged_only_with_three_or_more_figures(db):
    observe(db, BOSTON, 150_000, role="ml-engineer", kind="point")
    far = observe(db, BOSTON, 330_000, role="ml-engineer", kind="point")
    assert all(f.outlier_reason is None for f in answer_salary(db, "ml engineer boston").sources)

    observe(db, BOSTON, 160_000, role="ml-engineer", kind="point")
    low = observe(db, BOSTON, 65_000, role="ml-engineer", kind="point")
    sources = {f.observation.id: f for f in answer_salary(db, "ml engineer boston").sources}
    assert sources[far.id].outlier_reason.startswith("far above the other sources: 2.2x")
    assert sources[low.id].outlier_reason.startswith("far below the other sources: 41%")
    assert sum(f.in_consensus for f in sources.values()) == 2


def test_other_currencies_are_listed_but_not_mixed_into_the_usd_consensus(db):
    observe(db, BOSTON, 40_000, 50_000)
    pounds = observe(db, BOSTON, 32_000, currency="GBP", kind="point")
    answer = answer_salary(db, "ml-intern boston")
    figure = next(f for f in answer.sources if f.observation.id == pounds.id)
    assert figure.published == "£32,000 / year"
    assert not figure.in_consensus and "GBP" in figure.note
    assert (answer.consensus.currency, answer.consensus.annual) == ("USD", 45_000)


def test_base_pay_is_preferred_over_total_pay_from_the_same_page(db):
    page = {"source": "builtin.example", "url": "https://builtin.example/ml-engineer/boston"}
    base = observe(db, BOSTON, 164_700, kind="average", covers="base", role="ml-engineer", **page)
    observe(db, BOSTON, 174_700, kind="average", covers="total", role="ml-engineer", **page)
    answer = answer_salary(db, "ml engineer boston")
    assert [f.observation.id for f in answer.sources] == [base.id]
    assert answer.sources[0].published == "avg $164,700 / year"


def test_a_page_with_only_total_pay_is_listed_outside_the_consensus(db):
    observe(db, BOSTON, 150_000, kind="point", role="ml-engineer")
    total = observe(db, BOSTON, 190_000, kind="point", covers="total", role="ml-engineer")
    answer = answer_salary(db, "ml engineer boston")
    figure = next(f for f in answer.sources if f.observation.id == total.id)
    assert not figure.in_consensus and figure.note.startswith("total pay")
    assert answer.consensus.annual == 150_000


@pytest.mark.parametrize(
    ("low", "high", "period", "kind", "currency", "published"),
    [
        (124_052, 184_190, "year", "range", "USD", "$124,052 - $184,190 / year"),
        (22.36, 22.36, "hour", "point", "USD", "$22.36 / hour"),
        (None, 60, "hour", "range", "USD", "up to $60 / hour"),
        (40_000, None, "year", "range", "USD", "from $40,000 / year"),
        (32_000, 32_000, "year", "point", "GBP", "£32,000 / year"),
        (164_700, 164_700, "year", "average", "USD", "avg $164,700 / year"),
        (47.5, 47.5, "hour", "point", "USD", "$47.50 / hour"),
    ],
)
def test_figures_are_shown_as_published(low, high, period, kind, currency, published):
    observation = Observation(
        source="s",
        source_kind="site_estimate",
        url="u",
        role_published="r",
        kind=kind,
        min_amount=low,
        max_amount=high,
        period=period,
        currency=currency,
        as_of=date(2026, 1, 1),
        ingested_at=datetime(2026, 1, 1),
    )
    assert format_published(observation) == published


@pytest.mark.parametrize(
    "values", [[], [5.0], [1.0, 9.0], [10.0, 20.0, 30.0, 100.0], [3.0, 1.0, 2.0, 2.0, 8.0]]
)
def test_each_figure_is_judged_against_the_median_of_the_others(values):
    expected = [
        statistics.median(values[:i] + values[i + 1 :]) if len(values) > 1 else None
        for i in range(len(values))
    ]
    assert medians_without_each(values) == expected


def test_a_postings_pay_is_shown_the_same_way():
    posting = Posting(
        source="s",
        url="u",
        fingerprint="f",
        company="c",
        title="t",
        min_amount=40,
        max_amount=None,
        period="hour",
        currency="USD",
        first_seen=datetime(2026, 1, 1),
        last_seen=datetime(2026, 1, 1),
    )
    assert format_published(posting) == "from $40 / hour"


# -- Postings, related roles, freshness -------------------------------------------------------


def test_postings_are_open_ones_with_pay_inside_the_answered_place_newest_first(db):
    observe(db, BOSTON_METRO, 40_000, 50_000)
    post(db, BOSTON, company="Older", posted="2026-04-01")
    post(db, CAMBRIDGE, company="Newest", posted="2026-05-20")
    post(db, BOSTON, company="Unposted", posted=None, first_seen="2026-05-10T09:00:00")
    post(db, BOSTON, company="Closed", posted="2026-05-25", status="closed")
    post(db, BOSTON, company="NoPay", posted="2026-05-25", min_amount=None, max_amount=None)
    post(db, SEATTLE, company="Elsewhere", posted="2026-05-25")
    post(db, REMOTE, company="Anywhere", posted="2026-05-25")
    answer = answer_salary(db, "ml-intern cambridge, ma")
    assert answer.answered_level == "metro"
    assert [p.company for p in answer.postings] == ["Newest", "Unposted", "Older"]


def test_at_most_five_postings_are_shown(db):
    observe(db, BOSTON, 40_000, 50_000)
    for day in range(1, 9):
        post(db, BOSTON, company=f"Company{day}", posted=f"2026-05-0{day}")
    companies = [p.company for p in answer_salary(db, "ml-intern boston").postings]
    assert companies == ["Company8", "Company7", "Company6", "Company5", "Company4"]


def test_remote_questions_show_remote_postings(db):
    observe(db, NATIONAL, 40_000, 50_000, role="data-science-intern")
    post(db, REMOTE, company="Anywhere", posted="2026-05-25", role="data-science-intern")
    post(db, SEATTLE, company="Seattle", posted="2026-05-20", role="data-science-intern")
    post(
        db, "city:GB-ENG-london", company="Abroad", posted="2026-05-26", role="data-science-intern"
    )
    postings = answer_salary(db, "data science intern remote").postings
    assert [p.company for p in postings] == ["Anywhere", "Seattle"]


def test_related_roles_are_priced_at_the_same_place(db):
    observe(db, BOSTON, 40_000, 50_000)
    observe(db, BOSTON, 150_000, role="ml-engineer", kind="point")
    observe(db, BOSTON, 170_000, role="ml-engineer", kind="point")
    observe(db, SEATTLE, 400_000, role="ml-engineer", kind="point")
    related = answer_salary(db, "ml-intern boston").related
    assert [(r.role.slug, r.annual_mid, r.source_count) for r in related] == [
        ("ml-engineer", 160_000, 2)
    ]


def test_related_roles_at_a_metro_gather_their_own_cities(db):
    # Waltham has no figures: the Boston metro answers, each role from the cities it has.
    observe(db, CAMBRIDGE, 40_000, 50_000)
    observe(db, BOSTON, 150_000, role="ml-engineer", kind="point")
    observe(db, CAMBRIDGE, 170_000, role="ml-engineer", kind="point")
    answer = answer_salary(db, "ml-intern waltham")
    assert answer.answered_at.key == BOSTON_METRO
    # The intern's figure, then its occupation's metro wages as context.
    assert [o.observation.place_key for o in answer.sources] == [CAMBRIDGE, BOSTON_METRO]
    # The engineer's two city figures and its occupation's metro median ($132,040).
    assert [(r.role.slug, r.annual_mid, r.source_count) for r in answer.related] == [
        ("ml-engineer", 150_000, 3)
    ]


def test_the_answer_says_how_fresh_its_data_is(db):
    observe(db, BOSTON, 40_000, 50_000, as_of="2026-05-28")
    observe(db, BOSTON, 40_000, 50_000, as_of="2026-04-01")
    answer = answer_salary(db, "ml-intern boston")
    assert answer.data_as_of == date(2026, 5, 28)
    assert answer.last_ingest == datetime(2026, 6, 2, 8, 0)


def test_coverage_lists_roles_places_sources_and_counts(db):
    observe(db, BOSTON, 40_000, 50_000, source="salaries.example")
    observe(db, REMOTE, 40_000, 50_000, role="data-science-intern", source="board.example")
    post(db, BOSTON, company="Acme", posted="2026-05-01")
    coverage = store_coverage(db)
    assert [r.slug for r in coverage.roles] == ["data-science-intern", "ml-intern"]
    assert sorted(p.key for p in coverage.places) == [BOSTON, REMOTE]
    assert coverage.sources == ["board.example", "salaries.example"]
    assert (coverage.observation_count, coverage.posting_count) == (2, 1)
    assert coverage.last_ingest == datetime(2026, 6, 2, 8, 0)


def test_a_lone_intern_figure_paid_like_the_full_time_role_here_is_flagged(db):
    intern = observe(db, BOSTON, 124_052, 184_190)  # $154,121 a year, no other intern figure
    observe(db, BOSTON, 164_700, role="ml-engineer", kind="average")
    answer = answer_salary(db, "ml-intern boston")
    (figure,) = answer.sources
    assert figure.observation.id == intern.id
    assert figure.outlier_reason.startswith(OFFICIAL_FULL_TIME)
    assert answer.consensus is None


def test_a_city_whose_every_figure_is_flagged_passes_to_the_next_rung_and_lists_them(db):
    flagged = observe(db, BOSTON, 124_052, 184_190)
    observe(db, BOSTON, 164_700, role="ml-engineer", kind="average")
    observe(db, MASSACHUSETTS, 40_000, 50_000)
    observe(db, MASSACHUSETTS, 44_000, 52_000)
    answer = answer_salary(db, "ml-intern boston")
    assert answer.answered_at.key == MASSACHUSETTS
    assert answer.fallback_note == (
        "No consensus for Boston, MA or the Boston-Cambridge-Newton, MA-NH metro: every figure "
        "there is flagged or not comparable base pay (listed below); showing Massachusetts."
    )
    assert answer.consensus.source_count == 2
    assert [(f.observation.id, f.place_name, f.in_consensus) for f in answer.sources][-1] == (
        flagged.id,
        "Boston, MA",
        False,
    )
    assert answer.sources[-1].outlier_reason.startswith(OFFICIAL_FULL_TIME)
    # Asked about a city with no figures of its own, the note says that first.
    assert answer_salary(db, "ml-intern waltham").fallback_note.startswith(
        "No figures for Waltham, MA. No consensus for the Boston-Cambridge-Newton, MA-NH metro: "
    )


def test_a_lone_intern_figure_well_below_the_full_time_role_stands(db):
    observe(db, BOSTON, 45, period="hour", kind="point")  # $93,600 a year
    observe(db, BOSTON, 164_700, role="ml-engineer", kind="average")
    answer = answer_salary(db, "ml-intern boston")
    assert answer.sources[0].outlier_reason is None
    assert answer.consensus.annual == 93_600
