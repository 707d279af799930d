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
from slack_sdk.models.blocks import (
    Block,
    ContextBlock,
    DividerBlock,
    HeaderBlock,
    MarkdownTextObject,
    PlainTextObject,
    SectionBlock,
)
from sqlite_utils import Database

from bot.refresh import RefreshOutcome, ask_period, collection_enabled, refresh_pair
from bot.settings import Settings
from display.mrkdwn import clip, day, escape
from handlers.subcommands import Subcommand
from store.answer.parse import describe_place, parse_salary_query
from store.collect.budget import month_of, searches_left
from store.collect.ledger import Refresh, latest_refresh, record_ask
from store.digest.subscriptions import list_subscriptions
from store.models import Place, Role

USAGE = "Try `/salary refresh ml intern boston`."
OFF = (
    "Collection is not set up here: an admin sets `TAVILY_API_KEY` (research) or installs "
    "the JobSpy extra (postings); see the README's “Fresh data every week”."
)

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
        ack(response_type="ephemeral", text=OFF)
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
    label = _label(query.role, query.place)
    ack(
        response_type="ephemeral",
        text=f"Refreshing *{escape(label)}*: searching the web and job boards. "
        "I'll tell you here when it's done.",
    )
    context["executor"].submit(_refresh_and_answer, context, respond, query.role, query.place, now)


REFRESH = Subcommand(words=frozenset({"refresh"}), run=refresh_command)


def _label(role: Role, place: Place) -> str:
    if place.level == "remote":
        return f"{role.name}, Remote"
    return f"{role.name} in {describe_place(place)}"


def _refresh_and_answer(
    context: BoltContext, respond: Respond, role: Role, place: Place, now: datetime
) -> None:
    label = escape(_label(role, place))
    try:
        db = context["store_for_thread"]()
        outcome = refresh_pair(
            db, context["settings"], role, place, period=ask_period(now), trigger="slack", now=now
        )
        text = outcome_text(label, outcome, latest_refresh(db, role.slug, place.key))
    except Exception:
        log.exception("/salary refresh failed for %s %s", role.slug, place.key)
        text = f"Sorry, refreshing {label} went wrong; it has been logged."
    try:
        respond(response_type="ephemeral", text=text)
    except Exception:
        log.exception("could not deliver a /salary refresh answer")


def gathered_text(refresh: Refresh) -> str:
    """'2 documents gathered, 31 figures added, 3 new postings'."""
    return (
        f"{refresh.documents} document{'s' * (refresh.documents != 1)} gathered, "
        f"{refresh.figures} figure{'s' * (refresh.figures != 1)} added, "
        f"{refresh.postings} new posting{'s' * (refresh.postings != 1)}"
    )


def outcome_text(label: str, outcome: RefreshOutcome | None, latest: Refresh | None) -> str:
    """The answer to `/salary refresh`: what it gathered, why it failed, or that it was done."""
    if outcome is None:
        if latest is not None and latest.status == "running":
            return f"{label} is being refreshed already; ask again in a few minutes."
        return f"{label} was refreshed today already: {status_line(latest)}."
    notes = "".join(f" ({escape(note)})" for note in outcome.notes)
    refresh = outcome.refresh
    if refresh.status == "failed":
        return f"⚠️ Refreshing {label} failed: {escape(refresh.reason or '')}.{notes}"
    return f"Refreshed {label}: {gathered_text(refresh)}.{notes}"


def _when(moment: datetime | None) -> str:
    return f"{day(moment)} {moment:%H:%M} UTC" if moment else "unknown time"


def status_line(refresh: Refresh | None) -> str:
    """How a pair's latest refresh went, in one line for people."""
    if refresh is None:
        return "not refreshed yet"
    if refresh.status == "running":
        return f"refreshing since {_when(refresh.started_at)}"
    if refresh.status == "failed":
        retry = (
            f"next try {_when(refresh.next_try_at)}"
            if refresh.next_try_at
            else f"gave up after {refresh.attempts} attempts"
        )
        return f"⚠️ refresh failed {_when(refresh.finished_at)}: {refresh.reason}; {retry}"
    return f"last refresh {_when(refresh.finished_at)} · {gathered_text(refresh)}"


def home_blocks(db: Database, settings: Settings, team_id: str) -> list[dict[str, Any]]:
    """The App Home's "Fresh data" section: each followed pair's last refresh, and the budget."""
    now = datetime.now(UTC)
    blocks: list[Block] = [DividerBlock(), HeaderBlock(text=PlainTextObject(text="Fresh data"))]
    if not collection_enabled(settings):
        blocks.append(SectionBlock(text=MarkdownTextObject(text=OFF)))
        return [b.to_dict() for b in blocks]
    pairs = {(s.role, s.place_key): s.label or s.role for s in list_subscriptions(db, team_id)}
    lines = [
        f"• *{escape(label)}*: {escape(status_line(latest_refresh(db, role, place)))}"
        for (role, place), label in pairs.items()
    ]
    text = "\n".join(lines) or "No channel follows a role yet, so nothing is refreshed weekly."
    blocks.append(SectionBlock(text=MarkdownTextObject(text=clip(text, 3000))))
    budget = settings.tavily_monthly_searches
    left = searches_left(db, budget=budget, now=now)
    footer = (
        f"Search budget: {left:,} of {budget:,} searches left for {month_of(now)}. "
        f"`/salary refresh ROLE PLACE` refreshes one now ({settings.refreshes_per_team_per_day} "
        "a day)."
    )
    blocks.append(ContextBlock(elements=[MarkdownTextObject(text=footer)]))
    return [b.to_dict() for b in blocks]
