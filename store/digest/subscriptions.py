"""Channel subscriptions to a weekly digest of a role at a place.

sub = subscribe(db, SubscriptionRequest(team_id="T1", channel_id="C1",
                role="ml-intern", place_key="city:US-MA-boston"), now=now)
"""

from __future__ import annotations

from datetime import datetime

from sqlite_utils import Database

from store.db import write_transaction
from store.digest.models import Subscription, SubscriptionRequest
from store.digest.schedule import iso_stamp


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
        changes = {**fields, "updated_at": iso_stamp(now), "paused_reason": None, "paused_at": None}
        if existing:
            sub_id = existing[0]["id"]
            changes.pop("created_by")
            db["subscriptions"].update(sub_id, changes)
        else:
            sub_id = db["subscriptions"].insert({**changes, "created_at": iso_stamp(now)}).last_pk
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
            [reason, iso_stamp(now), iso_stamp(now), sub_id],
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
            [iso_stamp(now), *args],
        ).rowcount


def pause_team(db: Database, team_id: str, reason: str, *, now: datetime) -> int:
    """Pause every subscription of a workspace (its tokens were revoked); how many."""
    with write_transaction(db):
        return db.execute(
            "update subscriptions set paused_reason = ?, paused_at = ?, updated_at = ? "
            "where team_id = ? and paused_reason is null",
            [reason, iso_stamp(now), iso_stamp(now), team_id],
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
