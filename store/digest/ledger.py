"""The exactly-once run ledger: who posts which subscription's week.

    run = claim_run(db, sub, due, worker="clock-1", now=now)   # None: someone else has it
    digest = build_digest(db, sub, since=..., until=due.end, threshold_pct=2.0)  # .content
    finish_run(db, run.id, "sent", now=now, message_ts="1700000000.000100")

A run is one (subscription, period) row in ``digest_runs``, inserted under
``BEGIN IMMEDIATE`` before anything is posted: whoever inserts it posts, so two
clocks, a restart or a retry never post the same week twice. Nothing here talks
to Slack; ``bot.delivery`` does.
"""

from __future__ import annotations

from datetime import datetime

from sqlite_utils import Database

from store.db import write_transaction
from store.digest.models import DELIVERED, Digest, DigestRun, Marks, Period, RunStatus, Subscription
from store.digest.schedule import iso_stamp, utc


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
                iso_stamp(period.start),
                iso_stamp(period.end),
                worker,
                iso_stamp(now),
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
            [worker, iso_stamp(now), run.id, iso_stamp(run.claimed_at or now)],
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
                "finished_at": iso_stamp(now),
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
