"""Weekly channel digests: subscriptions, the exactly-once run ledger, and digest content.

    sub = subscribe(db, SubscriptionRequest(team_id="T1", channel_id="C1",
                    role="ml-intern", place_key="city:US-MA-boston"), now=now)
    next_delivery(sub, now)                          # the CronTrigger's next fire time
    run = claim_run(db, sub, due, worker="clock-1", now=now)   # None: someone else has it
    digest = build_digest(db, sub, since=..., until=due.end, threshold_pct=2.0)
    finish_run(db, run.id, "sent", now=now, message_ts="1700000000.000100")

A run is one (subscription, period) row in ``digest_runs``, inserted under
``BEGIN IMMEDIATE`` before anything is posted: whoever inserts it posts, so two
clocks, a restart or a retry never post the same week twice. Nothing here talks
to Slack; ``bot.delivery`` does.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from apscheduler.triggers.cron import CronTrigger
from pydantic import BaseModel, Field
from sqlite_utils import Database

from store.answer.lookups import place_keys_with_rows, posting_place_keys_within, rung_keys
from store.db import write_transaction
from store.models import Observation, Posting
from store.resolve.places import PlaceError, get_place, ladder

QuietWeeks = Literal["say", "skip"]
RunStatus = Literal["claimed", "sent", "quiet", "skipped", "failed", "unknown"]
# Runs whose period counts as delivered: the next digest starts where they ended.
DELIVERED = ("sent", "quiet")
MAX_PER_COMPANY = 3
# How many missed periods one pass looks back over at most (a clock down for months).
MAX_MISSED_PERIODS = 60


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


# -- time ---------------------------------------------------------------------------------


def utc(moment: datetime) -> datetime:
    """``moment`` as an aware UTC datetime (naive values are taken as UTC)."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _stamp(moment: datetime) -> str:
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


# -- subscriptions ----------------------------------------------------------------------------


def _subscription(row: dict) -> Subscription:
    return Subscription.model_validate({**row, "label": row.get("label") or ""})


def subscribe(db: Database, request: SubscriptionRequest, *, now: datetime) -> Subscription:
    """Create the channel's subscription, or update its schedule and un-pause it.

    The same channel, role and place is one subscription: subscribing again
    changes its schedule and quiet-week choice and clears any pause.
    """
    fields = request.model_dump()
    with write_transaction(db):
        existing = list(
            db["subscriptions"].rows_where(
                "team_id = ? and channel_id = ? and role = ? and place_key = ?",
                [request.team_id, request.channel_id, request.role, request.place_key],
            )
        )
        changes = {**fields, "updated_at": _stamp(now), "paused_reason": None, "paused_at": None}
        if existing:
            sub_id = existing[0]["id"]
            changes.pop("created_by")
            db["subscriptions"].update(sub_id, changes)
        else:
            sub_id = db["subscriptions"].insert({**changes, "created_at": _stamp(now)}).last_pk
    return get_subscription(db, sub_id)


def get_subscription(db: Database, sub_id: int) -> Subscription | None:
    rows = list(db["subscriptions"].rows_where("id = ?", [sub_id]))
    return _subscription(rows[0]) if rows else None


def list_subscriptions(
    db: Database, team_id: str | None = None, channel_id: str | None = None
) -> list[Subscription]:
    """Subscriptions, oldest first; a team's, or a channel's, when given."""
    where, args = ["1 = 1"], []
    if team_id is not None:
        where.append("team_id = ?")
        args.append(team_id)
    if channel_id is not None:
        where.append("channel_id = ?")
        args.append(channel_id)
    if not db["subscriptions"].exists():
        return []
    rows = db["subscriptions"].rows_where(" and ".join(where), args, order_by="id")
    return [_subscription(row) for row in rows]


def unsubscribe(db: Database, sub_id: int) -> bool:
    """Remove a subscription and its run history; False if it was not there."""
    with write_transaction(db):
        db.execute("delete from digest_runs where subscription_id = ?", [sub_id])
        return db.execute("delete from subscriptions where id = ?", [sub_id]).rowcount > 0


def pause_subscription(db: Database, sub_id: int, reason: str, *, now: datetime) -> None:
    """Stop delivering ``sub_id`` until it is resumed; ``reason`` is shown to people."""
    with write_transaction(db):
        db.execute(
            "update subscriptions set paused_reason = ?, paused_at = ?, updated_at = ? "
            "where id = ?",
            [reason, _stamp(now), _stamp(now), sub_id],
        )


