"""`/salary subscribe|subscriptions|unsubscribe|digest preview`, and the workspace lifecycle.

Most tests call the command's answer directly on a real store; the last ones
go through the real app over signed HTTP, as Slack would.
"""

from __future__ import annotations

import json
import sqlite3
import time

import pytest

from bot.settings import load_settings
from handlers.subscriptions import answer_subscription_command, home_blocks
from store.db import connect, open_store
from store.digest.ledger import claim_run, finish_run
from store.digest.models import Period, SubscriptionRequest
from store.digest.subscriptions import list_subscriptions, pause_subscription, subscribe
from tests.digest_data import add_posting, at
from tests.slack_standin import TEAM_ID


@pytest.fixture
def db(tmp_path):
    return open_store(tmp_path / "salary.db")


@pytest.fixture
def settings(tmp_path):
    return load_settings(database_path=tmp_path / "salary.db")


def salary(db, settings, text, channel="C1"):
    """What `/salary <text>` answers privately in ``channel``."""
    reply = answer_subscription_command(
        db, settings, text=text, team_id="T1", channel_id=channel, user_id="U1"
    )
    assert set(reply) == {"text", "blocks"}
    return reply


def test_subscribing_uses_the_default_schedule_and_says_when_the_first_digest_comes(db, settings):
    reply = salary(db, settings, "subscribe ml-intern boston")

    [sub] = list_subscriptions(db, "T1", "C1")
    assert (sub.role, sub.place_key) == ("ml-intern", "city:US-MA-boston")
    assert (sub.day_of_week, sub.time_of_day, sub.timezone, sub.quiet) == (
        "mon",
        "09:00",
        "America/New_York",
        "say",
    )
    assert sub.created_by == "U1"
    assert "Boston, MA" in reply["text"] and "Mondays at 09:00" in reply["text"]
    assert "next on Mon" in reply["text"]


def test_subscribing_again_updates_or_resumes_the_same_subscription(db, settings):
    salary(db, settings, "subscribe ml-intern boston")
    [sub] = list_subscriptions(db)

    updated = salary(db, settings, "subscribe ml-intern boston on fri")["text"]
    pause_subscription(
        db, sub.id, "is_archived: the channel is archived", now=at("2026-11-02 12:00")
    )
    resumed = salary(db, settings, "subscribe ml-intern boston on fri")["text"]

    assert updated.startswith("Updated this channel's") and "Fridays" in updated
    assert resumed.startswith("Resumed and updated")
    assert [(s.id, s.paused_reason) for s in list_subscriptions(db)] == [(sub.id, None)]


@pytest.mark.parametrize(
    ("words", "day", "time"),
    [
        ("weekly on monday at 9:00", "mon", "09:00"),
        ("weekly on fri at 14:30", "fri", "14:30"),
        ("on tuesday at 8am", "tue", "08:00"),
        ("every thursdays at 2:15 pm", "thu", "14:15"),
        ("at noon", "mon", "12:00"),
    ],
)
def test_the_schedule_can_be_given_in_words(db, settings, words, day, time):
    salary(db, settings, f"subscribe ml-intern boston {words}")

    [sub] = list_subscriptions(db, "T1", "C1")
    assert (sub.day_of_week, sub.time_of_day, sub.place_key) == (day, time, "city:US-MA-boston")


def test_quiet_weeks_and_time_zone_are_per_subscription(db, settings):
    salary(db, settings, "subscribe ml-intern boston on wed at 10:00 quiet: skip tz: Europe/Berlin")

    [sub] = list_subscriptions(db, "T1", "C1")
    assert (sub.quiet, sub.timezone, sub.day_of_week) == ("skip", "Europe/Berlin", "wed")


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("subscribe ml-intern boston on funday", "not a day of the week"),
        ("subscribe ml-intern boston at 25:00", "not a time of day"),
        ("subscribe ml-intern boston at 13pm", "with am/pm the hour is 1 to 12"),
        ("subscribe ml-intern boston quiet: maybe", "quiet: skip"),
        ("subscribe ml-intern boston tz: Mars/Olympus", "not a time zone"),
        ("subscribe", "Which role and place?"),
        ("subscribe underwater basket weaving boston", "I don't know the role"),
        ("subscribe teacher boston", "“teacher” covers several roles: which one?"),
        ("subscribe ml-intern qwxzv", "couldn't place"),
        ("subscribe boston", "Which role in Boston, MA?"),
        ("subscriptions everything", "lists this channel's digests"),
        ("digest now", "I don't know"),
    ],
)
def test_bad_input_gets_a_sentence_not_a_trace_and_saves_nothing(db, settings, text, says):
    reply = salary(db, settings, text)

    assert says in reply["text"]
    assert list_subscriptions(db) == []


