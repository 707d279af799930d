"""`/salary refresh ROLE PLACE` and the App Home's "Fresh data" section.

    /salary refresh ml intern boston   -> "Refreshing ..." at once; the outcome follows
                                          through the command's response_url

A workspace may ask ``REFRESHES_PER_TEAM_PER_DAY`` times per UTC day; past that the
reply says so. The refresh itself is ``bot.refresh.refresh_pair`` (research plus
postings), run in a worker thread, at most once per pair per day.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from slack_bolt import Ack, BoltContext, Respond
from sqlite_utils import Database

from bot.refresh import ask_period, collection_enabled, refresh_pair
from bot.settings import Settings
from display.follow import COLLECTION_OFF, fresh_data_home_blocks, pair_label, refresh_outcome
from display.mrkdwn import escape
from handlers.subcommands import Subcommand
from store.answer.parse import parse_salary_query
from store.collect.budget import month_of, searches_left
from store.collect.ledger import latest_refresh, record_ask
from store.digest.subscriptions import list_subscriptions
from store.models import Place, Role

USAGE = "Try `/salary refresh ml intern boston`."

log = logging.getLogger(__name__)


def refresh_command(
    ack: Ack, respond: Respond, text: str, command: dict, context: BoltContext
) -> None:
    """Acknowledge at once; refresh in a worker thread and answer through ``respond``."""
    settings: Settings = context["settings"]
    words = text.partition(" ")[2].strip()
    query = parse_salary_query(words) if words else None
    if query is None or query.role is None or query.place is None:
        asked = escape(words) if words else "nothing"
        reply = f"I couldn't read a role and place in “{asked}”. {USAGE}"
        ack(response_type="ephemeral", text=reply)
        return
    if not collection_enabled(settings):
        ack(response_type="ephemeral", text=COLLECTION_OFF)
        return
    now = datetime.now(UTC).replace(microsecond=0)
    team_id = command.get("team_id") or context.team_id or ""
    limit = settings.refreshes_per_team_per_day
    if record_ask(context["db"], team_id, limit=limit, now=now) is None:
        ack(
            response_type="ephemeral",
            text=f"This workspace has used its {limit} refreshes for today; more tomorrow "
            "(days are UTC). Weekly digests still refresh on their own.",
        )
        return
    label = pair_label(query.role, query.place)
    ack(
        response_type="ephemeral",
        text=f"Refreshing *{escape(label)}*: searching the web and job boards. "
        "I'll tell you here when it's done.",
    )
    context["executor"].submit(_refresh_and_answer, context, respond, query.role, query.place, now)


REFRESH = Subcommand(words=frozenset({"refresh"}), run=refresh_command)


def _refresh_and_answer(
    context: BoltContext, respond: Respond, role: Role, place: Place, now: datetime
) -> None:
    label = escape(pair_label(role, place))
    try:
        db = context["store_for_thread"]()
        outcome = refresh_pair(
            db, context["settings"], role, place, period=ask_period(now), trigger="slack", now=now
        )
        refresh, notes = (outcome.refresh, outcome.notes) if outcome else (None, [])
        text = refresh_outcome(label, refresh, notes, latest_refresh(db, role.slug, place.key))
    except Exception:
        log.exception("/salary refresh failed for %s %s", role.slug, place.key)
        text = f"Sorry, refreshing {label} went wrong; it has been logged."
    try:
        respond(response_type="ephemeral", text=text)
    except Exception:
        log.exception("could not deliver a /salary refresh answer")


def home_blocks(db: Database, settings: Settings, team_id: str) -> list[dict[str, Any]]:
    """The App Home's "Fresh data" section: each followed pair's last refresh, and the budget."""
    if not collection_enabled(settings):
        return fresh_data_home_blocks([], None)
    now = datetime.now(UTC)
    pairs = {(s.role, s.place_key): s.label or s.role for s in list_subscriptions(db, team_id)}
    statuses = [(label, latest_refresh(db, role, place)) for (role, place), label in pairs.items()]
    budget = settings.tavily_monthly_searches
    left = searches_left(db, budget=budget, now=now)
    footer = (
        f"Search budget: {left:,} of {budget:,} searches left for {month_of(now)}. "
        f"`/salary refresh ROLE PLACE` refreshes one now ({settings.refreshes_per_team_per_day} "
        "a day)."
    )
    return fresh_data_home_blocks(statuses, footer)
