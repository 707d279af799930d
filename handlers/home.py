"""The App Home tab: what the store covers, how to ask, and the team's digests.

Published with ``views.publish`` whenever a user opens the Home tab; the event
is acknowledged at once and the view is built in a worker thread.
"""

from __future__ import annotations

import logging

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from display.home import home_view
from handlers import refresh, subscriptions
from store.answer.coverage import store_coverage

log = logging.getLogger(__name__)


def register(app: App) -> None:
    """Listen for ``app_home_opened``."""
    app.event("app_home_opened")(home_opened)


def home_opened(event: dict, context: BoltContext, client: WebClient) -> None:
    """Publish the Home tab for the user who opened it (the Messages tab is left alone)."""
    if event.get("tab", "home") != "home":
        return
    team_id = context.team_id or ""
    context["executor"].submit(publish_home, context, client, event["user"], team_id)


def publish_home(context: BoltContext, client: WebClient, user_id: str, team_id: str) -> None:
    """Build the Home view from the store and publish it for ``user_id``."""
    try:
        db = context["store_for_thread"]()
        extra = subscriptions.home_blocks(db, team_id)
        extra += refresh.home_blocks(db, context["settings"], team_id)
        view = home_view(store_coverage(db), extra)
        client.views_publish(user_id=user_id, view=view)
    except Exception:
        log.exception("publishing the App Home tab failed")
