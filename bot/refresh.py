"""Refreshing a role and place: research (Tavily) plus postings (JobSpy), once per period.

    outcome = refresh_pair(db, settings, role, place, period="week:2026-W49",
                               trigger="digest", now=now)
    outcome.refresh.status, outcome.refresh.documents
    ('done', 2)
    refresh_due(db, settings, now=now)       # the clock: every pair whose digest is near

Before each subscription's digest (``REFRESH_LEAD_HOURS`` ahead) the clock refreshes
its pair; any number of channels following the same pair share one refresh per week
(``store.collect.ledger``). A part that is not set up (no Tavily key, JobSpy not
installed, no boards) is left out and said so; a part that fails makes the refresh
failed, with the reason, to be retried with backoff. Nothing here waits on a digest
and no digest waits on this: the digest says whatever the store holds when it is due.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from pydantic import BaseModel
from sqlite_utils import Database

from bot.commands_collect import postings_config, tavily_config
from bot.settings import Settings
from store.collect.ledger import (
    Gathered,
    Refresh,
    Trigger,
    claim_refresh,
    fail_refresh,
    finish_refresh,
    retries_due,
)
from store.collect.postings import (
    NO_BOARDS,
    NOT_INSTALLED,
    PostingsError,
    collect_pair,
    jobspy_installed,
)
from store.collect.research import NO_KEY, ResearchError, research_pair
from store.digest.schedule import next_delivery, utc
from store.digest.subscriptions import list_subscriptions
from store.models import Place, Role
from store.resolve.places import PlaceError, get_place
from store.resolve.roles import role_for_slug

log = logging.getLogger("bot.refresh")


class RefreshOutcome(BaseModel):
    refresh: Refresh
    notes: list[str] = []


def digest_period(due: datetime) -> str:
    """The period a scheduled refresh belongs to: the ISO week its digest is due in."""
    year, week, _ = utc(due).isocalendar()
    return f"week:{year}-W{week:02d}"


def ask_period(now: datetime) -> str:
    """The period of a refresh asked for from Slack: the UTC day."""
    return f"day:{utc(now):%Y-%m-%d}"


def _research(
    db: Database, settings: Settings, role: Role, place: Place, now: datetime
) -> Gathered:
    done = research_pair(db, role, place, tavily_config(settings), now=now)
    if done.document.status == "failed":
        raise ResearchError(f"the report could not be ingested: {done.document.reason}")
    return Gathered(
        documents=1, figures=done.document.observations,
        postings=done.document.postings_new, searches=done.searches,
    )  # fmt: skip


def _postings(
    db: Database, settings: Settings, role: Role, place: Place, now: datetime
) -> Gathered:
    done = collect_pair(db, role, place, postings_config(settings), now=now)
    if done.document is None:
        return Gathered()
    if done.document.status == "failed":
        raise PostingsError(f"the postings could not be ingested: {done.document.reason}")
    return Gathered(
        documents=1, figures=done.document.observations, postings=done.document.postings_new
    )


def _research_off(settings: Settings) -> str | None:
    return None if settings.tavily_api_key else NO_KEY


def _postings_off(settings: Settings) -> str | None:
    if not settings.postings_site_list:
        return NO_BOARDS
    return None if jobspy_installed() else NOT_INSTALLED


# The parts of a refresh: (name, why it is off or None, how to run it).
PARTS: tuple[tuple[str, Callable[[Settings], str | None], Callable[..., Gathered]], ...] = (
    ("research", _research_off, _research),
    ("postings", _postings_off, _postings),
)


def collection_enabled(settings: Settings) -> bool:
    """Whether any part of a refresh is set up."""
    return any(is_off(settings) is None for _, is_off, _ in PARTS)


def refresh_pair(
    db: Database,
    settings: Settings,
    role: Role,
    place: Place,
    *,
    period: str,
    trigger: Trigger,
    now: datetime,
) -> RefreshOutcome | None:
    """Refresh ``role`` at ``place`` for ``period``; None when that is done or in hand."""
    claimed = claim_refresh(db, role.slug, place.key, period, trigger=trigger, now=now)
    if claimed is None:
        return None
    total, notes, problems = Gathered(), [], []
    for name, is_off, run in PARTS:
        if (off := is_off(settings)) is not None:
            notes.append(f"{name} off: {off}")
            continue
        try:
            got = run(db, settings, role, place, now)
        except (ResearchError, PostingsError) as error:
            problems.append(f"{name}: {error}")
            continue
        total = Gathered(**{k: v + getattr(got, k) for k, v in total.model_dump().items()})
    if problems:
        failed = fail_refresh(db, claimed.id, "; ".join(problems), now=now, gathered=total)
        log.warning("refresh %s %s failed: %s", role.slug, place.key, failed.reason)
        return RefreshOutcome(refresh=failed, notes=notes)
    finish_refresh(db, claimed.id, total, now=now)
    refresh = claimed.model_copy(update={**total.model_dump(), "status": "done"})
    return RefreshOutcome(refresh=refresh, notes=notes)


def due_pairs(db: Database, lead: timedelta, now: datetime) -> dict[tuple[str, str], str]:
    """(role, place key) -> period, for every active subscription due within ``lead``."""
    pairs: dict[tuple[str, str], str] = {}
    for sub in list_subscriptions(db):
        if sub.paused_reason:
            continue
        due = next_delivery(sub, now)
        if due - utc(now) <= lead:
            pairs.setdefault((sub.role, sub.place_key), digest_period(due))
    return pairs


def refresh_due(db: Database, settings: Settings, *, now: datetime) -> list[RefreshOutcome]:
    """One clock pass: refresh each pair whose digest is near, and retry failed refreshes."""
    if not collection_enabled(settings):
        return []
    now = utc(now)
    wanted = due_pairs(db, timedelta(hours=settings.refresh_lead_hours), now)
    for retry in retries_due(db, now=now):
        wanted.setdefault((retry.role, retry.place_key), retry.period)
    outcomes = []
    for (role_slug, place_key), period in wanted.items():
        try:
            role, place = role_for_slug(role_slug), get_place(place_key)
        except (KeyError, ValueError, PlaceError):
            log.warning("refresh: cannot read %s at %s", role_slug, place_key)
            continue
        outcome = refresh_pair(db, settings, role, place, period=period, trigger="digest", now=now)
        if outcome is not None:
            outcomes.append(outcome)
    return outcomes
