"""`answer_salary` beside the figures: open postings, related roles, freshness, coverage."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from store.answer.coverage import store_coverage
from store.answer.salary import answer_salary
from tests.store.answer_support import (
    BOSTON,
    BOSTON_METRO,
    CAMBRIDGE,
    MASSACHUSETTS,
    NATIONAL,
    OFFICIAL_FULL_TIME,
    REMOTE,
    SEATTLE,
    post,
)
from tests.store_rows import observe

# Figures here carry fixed 2026 dates; answers judge their age against today.
pytestmark = pytest.mark.usefixtures("answer_day")


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
