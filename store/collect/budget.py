"""The monthly search budget: searches the bot spent, counted in the store per UTC month.

check_budget(db, wanted=3, budget=1000, now=now)     # raises BudgetSpent if short
count_searches(db, 3, now=now)
searches_left(db, budget=1000, now=now)              # 997
"""

from __future__ import annotations

from datetime import datetime

from sqlite_utils import Database

from store.db import write_transaction


class BudgetSpent(Exception):
    """The month's search budget cannot cover a run; the message says how much is left."""


def month_of(now: datetime) -> str:
    """'2026-11' for any moment in November 2026."""
    return f"{now:%Y-%m}"


def searches_used(db: Database, *, now: datetime) -> int:
    row = db.execute(
        "select searches from search_usage where month = ?", [month_of(now)]
    ).fetchone()
    return row[0] if row else 0


def searches_left(db: Database, *, budget: int, now: datetime) -> int:
    return max(budget - searches_used(db, now=now), 0)


def check_budget(db: Database, *, wanted: int, budget: int, now: datetime) -> None:
    """Raise ``BudgetSpent`` unless ``wanted`` more searches fit in this month's budget."""
    left = searches_left(db, budget=budget, now=now)
    if wanted > left:
        raise BudgetSpent(
            f"the search budget for {month_of(now)} is spent: {left} of {budget} searches "
            f"left and a research run needs {wanted} (TAVILY_MONTHLY_SEARCHES raises it)"
        )


def count_searches(db: Database, searches: int, *, now: datetime) -> None:
    """Add ``searches`` to this month's count (every search the API answered costs one)."""
    if searches <= 0:
        return
    with write_transaction(db):
        db.execute(
            "insert into search_usage (month, searches) values (?, ?) "
            "on conflict(month) do update set searches = searches + excluded.searches",
            [month_of(now), searches],
        )
