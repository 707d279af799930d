"""What makes an answer trustworthy at a glance: sources counted as sources, a band, a
recency window, a confidence label, the place that answered named in the headline."""

from __future__ import annotations

from datetime import date

import pytest

from display.money import answered_place_title, consensus_headline, round_amount
from store.answer.salary import answer_salary
from store.db import open_store
from tests.store_rows import observe

BOSTON = "city:US-MA-boston"
TODAY = date(2026, 11, 30)


@pytest.fixture
def db(tmp_path):
    return open_store(tmp_path / "s.db")


def ask(db, question: str):
    return answer_salary(db, question, today=TODAY)


def test_one_sites_several_figures_count_as_one_source(db):
    observe(db, BOSTON, 40_000, 50_000, source="zip.example", as_of="2026-10-01")
    observe(db, BOSTON, 44_000, kind="average", source="zip.example", as_of="2026-10-01")
    consensus = ask(db, "ml-intern boston").consensus
    assert (consensus.figure_count, consensus.source_count) == (2, 1)
    assert consensus.confidence == "low"
    assert consensus.confidence_reason.startswith("1 source,")


def test_four_figures_make_a_25th_to_75th_percentile_band(db):
    for n, low in enumerate((40_000, 44_000, 48_000, 60_000)):
        observe(db, BOSTON, low, low + 10_000, source=f"s{n}.example", as_of="2026-10-01")
    consensus = ask(db, "ml-intern boston").consensus
    assert consensus.band_basis == "figures"
    assert consensus.band_low < consensus.annual < consensus.band_high


def test_where_bls_is_the_evidence_its_percentiles_are_the_band(db):
    answer = ask(db, "registered nurse houston")
    consensus, survey = answer.consensus, answer.survey
    assert consensus.band_basis == "bls"
    assert (consensus.band_low, consensus.band_high) == (survey.annual.p25, survey.annual.p75)


def test_figures_older_than_the_window_are_listed_with_their_date_not_counted(db):
    old = observe(db, BOSTON, 20_000, 30_000, as_of="2024-01-15")
    observe(db, BOSTON, 40_000, 50_000, as_of="2026-10-01")
    answer = ask(db, "ml-intern boston")
    stale = next(f for f in answer.sources if f.observation.id == old.id)
    assert not stale.in_consensus
    assert stale.note == "dated 2024-01-15: older than 18 months, listed, not in the consensus"
    assert answer.consensus.annual == 45_000
    wider = answer_salary(db, "ml-intern boston", today=TODAY, recency_months=48)
    assert wider.consensus.figure_count == 2


def test_three_recent_agreeing_sources_with_an_employer_are_high_confidence(db):
    observe(db, BOSTON, 40, 44, period="hour", source_kind="employer_posting", as_of="2026-11-01")
    observe(db, BOSTON, 41, 45, period="hour", source="b.example", as_of="2026-10-01")
    observe(db, BOSTON, 39, 43, period="hour", source="c.example", as_of="2026-09-01")
    consensus = ask(db, "ml-intern boston").consensus
    assert consensus.confidence == "high"


def test_the_headline_names_the_place_that_answered_and_rounds(db):
    answer = ask(db, "registered nurse houston")
    assert answered_place_title(answer) == (
        "Houston-Pasadena-The Woodlands, TX, no Houston, TX figures"
    )
    tucson = ask(db, "registered nurse tucson")  # a metro named as its city
    assert answered_place_title(tucson) == "Tucson, AZ metro, no city figures"
    assert consensus_headline(answer.consensus, is_intern=False).count("k/yr") == 1
    assert round_amount(33.68, per="/hr") == "$34/hr"


def test_an_undated_figure_says_when_it_was_found_never_passing_that_off_as_its_date(db):
    from display.text import render_answer_text

    observe(db, BOSTON, 40_000, 50_000, as_of="2026-10-01", undated=True)
    text = render_answer_text(ask(db, "ml-intern boston"))
    assert "undated (found 2026-10-01)" in text
    assert "as of 2026-10-01" not in text
