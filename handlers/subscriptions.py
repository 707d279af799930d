"""Channel subscriptions to the weekly digest: `/salary subscribe|subscriptions|unsubscribe|digest`.

    /salary subscribe ml-intern boston                       Mondays 09:00 (the defaults)
    /salary subscribe ml-intern boston weekly on fri at 14:30 quiet: skip
    /salary subscriptions                  this channel's, with their next delivery
    /salary subscriptions resume           un-pause this channel's paused subscriptions
    /salary unsubscribe #12                by the id the list shows (or: ml-intern boston)
    /salary digest preview                 what the next digest would say now, privately

    >>> answer_subscription_command(db, settings, text="subscribe ml-intern boston",
    ...     team_id="T1", channel_id="C1", user_id="U1")["text"]
    'Subscribed this channel to *Machine Learning Intern in Boston, MA*: Mondays at 09:00 ...'

Every reply is ``{"text": ..., "blocks": [...]}`` for an ephemeral message; bad
input gets a sentence saying what to type instead.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from slack_bolt import Ack, BoltContext, Respond
from slack_sdk.models.blocks import Block
from sqlite_utils import Database

from bot.settings import Settings
from display.digest import digest_blocks, digest_summary
from display.follow import (
    delivery_time,
    describe_schedule,
    digests_home_blocks,
    pair_label,
    reply,
    run_line,
    subscription_line,
    subscription_list,
)
from display.mrkdwn import Message, escape
from handlers.digest_schedule import ScheduleError, split_schedule
from handlers.subcommands import Subcommand
from store.answer.parse import parse_salary_query, where
from store.digest.content import digest_so_far
from store.digest.ledger import latest_run, recent_runs
from store.digest.models import Subscription, SubscriptionRequest
from store.digest.schedule import next_delivery
from store.digest.subscriptions import (
    list_subscriptions,
    resume_subscriptions,
    subscribe,
    unsubscribe,
)
from store.resolve.places import suggest_places
from store.resolve.role_suggestions import roles_meant

USAGE = (
    "Try `/salary subscribe ml-intern boston`, optionally with "
    "`weekly on monday at 9:00`, `on fri at 2pm`, `quiet: skip` or `tz: America/Chicago`."
)


def subscriptions_command(
    ack: Ack, respond: Respond, text: str, command: dict, context: BoltContext
) -> None:
    """`/salary subscribe|subscriptions|unsubscribe|digest ...`: one private reply."""
    reply = answer_subscription_command(
        context["db"],
        context["settings"],
        text=text,
        team_id=command.get("team_id") or context.team_id or "",
        channel_id=command.get("channel_id", ""),
        user_id=command.get("user_id", ""),
    )
    ack(response_type="ephemeral", text=reply.get("text", ""), blocks=reply.get("blocks"))


@dataclass(frozen=True)
class _Asked:
    """A subscription subcommand's words after its first, and who asked where."""

    rest: str
    team_id: str
    channel_id: str
    user_id: str
    now: datetime


def answer_subscription_command(
    db: Database, settings: Settings, *, text: str, team_id: str, channel_id: str, user_id: str
) -> Message:
    """The private reply to a subscription subcommand: ``{"text": ..., "blocks": [...]}``."""
    word, _, rest = text.strip().partition(" ")
    answer = _REPLIES.get(word.lower())
    if answer is None:
        return _unknown(text)
    asked = _Asked(rest.strip(), team_id, channel_id, user_id, datetime.now(UTC))
    return answer(db, settings, asked)


def _unknown(text: str) -> Message:
    return reply(f"I don't know `{escape(text)}`. {USAGE}")


def _subscriptions_reply(db: Database, settings: Settings, asked: _Asked) -> Message:
    if asked.rest.lower() == "resume":
        if not resume_subscriptions(db, asked.team_id, asked.channel_id, now=asked.now):
            return reply("Nothing here was paused.")
    elif asked.rest:
        return reply(f"`/salary subscriptions` lists this channel's digests. {USAGE}")
    return _list(db, asked.team_id, asked.channel_id, asked.now)


def _digest_reply(db: Database, settings: Settings, asked: _Asked) -> Message:
    if asked.rest.lower() not in ("preview", ""):
        return _unknown(f"digest {asked.rest}")
    return _preview(db, settings, asked.team_id, asked.channel_id, asked.now)


def _read_role_place(text: str) -> tuple[Any, Any, str | None, list[str]]:
    """``(role, place, problem, notes)`` for "ml-intern boston"; suggestions in the problem."""
    if not text:
        return None, None, f"Which role and place? {USAGE}", []
    query = parse_salary_query(text)
    if query.role is None and query.place is not None and not query.role_text:
        return None, None, f"Which role{where(query.place)}? {USAGE}", []
    if query.role is None:
        meant = roles_meant(query.role_text or text)
        names = ", ".join(f"`{escape(r.slug)}`" for r in meant.roles)
        hint = f" Did you mean {names}?" if names else ""
        asked = escape(query.role_text or text)
        problem = (
            f"“{asked}” covers several roles: which one?"
            if meant.several
            else f"I don't know the role “{asked}”."
        )
        return None, None, f"{problem}{hint} {USAGE}", []
    if query.place is None:
        asked = query.place_text or text
        names = ", ".join(escape(p.name) for p in suggest_places(asked))
        hint = f" Did you mean {names}?" if names else ""
        return None, None, f"I couldn't place “{escape(asked)}”.{hint}", []
    others = [
        f"Only {query.place.name} is followed: `/salary subscribe {query.role.slug} "
        f"{other.name}` follows {other.name} too."
        for other in query.compared
    ]
    return query.role, query.place, None, [*query.notes, *others]


