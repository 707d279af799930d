"""Workspace lifecycle events (`app_uninstalled`, `tokens_revoked`).

Placeholder; the digest work fills it in.
"""

from __future__ import annotations

from slack_bolt import App


def register(app: App) -> None:
    """Register lifecycle listeners on ``app``."""
