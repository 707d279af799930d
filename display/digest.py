"""A weekly digest as a Slack message (Block Kit) and as plain text for the terminal.

    >>> from datetime import timedelta
    >>> from store.digest.content import build_digest
    >>> from store.digest.models import SubscriptionRequest
    >>> from store.digest.subscriptions import subscribe
    >>> sub = subscribe(db, SubscriptionRequest(team_id="T1", channel_id="C1", role="ml-intern",
    ...     place_key="city:US-MA-boston", label="ml-intern in Boston, MA"),
    ...     now=seeded - timedelta(days=30))
    >>> digest = build_digest(db, sub, since=seeded - timedelta(days=7), until=seeded,
    ...     threshold_pct=5)          # the week the example store's postings came in
    >>> digest_message(digest)["text"]
    'Weekly digest, ml-intern in Boston, MA: 2 new postings'
    >>> print(digest_text(digest))          # `python -m bot digest preview C123`
    Weekly digest, ml-intern in Boston, MA
    2 new postings
    <BLANKLINE>
    New postings
    • Ml Intern 2 <https://jobs.example.com/ml-intern/2> · Company 2 · ...

Every string from a posting or a source is escaped; long weeks are cut with
"+N more", so a message always fits Slack's 50 blocks and 3,000 characters.
"""

from __future__ import annotations

import re
from typing import Any

from slack_sdk.models.blocks import (
    Block,
    ContextBlock,
    DividerBlock,
    HeaderBlock,
    MarkdownTextObject,
    PlainTextObject,
    SectionBlock,
)

from display.money import format_published
from display.mrkdwn import MAX_BLOCKS, MAX_SECTION_TEXT, clip, day, escape, link, money
from store.answer.transparency import flag_summary_lines
from store.digest.models import Digest, PayChange
from store.models import Posting

MAX_POSTINGS_SHOWN = 15
_MRKDWN_LINK = re.compile(r"<(https?://[^|>]+)\|([^>]+)>")
MAX_CLOSED_SHOWN = 10
MAX_CHANGES_SHOWN = 10


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def digest_title(digest: Digest) -> str:
    """'Weekly digest, ml-intern in Boston, MA', escaped (headers and fallback text too)."""
    sub = digest.subscription
    return f"Weekly digest, {escape(sub.label or f'{sub.role} in {sub.place_key}')}"


def digest_summary(digest: Digest) -> str:
    """One line: what the week brought, or that it was quiet."""
    if digest.is_quiet:
        return f"Nothing new this week ({day(digest.since)} to {day(digest.until)})."
    parts = [_plural(len(digest.new_postings) + sum(digest.held_back.values()), "new posting")]
    if digest.closed_postings:
        parts.append(f"{len(digest.closed_postings)} closed")
    if digest.pay_changes:
        parts.append(_plural(len(digest.pay_changes), "pay change"))
    return ", ".join(parts)


def _range(low: float | None, high: float | None, unit: str, currency: str | None) -> str | None:
    if low is None and high is None:
        return None
    if low is None or high is None or low == high:
        return money(low if high is None else high, unit, currency)
    return f"{money(low, '', currency)} – {money(high, unit, currency)}"


def posting_pay(posting: Posting) -> str:
    """Pay as published, then normalised: '$40 - $45 an hour (≈ $40 – $45/hr · $83,200 – ...)'."""
    currency = posting.currency or "USD"
    published = posting.pay_text or _range(
        posting.min_amount,
        posting.max_amount,
        f" / {posting.period}" if posting.period else "",
        currency,
    )
    if published is None:
        return "pay not stated"
    normalised = [
        text
        for text in (
            _range(posting.hourly_min, posting.hourly_max, "/hr", currency),
            _range(posting.annual_min, posting.annual_max, "/yr", currency),
        )
        if text
    ]
    return f"{escape(published)}" + (f" (≈ {' · '.join(normalised)})" if normalised else "")


def posting_line(posting: Posting) -> str:
    """'• <url|Title> · Company · Boston, MA · hybrid · $40/hr (...) · posted Nov 2, 2026'."""
    parts = [link(posting.canonical_url or posting.url, posting.title), escape(posting.company)]
    if posting.location_published:
        parts.append(escape(posting.location_published))
    if posting.workplace:
        parts.append(escape(posting.workplace))
    parts.append(posting_pay(posting))
    parts.append(f"posted {day(posting.posted_date or posting.first_seen.date())}")
    return "• " + " · ".join(parts)


