"""The clock: one CronTrigger job per subscription, kept in step with the store while it runs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from apscheduler.schedulers.background import BackgroundScheduler

from bot.clock import DigestClock, job_id, scheduler_options, start_background_clock
from bot.settings import load_settings
from store.db import open_store
from store.digest.models import SubscriptionRequest
from store.digest.subscriptions import pause_subscription, subscribe, unsubscribe
from tests.digest_data import at
from tests.slack_standin import BOT_TOKEN

NEW_YORK = ZoneInfo("America/New_York")


@pytest.fixture
def settings(slack_standin, tmp_path):
    return load_settings(
        slack_bot_token=BOT_TOKEN,
        slack_api_url=slack_standin.api_url,
        database_path=tmp_path / "salary.db",
    )


@pytest.fixture
def db(settings):
    return open_store(settings.database_path)


@pytest.fixture
def scheduler(settings):
    scheduler = BackgroundScheduler(**scheduler_options(settings))
    scheduler.start(paused=True)  # jobs get their next run times, nothing runs
    yield scheduler
    scheduler.shutdown(wait=False)


def channel_sub(db, channel, *, now, **schedule):
    request = SubscriptionRequest(
        team_id="T1",
        channel_id=channel,
        role="ml-intern",
        place_key="city:US-MA-boston",
        **schedule,
    )
    return subscribe(db, request, now=now)


@time_machine.travel(datetime(2026, 10, 28, 12, 0, tzinfo=UTC), tick=False)
def test_each_subscription_gets_a_weekly_job_at_its_local_time(db, settings, scheduler):
    boston = channel_sub(db, "C1", now=at("2026-10-28 12:00"))
    berlin = channel_sub(
        db,
        "C2",
        now=at("2026-10-28 12:00"),
        day_of_week="fri",
        time_of_day="14:30",
        timezone="Europe/Berlin",
    )

    report = DigestClock(settings, scheduler).sync()

    assert sorted(report.added) == [boston.id, berlin.id]
    job = scheduler.get_job(job_id(boston.id))
    assert job.next_run_time.astimezone(NEW_YORK).strftime("%a %Y-%m-%d %H:%M") == (
        "Mon 2026-11-02 09:00"
    )
    assert job.misfire_grace_time == settings.digest_catchup_hours * 3600
    assert (job.coalesce, job.max_instances) == (True, 1)
    other = scheduler.get_job(job_id(berlin.id)).next_run_time
    assert other.strftime("%a %H:%M %Z") == "Fri 14:30 CET"


def test_changes_made_from_slack_are_picked_up_without_a_restart(db, settings, scheduler):
    clock = DigestClock(settings, scheduler)
    kept = channel_sub(db, "C1", now=at("2026-10-28 12:00"))
    moved = channel_sub(db, "C2", now=at("2026-10-28 12:00"))
    paused = channel_sub(db, "C3", now=at("2026-10-28 12:00"))
    gone = channel_sub(db, "C4", now=at("2026-10-28 12:00"))
    clock.sync()

    added = channel_sub(db, "C5", now=at("2026-10-29 12:00"))
    channel_sub(db, "C2", now=at("2026-10-29 12:00"), day_of_week="wed")
    pause_subscription(db, paused.id, "not_in_channel", now=at("2026-10-29 12:00"))
    unsubscribe(db, gone.id)
    report = clock.sync()

    assert (report.added, report.changed, sorted(report.removed)) == (
        [added.id],
        [moved.id],
        sorted([paused.id, gone.id]),
    )
    jobs = {job.id: job for job in scheduler.get_jobs()}
    assert set(jobs) == {job_id(kept.id), job_id(moved.id), job_id(added.id)}
    assert jobs[job_id(moved.id)].next_run_time.astimezone(NEW_YORK).strftime("%a") == "Wed"
    assert clock.sync() == type(report)()  # nothing changed since


def test_the_running_clock_posts_at_nine_new_york_time(db, settings, slack_standin):
    channel_sub(db, "C1", now=at("2026-10-30 12:00"))
    nine = datetime(2026, 11, 2, 9, 0, tzinfo=NEW_YORK)  # the first Monday after DST ended

    with time_machine.travel(nine - timedelta(seconds=2), tick=True):
        clock = start_background_clock(settings)  # as a Socket Mode process would run it
        try:
            [call] = slack_standin.wait_for(lambda: slack_standin.calls("chat.postMessage"), 10)
            posted_at = datetime.now(UTC)
        finally:
            clock.scheduler.shutdown(wait=True)

    assert call.body["channel"] == "C1"
    assert nine <= posted_at < nine + timedelta(seconds=5)
    assert len(slack_standin.calls("chat.postMessage")) == 1
