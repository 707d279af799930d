"""The refresh ledger: each role and place refreshed at most once per period, with its outcome.

    run = claim_refresh(db, "ml-intern", "city:US-MA-boston", "week:2026-W49",
                            trigger="digest", now=now)           # None: done or in hand
    finish_refresh(db, run.id, Gathered(documents=2, figures=31, postings=3), now=now)
    fail_refresh(db, run.id, "Tavily failed (HTTP 503)", now=now)   # retried with backoff

A refresh is one ``refreshes`` row per (role, place, period), inserted under
``BEGIN IMMEDIATE``: whoever inserts it runs it, so any number of channels following
the same pair, or two clocks, share one refresh. A failed one may be claimed again
once its ``next_try_at`` has passed (``BACKOFF`` after each attempt, at most
``MAX_ATTEMPTS``); a running one whose worker died is taken over after ``LEASE``.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Literal

from pydantic import BaseModel
from sqlite_utils import Database

from store.db import write_transaction

RefreshStatus = Literal["running", "done", "failed"]
Trigger = Literal["digest", "slack", "command"]
MAX_ATTEMPTS = 4
BACKOFF = (timedelta(minutes=10), timedelta(minutes=30), timedelta(hours=2))
LEASE = timedelta(minutes=30)


class Gathered(BaseModel):
    """What one refresh brought in."""

    documents: int = 0
    figures: int = 0
    postings: int = 0
    searches: int = 0


class Refresh(Gathered):
    id: int
    role: str
    place_key: str
    period: str
    trigger: Trigger
    status: RefreshStatus
    attempts: int
    reason: str | None = None
    started_at: datetime
    finished_at: datetime | None = None
    next_try_at: datetime | None = None


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


def _refresh(row: dict) -> Refresh:
    return Refresh.model_validate(row)


def get_refresh(db: Database, refresh_id: int) -> Refresh:
    return _refresh(db["refreshes"].get(refresh_id))


def _claimable(row: dict, now: datetime) -> bool:
    if row["status"] == "failed":
        due = row["next_try_at"] and datetime.fromisoformat(row["next_try_at"]) <= now
        return bool(due) and row["attempts"] < MAX_ATTEMPTS
    if row["status"] == "running":
        return now - datetime.fromisoformat(row["started_at"]) > LEASE
    return False


def claim_refresh(
    db: Database, role: str, place_key: str, period: str, *, trigger: Trigger, now: datetime
) -> Refresh | None:
    """Take the pair's refresh for ``period``; None when it is done, running or not yet due."""
    with write_transaction(db):
        row = db.execute(
            "select id, status, attempts, started_at, next_try_at from refreshes "
            "where role = ? and place_key = ? and period = ?",
            [role, place_key, period],
        ).fetchone()
        if row is None:
            refresh_id = (
                db["refreshes"]
                .insert(
                    {
                        "role": role,
                        "place_key": place_key,
                        "period": period,
                        "trigger": trigger,
                        "status": "running",
                        "attempts": 1,
                        "started_at": _stamp(now),
                    }
                )
                .last_pk
            )
        else:
            names = ("id", "status", "attempts", "started_at", "next_try_at")
            current = dict(zip(names, row, strict=True))
            if not _claimable(current, now):
                return None
            refresh_id = current["id"]
            db.execute(
                "update refreshes set status = 'running', attempts = attempts + 1, "
                "started_at = ?, next_try_at = null where id = ?",
                [_stamp(now), refresh_id],
            )
    return get_refresh(db, refresh_id)


def finish_refresh(db: Database, refresh_id: int, gathered: Gathered, *, now: datetime) -> None:
    """Record a refresh that worked, with what it brought in."""
    with write_transaction(db):
        db["refreshes"].update(
            refresh_id,
            {
                **gathered.model_dump(),
                "status": "done",
                "reason": None,
                "finished_at": _stamp(now),
                "next_try_at": None,
            },
        )


def fail_refresh(
    db: Database, refresh_id: int, reason: str, *, now: datetime, gathered: Gathered | None = None
) -> Refresh:
    """Record a failed refresh and when it may be tried again (none after ``MAX_ATTEMPTS``)."""
    attempts = get_refresh(db, refresh_id).attempts
    retry = now + BACKOFF[min(attempts, len(BACKOFF)) - 1] if attempts < MAX_ATTEMPTS else None
    with write_transaction(db):
        db["refreshes"].update(
            refresh_id,
            {
                **(gathered or Gathered()).model_dump(),
                "status": "failed",
                "reason": reason,
                "finished_at": _stamp(now),
                "next_try_at": retry and _stamp(retry),
            },
        )
    return get_refresh(db, refresh_id)


def retries_due(db: Database, *, now: datetime) -> list[Refresh]:
    """Failed refreshes whose next try has come."""
    rows = db.query(
        "select * from refreshes where status = 'failed' and next_try_at is not null "
        "and attempts < ? order by next_try_at",
        [MAX_ATTEMPTS],
    )
    return [r for r in map(_refresh, rows) if r.next_try_at and r.next_try_at <= now]


def latest_refresh(db: Database, role: str, place_key: str) -> Refresh | None:
    """The pair's most recent refresh, whatever its period."""
    rows = list(
        db.query(
            "select * from refreshes where role = ? and place_key = ? "
            "order by started_at desc, id desc limit 1",
            [role, place_key],
        )
    )
    return _refresh(rows[0]) if rows else None


def record_ask(db: Database, team_id: str, *, limit: int, now: datetime) -> int | None:
    """Count one `/salary refresh` for the team today: how many it has made, None if over."""
    day = f"{now.astimezone(UTC):%Y-%m-%d}"
    with write_transaction(db):
        row = db.execute(
            "select asks from refresh_asks where team_id = ? and day = ?", [team_id, day]
        ).fetchone()
        asks = row[0] if row else 0
        if asks >= limit:
            return None
        db.execute(
            "insert into refresh_asks (team_id, day, asks) values (?, ?, 1) "
            "on conflict(team_id, day) do update set asks = asks + 1",
            [team_id, day],
        )
    return asks + 1
