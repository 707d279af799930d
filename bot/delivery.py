"""Posting due digests to Slack, exactly once per subscription per week.

    report = send_due(db, settings, now=datetime.now(UTC))
    print(report.summary())  # e.g. "2 sent, 1 quiet (not posted), 0 skipped, 1 paused, 0 failed"

One pass (``send_due``) is used by the clock's jobs and by ``python -m bot digest
send-due``. For each subscription it finds the scheduled periods not yet in the
ledger, claims each (``store.digest.ledger.claim_run``: whoever inserts the row posts),
builds the digest and posts it, then records the message ts.

Why a post is never sent twice:

* 429 is retried after ``Retry-After`` by slack_sdk's RateLimitErrorRetryHandler:
  Slack refused the request, so nothing was posted.
* 5xx answers and dropped connections are *not* retried blindly (Slack may have
  posted before failing). Every digest carries message metadata
  (``event_type="salary_digest"``, ``run_id``); before posting again we look for
  it in ``conversations.history`` and only post if it is not there.
* A claim left behind by a crash is recovered the same way once it is older than
  ``CLAIM_LEASE``; if the history cannot be read the run is marked ``unknown`` and
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
from typing import Any, Literal

from pydantic import BaseModel
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler
from slack_sdk.oauth.installation_store.sqlite3 import SQLite3InstallationStore
from sqlite_utils import Database

from bot.app import oauth_database_path, private_file
from bot.settings import Settings
from bot.slack_client import make_web_client
from display.digest import digest_message, quiet_message
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

METADATA_EVENT = "salary_digest"
CLAIM_LEASE = timedelta(minutes=15)
# A claimant starts no post after this much of its lease; with the Web API's 30 s
# timeout and rate-limit waits, its last post lands before the lease can expire, so the
# worker that takes the claim over sees it in the channel's history.
POST_WINDOW = CLAIM_LEASE / 2
# How far before a period's end the history check starts looking: a run is claimed, and
# so posted, only once its period has ended; this allows for clocks that disagree.
CLOCK_SKEW = timedelta(minutes=5)
PACE_SECONDS = 1.0  # Slack allows about one message per second per channel
MAX_WORKERS = 8
POST_ATTEMPTS = 3
BACKOFF_SECONDS = 1.0

# Answers that mean this subscription cannot be delivered until someone acts.
PAUSING_ERRORS = {
    "not_in_channel": "the bot is not in this channel (invite it, then resume)",
    "channel_not_found": "the channel was not found (deleted, or private without the bot)",
    "is_archived": "the channel is archived",
    "token_revoked": "the workspace revoked the bot's token",
    "invalid_auth": "the bot's token is not valid",
    "not_authed": "no bot token for this workspace (install the app again)",
    "account_inactive": "the bot's account is deactivated",
    "missing_scope": "the app lacks the chat:write permission",
}

Outcome = Literal["sent", "quiet", "skipped", "paused", "failed", "unknown", "taken"]


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


def make_delivery_client(settings: Settings, token: str | None = None) -> WebClient:
    """A client that retries only rate limits: a 5xx or dropped connection may have posted."""
    client = make_web_client(settings, token)
    client.retry_handlers = [RateLimitErrorRetryHandler(max_retry_count=5)]
    return client


def team_client(settings: Settings, team_id: str) -> WebClient:
    """The delivery client for a workspace: its OAuth installation's token, else the bot token."""
    token = None
    if settings.oauth_enabled:
        installations = SQLite3InstallationStore(
            database=str(private_file(oauth_database_path(settings))),
            client_id=settings.slack_client_id,
        )
        bot = installations.find_bot(enterprise_id=None, team_id=team_id)
        token = bot.bot_token if bot else None
    return make_delivery_client(settings, token)


def worker_name() -> str:
    """Who claims runs: host, process and thread, so a ledger row says who posted it."""
    return f"{socket.gethostname()}:{os.getpid()}:{threading.get_ident()}"


