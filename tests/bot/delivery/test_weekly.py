"""Digests week after week, at the instants each subscription's own CronTrigger fires."""

from __future__ import annotations

from datetime import timedelta

from bot.delivery import send_due
from store.digest.ledger import runs_for
from tests.bot.delivery.support import (
    NEW_YORK,
    fire_times,
    metadata,
    posted,
    shown,
    subscribe_channel,
)
from tests.digest_data import add_figure, add_posting, at


def test_one_digest_a_week_at_nine_new_york_time_across_the_dst_change(db, settings, slack_standin):
    sub = subscribe_channel(db)
    oct26, nov2, nov9 = fire_times(sub, 3)
    add_posting(db, company="Acme", first_seen=at("2026-10-22 15:00"))
    add_posting(db, company="Globex", first_seen=at("2026-10-29 15:00"))
    add_posting(db, company="Initech", first_seen=at("2026-11-05 15:00"))

    for fire in (oct26, nov2, nov9):
        send_due(db, settings, fire + timedelta(seconds=5))
        send_due(db, settings, fire + timedelta(hours=2))  # a second pass finds nothing due

    calls = posted(slack_standin)
    assert [c.body["channel"] for c in calls] == ["C1"] * 3
    assert ["Acme" in shown(c) for c in calls] == [True, False, False]
    assert ["Globex" in shown(c) for c in calls] == [False, True, False]
    assert ["Initech" in shown(c) for c in calls] == [False, False, True]
    runs = runs_for(db, sub.id)
    assert [r.status for r in runs] == ["sent"] * 3
    assert all(r.message_ts for r in runs)
    assert [r.period_end.astimezone(NEW_YORK).hour for r in runs] == [9, 9, 9]
    assert [r.period_end.hour for r in runs] == [13, 14, 14]  # UTC moves with DST
    assert [metadata(c)["event_payload"]["run_id"] for c in calls] == [r.id for r in runs]


def test_the_digest_lists_pay_changes_and_closed_postings(db, settings, slack_standin):
    sub = subscribe_channel(db)
    [first] = fire_times(sub, 1)
    gone = add_posting(db, company="Gone Inc", first_seen=at("2026-10-01 12:00"))
    db["postings"].update(gone.id, {"status": "expired", "closed_at": "2026-10-23T12:00:00"})
    add_figure(db, low=100_000, as_of="2026-09-01", ingested=at("2026-09-02 12:00"))
    add_figure(db, low=110_000, as_of="2026-10-21", ingested=at("2026-10-22 12:00"))

    send_due(db, settings, first)

    [call] = posted(slack_standin)
    assert "Gone Inc" in shown(call) and "expired" in shown(call)
    assert "$100,000" in shown(call) and "$110,000" in shown(call) and "+10.0%" in shown(call)


def test_a_quiet_week_is_said_in_one_line_or_skipped(db, settings, slack_standin):
    says = subscribe_channel(db, "C-say", quiet="say")
    skips = subscribe_channel(db, "C-skip", quiet="skip")
    [first] = fire_times(says, 1)

    report = send_due(db, settings, first)

    [call] = posted(slack_standin)
    assert call.body["channel"] == "C-say" and "Nothing new this week" in call.body["text"]
    assert [r.status for r in runs_for(db, skips.id)] == ["quiet"]
    assert report.count("quiet") == 1 and report.count("sent") == 1