def _subscribe(db: Database, settings: Settings, asked: _Asked) -> Message:
    text, team_id, channel_id, user_id, now = (
        asked.rest, asked.team_id, asked.channel_id, asked.user_id, asked.now
    )  # fmt: skip
    try:
        rest, schedule = split_schedule(text, settings)
    except ScheduleError as error:  # it quotes what was typed: escaped like any input
        return reply(f"{escape(str(error))} {USAGE}")
    role, place, problem, notes = _read_role_place(rest)
    if problem:
        return reply(problem)
    before = {(s.role, s.place_key): s for s in list_subscriptions(db, team_id, channel_id)}.get(
        (role.slug, place.key)
    )
    sub = subscribe(
        db,
        SubscriptionRequest(
            team_id=team_id,
            channel_id=channel_id,
            role=role.slug,
            place_key=place.key,
            label=pair_label(role, place),
            created_by=user_id,
            **schedule.model_dump(),
        ),
        now=now,
    )
    quiet = "skipped" if sub.quiet == "skip" else "noted in one line"
    done = "Subscribed this channel to"
    if before is not None:
        done = "Resumed and updated" if before.paused_reason else "Updated this channel's"
    return reply(
        f"{done} *{escape(sub.label)}*: {describe_schedule(sub)}, "
        f"next on {delivery_time(next_delivery(sub, now))}. Quiet weeks are {quiet}. "
        "`/salary subscriptions` lists them." + "".join(f" _{escape(n)}_" for n in notes)
    )


def _list(db: Database, team_id: str, channel_id: str, now: datetime) -> Message:
    subs = list_subscriptions(db, team_id, channel_id)
    if not subs:
        return reply(f"This channel has no digests. {USAGE}")
    lines = [_subscription_line(db, sub, now) for sub in subs]
    return subscription_list(lines, any_paused=any(s.paused_reason for s in subs))


def _subscription_line(db: Database, sub: Subscription, now: datetime) -> str:
    return subscription_line(sub, next_delivery(sub, now), latest_run(db, sub.id))


def _unsubscribe(db: Database, settings: Settings, asked: _Asked) -> Message:
    text, team_id, channel_id = asked.rest, asked.team_id, asked.channel_id
    subs = list_subscriptions(db, team_id, channel_id)
    if not subs:
        return reply("This channel has no digests to remove.")
    wanted_id = text.removeprefix("#").strip()
    if wanted_id.isascii() and wanted_id.isdigit():
        by_id = {sub.id: sub for sub in subs}
        if int(wanted_id) not in by_id:
            known = ", ".join(f"#{sub.id}" for sub in subs)
            return reply(
                f"This channel has no digest #{int(wanted_id)} (it has {known}); "
                "`/salary subscriptions` lists them."
            )
        target = by_id[int(wanted_id)]
    else:
        role, place, problem, _ = _read_role_place(text)
        if problem:
            return reply(problem)
        matches = [s for s in subs if s.role == role.slug and s.place_key == place.key]
        if not matches:
            return reply(
                f"This channel is not subscribed to {escape(pair_label(role, place))}. "
                "`/salary subscriptions` lists what it is."
            )
        target = matches[0]
    unsubscribe(db, target.id)
    return reply(f"Unsubscribed this channel from {escape(target.label)}.")


def _preview(
    db: Database, settings: Settings, team_id: str, channel_id: str, now: datetime
) -> Message:
    subs = list_subscriptions(db, team_id, channel_id)
    if not subs:
        return reply(f"This channel has no digests to preview. {USAGE}")
    blocks: list[Block] = []
    summaries = []
    for sub in subs:
        digest = digest_so_far(db, sub, now=now, threshold_pct=settings.pay_change_threshold_pct)
        summaries.append(f"{escape(sub.label)}: {digest_summary(digest)}")
        blocks += digest_blocks(digest)
    return reply("Preview, only you see this. " + " ".join(summaries), blocks)


def home_blocks(db: Database, team_id: str) -> list[dict[str, Any]]:
    """Blocks for the App Home tab: the team's subscriptions and last few digests."""
    now = datetime.now(UTC)
    subs = list_subscriptions(db, team_id)
    lines = [f"<#{sub.channel_id}> {_subscription_line(db, sub, now)}" for sub in subs]
    labels = {sub.id: sub.label for sub in subs}
    runs = recent_runs(db, team_id)
    recent = [run_line(run, labels.get(run.subscription_id, "")) for run in runs]
    return digests_home_blocks(lines, recent, USAGE)


# Each subscription subcommand's reply, by its first word.
_REPLIES: dict[str, Callable[[Database, Settings, _Asked], Message]] = {
    "subscribe": _subscribe,
    "subscriptions": _subscriptions_reply,
    "unsubscribe": _unsubscribe,
    "digest": _digest_reply,
}
SUBSCRIPTIONS = Subcommand(words=frozenset(_REPLIES), run=subscriptions_command)
