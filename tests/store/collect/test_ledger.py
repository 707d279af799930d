"""The refresh ledger: once per pair and period, backoff after failures, a lease on running."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from store.collect.budget import BudgetSpent, check_budget, count_searches, searches_left
from store.collect.ledger import (
    BACKOFF,
    LEASE,
    MAX_ATTEMPTS,
    Gathered,
    claim_refresh,
    fail_refresh,
    finish_refresh,
    record_ask,
    retries_due,
)
from store.db import open_store

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
PAIR = ("ml-intern", "city:US-MA-boston")


@pytest.fixture
def db(tmp_path):
    return open_store(tmp_path / "s.db")


def claim(db, now=NOW, period="week:2026-W49"):
    return claim_refresh(db, *PAIR, period, trigger="digest", now=now)


def test_a_pair_is_refreshed_once_per_period(db):
    first = claim(db)
    assert claim(db) is None  # running
    finish_refresh(db, first.id, Gathered(documents=1, figures=9), now=NOW)
    assert claim(db, now=NOW + timedelta(days=1)) is None  # done for this week
    assert claim(db, period="week:2026-W50") is not None


def test_a_failure_is_retried_after_a_growing_backoff_then_given_up(db):
    run = claim(db)
    moment = NOW
    for attempt in range(1, MAX_ATTEMPTS + 1):
        failed = fail_refresh(db, run.id, "Tavily failed (HTTP 503)", now=moment)
        assert failed.attempts == attempt
        if attempt == MAX_ATTEMPTS:
            assert failed.next_try_at is None
            break
        wait = BACKOFF[attempt - 1]
        assert failed.next_try_at == moment + wait
        assert claim(db, now=moment + wait - timedelta(seconds=1)) is None
        assert [r.id for r in retries_due(db, now=moment + wait)] == [run.id]
        moment += wait
        run = claim(db, now=moment)
        assert run is not None
    assert claim(db, now=moment + timedelta(days=2)) is None and retries_due(db, now=moment) == []


def test_a_refresh_left_running_by_a_dead_worker_is_taken_over_after_the_lease(db):
    claim(db)
    assert claim(db, now=NOW + LEASE) is None
    assert claim(db, now=NOW + LEASE + timedelta(seconds=1)).attempts == 2


def test_asks_are_limited_per_team_per_day(db):
    assert [record_ask(db, "T1", limit=2, now=NOW) for _ in range(3)] == [1, 2, None]
    assert record_ask(db, "T2", limit=2, now=NOW) == 1
    assert record_ask(db, "T1", limit=2, now=NOW + timedelta(days=1)) == 1


def test_the_search_budget_is_per_month(db):
    count_searches(db, 998, now=NOW)
    with pytest.raises(BudgetSpent, match="2 of 1000 searches left and a research run needs 3"):
        check_budget(db, wanted=3, budget=1000, now=NOW)
    assert searches_left(db, budget=1000, now=NOW + timedelta(days=1)) == 1000  # December
