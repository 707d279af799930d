"""Posting due digests to Slack, exactly once per subscription per week.

    report = send_due(db, settings, now=datetime.now(UTC))
    print(report.summary())  # e.g. "2 sent, 1 quiet (not posted), 0 skipped, 1 paused, 0 failed"

One pass (``send_due``) is used by the clock's jobs and by ``python -m bot digest
send-due``. For each subscription it finds the scheduled periods not yet in the
ledger, claims each (``store.digest.ledger.claim_run``: whoever inserts the row posts),
builds the digest and posts it (``bot.digest_post``, which never posts twice), then
records the message ts.

A claim left behind by a crash is recovered once it is older than ``CLAIM_LEASE``,
by looking in the channel first; if the history cannot be read the run is marked ``unknown`` and
  shown in `/salary subscriptions`, never re-posted on a guess.

Channel and token errors pause only the subscription concerned, with the reason.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from datetime import UTC, datetime, timedelta
from typing import Any

from pydantic import BaseModel
from slack_sdk import WebClient
from sqlite_utils import Database

from bot.digest_post import ChannelPacer, ClaimedDigest, Outcome, PostResult, deliver, team_client
from bot.settings import Settings
from store.digest.content import build_digest, window_start
from store.digest.ledger import (
    claim_run,
    finish_run,
    last_delivered_marks,
    latest_run,
    reclaim_run,
    record_skipped,
    release_run,
)
from store.digest.models import Digest, DigestRun, Period, Subscription
from store.digest.schedule import periods_between, utc
from store.digest.subscriptions import list_subscriptions, pause_subscription

CLAIM_LEASE = timedelta(minutes=15)
# A claimant starts no post after this much of its lease; with the Web API's 30 s
# timeout and rate-limit waits, its last post lands before the lease can expire, so the
# worker that takes the claim over sees it in the channel's history.
POST_WINDOW = CLAIM_LEASE / 2
MAX_WORKERS = 8


class RunOutcome(BaseModel):
    subscription_id: int
    channel_id: str
    period_end: datetime
    outcome: Outcome
    message_ts: str | None = None
    reason: str | None = None


class DeliveryReport(BaseModel):
    """What one pass did, run by run."""

    outcomes: list[RunOutcome] = []

    def count(self, outcome: Outcome) -> int:
        return sum(1 for o in self.outcomes if o.outcome == outcome)

    def summary(self) -> str:
        """'2 sent, 1 quiet (not posted), 0 skipped, 1 paused, 0 failed'."""
        text = (
            f"{self.count('sent')} sent, {self.count('quiet')} quiet (not posted), "
            f"{self.count('skipped')} skipped, {self.count('paused')} paused, "
            f"{self.count('failed')} failed"
        )
        extra = [f"{self.count(o)} {o}" for o in ("unknown", "taken") if self.count(o)]
        return ", ".join([text, *extra])


def worker_name() -> str:
    """Who claims runs: host, process and thread, so a ledger row says who posted it."""
    return f"{socket.gethostname()}:{os.getpid()}:{threading.get_ident()}"


def _post_by() -> float:
    """No attempt to post starts later than this, so every post of this claim has landed
    (HTTP timeouts included) well before the lease lets another worker take it over."""
    return time.monotonic() + POST_WINDOW.total_seconds()


def _due_jobs(
    db: Database, settings: Settings, sub: Subscription, now: datetime, worker: str
) -> tuple[list[ClaimedDigest], list[RunOutcome], list[DigestRun]]:
    """Claim ``sub``'s newest due period; record older ones as skipped, with the reason."""
    jobs, outcomes, stale = [], [], []
    latest = latest_run(db, sub.id)
    if latest is not None and latest.status == "claimed":
        if latest.claimed_at and now - utc(latest.claimed_at) > CLAIM_LEASE:
            stale.append(latest)
        return jobs, outcomes, stale  # someone is (or was) delivering it
    # A schedule change or a resume never re-delivers a slot that had already passed.
    after = max(utc(latest.period_end) if latest else utc(sub.created_at), utc(sub.updated_at))
    catchup = timedelta(hours=settings.digest_catchup_hours)
    periods = periods_between(sub, after, now)
    if not periods:
        return jobs, outcomes, stale
    # One digest per pass: the newest due period covers everything since the last
    # delivered one; older periods are recorded as skipped, with the reason.
    newest = periods[-1]
    for period in periods:
        if now - period.end > catchup:
            reason = (
                f"missed: due {period.end:%Y-%m-%d %H:%M} UTC, more than "
                f"{settings.digest_catchup_hours:g} h before the clock ran"
            )
        elif period is not newest:
            reason = f"covered by the digest due {newest.end:%Y-%m-%d %H:%M} UTC"
        else:
            continue
        if record_skipped(db, sub, period, reason, now=now):
            outcomes.append(_outcome(sub, period, "skipped", reason=reason))
    if now - newest.end > catchup:
        return jobs, outcomes, stale
    run = claim_run(db, sub, newest, worker=worker, now=now)
    if run is None:
        outcomes.append(_outcome(sub, newest, "taken"))
        return jobs, outcomes, stale
    digest = _digest_until(db, settings, sub, run.period_end)
    jobs.append(ClaimedDigest(subscription=sub, run=run, digest=digest, post_by=_post_by()))
    return jobs, outcomes, stale


