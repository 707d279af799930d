"""What collectors keep: searches spent per month, refreshes and refresh asks (m200)."""

from __future__ import annotations

from sqlite_utils import Database


def m200_collection(db: Database) -> None:
    # Searches the bot spent per calendar month (UTC), counted against its own budget.
    db["search_usage"].create({"month": str, "searches": int}, pk="month")
    # One refresh of a role and place per period (a digest's week, or a day for one asked
    # for from Slack): whoever inserts the row runs it; a failure waits for next_try_at.
    db["refreshes"].create(
        {
            "id": int,
            "role": str,
            "place_key": str,
            "period": str,
            "trigger": str,
            "status": str,
            "attempts": int,
            "reason": str,
            "started_at": str,
            "finished_at": str,
            "next_try_at": str,
            "documents": int,
            "figures": int,
            "postings": int,
            "searches": int,
        },
        pk="id",
        not_null={"role", "place_key", "period", "status", "started_at"},
        defaults={"attempts": 0, "documents": 0, "figures": 0, "postings": 0, "searches": 0},
    )
    db["refreshes"].create_index(["role", "place_key", "period"], unique=True)
    # `/salary refresh` asks per workspace per UTC day, for its daily limit.
    db["refresh_asks"].create({"team_id": str, "day": str, "asks": int}, pk=("team_id", "day"))


# In the order they were written: a new store is built by running them in turn.
STEPS = (m200_collection,)
