"""Workspace lifecycle events: the digests stop when the app leaves a workspace.

* ``app_uninstalled``: the workspace's subscriptions and digest history are deleted.
* ``tokens_revoked``: when bot tokens are among those revoked, the workspace's
  subscriptions are paused with the reason (a reinstall and `/salary
  subscriptions resume` bring them back; nothing is lost).

Bolt runs only the first listener matching an event, so ours replace Bolt's
built-in ones. With an installation store (OAuth) they therefore also do what
Bolt's do: delete the workspace's installation on ``app_uninstalled`` and the
revoked bot and user tokens on ``tokens_revoked``.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from slack_bolt import Ack, App, BoltContext

from store.digest.subscriptions import delete_team, pause_team

log = logging.getLogger(__name__)

REVOKED_REASON = (
    "tokens_revoked: the workspace revoked the app's bot token (reinstall, then resume)"
)


def register(app: App) -> None:
    """Register lifecycle listeners on ``app``; over OAuth they also clean its installations."""
    if app.installation_store is None:
        app.event("app_uninstalled")(app_uninstalled)
        app.event("tokens_revoked")(tokens_revoked)
        return
    delete_installation = app.default_app_uninstalled_event_listener()
    delete_revoked_tokens = app.default_tokens_revoked_event_listener()

    def app_uninstalled_over_oauth(ack: Ack, body: dict, context: BoltContext) -> None:
        app_uninstalled(ack, body, context)
        delete_installation(context=context)

    def tokens_revoked_over_oauth(ack: Ack, body: dict, event: dict, context: BoltContext) -> None:
        tokens_revoked(ack, body, event, context)
        delete_revoked_tokens(event=event, context=context)

    app.event("app_uninstalled")(app_uninstalled_over_oauth)
    app.event("tokens_revoked")(tokens_revoked_over_oauth)


def _team(body: dict, context: BoltContext) -> str:
    return context.team_id or body.get("team_id") or ""


def app_uninstalled(ack: Ack, body: dict, context: BoltContext) -> None:
    """Forget the workspace's subscriptions."""
    ack()
    removed = delete_team(context["db"], _team(body, context))
    log.info("app uninstalled from %s: %d subscriptions deleted", _team(body, context), removed)


def tokens_revoked(ack: Ack, body: dict, event: dict, context: BoltContext) -> None:
    """Pause the workspace's subscriptions when its bot token was revoked."""
    ack()
    if not (event.get("tokens") or {}).get("bot"):
        return  # only user tokens went; the bot still posts
    paused = pause_team(context["db"], _team(body, context), REVOKED_REASON, now=datetime.now(UTC))
    log.info("tokens revoked in %s: %d subscriptions paused", _team(body, context), paused)