def resume_subscriptions(
    db: Database, team_id: str, channel_id: str | None = None, *, now: datetime
) -> int:
    """Un-pause a team's (or one channel's) paused subscriptions; how many were resumed."""
    where, args = "team_id = ? and paused_reason is not null", [team_id]
    if channel_id is not None:
        where += " and channel_id = ?"
        args.append(channel_id)
    with write_transaction(db):
        return db.execute(
            "update subscriptions set paused_reason = null, paused_at = null, updated_at = ? "
            f"where {where}",
            [_stamp(now), *args],
        ).rowcount


def pause_team(db: Database, team_id: str, reason: str, *, now: datetime) -> int:
    """Pause every subscription of a workspace (its tokens were revoked); how many."""
    with write_transaction(db):
        return db.execute(
            "update subscriptions set paused_reason = ?, paused_at = ?, updated_at = ? "
            "where team_id = ? and paused_reason is null",
            [reason, _stamp(now), _stamp(now), team_id],
        ).rowcount


def delete_team(db: Database, team_id: str) -> int:
    """Forget a workspace's subscriptions and runs (the app was uninstalled); how many."""
    with write_transaction(db):
        db.execute(
            "delete from digest_runs where subscription_id in "
            "(select id from subscriptions where team_id = ?)",
            [team_id],
        )
        return db.execute("delete from subscriptions where team_id = ?", [team_id]).rowcount


# -- the run ledger ---------------------------------------------------------------------------


def _run(row: dict) -> DigestRun:
    return DigestRun.model_validate(row)


def claim_run(
    db: Database, sub: Subscription, period: Period, *, worker: str, now: datetime
) -> DigestRun | None:
    """Claim ``sub``'s ``period`` for ``worker``: the new run, or None if it already has one.

    The row is inserted under ``BEGIN IMMEDIATE`` against a UNIQUE (subscription,
    period) index, so of any number of clocks exactly one gets it.
    """
    with write_transaction(db):
        cursor = db.execute(
            "insert or ignore into digest_runs (subscription_id, team_id, channel_id, "
            "period_start, period_end, status, claimed_by, claimed_at) "
            "values (?, ?, ?, ?, ?, 'claimed', ?, ?)",
            [
                sub.id,
                sub.team_id,
                sub.channel_id,
                _stamp(period.start),
                _stamp(period.end),
                worker,
                _stamp(now),
            ],
        )
        if cursor.rowcount == 0:
            return None
        return get_run(db, cursor.lastrowid)


def reclaim_run(db: Database, run: DigestRun, *, worker: str, now: datetime) -> DigestRun | None:
    """Take over a stale claim (its worker died): only if nobody changed it since it was read."""
    with write_transaction(db):
        cursor = db.execute(
            "update digest_runs set claimed_by = ?, claimed_at = ? "
            "where id = ? and status = 'claimed' and claimed_at = ?",
            [worker, _stamp(now), run.id, _stamp(run.claimed_at or now)],
        )
        return get_run(db, run.id) if cursor.rowcount else None


def finish_run(
    db: Database,
    run_id: int,
    status: RunStatus,
    *,
    now: datetime,
    message_ts: str | None = None,
    reason: str | None = None,
    digest: Digest | None = None,
) -> None:
    """Record how a claimed run ended: sent (with the message ts), quiet, skipped, failed..."""
    counts = {}
    if digest is not None:
        counts = {
            "new_count": len(digest.new_postings),
            "closed_count": len(digest.closed_postings),
            "change_count": len(digest.pay_changes),
        }
        if digest.marks is not None:
            counts |= {
                "posting_seq": digest.marks.posting,
                "observation_seq": digest.marks.observation,
            }
    with write_transaction(db):
        db["digest_runs"].update(
            run_id,
            {
                "status": status,
                "finished_at": _stamp(now),
                "message_ts": message_ts,
                "reason": reason,
                **counts,
            },
        )


def record_skipped(
    db: Database, sub: Subscription, period: Period, reason: str, *, now: datetime
) -> bool:
    """Mark a period that will never be delivered (e.g. missed too long ago); False if taken."""
    run = claim_run(db, sub, period, worker="ledger", now=now)
    if run is None:
        return False
    finish_run(db, run.id, "skipped", now=now, reason=reason)
    return True