class ChannelPacer:
    """At most one message per ``seconds`` per channel; channels do not wait for each other."""

    def __init__(self, seconds: float = PACE_SECONDS) -> None:
        self.seconds = seconds
        self._guard = threading.Lock()
        self._locks: dict[str, threading.Lock] = {}
        self._next: dict[str, float] = {}

    def turn(self, channel: str) -> threading.Lock:
        with self._guard:
            return self._locks.setdefault(channel, threading.Lock())

    def wait(self, channel: str) -> None:
        """Sleep until ``channel`` may get its next message (call holding ``turn(channel)``)."""
        delay = self._next.get(channel, 0.0) - time.monotonic()
        if delay > 0:
            time.sleep(delay)

    def posted(self, channel: str) -> None:
        self._next[channel] = time.monotonic() + self.seconds


# -- finding what is due ------------------------------------------------------------------------


class _Job(BaseModel):
    subscription: Subscription
    run: DigestRun
    digest: Digest
    recovering: bool = False
    post_by: float = float("inf")  # time.monotonic() after which no post attempt starts


def _post_by() -> float:
    """No attempt to post starts later than this, so every post of this claim has landed
    (HTTP timeouts included) well before the lease lets another worker take it over."""
    return time.monotonic() + POST_WINDOW.total_seconds()


def _due_jobs(
    db: Database, settings: Settings, sub: Subscription, now: datetime, worker: str
) -> tuple[list[_Job], list[RunOutcome], list[DigestRun]]:
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
    digest = build_digest(
        db,
        sub,
        since=window_start(db, sub),
        until=run.period_end,
        threshold_pct=settings.pay_change_threshold_pct,
        after=last_delivered_marks(db, sub.id),
    )
    jobs.append(_Job(subscription=sub, run=run, digest=digest, post_by=_post_by()))
    return jobs, outcomes, stale


def _outcome(sub: Subscription, period: Period | DigestRun, outcome: Outcome, **kw) -> RunOutcome:
    end = period.end if isinstance(period, Period) else period.period_end
    return RunOutcome(
        subscription_id=sub.id, channel_id=sub.channel_id, period_end=end, outcome=outcome, **kw
    )


# -- posting -----------------------------------------------------------------------------------


def find_posted(client: WebClient, run: DigestRun) -> str | None:
    """The ts of ``run``'s digest if it is already in its channel (by message metadata).

    Matched on run id and period, so a message from a deleted run whose id was reused
    is never taken for this one. The search covers every moment an attempt at this
    run could have posted: from the end of its period (no run is claimed before
    that), not from the latest claim, which a takeover after a crash moves on.
    """
    since = utc(run.period_end) - CLOCK_SKEW
    cursor = None
    while True:
        page = client.conversations_history(
            channel=run.channel_id,
            oldest=f"{since.timestamp():.6f}",
            include_all_metadata=True,
            limit=200,
            cursor=cursor,
        )
        for message in page.get("messages") or []:
            metadata = message.get("metadata") or {}
            payload = metadata.get("event_payload") or {}
            if metadata.get("event_type") == METADATA_EVENT and (
                payload.get("run_id"),
                payload.get("period_end"),
            ) == (run.id, utc(run.period_end).isoformat()):
                return message.get("ts")
        cursor = (page.get("response_metadata") or {}).get("next_cursor")
        if not cursor:
            return None


class _Result(BaseModel):
    outcome: Outcome
    message_ts: str | None = None
    reason: str | None = None
    retry: bool = False  # checked: nothing was posted, a later pass may try again
    keep_claim: bool = False  # unsure: leave the claim to go stale and be recovered


def _error_code(error: SlackApiError) -> str:
    return str(error.response.get("error") or f"http_{error.response.status_code}")


def _is_transient(error: Exception) -> bool:
    if isinstance(error, SlackApiError):
        return error.response.status_code >= 500
    return isinstance(error, OSError)  # dropped connection, timeout


