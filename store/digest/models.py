"""What digests are made of: subscriptions, runs in the ledger, periods and pay changes."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

from store.models import Observation, Posting

QuietWeeks = Literal["say", "skip"]
RunStatus = Literal["claimed", "sent", "quiet", "skipped", "failed", "unknown"]
# Runs whose period counts as delivered: the next digest starts where they ended.
DELIVERED = ("sent", "quiet")
MAX_PER_COMPANY = 3
# How many missed periods one pass looks back over at most (a clock down for months).
MAX_MISSED_PERIODS = 60
# A subscription's ``day_of_week`` (APScheduler's abbreviations) and the day it names.
DAY_NAMES_IN_FULL = {
    "mon": "monday", "tue": "tuesday", "wed": "wednesday", "thu": "thursday",
    "fri": "friday", "sat": "saturday", "sun": "sunday",
}  # fmt: skip


class SubscriptionRequest(BaseModel):
    """What `/salary subscribe` asks for, already resolved to a role slug and place key."""

    team_id: str
    channel_id: str
    role: str
    place_key: str
    label: str = Field(default="", description='How to name it, e.g. "ml-intern in Boston, MA".')
    day_of_week: str = "mon"
    time_of_day: str = "09:00"
    timezone: str = "America/New_York"
    quiet: QuietWeeks = "say"
    created_by: str | None = None


class Subscription(SubscriptionRequest):
    id: int
    created_at: datetime
    updated_at: datetime
    paused_reason: str | None = None
    paused_at: datetime | None = None


class DigestRun(BaseModel):
    id: int
    subscription_id: int
    team_id: str | None = None
    channel_id: str | None = None
    period_start: datetime
    period_end: datetime
    status: RunStatus
    claimed_by: str | None = None
    claimed_at: datetime | None = None
    finished_at: datetime | None = None
    message_ts: str | None = None
    reason: str | None = None
    new_count: int | None = None
    closed_count: int | None = None
    change_count: int | None = None
    posting_seq: int | None = None
    observation_seq: int | None = None


class Marks(BaseModel):
    """How far a digest read the store: the highest posting and observation ids committed
    when it was built. Ids are handed out in commit order (SQLite has one writer at a
    time), so the next digest's "new" is everything above these, whatever its timestamps
    say: a posting an ingest committed while a digest was being built is in the next one.
    ``None`` (runs from before marks were kept) falls back to timestamps.
    """

    posting: int | None = None
    observation: int | None = None


class Period(BaseModel):
    """One scheduled delivery: the cron week ``(start, end]``; ``end`` is when it is due."""

    start: datetime
    end: datetime


class PayChange(BaseModel):
    """A source's figure that moved: the snapshot before and the latest one."""

    old: Observation
    new: Observation
    change_pct: float


class Digest(BaseModel):
    """What one digest says about ``(since, until]``."""

    subscription: Subscription
    since: datetime
    until: datetime
    new_postings: list[Posting]
    held_back: dict[str, int] = Field(
        default_factory=dict, description="Company -> new postings left out past the cap."
    )
    closed_postings: list[Posting]
    pay_changes: list[PayChange]
    marks: Marks | None = Field(
        default=None, description="How far this digest read the store (commit-based windows)."
    )

    @property
    def is_quiet(self) -> bool:
        return not (self.new_postings or self.closed_postings or self.pay_changes)