def release_run(db: Database, run_id: int) -> None:
    """Give a claim back (nothing was posted), so a later pass can deliver the period."""
    with write_transaction(db):
        db.execute("delete from digest_runs where id = ? and status = 'claimed'", [run_id])


def get_run(db: Database, run_id: int) -> DigestRun | None:
    rows = list(db["digest_runs"].rows_where("id = ?", [run_id]))
    return _run(rows[0]) if rows else None


def runs_for(db: Database, sub_id: int) -> list[DigestRun]:
    """A subscription's runs, oldest period first."""
    rows = db["digest_runs"].rows_where("subscription_id = ?", [sub_id], order_by="period_end")
    return [_run(row) for row in rows]


def latest_run(db: Database, sub_id: int) -> DigestRun | None:
    rows = db["digest_runs"].rows_where(
        "subscription_id = ?", [sub_id], order_by="period_end desc", limit=1
    )
    return next((_run(row) for row in rows), None)


def last_delivered_marks(db: Database, sub_id: int) -> Marks:
    """How far the subscription's last delivered digest read the store (``Marks()`` if none)."""
    rows = db["digest_runs"].rows_where(
        f"subscription_id = ? and status in {DELIVERED}",
        [sub_id],
        order_by="period_end desc",
        limit=1,
    )
    row = next(iter(rows), None)
    if row is None:
        return Marks()
    return Marks(posting=row.get("posting_seq"), observation=row.get("observation_seq"))


def current_marks(db: Database) -> Marks:
    """The highest committed posting and observation ids (0 for an empty table)."""
    (posting,) = db.execute("select coalesce(max(id), 0) from postings").fetchone()
    (observation,) = db.execute("select coalesce(max(id), 0) from observations").fetchone()
    return Marks(posting=posting, observation=observation)


def last_delivered_end(db: Database, sub_id: int) -> datetime | None:
    """The end of the subscription's last delivered period: where its next digest starts."""
    rows = db["digest_runs"].rows_where(
        f"subscription_id = ? and status in {DELIVERED}",
        [sub_id],
        order_by="period_end desc",
        limit=1,
    )
    return next((utc(datetime.fromisoformat(row["period_end"])) for row in rows), None)


def recent_runs(db: Database, team_id: str, limit: int = 5) -> list[DigestRun]:
    """A team's most recently finished runs, newest first (for the App Home tab)."""
    if not db["digest_runs"].exists():
        return []
    rows = db["digest_runs"].rows_where(
        "team_id = ? and finished_at is not null",
        [team_id],
        order_by="finished_at desc",
        limit=limit,
    )
    return [_run(row) for row in rows]


# -- digest content ---------------------------------------------------------------------------

_POSTING_COLUMNS = ", ".join(Posting.model_fields)
_OBSERVATION_COLUMNS = ", ".join(Observation.model_fields)
_SERIES = ("posting_id", "source", "url", "place_key", "kind", "covers", "region")


def build_digest(
    db: Database,
    sub: Subscription,
    *,
    since: datetime,
    until: datetime,
    threshold_pct: float,
    after: Marks | None = None,
) -> Digest:
    """What ``sub``'s digest says for ``(since, until]``: new and closed postings, pay changes.

    New postings are those first seen in the window and still open at its end,
    newest first, one per fingerprint, at most three per company.

    With ``after`` (the previous digest's ``Marks``, as delivery passes), the window
    is by commit instead: new postings and freshly learned figures are those
    committed since the previous digest read the store and up to now, whatever
    time the ingest stamped on them, so nothing falls between two digests.
    """
    posting_keys, figure_keys = scope_keys(db, sub.role, sub.place_key)
    marks = current_marks(db) if after is not None else None
    window = _Window(since=since, until=until, after=after, upto=marks)
    new, held_back = _cap_per_company(_new_postings(db, sub.role, posting_keys, window))
    return Digest(
        subscription=sub,
        since=utc(since),
        until=utc(until),
        new_postings=new,
        held_back=held_back,
        closed_postings=_closed_postings(db, sub.role, posting_keys, since, until),
        pay_changes=pay_changes(
            db, sub.role, figure_keys, since, until, threshold_pct=threshold_pct, window=window
        ),
        marks=marks,
    )


