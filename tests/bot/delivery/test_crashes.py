"""Crashes around the lease, and what a digest counts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.delivery import CLAIM_LEASE, send_due
from store.digest.ledger import runs_for
from tests.bot.delivery.support import (
    fire_times,
    posted,
    shown,
    subscribe_channel,
)
from tests.digest_data import add_posting


class SimulatedClock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now.timestamp()


def test_a_crash_after_posting_is_found_however_long_after_the_claim_it_is_recovered(
    db, settings, slack_standin, monkeypatch
):
    sub = subscribe_channel(db)
    [first] = fire_times(sub, 1)
    clock = SimulatedClock(first + timedelta(seconds=30))
    slack_standin.keep_history(clock)

    def crash(*args, **kwargs):
        raise SystemExit("killed between posting and recording")

    with monkeypatch.context() as patch:
        patch.setattr("bot.delivery._record", crash)
        with pytest.raises(SystemExit):
            send_due(db, settings, first + timedelta(seconds=30))
    assert len(posted(slack_standin)) == 1  # it did post, then died

    # Recovered hours later (well past the lease, within the catch-up window); the
    # takeover's new claim time must not narrow the search for the earlier post.
    clock.now = first + timedelta(hours=5)
    send_due(db, settings, clock.now)
    send_due(db, settings, clock.now + CLAIM_LEASE * 2)

    assert len(posted(slack_standin)) == 1
    [run] = runs_for(db, sub.id)
    assert (run.status, run.reason) == ("sent", "found already posted")


def test_a_claimant_out_of_time_leaves_the_claim_and_the_takeover_posts_once(
    db, settings, slack_standin, monkeypatch
):
    sub = subscribe_channel(db)
    [first] = fire_times(sub, 1)
    clock = SimulatedClock(first)
    slack_standin.keep_history(clock)
    slack_standin.fail_next("chat.postMessage", status=500)  # Slack may or may not have posted

    with monkeypatch.context() as patch:
        patch.setattr("bot.delivery.POST_WINDOW", timedelta(seconds=0.5))
        patch.setattr("bot.digest_post.BACKOFF_SECONDS", 1.0)
        report = send_due(db, settings, first + timedelta(seconds=5))

    assert "out of time to post" in report.outcomes[0].reason
    assert [r.status for r in runs_for(db, sub.id)] == ["claimed"]  # left for a takeover
    clock.now = first + CLAIM_LEASE + timedelta(minutes=1)
    send_due(db, settings, clock.now)
    send_due(db, settings, clock.now + CLAIM_LEASE * 2)

    assert len(posted(slack_standin)) == 1
    assert [r.status for r in runs_for(db, sub.id)] == ["sent"]


def test_a_posting_committed_while_a_digest_was_built_is_in_the_next_one(
    db, settings, slack_standin
):
    sub = subscribe_channel(db)
    first, second = fire_times(sub, 2)
    add_posting(db, company="Before", first_seen=first - timedelta(days=1))
    send_due(db, settings, first + timedelta(seconds=5))
    # An ingest that started a minute before the period ended committed only now.
    add_posting(db, company="Straggler", first_seen=(first - timedelta(minutes=1)).astimezone(UTC))
    # And one that started after the period ended but committed before the digest read.
    send_due(db, settings, second + timedelta(seconds=5))

    calls = posted(slack_standin)
    assert len(calls) == 2
    assert "Before" in shown(calls[0]) and "Straggler" not in shown(calls[0])
    assert "Straggler" in shown(calls[1]) and "Before" not in shown(calls[1])


def test_a_posting_stamped_after_the_period_but_committed_before_the_build_is_not_lost(
    db, settings, slack_standin
):
    sub = subscribe_channel(db)
    first, second = fire_times(sub, 2)
    add_posting(db, company="Early bird", first_seen=(first + timedelta(seconds=2)).astimezone(UTC))
    send_due(db, settings, first + timedelta(seconds=5))
    send_due(db, settings, second + timedelta(seconds=5))

    calls = posted(slack_standin)
    assert ["Early bird" in shown(c) for c in calls] == [False, True]
