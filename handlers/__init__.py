"""Slack listeners, one module per surface, each with ``register(app)``.

Listeners find what they need in Bolt's ``context`` (put there by ``bot.app``):
``context["settings"]``, ``context["db"]`` (this request thread's store
connection), ``context["store_for_thread"]()`` (the calling thread's connection,
for work moved to a worker), ``context["executor"]``,
``context["answer_budget_s"]`` and ``context["answer_cache"]``.
"""

from __future__ import annotations

from slack_bolt import App

from handlers import actions, commands, home, lifecycle


def register(app: App) -> None:
    """Register every surface: `/salary`, the Share button, App Home, lifecycle events."""
    for surface in (commands, actions, home, lifecycle):
        surface.register(app)