class _Window(BaseModel):
    """Which rows a digest counts, by time alone or (``after`` given) by time and commit.

    By commit, a row is in digest N when it was committed by the time N was built
    (id within N's marks) and stamped no later than N's period end, and it was not
    already in digest N-1 by the same test. Every row meets the test for the first
    time in exactly one digest: an ingest that committed while N-1 was being built,
    stamped before N-1's period end, is in N.
    """

    since: datetime
    until: datetime
    after: Marks | None = None
    upto: Marks | None = None

    def _rule(self, column: str, stamp: str, upto: int | None, after: int | None) -> tuple:
        in_sql = f"datetime({column}) <= datetime(?)"
        in_args: list = [stamp_of(self.until, stamp)]
        before_sql = f"datetime({column}) > datetime(?)"
        before_args: list = [stamp_of(self.since, stamp)]
        if self.upto is not None and upto is not None:
            in_sql += " and id <= ?"
            in_args.append(upto)
            if self.after is not None and after is not None:
                before_sql = f"(id > ? or {before_sql})"
                before_args = [after, *before_args]
        return in_sql, in_args, before_sql, before_args

    def new_postings_sql(self) -> tuple[str, list]:
        """Postings new in this digest: first seen in the window (see the class)."""
        upto = self.upto.posting if self.upto else None
        after = self.after.posting if self.after else None
        in_sql, in_args, new_sql, new_args = self._rule("first_seen", "iso", upto, after)
        return f"{in_sql} and {new_sql}", [*in_args, *new_args]

    def figures_sql(self) -> tuple[str, list, str, list]:
        """``(which snapshots count, args, which are fresh, args)`` for pay changes."""
        upto = self.upto.observation if self.upto else None
        after = self.after.observation if self.after else None
        return self._rule("ingested_at", "sql", upto, after)


def stamp_of(moment: datetime, style: str) -> str:
    return _stamp(moment) if style == "iso" else _sql_time(moment)


def scope_keys(db: Database, role: str, place_key: str) -> tuple[list[str], list[str]]:
    """The place keys a digest covers: ``(for postings, for pay figures)``.

    Postings inside the place (a state's cities and metros), at the rungs above
    it up to the state, and Remote; pay figures at the place (a metro's include
    its cities') and at the rungs above it up to the state.
    """
    try:
        place = get_place(place_key)
    except PlaceError:  # a key the gazetteer no longer has: match it exactly
        return [place_key], [place_key]
    if place.level == "remote":
        return [place_key], [place_key]
    above = [
        rung for rung in ladder(place) if rung.level in ("city", "metro", "state", place.level)
    ]
    inside = posting_place_keys_within(db, role, place)
    if inside is None:  # a whole country: every place key under it that has postings
        inside = [
            key
            for level in ("city", "metro", "state")
            for key in place_keys_with_rows(db, "postings", role, f"{level}:{place.country}-")
        ]
    posting_keys = list(dict.fromkeys([*inside, *(rung.key for rung in above), "remote"]))
    figure_keys = [*rung_keys(db, [role], place), *(rung.key for rung in above)]
    return posting_keys, list(dict.fromkeys(figure_keys))


def window_start(db: Database, sub: Subscription) -> datetime:
    """Where ``sub``'s next digest starts: the end of its last delivered one, or its creation."""
    return last_delivered_end(db, sub.id) or utc(sub.created_at)


def digest_so_far(
    db: Database, sub: Subscription, *, now: datetime, threshold_pct: float
) -> Digest:
    """What ``sub``'s next digest would say if it were sent at ``now`` (previews)."""
    return build_digest(
        db,
        sub,
        since=window_start(db, sub),
        until=now,
        threshold_pct=threshold_pct,
        after=last_delivered_marks(db, sub.id),
    )


def _in(keys: list[str]) -> str:
    return ", ".join("?" for _ in keys)


def _new_postings(db: Database, role: str, keys: list[str], window: _Window) -> list[Posting]:
    new_sql, new_args = window.new_postings_sql()
    rows = db.execute(
        f"select {_POSTING_COLUMNS} from postings where role = ? and place_key in ({_in(keys)}) "
        f"and {new_sql} "
        "and (closed_at is null or datetime(closed_at) > datetime(?)) "
        "order by coalesce(posted_date, substr(first_seen, 1, 10)) desc, first_seen desc, id",
        [role, *keys, *new_args, _stamp(window.until)],
    )
    return _unique_by_fingerprint(_postings(rows))


