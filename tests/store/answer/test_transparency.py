"""Pay-transparency laws: the table, which places and postings they cover, and the flags."""

from __future__ import annotations

import json
from datetime import date, datetime
from importlib import resources

import pytest

from display.answer import answer_message
from display.digest import digest_text
from display.text import render_answer_text
from store.answer.salary import answer_salary
from store.answer.transparency import (
    flag_postings,
    flag_summary_lines,
    law_note,
    laws_for,
    pay_laws,
    posting_problem,
)
from store.db import open_store
from store.digest.content import build_digest
from store.digest.models import SubscriptionRequest
from store.digest.subscriptions import subscribe
from store.models import Posting
from store.resolve.places import get_place
from tests.digest_data import add_posting, at
from tests.signed_requests import block_kit_violations
from tests.store_rows import observe

NYC = "city:US-NY-new-york-city"
BUFFALO = "city:US-NY-buffalo"
DALLAS = "city:US-TX-dallas"


def posting(
    place_key: str, low: float | None, high: float | None, posted: date | None, n: int = 1
) -> Posting:
    seen = datetime(2026, 11, 2, 9, 0)
    return Posting(
        source="jobs.example",
        url=f"https://jobs.example/{n}",
        fingerprint=f"fp-{place_key}-{n}",
        company=f"Company {n}",
        title=f"Machine Learning Intern {n}",
        role="ml-intern",
        place_key=place_key,
        min_amount=low,
        max_amount=high,
        period="year" if low or high else None,
        posted_date=posted,
        first_seen=seen,
        last_seen=seen,
    )


# -- the table ----------------------------------------------------------------------------


def test_every_law_names_a_known_place_a_citation_a_date_and_its_sources():
    laws = pay_laws()

    assert len({law.key for law in laws}) == len(laws)
    for law in laws:
        assert get_place(law.place_key).level in ("city", "state"), law.key
        assert law.citation and law.short_name and law.discloses, law.key
        assert law.min_employees >= 1
        assert date(2020, 1, 1) < law.effective < date(2027, 1, 1)
        assert law.sources and all(url.startswith(("http://", "https://")) for url in law.sources)


def test_the_places_asked_for_are_in_the_table_or_their_absence_is_explained():
    text = resources.files("store").joinpath("data/pay_transparency.json").read_text()
    doc = " ".join(json.loads(text)["_doc"])
    listed = {law.jurisdiction for law in pay_laws()}

    for place in (
        "Colorado", "California", "Washington", "New York State", "New York City", "Illinois",
        "Maryland", "Hawaii", "Minnesota", "Vermont", "Massachusetts", "New Jersey",
        "Jersey City", "Ithaca, NY",
    ):  # fmt: skip
        assert place in listed, place
    for left_out in ("Westchester", "Cincinnati", "Toledo"):
        assert left_out in doc


# -- places -------------------------------------------------------------------------------


def test_a_city_is_covered_by_its_own_law_and_its_states_most_local_first():
    assert [law.short_name for law in laws_for(get_place(NYC))] == [
        "NYC Admin. Code §8-107(32)",
        "NY Labor Law §194-b",
    ]
    assert [law.short_name for law in laws_for(get_place(BUFFALO))] == ["NY Labor Law §194-b"]
    assert [law.key for law in laws_for(get_place("metro:US-new-york-ny"))] == ["us-ny-194b"]
    assert laws_for(get_place(DALLAS)) == []


def test_a_law_counts_only_from_the_day_it_took_effect():
    boston = get_place("city:US-MA-boston")

    assert laws_for(boston, date(2025, 10, 28)) == []
    assert [law.jurisdiction for law in laws_for(boston, date(2025, 10, 29))] == ["Massachusetts"]
    assert law_note(get_place(DALLAS)) is None
    assert law_note(get_place("state:US-CO")) == (
        "Colorado requires a pay range in job postings (C.R.S. § 8-5-201, since 2021-01-01)."
    )


# -- postings -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("low", "high", "problem"),
    [
        (None, None, "no_pay"),
        (50_000, 100_001, "wide_range"),
        (50_000, 100_000, None),  # exactly twice: not more than twice
        (25, 60, "wide_range"),  # hourly the same
        (50_000, None, None),  # "from $50,000": a bottom, not a missing range
        (70_000, 70_000, None),
    ],
)
def test_a_posting_shows_no_range_or_too_wide_a_one(low, high, problem):
    assert posting_problem(posting(NYC, low, high, date(2026, 11, 1))) == problem


