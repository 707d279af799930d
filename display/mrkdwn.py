"""Slack mrkdwn and Block Kit basics: escaping, links, money and dates, and Slack's limits.

>>> escape("<!channel> & co")
'&lt;!channel&gt; &amp; co'
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from slack_sdk.models.blocks import (
    Block,
    ContextBlock,
    HeaderBlock,
    MarkdownTextObject,
    PlainTextObject,
    SectionBlock,
)

from display.money import (
    format_amount,
)

# Slack's limits (https://api.slack.com/reference/block-kit/blocks).
MAX_BLOCKS = 50
MAX_SECTION_TEXT = 3000
MAX_HEADER_TEXT = 150
MAX_BUTTON_VALUE = 2000
MAX_HOME_BLOCKS = 100
MAX_LINK_URL = 1000  # longer URLs are shown without a link rather than cut

Message = dict[str, Any]


def escape(text: object) -> str:
    """Escape ``&``, ``<`` and ``>`` as Slack requires, so text can't mention or link.

    >>> escape("<!channel> & <@U1>")
    '&lt;!channel&gt; &amp; &lt;@U1&gt;'
    """
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def unescape(text: str) -> str:
    """Undo Slack's escaping of ``&``, ``<`` and ``>`` in text it sends us.

    >>> unescape("R&amp;D &lt;b&gt;")
    'R&D <b>'
    """
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def clip(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, ending in an ellipsis when cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def link(url: str | None, name: str) -> str:
    """A mrkdwn link ``<url|name>`` with both parts made safe; plain name without a URL."""
    label = escape(clip(name, 150))
    if not url or len(url) > MAX_LINK_URL or not url.startswith(("http://", "https://")):
        return label
    safe_url = escape(url).replace("|", "%7C")
    return f"<{safe_url}|{label.replace('|', '¦')}>"


def money(amount: float | None, unit: str = "", currency: str = "USD") -> str:
    """Money as people write it, whole units from $1,000 up; ``unit`` appended.

    >>> money(57200.4, "/yr"), money(27.5, "/hr"), money(None)
    ('$57,200/yr', '$27.50/hr', 'n/a')
    """
    if amount is None:
        return "n/a"
    return escape(format_amount(round(amount) if amount >= 1000 else amount, currency)) + unit


def day(value: date | datetime | None) -> str:
    """``Jan 5, 2026``."""
    if value is None:
        return "unknown date"
    return f"{value:%b} {value.day}, {value.year}"


def weeks_long(weeks: float) -> str:
    """``12`` -> "12-week", as in "a 12-week term"."""
    return f"{weeks:g}-week"


def mrkdwn_text(text: str) -> MarkdownTextObject:
    return MarkdownTextObject(text=clip(text, MAX_SECTION_TEXT))


def section(text: str) -> SectionBlock:
    return SectionBlock(text=mrkdwn_text(text))


def context(*texts: str) -> ContextBlock:
    return ContextBlock(elements=[mrkdwn_text(t) for t in texts if t][:10])


def header(text: str) -> HeaderBlock:
    """A header; ``text`` is escaped here, as Slack asks of every text field."""
    return HeaderBlock(text=PlainTextObject(text=clip(escape(text), MAX_HEADER_TEXT), emoji=True))


def packed_sections(lines: Iterable[str]) -> list[SectionBlock]:
    """Lines packed into as few sections as fit in Slack's 3,000 characters each."""
    sections: list[SectionBlock] = []
    current = ""
    for line in lines:
        line = clip(line, MAX_SECTION_TEXT)
        if current and len(current) + 1 + len(line) > MAX_SECTION_TEXT:
            sections.append(section(current))
            current = ""
        current = f"{current}\n{line}" if current else line
    if current:
        sections.append(section(current))
    return sections


def message(text: str, blocks: Sequence[Block | dict]) -> Message:
    rendered = [b.to_dict() if isinstance(b, Block) else b for b in blocks]
    return {"text": clip(text, 3000), "blocks": rendered[:MAX_BLOCKS]}