def _closed_postings(
    db: Database, role: str, keys: list[str], since: datetime, until: datetime
) -> list[Posting]:
    rows = db.execute(
        f"select {_POSTING_COLUMNS} from postings where role = ? and place_key in ({_in(keys)}) "
        "and status != 'open' "
        "and datetime(closed_at) > datetime(?) and datetime(closed_at) <= datetime(?) "
        "order by closed_at desc, id",
        [role, *keys, _stamp(since), _stamp(until)],
    )
    return _unique_by_fingerprint(_postings(rows))


def _postings(cursor: sqlite3.Cursor) -> list[Posting]:
    names = [column[0] for column in cursor.description]
    return [Posting.model_validate(dict(zip(names, row, strict=True))) for row in cursor]


def _unique_by_fingerprint(postings: list[Posting]) -> list[Posting]:
    # The ingester merges one job seen on several sites; this guards what slipped through.
    seen: set[str] = set()
    unique = []
    for posting in postings:
        if posting.fingerprint not in seen:
            seen.add(posting.fingerprint)
            unique.append(posting)
    return unique


def _cap_per_company(postings: list[Posting]) -> tuple[list[Posting], dict[str, int]]:
    kept, shown, held_back = [], {}, {}
    for posting in postings:
        company = posting.company.strip().casefold()
        shown[company] = shown.get(company, 0) + 1
        if shown[company] <= MAX_PER_COMPANY:
            kept.append(posting)
        else:
            held_back[posting.company] = held_back.get(posting.company, 0) + 1
    return kept, held_back


def pay_changes(
    db: Database,
    role: str,
    keys: list[str],
    since: datetime,
    until: datetime,
    *,
    threshold_pct: float,
    window: _Window | None = None,
) -> list[PayChange]:
    """Sources whose latest figure, learned in ``(since, until]``, moved from the one before.

    A series is one figure of the same thing: one employer's posting (``posting_id``),
    or else one page (source, url) for the role at a place (with kind, covers,
    region). Two employers' postings that link to the same board page are two
    series, never a pay change. Snapshots are ordered by as-of date, then by when
    they were ingested. Moves under ``threshold_pct`` percent are left out.
    """
    window = window or _Window(since=since, until=until)
    counted_sql, counted_args, fresh_sql, fresh_args = window.figures_sql()
    series = ", ".join(f"coalesce({column}, '')" for column in _SERIES)
    # Rank each series' snapshots on the narrow index columns, then read whole rows
    # only for the latest two of each series.
    rows = db.execute(
        f"""
        with ranked as materialized (
            select id, {fresh_sql} as fresh,
                row_number() over (
                    partition by {series} order by as_of desc, ingested_at desc, id desc
                ) as rank
            from observations
            where role = ? and place_key in ({_in(keys)}) and {counted_sql}
        )
        select {_OBSERVATION_COLUMNS}, ranked.rank, ranked.fresh
        from ranked join observations using (id)
        where ranked.rank <= 2
        order by {series}, ranked.rank
        """,
        [*fresh_args, role, *keys, *counted_args],
    )
    names = [column[0] for column in rows.description]
    snapshots = [dict(zip(names, row, strict=True)) for row in rows]
    changes = []
    for newest, before in itertools.pairwise(snapshots):
        if not (newest["rank"] == 1 and newest["fresh"] and before["rank"] == 2):
            continue
        change = _change_pct(before, newest)
        if change is not None and abs(change) >= threshold_pct:
            changes.append(
                PayChange(
                    old=Observation.model_validate(before),
                    new=Observation.model_validate(newest),
                    change_pct=round(change, 1),
                )
            )
    return sorted(changes, key=lambda c: abs(c.change_pct), reverse=True)


def _sql_time(moment: datetime) -> str:
    """``moment`` as SQLite's ``datetime()`` writes it, to compare with ``datetime(column)``."""
    return utc(moment).strftime("%Y-%m-%d %H:%M:%S")


def _midpoint(low: float | None, high: float | None) -> float | None:
    values = [v for v in (low, high) if v is not None]
    return sum(values) / len(values) if values else None


def _change_pct(old: dict, new: dict) -> float | None:
    """Percent change of the figure's midpoint, on the annual basis when both have one."""
    before = _midpoint(old["annual_min"], old["annual_max"])
    after = _midpoint(new["annual_min"], new["annual_max"])
    if before is None or after is None:
        if old["period"] != new["period"]:
            return None
        before = _midpoint(old["min_amount"], old["max_amount"])
        after = _midpoint(new["min_amount"], new["max_amount"])
    if not before or after is None:
        return None
    return (after - before) / before * 100