def test_only_postings_in_covered_places_after_the_law_are_counted_and_flagged():
    postings = [
        posting(NYC, None, None, date(2026, 11, 1), 1),
        posting(NYC, None, None, date(2023, 9, 16), 2),  # before NY State's law, after NYC's
        posting(NYC, None, None, date(2022, 10, 31), 3),  # before both
        posting(DALLAS, None, None, date(2026, 11, 1), 4),  # no law
        posting(BUFFALO, 60_000, 150_000, None, 5),  # no posted date: first seen (2026)
        posting(BUFFALO, 60_000, 80_000, date(2026, 11, 1), 6),
    ]

    flags, covered = flag_postings(postings)

    assert covered == 4
    assert [(f.posting.company, f.law.short_name, f.problem) for f in flags] == [
        ("Company 1", "NY Labor Law §194-b", "no_pay"),
        ("Company 2", "NYC Admin. Code §8-107(32)", "no_pay"),
        ("Company 5", "NY Labor Law §194-b", "wide_range"),
    ]


def test_digest_lines_count_flagged_of_covered_postings_per_law():
    postings = [
        posting(NYC if n % 2 else BUFFALO, *pay, date(2026, 11, 1), n)
        for n, pay in enumerate(
            [(None, None), (None, None), (60_000, 70_000), (60_000, 70_000), (20, 25), (30, 90),
             (80_000, 90_000)]
        )
    ] + [posting(DALLAS, None, None, date(2026, 11, 1), 99)]  # fmt: skip

    assert flag_summary_lines(postings) == [
        "2 of 7 new postings in New York State show no pay range "
        "(NY Labor Law §194-b, since 2023-09-17)",
        "1 of 7 new postings in New York State shows a range whose top is more than 2× its "
        "bottom (NY Labor Law §194-b, since 2023-09-17)",
    ]


# -- answers and digests ------------------------------------------------------------------


def store_with_postings(tmp_path, place_key: str, postings: list[Posting]):
    db = open_store(tmp_path / "salary.db")
    observe(db, place_key, 60_000, 80_000, source="pay.example")
    db["postings"].insert_all(p.model_dump(exclude={"id"}) for p in postings)
    return db


def test_answers_name_the_places_laws_and_flag_its_postings_in_slack_and_the_terminal(tmp_path):
    db = store_with_postings(
        tmp_path,
        NYC,
        [posting(NYC, None, None, date(2026, 11, 1), 1), posting(NYC, 60, 70, None, 2)],
    )

    answer = answer_salary(db, "ml-intern new york city")

    assert [law.key for law in answer.transparency.laws] == ["us-ny-nyc-ll59", "us-ny-194b"]
    [flag] = answer.transparency.flags
    assert flag.posting.company == "Company 1" and flag.problem == "no_pay"
    slack = json.dumps(answer_message(answer), ensure_ascii=False)
    terminal = render_answer_text(answer)
    for rendered in (slack, terminal):
        assert "New York City and New York State require a pay range in job postings" in rendered
        assert "Company 1: shows no pay range (NY Labor Law §194-b, since 2023-09-17)" in rendered
        assert "Company 2: shows" not in rendered


def test_answers_where_no_law_applies_say_nothing_about_it(tmp_path):
    db = store_with_postings(tmp_path, DALLAS, [posting(DALLAS, None, None, date(2026, 11, 1))])

    answer = answer_salary(db, "ml-intern dallas")

    assert answer.problem is None and answer.transparency is None
    assert "Pay transparency" not in render_answer_text(answer)


def test_digests_say_how_many_new_postings_show_no_range_under_which_law(tmp_path):
    db = open_store(tmp_path / "s.db")
    sub = subscribe(
        db,
        SubscriptionRequest(
            team_id="T1", channel_id="C1", role="ml-intern", place_key="city:US-MA-boston"
        ),
        now=at("2026-10-01 00:00"),
    )
    add_posting(db, company="Acme", first_seen=at("2026-11-04 12:00"), pay=None)
    add_posting(db, company="Beta", first_seen=at("2026-11-04 13:00"))
    add_posting(db, company="Gamma", first_seen=at("2026-11-04 14:00"))

    digest = build_digest(
        db, sub, since=at("2026-11-02 14:00"), until=at("2026-11-09 14:00"), threshold_pct=5
    )

    assert (
        "• 1 of 3 new postings in Massachusetts shows no pay range "
        "(Mass. Acts 2024, ch. 141, since 2025-10-29)"
    ) in digest_text(digest)


def test_many_flagged_postings_are_cut_and_counted_within_block_kit_limits(tmp_path):
    postings = [posting(NYC, None, None, date(2026, 11, 1), n) for n in range(40)]
    db = store_with_postings(tmp_path, NYC, postings)

    answer = answer_salary(db, "ml-intern new york city")
    message = answer_message(answer)

    assert len(answer.transparency.flags) == 40
    assert block_kit_violations(message) == []
    text = json.dumps(message, ensure_ascii=False)
    assert text.count(": shows no pay range") == 5
    assert "+35 more postings without a usable range" in text
