"""Pacing: one message a second per channel, and a run that stops on time."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta

from slack_sdk.oauth.installation_store import Installation
from slack_sdk.oauth.installation_store.sqlite3 import SQLite3InstallationStore

from bot.app import oauth_database_path
from bot.delivery import CLAIM_LEASE, ChannelPacer, send_due
from bot.settings import load_settings
from store.digest.ledger import runs_for
from store.digest.models import SubscriptionRequest
from store.digest.schedule import digest_trigger
from store.digest.subscriptions import list_subscriptions, subscribe
from tests.bot.delivery.support import (
    NEW_YORK,
    fire_times,
    metadata,
    posted,
    shown,
    subscribe_channel,
)
from tests.digest_data import SEATTLE, add_posting, at, due_in_real_time
from tests.served_app import ROOT, app_env


def test_channels_are_posted_in_parallel_but_each_channel_at_its_own_pace(
    db, settings, slack_standin
):
    for channel in ("C1", "C2", "C3"):
        for place in ("city:US-MA-boston", SEATTLE):
            subscribe_channel(db, channel, place_key=place)
    [first] = fire_times(list_subscriptions(db)[0], 1)

    started = time.monotonic()
    send_due(db, settings, first, pacer=ChannelPacer(seconds=0.5))
    elapsed = time.monotonic() - started

    calls = posted(slack_standin)
    assert len(calls) == 6
    assert 0.5 <= elapsed < 1.5  # two rounds of three channels, not six posts in a row


def test_each_workspace_gets_its_digest_with_its_own_installation_token(
    db, store_path, slack_standin
):
    oauth = load_settings(
        slack_client_id="111.222",
        slack_client_secret="client-secret",
        slack_signing_secret="signing-secret",
        slack_api_url=slack_standin.api_url,
        database_path=store_path,
    )
    SQLite3InstallationStore(database=str(oauth_database_path(oauth)), client_id="111.222").save(
        Installation(
            app_id="A1",
            team_id="T1",
            user_id="U1",
            bot_token="xoxb-team-one",
            bot_id="B1",
            bot_user_id="U0BOT",
        )
    )
    sub = subscribe_channel(db)
    [first] = fire_times(sub, 1)

    send_due(db, oauth, first)

    [call] = posted(slack_standin)
    assert call.token == "xoxb-team-one"


def test_a_pass_killed_halfway_is_finished_later_without_duplicates_or_gaps(
    db, store_path, settings, slack_standin
):
    subs = [
        subscribe(
            db,
            SubscriptionRequest(
                team_id="T1",
                channel_id="C1",
                role="ml-intern",
                place_key=place,
                **due_in_real_time(),
            ),
            now=at("2020-01-01 00:00"),
        )
        for place in ("city:US-MA-boston", "city:US-WA-seattle", "remote")
    ]
    env = {**os.environ, **app_env(slack_standin, store_path)}
    # One channel, three digests: paced a second apart, so the kill lands mid-pass.
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "digest", "send-due"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    slack_standin.wait_for(lambda: slack_standin.calls("chat.postMessage"), timeout=30)
    process.kill()
    process.wait()
    before = len(slack_standin.calls("chat.postMessage"))
    assert before < 3
    # What Slack's history shows of the posts that went through before the kill.
    slack_standin.answer(
        "conversations.history",
        {
            "messages": [
                {"ts": f"1700000000.{n:06d}", "metadata": metadata(call)}
                for n, call in enumerate(slack_standin.calls("chat.postMessage"))
            ]
        },
    )

    send_due(db, settings, datetime.now(UTC) + CLAIM_LEASE + timedelta(minutes=1))

    calls = slack_standin.calls("chat.postMessage")
    run_ids = [metadata(c)["event_payload"]["run_id"] for c in calls]
    assert len(calls) == 3 and len(set(run_ids)) == 3
    assert [runs_for(db, s.id)[-1].status for s in subs] == ["sent"] * 3


def test_two_due_weeks_become_one_digest_covering_both(db, settings, slack_standin):
    generous = settings.model_copy(update={"digest_catchup_hours": 240})
    sub = subscribe_channel(db)
    oct26, nov2 = fire_times(sub, 2)
    add_posting(db, company="Acme", first_seen=at("2026-10-22 15:00"))
    add_posting(db, company="Globex", first_seen=at("2026-10-29 15:00"))

    send_due(db, generous, nov2 + timedelta(hours=1))

    runs = runs_for(db, sub.id)
    assert [(r.period_end, r.status) for r in runs] == [(oct26, "skipped"), (nov2, "sent")]
    assert runs[0].reason.startswith("covered by the digest due")
    [call] = posted(slack_standin)
    assert "Acme" in shown(call) and "Globex" in shown(call)


def test_in_march_the_digest_still_comes_at_nine_new_york_time(db, settings, slack_standin):
    request = SubscriptionRequest(
        team_id="T1", channel_id="C1", role="ml-intern", place_key="city:US-MA-boston"
    )
    sub = subscribe(db, request, now=at("2027-03-02 12:00"))
    trigger = digest_trigger(sub)
    mar8 = trigger.get_next_fire_time(None, at("2027-03-02 12:00"))
    mar15 = trigger.get_next_fire_time(mar8, mar8 + timedelta(seconds=1))

    for fire in (mar8, mar15):  # clocks spring forward on Sunday, March 14
        send_due(db, settings, fire)

    runs = runs_for(db, sub.id)
    assert [r.status for r in runs] == ["sent", "sent"]
    assert [r.period_end.astimezone(NEW_YORK).strftime("%H:%M") for r in runs] == ["09:00"] * 2
    assert [r.period_end.hour for r in runs] == [14, 13]  # UTC
    assert len(posted(slack_standin)) == 2