def _digest_until(db: Database, settings: Settings, sub: Subscription, until: datetime) -> Digest:
    """The digest a claimed run posts: everything since the last delivered one, to ``until``."""
    return build_digest(
        db,
        sub,
        since=window_start(db, sub),
        until=until,
        threshold_pct=settings.pay_change_threshold_pct,
        after=last_delivered_marks(db, sub.id),
    )


def _outcome(sub: Subscription, period: Period | DigestRun, outcome: Outcome, **kw) -> RunOutcome:
    end = period.end if isinstance(period, Period) else period.period_end
    return RunOutcome(
        subscription_id=sub.id, channel_id=sub.channel_id, period_end=end, outcome=outcome, **kw
    )


def _record(db: Database, job: ClaimedDigest, result: PostResult, now: datetime) -> RunOutcome:
    sub, run = job.subscription, job.run
    if result.keep_claim:
        pass  # recovered once the lease expires, by a worker that checks the channel first
    elif result.outcome == "paused":
        finish_run(db, run.id, "failed", now=now, reason=result.reason, digest=job.digest)
        pause_subscription(db, sub.id, result.reason or "paused", now=now)
    elif result.retry:
        # Nothing was posted (checked): give the claim back for the next pass to retry.
        release_run(db, run.id)
    else:
        status = "failed" if result.outcome == "failed" else result.outcome
        finish_run(
            db,
            run.id,
            status,
            now=now,
            message_ts=result.message_ts,
            reason=result.reason,
            digest=job.digest,
        )
    return _outcome(sub, run, result.outcome, message_ts=result.message_ts, reason=result.reason)


def _recover(
    db: Database, settings: Settings, run: DigestRun, sub: Subscription, worker: str, now: datetime
) -> ClaimedDigest | None:
    """A claim whose worker died: deliver it, checking the channel before posting."""
    taken = reclaim_run(db, run, worker=worker, now=now)
    if taken is None:
        return None
    digest = _digest_until(db, settings, sub, taken.period_end)
    return ClaimedDigest(
        subscription=sub, run=taken, digest=digest, recovering=True, post_by=_post_by()
    )


def send_due(
    db: Database,
    settings: Settings,
    now: datetime | None = None,
    *,
    only: set[int] | None = None,
    pacer: ChannelPacer | None = None,
) -> DeliveryReport:
    """Deliver every digest that is due at ``now``; safe to run from many processes at once.

    ``only`` limits the pass to some subscription ids (the clock's per-subscription
    jobs). Each workspace is posted to with its own token (``team_client``); posting
    runs in a small thread pool, paced per channel (``pacer``).
    """
    now = utc(now or datetime.now(UTC))
    worker = worker_name()
    pacer = pacer or ChannelPacer()
    clients: dict[str, WebClient] = {}

    def client_for(team_id: str) -> WebClient:
        if team_id not in clients:
            clients[team_id] = team_client(settings, team_id)
        return clients[team_id]

    report = DeliveryReport()
    jobs: list[ClaimedDigest] = []
    for sub in list_subscriptions(db):
        if sub.paused_reason or (only is not None and sub.id not in only):
            continue
        due, outcomes, stale = _due_jobs(db, settings, sub, now, worker)
        report.outcomes += outcomes
        jobs += due
        jobs += filter(None, (_recover(db, settings, run, sub, worker, now) for run in stale))
    for job in [j for j in jobs if j.digest.is_quiet and j.subscription.quiet == "skip"]:
        jobs.remove(job)
        report.outcomes.append(
            _record(db, job, PostResult(outcome="quiet", reason="quiet week"), now)
        )

    # The n-th message of every channel goes out before any channel's (n+1)-th, so
    # the pool is not held up by one busy channel's pacing.
    by_channel: dict[str, list[ClaimedDigest]] = {}
    for job in jobs:
        by_channel.setdefault(job.subscription.channel_id, []).append(job)
    ordered = [job for rnd in _rounds(by_channel) for job in rnd]
    if not ordered:
        return report
    with ThreadPoolExecutor(max_workers=min(MAX_WORKERS, len(by_channel))) as pool:
        futures = {
            pool.submit(deliver, client_for(job.subscription.team_id), job, pacer): job
            for job in ordered
        }
        for future in as_completed(futures):
            report.outcomes.append(_record(db, futures[future], future.result(), now))
    return report


def _rounds(by_channel: dict[str, list[Any]]) -> list[list[Any]]:
    depth = max((len(jobs) for jobs in by_channel.values()), default=0)
    return [[jobs[i] for jobs in by_channel.values() if i < len(jobs)] for i in range(depth)]
