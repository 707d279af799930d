"""Nothing a user types or a document says comes back live: every reply of the served app,
error messages included, and every digest escapes it.

A live token is ``<!...>`` (everyone, channel, here), ``<@...>``, ``<#...>`` or the
``<https://evil.example/|click here>`` link typed in.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

import pytest

from display.digest import digest_message, digest_text
from store.db import open_store
from store.digest.models import Digest, PayChange, Subscription
from store.models import Posting
from tests.store_rows import observation, seed_answers

HOSTILE = (
    "<!everyone>",
    "<!channel|channel>",
    "<@U0VICTIM>",
    "<#C0SECRET>",
    "<https://evil.example/|click here>",
)
# What Slack sends when someone types those characters, and raw (a mention Slack made).
TYPED = [h.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") for h in HOSTILE]
FORMS = [*HOSTILE, *TYPED]

COMMANDS = (
    "{x}",
    "{x} boston",
    "ml-intern {x}",
    "ml-intern boston {x}",
    "subscribe {x}",
    "subscribe {x} boston",
    "subscribe ml-intern {x}",
    "subscribe ml-intern boston on {x}",
    "subscribe ml-intern boston at {x}",
    "subscribe ml-intern boston tz: {x}",
    "subscribe ml-intern boston quiet: {x}",
    "subscriptions {x}",
    "unsubscribe {x}",
    "unsubscribe #{x}",
    "digest {x}",
)

# Links the bot makes to a source (``blocks.link``) are fine; the one a user typed is not.
_LIVE = re.compile(r"<([!@#][^>]*|https://evil\.example/\|click here)>")


def live_tokens(message: object) -> list[str]:
    """Live mentions and foreign links anywhere in ``message`` (text, blocks, fallback)."""
    text = json.dumps(message, ensure_ascii=False)
    return [m for m in _LIVE.findall(text) if not re.fullmatch(r"@U[A-Z0-9]+", m) or "VICTIM" in m]


@pytest.fixture(scope="module", autouse=True)
def seeded_store(app_store_path):
    db = open_store(app_store_path)
    seed_answers(db)
    db.close()


@pytest.mark.parametrize("command", COMMANDS)
def test_no_reply_to_a_command_carries_a_live_mention_or_link(signed_client, command):
    for form in FORMS:
        response = signed_client.slash_command(command.format(x=form), channel_id="C-escape")
        assert response.status == 200
        assert live_tokens(response.json()) == [], (command, form, response.text[:500])


def _hostile_digest() -> Digest:
    now = datetime(2026, 11, 2, 14, tzinfo=UTC)
    evil = " ".join(HOSTILE)
    sub = Subscription(
        id=1,
        team_id="T1",
        channel_id="C1",
        role="ml-intern",
        place_key="city:US-MA-boston",
        label=f"ml-intern {evil}",
        created_at=now,
        updated_at=now,
    )
    posting = Posting(
        source=evil,
        url="https://evil.example/|<!channel>",
        fingerprint="fp",
        company=evil,
        title=evil,
        role="ml-intern",
        location_published=evil,
        place_key="city:US-MA-boston",
        pay_text=evil,
        status="open",
        first_seen=now,
        last_seen=now,
    ).model_copy(update={"workplace": evil})  # bypassing validation, as a future field might
    closed = posting.model_copy(update={"status": evil, "closed_at": now})
    old = observation(
        "city:US-MA-boston",
        100,
        120,
        period="hour",
        source=evil,
        url="https://evil.example/<!here>",
        location_published=evil,
        region=evil,
    ).model_copy(update={"covers": evil})
    new = old.model_copy(update={"min_amount": 130})
    return Digest(
        subscription=sub,
        since=now,
        until=now,
        new_postings=[posting],
        held_back={evil: 2},
        closed_postings=[closed],
        pay_changes=[PayChange(old=old, new=new, change_pct=10.0)],
    )


def test_a_digest_escapes_every_document_string():
    message = digest_message(_hostile_digest())

    assert live_tokens(message) == []
    assert "<!everyone>" in digest_text(_hostile_digest())  # the terminal shows it as written
