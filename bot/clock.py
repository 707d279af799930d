"""The clock process: one APScheduler CronTrigger job per subscription.

    $ python -m bot clock                 # Procfile: `clock: python -m bot clock`

    clock = DigestClock(settings, BackgroundScheduler(timezone=UTC))
    clock.start()                     # the Socket Mode process can run it in-process
    clock.sync()                      # reconcile jobs with the subscriptions table

Each job fires at its subscription's day and time in its own time zone and runs
``send_due`` for that subscription. The scheduler only decides *when*; the
store's ledger decides *whether* (``store.digest.ledger.claim_run``), so a restart,
a crash or a second clock never posts a week twice. Two interval jobs keep it
honest: ``sync`` (every minute) picks up subscriptions added, changed, paused or
removed from Slack, and ``catch_up`` (every 10 minutes, and at start) delivers
periods missed while the clock was down and retries deliveries that failed.

When collection is set up, two more: ``refresh`` (every 10 minutes) refreshes the
role and place of each digest due within ``REFRESH_LEAD_HOURS`` and retries failed
refreshes (``bot.refresh``), and ``inbox`` (every 2 minutes) ingests the files
dropped into ``INBOX_FOLDER`` (``store.collect.inbox``).
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.base import BaseScheduler
from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.interval import IntervalTrigger
from pydantic import BaseModel

from bot.delivery import DeliveryReport, send_due
from bot.refresh import RefreshOutcome, collection_enabled, refresh_due
from bot.settings import Settings
from store.collect.inbox import Inbox, Sweep
from store.db import connect, open_store
from store.digest.schedule import digest_trigger
from store.digest.subscriptions import list_subscriptions

log = logging.getLogger("bot.clock")

SYNC_JOB = "sync-subscriptions"
CATCH_UP_JOB = "catch-up"
REFRESH_JOB = "refresh"
INBOX_JOB = "inbox"
SYNC_MINUTES = 1
CATCH_UP_MINUTES = 10
REFRESH_MINUTES = 10
INBOX_MINUTES = 2


def job_id(sub_id: int) -> str:
    return f"digest-{sub_id}"


class SyncReport(BaseModel):
    added: list[int] = []
    changed: list[int] = []
    removed: list[int] = []


def scheduler_options(settings: Settings) -> dict:
    """UTC scheduler; each job coalesces missed runs, never overlaps, and may run hours late."""
    grace = max(int(settings.digest_catchup_hours * 3600), 60)
    return {
        "timezone": UTC,
        "executors": {"default": ThreadPoolExecutor(4)},
        "job_defaults": {"coalesce": True, "max_instances": 1, "misfire_grace_time": grace},
    }


class DigestClock:
    """Keeps ``scheduler``'s digest jobs in step with the subscriptions table."""

    def __init__(self, settings: Settings, scheduler: BaseScheduler) -> None:
        self.settings = settings
        self.scheduler = scheduler
        self._seen: dict[int, str] = {}  # subscription id -> updated_at its job was made from
        self.inbox = Inbox(settings.inbox_folder) if settings.inbox_folder else None

    def sync(self) -> SyncReport:
        """Add, reschedule or remove digest jobs; a subscription is known by id + updated_at."""
        db = connect(self.settings.database_path)
        try:
            active = {s.id: s for s in list_subscriptions(db) if not s.paused_reason}
        finally:
            db.conn.close()
        report = SyncReport()
        for sub_id in set(self._seen) - set(active):
            self.scheduler.remove_job(job_id(sub_id))
            del self._seen[sub_id]
            report.removed.append(sub_id)
        for sub_id, sub in active.items():
            stamp = sub.updated_at.isoformat()
            if self._seen.get(sub_id) == stamp:
                continue
            (report.changed if sub_id in self._seen else report.added).append(sub_id)
            self.scheduler.add_job(
                self.deliver,
                trigger=digest_trigger(sub),
                args=[sub_id],
                id=job_id(sub_id),
                name=f"digest {sub.channel_id} {sub.role} {sub.place_key}",
                replace_existing=True,
            )
            self._seen[sub_id] = stamp
        if report.added or report.changed or report.removed:
            log.info("subscriptions synced: %s", report.model_dump())
        return report

    def deliver(self, sub_id: int | None = None) -> DeliveryReport:
        """One ``send_due`` pass: for one subscription, or (``None``) for all."""
        db = connect(self.settings.database_path)
        try:
            only = None if sub_id is None else {sub_id}
            report = send_due(db, self.settings, datetime.now(UTC), only=only)
        finally:
            db.conn.close()
        if report.outcomes:
            log.info("digests: %s", report.summary())
        return report

    def refresh(self) -> list[RefreshOutcome]:
        """One refresh pass: pairs whose digest is near, and failed refreshes now due."""
        db = connect(self.settings.database_path)
        try:
            outcomes = refresh_due(db, self.settings, now=datetime.now(UTC))
        finally:
            db.conn.close()
        for outcome in outcomes:
            r = outcome.refresh
            log.info("refresh %s %s: %s %s", r.role, r.place_key, r.status, r.reason or "")
        return outcomes

    def sweep_inbox(self) -> Sweep:
        """One pass over the drop folder."""
        assert self.inbox is not None
        db = connect(self.settings.database_path)
        try:
            done = self.inbox.sweep(db, now=datetime.now(UTC))
        finally:
            db.conn.close()
        for item in done.handled:
            log.info("inbox: %s -> %s", item.result.summary(), item.moved_to)
        return done

    def start(self) -> None:
        """Schedule the sync and catch-up jobs (both run at once), the collection jobs when
        collection is set up, and start the scheduler."""
        now = datetime.now(UTC)
        self.scheduler.add_job(
            self.sync, IntervalTrigger(minutes=SYNC_MINUTES), id=SYNC_JOB, next_run_time=now
        )
        self.scheduler.add_job(
            self.deliver,
            IntervalTrigger(minutes=CATCH_UP_MINUTES),
            id=CATCH_UP_JOB,
            next_run_time=now,
        )
        if collection_enabled(self.settings):
            self.scheduler.add_job(
                self.refresh, IntervalTrigger(minutes=REFRESH_MINUTES), id=REFRESH_JOB,
                next_run_time=now,
            )  # fmt: skip
        if self.inbox is not None:
            self.scheduler.add_job(
                self.sweep_inbox, IntervalTrigger(minutes=INBOX_MINUTES), id=INBOX_JOB,
                next_run_time=now,
            )  # fmt: skip
        self.scheduler.start()


def start_background_clock(settings: Settings) -> DigestClock:
    """Run the clock inside another process (e.g. Socket Mode); returns it, already started."""
    open_store(settings.database_path).conn.close()  # create and migrate before jobs read it
    clock = DigestClock(settings, BackgroundScheduler(**scheduler_options(settings)))
    clock.start()
    return clock


def run_clock(settings: Settings) -> None:
    """The clock process: blocks until interrupted."""
    open_store(settings.database_path).conn.close()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    log.info("clock started; store at %s", settings.database_path)
    DigestClock(settings, BlockingScheduler(**scheduler_options(settings))).start()
