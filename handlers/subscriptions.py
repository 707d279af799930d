"""Channel subscriptions to the weekly digest: `/salary subscribe|subscriptions|unsubscribe|digest`.

Placeholder interface; the digest work fills it in.
"""

from __future__ import annotations

from typing import Any

SUBCOMMANDS = frozenset({"subscribe", "subscriptions", "unsubscribe", "digest"})


def answer_subscription_command(
    db: Any, settings: Any, *, text: str, team_id: str, channel_id: str, user_id: str
) -> dict[str, Any]:
    """The private reply to a subscription subcommand: ``{"text": ..., "blocks": [...]}``."""
    return {"text": "Digests are not available yet.", "blocks": []}


def home_blocks(db: Any, team_id: str) -> list[Any]:
    """Blocks for the App Home tab: the team's subscriptions and last few digests."""
    return []