def post_digest(client: WebClient, job: _Job) -> _Result:
    """Post one claimed digest; checks the channel first when a previous try may have posted."""
    run, digest = job.run, job.digest
    message = quiet_message(digest) if digest.is_quiet else digest_message(digest)
    metadata = {
        "event_type": METADATA_EVENT,
        "event_payload": {
            "run_id": run.id,
            "subscription_id": run.subscription_id,
            "period_end": utc(run.period_end).isoformat(),
        },
    }
    # A history check that fails raises to ``_deliver``: the outcome is then unknown.
    check_first = job.recovering
    for attempt in range(POST_ATTEMPTS):
        if check_first and (ts := find_posted(client, run)) is not None:
            return _Result(outcome="sent", message_ts=ts, reason="found already posted")
        if time.monotonic() > job.post_by:
            # Too late in the lease to post: leave the claim for a takeover, which
            # looks in the channel first.
            return _Result(outcome="failed", reason="out of time to post", keep_claim=True)
        try:
            response = client.chat_postMessage(
                channel=run.channel_id,
                text=message["text"],
                blocks=message["blocks"] or None,
                metadata=metadata,
                unfurl_links=False,
                unfurl_media=False,
            )
            return _Result(outcome="sent", message_ts=response["ts"])
        except SlackApiError as error:
            code = _error_code(error)
            if code in PAUSING_ERRORS:
                return _Result(outcome="paused", reason=f"{code}: {PAUSING_ERRORS[code]}")
            if not _is_transient(error):
                return _Result(outcome="failed", reason=f"Slack answered {code}")
            last = f"Slack answered {code}"
        except OSError as error:
            last = f"connection failed: {error}"
        check_first = True  # the failed call may have posted: look before trying again
        if attempt + 1 < POST_ATTEMPTS:
            time.sleep(BACKOFF_SECONDS * 2**attempt)
    if (ts := find_posted(client, run)) is not None:
        return _Result(outcome="sent", message_ts=ts, reason="found already posted")
    return _Result(outcome="failed", reason=f"{last} after {POST_ATTEMPTS} attempts", retry=True)


def _deliver(client: WebClient, job: _Job, pacer: ChannelPacer) -> _Result:
    channel = job.run.channel_id or job.subscription.channel_id
    with pacer.turn(channel):
        pacer.wait(channel)
        try:
            return post_digest(client, job)
        except (SlackApiError, OSError) as error:  # the history check itself failed
            code = _error_code(error) if isinstance(error, SlackApiError) else str(error)
            return _Result(
                outcome="unknown",
                reason=f"could not check whether it was already posted ({code}); not re-posted",
            )
        finally:
            pacer.posted(channel)


def _record(db: Database, job: _Job, result: _Result, now: datetime) -> RunOutcome:
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
) -> _Job | None:
    """A claim whose worker died: deliver it, checking the channel before posting."""
    taken = reclaim_run(db, run, worker=worker, now=now)
    if taken is None:
        return None
    digest = build_digest(
        db,
        sub,
        since=window_start(db, sub),
        until=taken.period_end,
        threshold_pct=settings.pay_change_threshold_pct,
        after=last_delivered_marks(db, sub.id),
    )
    return _Job(subscription=sub, run=taken, digest=digest, recovering=True, post_by=_post_by())


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
    jobs: list[_Job] = []
    for sub in list_subscriptions(db):
        if sub.paused_reason or (only is not None and sub.id not in only):
            continue
        due, outcomes, stale = _due_jobs(db, settings, sub, now, worker)
        report.outcomes += outcomes
        jobs += due
        jobs += filter(None, (_recover(db, settings, run, sub, worker, now) for run in stale))
    for job in [j for j in jobs if j.digest.is_quiet and j.subscription.quiet == "skip"]:
        jobs.remove(job)
        report.outcomes.append(_record(db, job, _Result(outcome="quiet", reason="quiet week"), now))

    # The n-th message of every channel goes out before any channel's (n+1)-th, so
    # the pool is not held up by one busy channel's pacing.
    by_channel: dict[str, list[_Job]] = {}
    for job in jobs:
        by_channel.setdefault(job.subscription.channel_id, []).append(job)
    ordered = [job for rnd in _rounds(by_channel) for job in rnd]
    if not ordered:
        return report
    with ThreadPoolExecutor(max_workers=min(MAX_WORKERS, len(by_channel))) as pool:
        futures = {
            pool.submit(_deliver, client_for(job.subscription.team_id), job, pacer): job
            for job in ordered
        }
        for future in as_completed(futures):
            report.outcomes.append(_record(db, futures[future], future.result(), now))
    return report


def _rounds(by_channel: dict[str, list[Any]]) -> list[list[Any]]:
    depth = max((len(jobs) for jobs in by_channel.values()), default=0)
    return [[jobs[i] for jobs in by_channel.values() if i < len(jobs)] for i in range(depth)]