def test_a_misspelt_role_is_read_and_the_reply_says_how(db, settings):
    reply = salary(db, settings, "subscribe machine lerning intren boston")

    assert "Read “machine lerning intren” as Machine Learning Intern" in reply["text"]
    assert [s.role for s in list_subscriptions(db)] == ["ml-intern"]


def test_subscribing_to_a_comparison_follows_the_first_place_and_says_how_to_add_the_rest(
    db, settings
):
    reply = salary(db, settings, "subscribe ml-intern boston vs seattle")

    assert [s.place_key for s in list_subscriptions(db)] == ["city:US-MA-boston"]
    assert "Only Boston, MA is followed: `/salary subscribe ml-intern Seattle, WA`" in reply["text"]


def test_the_list_shows_next_delivery_and_why_a_subscription_is_paused(db, settings):
    salary(db, settings, "subscribe ml-intern boston")
    salary(db, settings, "subscribe ml-intern seattle on fri at 14:30")
    salary(db, settings, "subscribe ml-intern remote", channel="C-other")
    seattle = list_subscriptions(db, "T1", "C1")[1]
    pause_subscription(
        db, seattle.id, "not_in_channel: the bot is not in this channel", now=at("2026-11-02 12:00")
    )

    text = salary(db, settings, "subscriptions")["text"]

    ids = [sub.id for sub in list_subscriptions(db, "T1", "C1")]
    assert all(f"*#{i}*" in text for i in ids) and "Remote" not in text
    assert "next Mon" in text
    assert "paused: not_in_channel" in text
    assert "`/salary subscriptions resume` un-pauses" in json.dumps(
        salary(db, settings, "subscriptions")["blocks"]
    )


def test_resume_unpauses_this_channels_subscriptions(db, settings):
    salary(db, settings, "subscribe ml-intern boston")
    [sub] = list_subscriptions(db, "T1", "C1")
    pause_subscription(
        db, sub.id, "is_archived: the channel is archived", now=at("2026-11-02 12:00")
    )

    text = salary(db, settings, "subscriptions resume")["text"]

    assert list_subscriptions(db, "T1", "C1")[0].paused_reason is None
    assert "paused" not in text and "next Mon" in text
    assert salary(db, settings, "subscriptions resume")["text"] == "Nothing here was paused."


def test_a_run_of_unknown_outcome_is_surfaced(db, settings):
    salary(db, settings, "subscribe ml-intern boston")
    [sub] = list_subscriptions(db, "T1", "C1")
    run = claim_run(
        db,
        sub,
        Period(start=at("2026-10-26 13:00"), end=at("2026-11-02 14:00")),
        worker="w",
        now=at("2026-11-02 14:00"),
    )
    finish_run(
        db,
        run.id,
        "unknown",
        now=at("2026-11-02 14:20"),
        reason="could not check whether it was already posted (missing_scope)",
    )

    text = salary(db, settings, "subscriptions")["text"]

    assert "may not have been posted" in text and "missing_scope" in text


