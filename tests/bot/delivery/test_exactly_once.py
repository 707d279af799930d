"""A digest is posted exactly once: claims, leases, retries and the channel's history."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from datetime import timedelta

from bot.delivery import CLAIM_LEASE, send_due
from store.db import connect, open_store
from store.digest.ledger import claim_run, runs_for
from store.digest.models import Period, SubscriptionRequest
from store.digest.subscriptions import subscribe
from tests.bot.delivery.support import (
    fire_times,
    posted,
    posted_digest,
    shown,
    subscribe_channel,
)
from tests.digest_data import add_posting, at, due_in_real_time
from tests.served_app import ROOT, app_env


def test_a_restart_neither_repeats_nor_skips_a_week(db, settings, slack_standin):
    sub = subscribe_channel(db)
    oct26, nov2 = fire_times(sub, 2)

    send_due(db, settings, oct26)
    # The clock restarts: the same instant again, then the next week.
    send_due(open_store(settings.database_path), settings, oct26 + timedelta(minutes=1))
    send_due(db, settings, nov2)

    assert len(posted(slack_standin)) == 2
    assert [r.period_end for r in runs_for(db, sub.id)] == [oct26, nov2]


def test_two_clocks_at_once_post_exactly_once(store_path, settings, slack_standin):
    sub = subscribe_channel(open_store(store_path))
    [first] = fire_times(sub, 1)
    start = threading.Barrier(2)

    def clock() -> None:
        own = connect(store_path)
        start.wait()
        send_due(own, settings, first)

    threads = [threading.Thread(target=clock) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert len(posted(slack_standin)) == 1


def test_two_send_due_processes_at_once_post_exactly_once(db, store_path, slack_standin, tmp_path):
    # Made long ago, with a slot yesterday: due now, in real time.
    request = SubscriptionRequest(
        team_id="T1",
        channel_id="C1",
        role="ml-intern",
        place_key="city:US-MA-boston",
        **due_in_real_time(),
    )
    sub = subscribe(db, request, now=at("2020-01-01 00:00"))
    db["subscriptions"].update(sub.id, {"updated_at": "2020-01-01T00:00:00+00:00"})
    env = {**os.environ, **app_env(slack_standin, store_path)}
    command = [sys.executable, "-m", "bot", "digest", "send-due"]

    processes = [
        subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
        )
        for _ in range(2)
    ]
    outputs = [p.communicate(timeout=60)[0].decode() for p in processes]

    assert len(posted(slack_standin)) == 1, outputs
    assert any("1 sent" in out for out in outputs), outputs


def test_a_crash_before_posting_is_delivered_once_the_claim_goes_stale(db, settings, slack_standin):
    sub = subscribe_channel(db)
    [first] = fire_times(sub, 1)
    period = Period(start=first - timedelta(days=7), end=first)
    claim_run(db, sub, period, worker="crashed-clock", now=first)  # then the process died

    send_due(db, settings, first + timedelta(minutes=5))  # the claim may still be live
    assert posted(slack_standin) == []

    send_due(db, settings, first + CLAIM_LEASE + timedelta(minutes=1))

    assert len(slack_standin.calls("conversations.history")) == 1  # looked before posting
    assert len(posted(slack_standin)) == 1
    assert [r.status for r in runs_for(db, sub.id)] == ["sent"]


def test_a_crash_after_posting_is_recorded_from_the_channel_not_reposted(
    db, settings, slack_standin
):
    sub = subscribe_channel(db)
    [first] = fire_times(sub, 1)
    run = claim_run(
        db, sub, Period(start=first - timedelta(days=7), end=first), worker="w", now=first
    )
    # The crashed clock had posted: the channel's history carries the run id.
    slack_standin.answer(
        "conversations.history",
        {
            "messages": [
                {"ts": "1699999999.000100", "text": "hello"},
                posted_digest("1700000000.000777", run.id, first),
            ]
        },
    )

    send_due(db, settings, first + CLAIM_LEASE + timedelta(minutes=1))

    assert posted(slack_standin) == []
    [done] = runs_for(db, sub.id)
    assert (done.status, done.message_ts) == ("sent", "1700000000.000777")


def test_a_claim_whose_history_cannot_be_read_is_marked_unknown_not_reposted(
    db, settings, slack_standin
):
    sub = subscribe_channel(db)
    [first] = fire_times(sub, 1)
    claim_run(db, sub, Period(start=first - timedelta(days=7), end=first), worker="w", now=first)
    slack_standin.fail_next("conversations.history", error="missing_scope")

    report = send_due(db, settings, first + CLAIM_LEASE + timedelta(minutes=1))

    assert posted(slack_standin) == []
    [run] = runs_for(db, sub.id)
    assert run.status == "unknown" and "missing_scope" in run.reason
    assert report.count("unknown") == 1


def test_a_period_missed_for_longer_than_the_catchup_window_is_skipped(db, settings, slack_standin):
    sub = subscribe_channel(db)
    oct26, nov2, nov9 = fire_times(sub, 3)
    add_posting(db, company="Acme", first_seen=at("2026-10-22 15:00"))

    # The clock was down from before Oct 26 until two days after Nov 9.
    send_due(db, settings, nov9 + timedelta(hours=48))

    runs = runs_for(db, sub.id)
    assert [(r.period_end, r.status) for r in runs] == [
        (oct26, "skipped"),
        (nov2, "skipped"),
        (nov9, "sent"),
    ]
    assert "missed" in runs[0].reason
    [call] = posted(slack_standin)
    assert "Acme" in shown(call)  # nothing is lost: the window starts at the last delivery
