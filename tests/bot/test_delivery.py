"""Delivering digests to the Slack stand-in: once a week, never twice, never silently lost.

Each test subscribes a channel, then runs ``send_due`` at the instants the
subscription's own CronTrigger fires, as the clock would.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from slack_sdk.oauth.installation_store import Installation
from slack_sdk.oauth.installation_store.sqlite3 import SQLite3InstallationStore

from bot.app import oauth_database_path
from bot.delivery import CLAIM_LEASE, ChannelPacer, send_due
from bot.settings import load_settings
from store.db import connect, open_store
from store.digest.ledger import claim_run, runs_for
from store.digest.models import Period, SubscriptionRequest
from store.digest.schedule import digest_trigger
from store.digest.subscriptions import get_subscription, list_subscriptions, subscribe
from tests.digest_data import SEATTLE, add_figure, add_posting, at, due_in_real_time
from tests.slack_standin import BOT_TOKEN, ROOT, app_env

NEW_YORK = ZoneInfo("America/New_York")
CREATED = at("2026-10-20 12:00")  # a Tuesday; Mondays 09:00 New York from then on


@pytest.fixture
def store_path(tmp_path):
    return tmp_path / "salary.db"


@pytest.fixture
def db(store_path):
    return open_store(store_path)


@pytest.fixture
def settings(slack_standin, store_path):
    return load_settings(
        slack_bot_token=BOT_TOKEN, slack_api_url=slack_standin.api_url, database_path=store_path
    )


def subscribe_channel(db, channel="C1", *, quiet="say", place_key="city:US-MA-boston"):
    request = SubscriptionRequest(
        team_id="T1",
        channel_id=channel,
        role="ml-intern",
        place_key=place_key,
        label="Machine Learning Intern in Boston, MA",
        quiet=quiet,
    )
    return subscribe(db, request, now=CREATED)


def fire_times(sub, count):
    """The subscription's first ``count`` fire times after it was made, from its own trigger."""
    trigger, fires = digest_trigger(sub), []
    fire = trigger.get_next_fire_time(None, CREATED)
    for _ in range(count):
        fires.append(fire)
        fire = trigger.get_next_fire_time(fire, fire + timedelta(seconds=1))
    return fires


def posted(standin):
    """chat.postMessage calls that Slack accepted (HTTP errors excluded; scripted
    ``ok: false`` answers are HTTP 200 too, so tests that script them count calls)."""
    return [c for c in standin.calls("chat.postMessage") if c.status == 200]


def posted_digest(ts: str, run_id: int, period_end) -> dict:
    """A digest as conversations.history returns it, with its metadata."""
    payload = {"run_id": run_id, "period_end": period_end.astimezone(UTC).isoformat()}
    return {"ts": ts, "metadata": {"event_type": "salary_digest", "event_payload": payload}}


def shown(call) -> str:
    return call.body.get("text", "") + json.dumps(call.blocks)


def metadata(call) -> dict:
    value = call.body["metadata"]
    return json.loads(value) if isinstance(value, str) else value


# -- week after week ----------------------------------------------------------------------------


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


# -- exactly once -------------------------------------------------------------------------------


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


# -- Slack's answers ----------------------------------------------------------------------------


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


# -- pacing -------------------------------------------------------------------------------------


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


# -- crashes around the lease, and what a digest counts ------------------------------------------


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
