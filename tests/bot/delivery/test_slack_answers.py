"""What delivery does with each of Slack's answers: errors, rate limits, lost channels."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest

from bot.delivery import send_due
from store.digest.ledger import runs_for
from store.digest.subscriptions import get_subscription, list_subscriptions
from tests.bot.delivery.support import (
    fire_times,
    posted,
    posted_digest,
    subscribe_channel,
)


def test_a_rate_limit_waits_for_retry_after_then_posts_once(db, settings, slack_standin):
    sub = subscribe_channel(db)
    [first] = fire_times(sub, 1)
    slack_standin.fail_next("chat.postMessage", status=429, retry_after=1)

    started = time.monotonic()
    send_due(db, settings, first)

    assert time.monotonic() - started >= 1.0
    assert [c.status for c in slack_standin.calls("chat.postMessage")] == [429, 200]
    assert [r.status for r in runs_for(db, sub.id)] == ["sent"]


def test_a_server_error_is_retried_only_after_checking_it_did_not_post(db, settings, slack_standin):
    sub = subscribe_channel(db)
    [first] = fire_times(sub, 1)
    slack_standin.fail_next("chat.postMessage", status=500)

    send_due(db, settings, first)

    assert [c.status for c in slack_standin.calls("chat.postMessage")] == [500, 200]
    assert len(slack_standin.calls("conversations.history")) == 1
    assert [r.status for r in runs_for(db, sub.id)] == ["sent"]


def test_a_server_error_after_slack_did_post_is_not_posted_again(db, settings, slack_standin):
    sub = subscribe_channel(db)
    [first] = fire_times(sub, 1)
    slack_standin.fail_next("chat.postMessage", status=500)
    # Slack posted the message and then failed: history has it (run ids start at 1).
    slack_standin.answer(
        "conversations.history",
        {
            "messages": [
                posted_digest("1700000000.000555", 1, first),
            ]
        },
    )

    send_due(db, settings, first)

    assert [c.status for c in slack_standin.calls("chat.postMessage")] == [500]
    assert [(r.status, r.message_ts) for r in runs_for(db, sub.id)] == [
        ("sent", "1700000000.000555")
    ]


@pytest.mark.parametrize(
    "error",
    [
        "not_in_channel",
        "channel_not_found",
        "is_archived",
        "token_revoked",
        "invalid_auth",
        "account_inactive",
    ],
)
def test_a_channel_or_token_error_pauses_only_that_subscription(db, settings, slack_standin, error):
    subs = [subscribe_channel(db, "C-one"), subscribe_channel(db, "C-two")]
    [first] = fire_times(subs[0], 1)
    slack_standin.fail_next("chat.postMessage", error=error)

    report = send_due(db, settings, first)

    paused = [s for s in list_subscriptions(db) if s.paused_reason]
    assert len(paused) == 1 and paused[0].paused_reason.startswith(error)
    assert report.count("paused") == 1 and report.count("sent") == 1
    # A paused subscription is left alone until it is resumed; the other goes on.
    send_due(db, settings, first + timedelta(days=7))
    later = slack_standin.calls("chat.postMessage")[2:]
    assert [c.body["channel"] for c in later] == [
        s.channel_id for s in subs if s.id != paused[0].id
    ]
    assert get_subscription(db, paused[0].id).paused_reason is not None


def test_a_failure_that_never_posted_is_retried_by_the_next_pass(db, settings, slack_standin):
    sub = subscribe_channel(db)
    [first] = fire_times(sub, 1)
    slack_standin.fail_next("chat.postMessage", times=3, status=500)

    failed = send_due(db, settings, first)
    retried = send_due(db, settings, first + timedelta(minutes=10))

    assert failed.count("failed") == 1 and retried.count("sent") == 1
    assert len(posted(slack_standin)) == 1
    assert [r.status for r in runs_for(db, sub.id)] == ["sent"]
