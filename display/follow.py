"""Block Kit and text for following a role: subscriptions, their digests' status, refreshes.

    >>> remote = Place(key="remote", level="remote", name="Remote")
    >>> pair_label(Role(slug="ml-intern", name="ML Intern", is_intern=True), remote)
    'ML Intern, Remote'
    >>> gathered_text(Gathered(documents=1, figures=12))
    '1 document gathered, 12 figures added, 0 new postings'

The listeners in ``handlers/subscriptions.py`` and ``handlers/refresh.py`` read the store;
what they show is built here, from what they read.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from slack_sdk.models.blocks import Block, DividerBlock

from display.mrkdwn import Message, clip, context, day, escape, header, message, section
from store.answer.parse import describe_place
from store.collect.ledger import Gathered, Refresh
from store.digest.models import DAY_NAMES_IN_FULL, DigestRun, Subscription, SubscriptionRequest
from store.models import Place, Role

COLLECTION_OFF = (
    "Collection is not set up here: an admin sets `TAVILY_API_KEY` (research) or installs "
    "the JobSpy extra (postings); see the README's “Fresh data every week”."
)


def pair_label(role: Role, place: Place) -> str:
    """How a followed role and place are named: 'ML Intern in Boston, MA', 'ML Intern, Remote'."""
    if place.level == "remote":
        return f"{role.name}, Remote"
    return f"{role.name} in {describe_place(place)}"


def reply(text: str, blocks: Sequence[Block | dict] = ()) -> Message:
    """A private reply: ``text`` alone as one section unless ``blocks`` are given."""
    return message(text, blocks or [section(text)])


# Subscriptions and their digests


def describe_schedule(sub: SubscriptionRequest) -> str:
    """'Mondays at 09:00 America/New_York'."""
    return f"{DAY_NAMES_IN_FULL[sub.day_of_week].capitalize()}s at {sub.time_of_day} {sub.timezone}"


def delivery_time(moment: datetime) -> str:
    """When a digest comes, in its channel's time zone: 'Mon Nov 30, 09:00 EST'."""
    return f"{moment:%a} {day(moment)}, {moment:%H:%M %Z}"


def digest_status(run: DigestRun | None) -> str:
    """How a subscription's latest digest went: 'last: sent Nov 30', or a warning."""
    if run is None:
        return "no digest yet"
    when = day(run.finished_at or run.period_end)
    reason = escape(run.reason or "")
    if run.status == "unknown":
        return f"⚠️ the {day(run.period_end)} digest may not have been posted: {reason}"
    if run.status in ("failed", "skipped"):
        return f"last: {run.status} {when} ({reason})"
    return f"last: {run.status} {when}"


def subscription_line(sub: Subscription, next_at: datetime, latest: DigestRun | None) -> str:
    """'*#12* ML Intern in Boston, MA · Mondays at 09:00 ... · next Mon Nov 2, 09:00 EST · ...'.

    The number is the subscription's id, which never changes, not its place in the list:
    `/salary unsubscribe #12` removes this one however the list has moved since.
    """
    parts = [f"*#{sub.id}* {escape(sub.label or sub.role)}", describe_schedule(sub)]
    if sub.paused_reason:
        parts.append(f"⏸ paused: {escape(sub.paused_reason)}")
    else:
        parts.append(f"next {delivery_time(next_at)}")
    if sub.quiet == "skip":
        parts.append("quiet weeks skipped")
    parts.append(digest_status(latest))
    return " · ".join(parts)


def subscription_list(lines: list[str], *, any_paused: bool) -> Message:
    """The reply to `/salary subscriptions`: one line per subscription, then how to change them."""
    footer = "`/salary unsubscribe #N` removes one by its id (or name its role and place)"
    if any_paused:
        footer += "; `/salary subscriptions resume` un-pauses"
    text = "*This channel's weekly digests*\n" + "\n".join(lines)
    return reply(text, [section(text), context(footer + ".")])


def run_line(run: DigestRun, label: str) -> str:
    """'• Nov 30 · <#C1> · ML Intern in Boston, MA · sent (3 new, 1 pay changes)'."""
    line = f"• {day(run.finished_at)} · <#{run.channel_id}> · {escape(label)} · {run.status}"
    if run.status == "sent":
        line += f" ({run.new_count} new, {run.change_count} pay changes)"
    return line


def digests_home_blocks(lines: list[str], recent: list[str], usage: str) -> list[dict[str, Any]]:
    """The App Home's "Weekly digests": each channel's subscriptions, then recent digests."""
    blocks: list[Block] = [DividerBlock(), header("Weekly digests")]
    if not lines:
        blocks.append(section(f"No channel subscribes yet. {usage}"))
    else:
        blocks.append(section(clip("\n".join(lines), 3000)))
    if lines and recent:
        blocks.append(section("*Recent digests*\n" + "\n".join(recent)))
    return [b.to_dict() for b in blocks]


# Refreshes


def gathered_text(refresh: Gathered) -> str:
    """'2 documents gathered, 31 figures added, 3 new postings'."""
    return (
        f"{refresh.documents} document{'s' * (refresh.documents != 1)} gathered, "
        f"{refresh.figures} figure{'s' * (refresh.figures != 1)} added, "
        f"{refresh.postings} new posting{'s' * (refresh.postings != 1)}"
    )


def _utc_time(moment: datetime | None) -> str:
    return f"{day(moment)} {moment:%H:%M} UTC" if moment else "unknown time"


def refresh_status(refresh: Refresh | None) -> str:
    """How a pair's latest refresh went, in one line for people."""
    if refresh is None:
        return "not refreshed yet"
    if refresh.status == "running":
        return f"refreshing since {_utc_time(refresh.started_at)}"
    if refresh.status == "failed":
        retry = (
            f"next try {_utc_time(refresh.next_try_at)}"
            if refresh.next_try_at
            else f"gave up after {refresh.attempts} attempts"
        )
        return f"⚠️ refresh failed {_utc_time(refresh.finished_at)}: {refresh.reason}; {retry}"
    return f"last refresh {_utc_time(refresh.finished_at)} · {gathered_text(refresh)}"


def refresh_outcome(
    label: str, refresh: Refresh | None, notes: list[str], latest: Refresh | None
) -> str:
    """The answer to `/salary refresh`: what it gathered, why it failed, or that it was done.

    ``refresh`` is None when this ask started nothing (``latest`` says why).
    """
    if refresh is None:
        if latest is not None and latest.status == "running":
            return f"{label} is being refreshed already; ask again in a few minutes."
        return f"{label} was refreshed today already: {refresh_status(latest)}."
    said = "".join(f" ({escape(note)})" for note in notes)
    if refresh.status == "failed":
        return f"⚠️ Refreshing {label} failed: {escape(refresh.reason or '')}.{said}"
    return f"Refreshed {label}: {gathered_text(refresh)}.{said}"


def fresh_data_home_blocks(
    pairs: list[tuple[str, Refresh | None]], footer: str | None
) -> list[dict[str, Any]]:
    """The App Home's "Fresh data": each followed pair's last refresh, then ``footer`` (the
    search budget); with no footer, collection is off here and the section says so."""
    blocks: list[Block] = [DividerBlock(), header("Fresh data")]
    if footer is None:
        blocks.append(section(COLLECTION_OFF))
        return [b.to_dict() for b in blocks]
    lines = [f"• *{escape(label)}*: {escape(refresh_status(latest))}" for label, latest in pairs]
    text = "\n".join(lines) or "No channel follows a role yet, so nothing is refreshed weekly."
    blocks += [section(text), context(footer)]
    return [b.to_dict() for b in blocks]
