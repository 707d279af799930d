"""Subscriptions, the run ledger and digest content, on a real SQLite store.

A subscription's week is the interval between two fire times of its CronTrigger;
its digest lists what the store learned in that window.
"""

from __future__ import annotations

import itertools
import threading
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest

from store.db import connect, open_store
from store.digest.content import build_digest
from store.digest.ledger import claim_run, finish_run, last_delivered_end
from store.digest.models import Period, SubscriptionRequest
from store.digest.schedule import next_delivery, periods_between, utc
from store.digest.subscriptions import (
    delete_team,
    list_subscriptions,
    pause_team,
    subscribe,
    unsubscribe,
)
from tests.digest_data import (
    BOSTON,
    BOSTON_METRO,
    CAMBRIDGE,
    MASSACHUSETTS,
    REMOTE,
    SEATTLE,
    add_figure,
    add_posting,
    at,
    close_posting,
)
from tests.store_rows import observe

NEW_YORK = ZoneInfo("America/New_York")
WEEK_START, WEEK_END = at("2026-11-02 14:00"), at("2026-11-09 14:00")


@pytest.fixture
def db(tmp_path):
    return open_store(tmp_path / "digests.db")


def boston(db, **changes):
    request = SubscriptionRequest(
        team_id="T1",
        channel_id="C1",
        role="ml-intern",
        place_key=BOSTON,
        label="Machine Learning Intern in Boston, MA",
        **changes,
    )
    return subscribe(db, request, now=at("2026-10-20 12:00"))


def week(db, sub, **kw):
    return build_digest(db, sub, since=WEEK_START, until=WEEK_END, threshold_pct=2.0, **kw)


# -- subscriptions and schedule -----------------------------------------------------------------


def test_subscribing_again_updates_the_schedule_and_clears_a_pause(db):
    first = boston(db)
    pause_team(db, "T1", "not_in_channel", now=at("2026-10-21 12:00"))
    assert list_subscriptions(db, "T1")[0].paused_reason == "not_in_channel"

    again = boston(db, day_of_week="fri", time_of_day="14:30", quiet="skip")

    assert again.id == first.id and len(list_subscriptions(db, "T1", "C1")) == 1
    assert (again.day_of_week, again.time_of_day, again.quiet) == ("fri", "14:30", "skip")
    assert again.paused_reason is None


def test_next_delivery_is_nine_in_new_york_on_both_sides_of_the_november_dst_change(db):
    sub = boston(db)  # Mondays 09:00 America/New_York

    before = next_delivery(sub, at("2026-10-20 00:00"))
    after = next_delivery(sub, before)

    assert [str(d.date()) for d in (before, after)] == ["2026-10-26", "2026-11-02"]
    assert before.astimezone(NEW_YORK).hour == after.astimezone(NEW_YORK).hour == 9
    # Clocks went back on Nov 1: 09:00 EDT is 13:00 UTC, 09:00 EST is 14:00 UTC.
    assert (utc(before).hour, utc(after).hour) == (13, 14)
    assert utc(after) - utc(before) == timedelta(days=7, hours=1)


def test_periods_are_consecutive_fire_times_across_the_march_dst_change(db):
    sub = boston(db)

    periods = periods_between(sub, at("2027-03-01 00:00"), at("2027-03-23 00:00"))

    ends = [p.end.astimezone(NEW_YORK) for p in periods]
    assert [e.strftime("%Y-%m-%d %H:%M") for e in ends] == [
        "2027-03-01 09:00",
        "2027-03-08 09:00",
        "2027-03-15 09:00",
        "2027-03-22 09:00",
    ]
    assert [p.end.hour for p in periods] == [14, 14, 13, 13]  # UTC: EST, then EDT from Mar 14
    assert all(a.end == b.start for a, b in itertools.pairwise(periods))


def test_deleting_a_team_removes_its_subscriptions_and_runs(db):
    sub = boston(db)
    claim_run(db, sub, Period(start=WEEK_START, end=WEEK_END), worker="w", now=WEEK_END)
    subscribe(
        db,
        SubscriptionRequest(team_id="T2", channel_id="C9", role="ml-intern", place_key=BOSTON),
        now=WEEK_END,
    )

    assert delete_team(db, "T1") == 1

    assert [s.team_id for s in list_subscriptions(db)] == ["T2"]
    assert db["digest_runs"].count == 0


# -- the ledger ---------------------------------------------------------------------------------


