"""What the delivery tests share: a subscribed channel, its fire times, and what Slack got.

Each test subscribes a channel, then runs ``send_due`` at the instants the
subscription's own CronTrigger fires, as the clock would.
"""

from __future__ import annotations

import json
from datetime import UTC, timedelta
from zoneinfo import ZoneInfo

from store.digest.models import SubscriptionRequest
from store.digest.schedule import digest_trigger
from store.digest.subscriptions import subscribe
from tests.digest_data import at

NEW_YORK = ZoneInfo("America/New_York")
CREATED = at("2026-10-20 12:00")  # a Tuesday; Mondays 09:00 New York from then on


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
