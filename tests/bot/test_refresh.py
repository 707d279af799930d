"""Refreshing before digests: a week of the clock against the Tavily and Slack stand-ins."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from apscheduler.schedulers.background import BackgroundScheduler

from bot.clock import INBOX_JOB, REFRESH_JOB, DigestClock, scheduler_options
from bot.refresh import digest_period
from bot.settings import load_settings
from store.collect.budget import searches_used
from store.collect.ledger import latest_refresh
from store.db import open_store
from store.digest.models import SubscriptionRequest
from store.digest.subscriptions import subscribe
from tests.digest_data import at
from tests.slack_standin import BOT_TOKEN
from tests.store.ingest_support import REPORT_SEED, seed

# Digests are due Mondays 09:00 New York time: 14:00 UTC in winter.
MONDAY = datetime(2026, 11, 30, 14, 0, tzinfo=UTC)
BOSTON = "city:US-MA-boston"


def salary_page(low: str, high: str) -> dict:
    return {
        "title": "Machine Learning Intern Salary in Boston, MA",
        "url": "https://www.salary.com/research/salary/hiring/machine-learning-intern-salary/boston-ma",
        "content": "How much does a Machine Learning Intern make in Boston, MA? The salary range "
        f"for a Machine Learning Intern job is from ${low} to ${high} per year in Boston, MA.",
    }


def posting_page(company: str, number: int, pay: str) -> dict:
    return {
        "title": f"Machine Learning Intern - {company} | Built In",
        "url": f"https://builtin.com/job/machine-learning-intern/{number}",
        "content": f"{company} is hiring a Machine Learning Intern in Boston, MA. "
        f"Pay: {pay} per hour. Apply now to join our applied ML team this summer.",
    }


@pytest.fixture
def settings(slack_standin, tavily_standin, tmp_path):
    return load_settings(
        slack_bot_token=BOT_TOKEN,
        slack_api_url=slack_standin.api_url,
        database_path=tmp_path / "salary.db",
        tavily_api_key=tavily_standin.api_key,
        tavily_api_url=tavily_standin.url,
        research_folder=tmp_path / "research",
        postings_sites="none",  # the boards cannot be reached from a test: postings are off
        tavily_timeout_seconds=5,
    )


@pytest.fixture
def db(settings):
    return open_store(settings.database_path)


@pytest.fixture
def clock(settings):
    return DigestClock(settings, BackgroundScheduler(**scheduler_options(settings)))


def follow(db, channel: str) -> None:
    request = SubscriptionRequest(
        team_id="T1", channel_id=channel, role="ml-intern", place_key=BOSTON,
        label="Machine Learning Intern in Boston, MA",
    )  # fmt: skip
    subscribe(db, request, now=at("2026-11-23 12:00"))


def run_at(moment: datetime, job):
    with time_machine.travel(moment, tick=False):
        return job()


def posted_text(slack_standin, channel: str) -> str:
    [call] = [c for c in slack_standin.calls("chat.postMessage") if c.body["channel"] == channel]
    return call.body["text"] + "\n" + str(call.blocks)


def test_a_week_refresh_then_digest_shows_the_new_posting_and_the_pay_change(
    db, clock, tavily_standin, slack_standin
):
    follow(db, "C1")
    follow(db, "C2")  # a second channel following the same pair shares the refresh
    tavily_standin.pages = [
        salary_page("100,000", "140,000"),
        posting_page("Acme Robotics", 4100001, "$40 - $48"),
    ]

    early = run_at(MONDAY - timedelta(hours=3), clock.refresh)  # before the lead time
    first = run_at(MONDAY - timedelta(hours=1, minutes=50), clock.refresh)
    again = run_at(MONDAY - timedelta(hours=1, minutes=40), clock.refresh)
    run_at(MONDAY + timedelta(seconds=5), clock.deliver)

    assert early == [] and again == []
    [done] = first
    assert (done.refresh.status, done.refresh.documents, done.refresh.searches) == ("done", 1, 3)
    assert done.refresh.postings == 1 and done.refresh.figures > 0
    assert "postings off: no job boards are configured" in done.notes[0]
    assert len(tavily_standin.searches) == 3  # one refresh for both channels
    assert "Acme Robotics" in posted_text(slack_standin, "C1")

    # The week after, the web has moved on: a new posting, and the salary page's range rose.
    slack_standin.reset()
    tavily_standin.pages = [
        salary_page("110,000", "150,000"),
        posting_page("Acme Robotics", 4100001, "$40 - $48"),
        posting_page("Lumen Health", 4100777, "$38 - $44"),
    ]
    next_monday = MONDAY + timedelta(days=7)
    [second] = run_at(next_monday - timedelta(hours=1, minutes=30), clock.refresh)
    run_at(next_monday + timedelta(seconds=5), clock.deliver)

    assert second.refresh.period == digest_period(next_monday) != done.refresh.period
    for channel in ("C1", "C2"):
        text = posted_text(slack_standin, channel)
        assert "Lumen Health" in text  # the new posting
        assert "Acme Robotics" not in text  # seen last week: not new
        assert "$100,000" in text and "$110,000" in text and "+8.3%" in text  # the pay change
    # Three searches a refresh, counted per month: November's and December's.
    assert (searches_used(db, now=MONDAY), searches_used(db, now=next_monday)) == (3, 3)


def test_a_failed_refresh_never_blocks_the_digest_and_is_retried_with_backoff(
    db, clock, tavily_standin, slack_standin
):
    follow(db, "C1")
    tavily_standin.pages = [posting_page("Acme Robotics", 4100001, "$40 - $48")]
    tavily_standin.fail_next(503)

    [failed] = run_at(MONDAY - timedelta(hours=1), clock.refresh)
    too_soon = run_at(MONDAY - timedelta(minutes=55), clock.refresh)
    report = run_at(MONDAY + timedelta(seconds=5), clock.deliver)
    [retried] = run_at(MONDAY + timedelta(minutes=1), clock.refresh)

    assert failed.refresh.status == "failed" and "Tavily failed (HTTP 503)" in failed.refresh.reason
    assert failed.refresh.next_try_at == MONDAY - timedelta(minutes=50)
    assert too_soon == []
    assert report.count("sent") == 1  # the digest went out on time, quiet or not
    assert (retried.refresh.status, retried.refresh.attempts) == ("done", 2)
    assert latest_refresh(db, "ml-intern", BOSTON).status == "done"


def test_without_a_key_or_boards_the_clock_refreshes_nothing(settings, db, tavily_standin):
    follow(db, "C1")
    quiet = DigestClock(
        settings.model_copy(update={"tavily_api_key": None}),
        BackgroundScheduler(**scheduler_options(settings)),
    )

    assert run_at(MONDAY - timedelta(hours=1), quiet.refresh) == []
    assert tavily_standin.searches == []


def test_the_running_clock_sweeps_the_inbox_and_schedules_refreshes(settings, db, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    dropped = inbox / "report.txt"
    dropped.write_bytes(seed(REPORT_SEED).read_bytes())
    old = time.time() - 120
    os.utime(dropped, (old, old))
    running = DigestClock(
        settings.model_copy(update={"inbox_folder": inbox}),
        BackgroundScheduler(**scheduler_options(settings)),
    )

    running.start()
    try:
        moved = inbox / "processed" / "report.txt"
        deadline = time.monotonic() + 20
        while not moved.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        jobs = {job.id: job for job in running.scheduler.get_jobs()}
    finally:
        running.scheduler.shutdown(wait=True)

    assert moved.exists() and not dropped.exists()
    assert jobs[REFRESH_JOB].trigger.interval == timedelta(minutes=10)
    assert jobs[INBOX_JOB].trigger.interval == timedelta(minutes=2)
    assert db.execute("select count(*) from documents").fetchone()[0] == 1