def test_unsubscribe_by_stable_id_or_by_role_and_place(db, settings):
    for place in ("boston", "seattle", "remote"):
        salary(db, settings, f"subscribe ml-intern {place}")
    boston, seattle, _ = list_subscriptions(db)

    assert "Seattle" in salary(db, settings, f"unsubscribe #{seattle.id}")["text"]
    # The same command again names the same subscription, now gone: nothing else moves up.
    assert f"no digest #{seattle.id}" in salary(db, settings, f"unsubscribe {seattle.id}")["text"]
    assert "Remote" in salary(db, settings, "unsubscribe ml-intern remote")["text"]
    assert "no digest #99" in salary(db, settings, "unsubscribe 99")["text"]
    assert f"#{boston.id}" in salary(db, settings, "unsubscribe 99")["text"]
    assert "not subscribed" in salary(db, settings, "unsubscribe ml-intern seattle")["text"]
    assert [s.place_key for s in list_subscriptions(db)] == ["city:US-MA-boston"]


def test_preview_shows_privately_what_the_next_digest_would_say(db, settings):
    salary(db, settings, "subscribe ml-intern boston")
    [sub] = list_subscriptions(db)
    db["subscriptions"].update(sub.id, {"created_at": "2020-01-01T00:00:00+00:00"})
    add_posting(db, company="Acme Robotics", first_seen=at("2025-06-01 12:00"))

    reply = salary(db, settings, "digest preview")

    assert "Preview" in reply["text"] and "1 new posting" in reply["text"]
    assert "Acme Robotics" in json.dumps(reply["blocks"])
    assert db["digest_runs"].count == 0  # a preview posts and records nothing


def test_the_home_tab_lists_subscriptions_and_recent_digests(db, settings):
    salary(db, settings, "subscribe ml-intern boston")
    [sub] = list_subscriptions(db)
    run = claim_run(
        db,
        sub,
        Period(start=at("2026-10-26 13:00"), end=at("2026-11-02 14:00")),
        worker="w",
        now=at("2026-11-02 14:00"),
    )
    finish_run(db, run.id, "sent", now=at("2026-11-02 14:00"), message_ts="1.2")

    text = json.dumps(home_blocks(db, "T1"))

    assert "Weekly digests" in text and "<#C1>" in text and "Recent digests" in text
    assert "Nov 2, 2026" in text
    assert "No channel subscribes yet" in json.dumps(home_blocks(db, "T-nobody"))


# -- through the real app -------------------------------------------------------------------


def rows(path, sql):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_subscribe_over_signed_http_answers_privately_and_saves(signed_client, app_store_path):
    response = signed_client.slash_command(
        "subscribe ml-intern boston weekly on fri at 14:30", channel_id="C-http"
    )

    assert response.status == 200
    body = response.json()
    assert body["response_type"] == "ephemeral" and "Fridays at 14:30" in body["text"]
    assert rows(app_store_path, "select channel_id, day_of_week from subscriptions") == [
        ("C-http", "fri")
    ]


def test_uninstalling_the_app_deletes_the_workspace_subscriptions(signed_client, app_store_path):
    db = connect(app_store_path)
    subscribe_for(db, TEAM_ID, "C-gone")
    subscribe_for(db, "T-other", "C-kept")

    assert signed_client.event({"type": "app_uninstalled"}).status == 200

    wait_until(
        lambda: not rows(app_store_path, f"select 1 from subscriptions where team_id = '{TEAM_ID}'")
    )
    assert rows(app_store_path, "select channel_id from subscriptions") == [("C-kept",)]


def test_revoked_bot_tokens_pause_the_workspace_subscriptions(signed_client, app_store_path):
    db = connect(app_store_path)
    db.execute("delete from subscriptions")
    subscribe_for(db, TEAM_ID, "C-paused")

    response = signed_client.event({"type": "tokens_revoked", "tokens": {"bot": ["U0BOT"]}})

    assert response.status == 200
    wait_until(lambda: rows(app_store_path, "select paused_reason from subscriptions")[0][0])
    [(reason,)] = rows(app_store_path, "select paused_reason from subscriptions")
    assert reason.startswith("tokens_revoked")


def subscribe_for(db, team_id, channel):
    subscribe(
        db,
        SubscriptionRequest(
            team_id=team_id, channel_id=channel, role="ml-intern", place_key="city:US-MA-boston"
        ),
        now=at("2026-11-02 12:00"),
    )


def wait_until(condition, timeout=5.0):
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "the app did not update the store in time"
        time.sleep(0.05)