def test_a_period_is_claimed_once_and_a_sent_run_moves_the_window(db):
    sub = boston(db)
    period = Period(start=WEEK_START, end=WEEK_END)

    run = claim_run(db, sub, period, worker="clock-a", now=WEEK_END)
    again = claim_run(db, sub, period, worker="clock-b", now=WEEK_END)

    assert run is not None and run.claimed_by == "clock-a" and again is None
    assert last_delivered_end(db, sub.id) is None  # claimed is not delivered
    finish_run(db, run.id, "sent", now=WEEK_END, message_ts="1.000001")
    assert last_delivered_end(db, sub.id) == WEEK_END


def test_two_connections_claiming_at_once_get_exactly_one_run(tmp_path):
    path = tmp_path / "shared.db"
    sub = boston(open_store(path))
    period = Period(start=WEEK_START, end=WEEK_END)
    results, start = [], threading.Barrier(6)

    def claim(n: int) -> None:
        own = connect(path)
        start.wait()
        results.append(claim_run(own, sub, period, worker=f"clock-{n}", now=WEEK_END))

    threads = [threading.Thread(target=claim, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert len([r for r in results if r is not None]) == 1


def test_unsubscribing_removes_the_subscription_and_its_runs(db):
    sub = boston(db)
    claim_run(db, sub, Period(start=WEEK_START, end=WEEK_END), worker="w", now=WEEK_END)

    assert unsubscribe(db, sub.id) is True
    assert unsubscribe(db, sub.id) is False
    assert list_subscriptions(db) == [] and db["digest_runs"].count == 0


# -- what a digest says -------------------------------------------------------------------------


def test_new_postings_are_those_first_seen_in_the_week_newest_first(db):
    sub = boston(db)
    add_posting(db, company="Before", first_seen=WEEK_START - timedelta(hours=1))
    add_posting(db, company="Monday", first_seen=WEEK_START + timedelta(hours=2))
    add_posting(db, company="Friday", first_seen=at("2026-11-06 16:00"))
    add_posting(db, company="After", first_seen=WEEK_END + timedelta(minutes=1))

    digest = week(db, sub)

    assert [p.company for p in digest.new_postings] == ["Friday", "Monday"]
    assert not digest.is_quiet


def test_the_scope_is_the_city_its_metro_its_state_and_remote(db):
    sub = boston(db)
    when = at("2026-11-04 12:00")
    for company, key in [
        ("City", BOSTON),
        ("Metro", BOSTON_METRO),
        ("State", MASSACHUSETTS),
        ("Remote", REMOTE),
        ("Neighbour", CAMBRIDGE),
        ("Elsewhere", SEATTLE),
    ]:
        add_posting(db, company=company, first_seen=when, place_key=key)
    add_posting(db, company="Other role", first_seen=when, role="data-science-intern")

    digest = week(db, sub)

    assert sorted(p.company for p in digest.new_postings) == ["City", "Metro", "Remote", "State"]


def test_a_state_subscription_includes_the_cities_inside_it(db):
    sub = subscribe(
        db,
        SubscriptionRequest(
            team_id="T1", channel_id="C1", role="ml-intern", place_key=MASSACHUSETTS
        ),
        now=WEEK_START,
    )
    when = at("2026-11-04 12:00")
    for company, key in [("Boston", BOSTON), ("Cambridge", CAMBRIDGE), ("Seattle", SEATTLE)]:
        add_posting(db, company=company, first_seen=when, place_key=key)

    assert sorted(p.company for p in week(db, sub).new_postings) == ["Boston", "Cambridge"]


def test_one_job_on_several_sites_is_listed_once(db):
    sub = boston(db)
    when = at("2026-11-04 12:00")
    add_posting(db, company="Acme", first_seen=when, fingerprint="acme-ml", source="lever.co")
    add_posting(db, company="Acme", first_seen=when, fingerprint="acme-ml", source="indeed.com")

    assert len(week(db, sub).new_postings) == 1


def test_at_most_three_postings_per_company_the_rest_counted(db):
    sub = boston(db)
    for hour in range(5):
        add_posting(db, company="BigCo", first_seen=at(f"2026-11-03 {10 + hour}:00"))
    add_posting(db, company="SmallCo", first_seen=at("2026-11-03 09:00"))

    digest = week(db, sub)

    assert [p.company for p in digest.new_postings].count("BigCo") == 3
    assert digest.held_back == {"BigCo": 2}
    assert "SmallCo" in [p.company for p in digest.new_postings]


def test_postings_closed_in_the_week_are_listed_as_closed_not_new(db):
    sub = boston(db)
    older = add_posting(db, company="Old", first_seen=at("2026-10-10 12:00"))
    brief = add_posting(db, company="Brief", first_seen=at("2026-11-03 12:00"))
    close_posting(db, older, at("2026-11-05 12:00"))
    close_posting(db, brief, at("2026-11-06 12:00"))
    later = add_posting(db, company="Later", first_seen=at("2026-11-03 12:00"))
    close_posting(db, later, at("2026-11-20 12:00"))  # still open when this digest was due

    digest = week(db, sub)

    assert sorted(p.company for p in digest.closed_postings) == ["Brief", "Old"]
    assert [p.company for p in digest.new_postings] == ["Later"]


def test_pay_changes_show_old_new_percent_and_dates_above_the_threshold(db):
    sub = boston(db)
    before = at("2026-10-01 12:00")
    during = at("2026-11-04 12:00")
    # A move of +5%: reported.
    add_figure(db, source="salary.com", low=100_000, as_of="2026-10-01", ingested=before)
    add_figure(db, source="salary.com", low=105_000, as_of="2026-11-01", ingested=during)
    # A move of +1%: under the 2% threshold.
    add_figure(db, source="glassdoor.com", low=100_000, as_of="2026-10-01", ingested=before)
    add_figure(db, source="glassdoor.com", low=101_000, as_of="2026-11-01", ingested=during)
    # Re-published unchanged: no change.
    add_figure(db, source="indeed.com", low=90_000, as_of="2026-10-01", ingested=before)
    add_figure(db, source="indeed.com", low=90_000, as_of="2026-11-01", ingested=during)
    # First figure from a source: nothing to compare with.
    add_figure(db, source="levels.fyi", low=80_000, as_of="2026-11-01", ingested=during)

    [change] = week(db, sub).pay_changes

    assert change.new.source == "salary.com"
    assert (change.old.min_amount, change.new.min_amount, change.change_pct) == (
        100_000,
        105_000,
        5.0,
    )
    assert (str(change.old.as_of), str(change.new.as_of)) == ("2026-10-01", "2026-11-01")
    assert (
        build_digest(db, sub, since=WEEK_START, until=WEEK_END, threshold_pct=0.5)
        .pay_changes[1]
        .new.source
        == "glassdoor.com"
    )


def test_a_change_is_reported_in_the_week_it_was_learned_only(db):
    sub = boston(db)
    add_figure(db, low=100_000, as_of="2026-09-01", ingested=at("2026-09-02 12:00"))
    add_figure(db, low=90_000, as_of="2026-10-01", ingested=at("2026-10-28 12:00"))

    assert week(db, sub).pay_changes == []
    last_week = build_digest(
        db, sub, since=WEEK_START - timedelta(days=7), until=WEEK_START, threshold_pct=2.0
    )
    assert [c.change_pct for c in last_week.pay_changes] == [-10.0]


def test_a_week_with_nothing_is_quiet(db):
    sub = boston(db)
    add_posting(db, company="Elsewhere", first_seen=at("2026-11-04 12:00"), place_key=SEATTLE)

    assert week(db, sub).is_quiet


def _board_figure(db, posting_id: int, low: float, as_of: str, ingested) -> None:
    observe(
        db, BOSTON, low, low, role="ml-intern", period="hour", source="example-board.com",
        url="https://jobs.example-board.com/", posting_id=posting_id, kind="range",
        role_published="ML Intern", source_kind="employer_posting", as_of=as_of,
        ingested_at=ingested.replace(tzinfo=None),
    )  # fmt: skip


def test_two_employers_postings_linking_to_one_board_page_are_not_a_pay_change(db):
    sub = boston(db)
    acme = add_posting(db, company="Acme", first_seen=at("2026-10-01 12:00"))
    globex = add_posting(db, company="Globex", first_seen=at("2026-11-04 12:00"))
    _board_figure(db, acme.id, 40, "2026-10-01", at("2026-10-01 12:00"))
    _board_figure(db, globex.id, 60, "2026-11-01", at("2026-11-04 12:00"))

    assert week(db, sub).pay_changes == []


def test_the_same_employers_posting_that_moved_is_a_pay_change(db):
    sub = boston(db)
    acme = add_posting(db, company="Acme", first_seen=at("2026-10-01 12:00"))
    _board_figure(db, acme.id, 40, "2026-10-01", at("2026-10-01 12:00"))
    _board_figure(db, acme.id, 50, "2026-11-01", at("2026-11-04 12:00"))

    assert [c.change_pct for c in week(db, sub).pay_changes] == [25.0]
