"""Slack listeners, one module per surface, each with ``register(app)``.

Listeners find what they need in Bolt's ``context`` (put there by ``bot.app``):
``context["settings"]``, ``context["db"]`` (this request thread's store
connection), ``context["store_for_thread"]()`` (the calling thread's connection,
for work moved to a worker), ``context["executor"]``,
``context["answer_budget_s"]`` and ``context["answer_cache"]``.
"""

from __future__ import annotations

import logging

from slack_bolt import App, BoltResponse

from display.replies import sorry_message
from handlers import actions, chart_button, commands, home, lifecycle

log = logging.getLogger(__name__)


def register(app: App) -> None:
    """Register every surface: `/salary`, the Share and Chart buttons, App Home, lifecycle."""
    for surface in (commands, actions, chart_button, home, lifecycle):
        surface.register(app)
    app.error(reply_politely)


def reply_politely(error: Exception, body: dict) -> BoltResponse | None:
    """The last resort for an error that escaped a listener: logged, and a person who
    typed a command or clicked a button gets a polite private reply, not "dispatch_failed".
    """
    log.error("a Slack listener failed", exc_info=error)
    if body.get("command") or body.get("type") == "block_actions":
        return BoltResponse(status=200, body={"response_type": "ephemeral", **sorry_message()})
    return None  # events: Bolt answers 500 and Slack retries them