def closed_line(posting: Posting) -> str:
    when = f" {day(posting.closed_at)}" if posting.closed_at else ""
    return (
        f"• {link(posting.canonical_url or posting.url, posting.title)} · "
        f"{escape(posting.company)} · {escape(posting.status)}{when}"
    )


def change_line(change: PayChange) -> str:
    """'• salary.com (Boston, MA, base): $120,000 / year (Mar 1) → ... (Nov 1), +5.0%'."""
    new = change.new
    about = ", ".join(
        escape(part)
        for part in (new.location_published or new.place_key, new.covers, new.region)
        if part
    )
    return (
        f"• {link(new.url, new.source)} ({about}): "
        f"{escape(format_published(change.old))} ({day(change.old.as_of)}) → "
        f"{escape(format_published(new))} ({day(new.as_of)}), *{change.change_pct:+.1f}%*"
    )


def _listed(lines: list[str], total: int, shown: int, noun: str) -> list[str]:
    if total > shown:
        lines.append(f"_+{total - shown} more {noun}_")
    return lines


def digest_sections(digest: Digest) -> list[tuple[str, list[str]]]:
    """The digest's parts as (heading, lines), shared by the Slack and text renderings."""
    parts = []
    if digest.new_postings:
        shown = digest.new_postings[:MAX_POSTINGS_SHOWN]
        lines = [posting_line(p) for p in shown]
        hidden = len(digest.new_postings) - len(shown) + sum(digest.held_back.values())
        parts.append(("New postings", _listed(lines, len(shown) + hidden, len(shown), "postings")))
        flagged = flag_summary_lines(digest.new_postings)
        if flagged:
            parts.append(("Pay transparency", [f"• {escape(line)}" for line in flagged]))
    if digest.closed_postings:
        shown = digest.closed_postings[:MAX_CLOSED_SHOWN]
        lines = [closed_line(p) for p in shown]
        parts.append(("Closed", _listed(lines, len(digest.closed_postings), len(shown), "closed")))
    if digest.pay_changes:
        shown = digest.pay_changes[:MAX_CHANGES_SHOWN]
        lines = [change_line(c) for c in shown]
        parts.append(
            ("Pay changes", _listed(lines, len(digest.pay_changes), len(shown), "changes"))
        )
    return parts


def _packed(lines: list[str]) -> list[SectionBlock]:
    sections, current = [], ""
    for line in (clip(line, MAX_SECTION_TEXT) for line in lines):
        if current and len(current) + 1 + len(line) > MAX_SECTION_TEXT:
            sections.append(SectionBlock(text=MarkdownTextObject(text=current)))
            current = ""
        current = f"{current}\n{line}" if current else line
    if current:
        sections.append(SectionBlock(text=MarkdownTextObject(text=current)))
    return sections


def digest_blocks(digest: Digest) -> list[Block]:
    """Header, the week's summary, then new postings, closed postings and pay changes."""
    blocks: list[Block] = [
        HeaderBlock(text=PlainTextObject(text=clip(digest_title(digest), 150))),
        ContextBlock(
            elements=[
                MarkdownTextObject(
                    text=f"{digest_summary(digest)} · {day(digest.since)} to {day(digest.until)}"
                )
            ]
        ),
    ]
    for heading, lines in digest_sections(digest):
        blocks.append(DividerBlock())
        blocks.extend(_packed([f"*{heading}*", *lines]))
    return blocks[:MAX_BLOCKS]


def digest_message(digest: Digest) -> dict[str, Any]:
    """``{"text": fallback, "blocks": [...]}`` for chat.postMessage."""
    text = f"{digest_title(digest)}: {digest_summary(digest)}"
    return {"text": clip(text, 3000), "blocks": [b.to_dict() for b in digest_blocks(digest)]}


def quiet_message(digest: Digest) -> dict[str, Any]:
    """A quiet week in one line."""
    return {"text": f"{digest_title(digest)}: {digest_summary(digest)}", "blocks": []}


def digest_text(digest: Digest) -> str:
    """The digest as plain text (links as ``title <url>``), for the terminal."""
    lines = [digest_title(digest), digest_summary(digest)]
    for heading, items in digest_sections(digest):
        lines += ["", heading, *items]
    text = _MRKDWN_LINK.sub(r"\2 <\1>", "\n".join(lines))
    for old, new in (("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&")):
        text = text.replace(old, new)
    return text
