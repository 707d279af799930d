"""`answer_salary` pricing the role: latest snapshots, the consensus, flags, figures as shown."""

from __future__ import annotations

import statistics
from datetime import date, datetime

import pytest

from display.money import format_published
from store.answer.salary import answer_salary
from store.answer.verdicts import medians_without_each
from store.db import connect, open_store
from store.models import Observation, Posting
from store.schema import migrations
from tests.store.answer_support import (
    BOSTON,
    MASSACHUSETTS,
    OFFICIAL_FULL_TIME,
    SEATTLE,
)
from tests.store_rows import observe

# Figures here carry fixed 2026 dates; answers judge their age against today.
pytestmark = pytest.mark.usefixtures("answer_day")


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
