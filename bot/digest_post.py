"""Posting one claimed digest to its channel, and never twice.

    client = team_client(settings, "T1")          # the workspace's own token
    result = post_digest(client, claimed)          # PostResult(outcome="sent", message_ts=...)

Why a post is never sent twice:

* 429 is retried after ``Retry-After`` by slack_sdk's RateLimitErrorRetryHandler:
  Slack refused the request, so nothing was posted.
* 5xx answers and dropped connections are *not* retried blindly (Slack may have
  posted before failing). Every digest carries message metadata
  (``event_type="salary_digest"``, ``run_id``); before posting again we look for
  it in ``conversations.history`` and only post if it is not there.
"""

from __future__ import annotations

import threading
import time
from datetime import timedelta
from typing import Literal

from pydantic import BaseModel
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler
from slack_sdk.oauth.installation_store.sqlite3 import SQLite3InstallationStore

from bot.app import oauth_database_path, private_file
from bot.settings import Settings
from bot.slack_client import make_web_client
from display.digest import digest_message, quiet_message
from store.digest.models import Digest, DigestRun, Subscription
from store.digest.schedule import utc

METADATA_EVENT = "salary_digest"
# How far before a period's end the history check starts looking: a run is claimed, and
# so posted, only once its period has ended; this allows for clocks that disagree.
CLOCK_SKEW = timedelta(minutes=5)
PACE_SECONDS = 1.0  # Slack allows about one message per second per channel
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


class ClaimedDigest(BaseModel):
    subscription: Subscription
    run: DigestRun
    digest: Digest
    recovering: bool = False
    post_by: float = float("inf")  # time.monotonic() after which no post attempt starts


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


class PostResult(BaseModel):
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


def post_digest(client: WebClient, job: ClaimedDigest) -> PostResult:
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
    # A history check that fails raises to ``deliver``: the outcome is then unknown.
    check_first = job.recovering
    for attempt in range(POST_ATTEMPTS):
        if check_first and (ts := find_posted(client, run)) is not None:
            return PostResult(outcome="sent", message_ts=ts, reason="found already posted")
        if time.monotonic() > job.post_by:
            # Too late in the lease to post: leave the claim for a takeover, which
            # looks in the channel first.
            return PostResult(outcome="failed", reason="out of time to post", keep_claim=True)
        try:
            response = client.chat_postMessage(
                channel=run.channel_id,
                text=message["text"],
                blocks=message["blocks"] or None,
                metadata=metadata,
                unfurl_links=False,
                unfurl_media=False,
            )
            return PostResult(outcome="sent", message_ts=response["ts"])
        except SlackApiError as error:
            code = _error_code(error)
            if code in PAUSING_ERRORS:
                return PostResult(outcome="paused", reason=f"{code}: {PAUSING_ERRORS[code]}")
            if not _is_transient(error):
                return PostResult(outcome="failed", reason=f"Slack answered {code}")
            last = f"Slack answered {code}"
        except OSError as error:
            last = f"connection failed: {error}"
        check_first = True  # the failed call may have posted: look before trying again
        if attempt + 1 < POST_ATTEMPTS:
            time.sleep(BACKOFF_SECONDS * 2**attempt)
    if (ts := find_posted(client, run)) is not None:
        return PostResult(outcome="sent", message_ts=ts, reason="found already posted")
    return PostResult(outcome="failed", reason=f"{last} after {POST_ATTEMPTS} attempts", retry=True)


def deliver(client: WebClient, job: ClaimedDigest, pacer: ChannelPacer) -> PostResult:
    channel = job.run.channel_id or job.subscription.channel_id
    with pacer.turn(channel):
        pacer.wait(channel)
        try:
            return post_digest(client, job)
        except (SlackApiError, OSError) as error:  # the history check itself failed
            code = _error_code(error) if isinstance(error, SlackApiError) else str(error)
            return PostResult(
                outcome="unknown",
                reason=f"could not check whether it was already posted ({code}); not re-posted",
            )
        finally:
            pacer.posted(channel)
