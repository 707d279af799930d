"""When digests are due: a subscription's weekly cron trigger and the periods it has fired for.

next_delivery(sub, now)                          # the CronTrigger's next fire time
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from apscheduler.triggers.cron import CronTrigger

from store.digest.models import MAX_MISSED_PERIODS, Period, SubscriptionRequest


def utc(moment: datetime) -> datetime:
    """``moment`` as an aware UTC datetime (naive values are taken as UTC)."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def iso_stamp(moment: datetime) -> str:
    """The store's text for an instant: ISO 8601 in UTC, e.g. ``2026-11-02T14:00:00+00:00``."""
    return utc(moment).isoformat()


def digest_trigger(sub: SubscriptionRequest) -> CronTrigger:
    """The weekly CronTrigger for ``sub``, in its own time zone (09:00 stays 09:00 across DST).

    >>> sub = SubscriptionRequest(team_id="T1", channel_id="C1", role="ml-intern",
    ...                           place_key="city:US-MA-boston")      # Mondays, 09:00 New York
    >>> digest_trigger(sub).get_next_fire_time(None, at("2026-10-30 12:00"))
    datetime.datetime(2026, 11, 2, 9, 0, tzinfo=zoneinfo.ZoneInfo(key='America/New_York'))
    """
    hour, minute = (int(part) for part in sub.time_of_day.split(":"))
    return CronTrigger(
        day_of_week=sub.day_of_week, hour=hour, minute=minute, timezone=ZoneInfo(sub.timezone)
    )


def next_delivery(sub: SubscriptionRequest, now: datetime) -> datetime:
    """When ``sub``'s next digest is due after ``now``, in the subscription's time zone."""
    return digest_trigger(sub).get_next_fire_time(None, utc(now) + timedelta(microseconds=1))


def _fire_times(trigger: CronTrigger, after: datetime, until: datetime) -> Iterable[datetime]:
    fire = trigger.get_next_fire_time(None, utc(after) + timedelta(microseconds=1))
    while fire is not None and fire <= until:
        yield fire
        fire = trigger.get_next_fire_time(fire, fire + timedelta(microseconds=1))


def periods_between(sub: SubscriptionRequest, after: datetime, now: datetime) -> list[Period]:
    """The scheduled deliveries in ``(after, now]``, oldest first (at most the last 60).

    A period runs from the previous fire time to the fire time that delivers it.
    """
    trigger = digest_trigger(sub)
    now = utc(now)
    # Start a week before ``after`` so the first period's start is a real fire time.
    fires = list(_fire_times(trigger, utc(after) - timedelta(days=8), now))
    periods = [
        Period(start=utc(start), end=utc(end))
        for start, end in itertools.pairwise(fires)
        if end > utc(after)
    ]
    return periods[-MAX_MISSED_PERIODS:]
