"""The "Share in channel" button under a private `/salary` answer.

The click is acknowledged at once; the answer is rebuilt from the query text the
button carries and posted to the channel through the action's ``response_url``
with ``response_type: in_channel``, attributed "Shared by @user"; the private
copy is then deleted through the same URL.

Why ``response_url`` rather than ``chat.postMessage``: it works in every
conversation the command can be used in (private channels, DMs, channels the
bot never joined) without the bot being a member or holding extra scopes.
Its limit (30 minutes, 5 uses per URL) fits a share right after asking.
"""

from __future__ import annotations

import contextlib
import logging

from slack_bolt import Ack, App, BoltContext, Respond

from display.answer import SHARE_ACTION_ID, answer_message
from display.replies import sorry_message
from handlers.commands import answer_for

log = logging.getLogger(__name__)


def register(app: App) -> None:
    """Listen for clicks on the Share button."""
    app.action(SHARE_ACTION_ID)(share_button_clicked)


def share_button_clicked(
    ack: Ack, body: dict, action: dict, respond: Respond, context: BoltContext
) -> None:
    """Acknowledge now; share the rebuilt answer from a worker thread."""
    ack()
    user_id = (body.get("user") or {}).get("id", "")
    context["executor"].submit(share_answer, context, respond, action.get("value", ""), user_id)


def share_answer(context: BoltContext, respond: Respond, query_text: str, user_id: str) -> None:
    """Post the answer to ``query_text`` in the channel, or explain privately why not."""
    try:
        answer = answer_for(context, query_text)
        if answer.problem is not None:  # the data changed since the private answer
            respond(response_type="ephemeral", replace_original=False, **answer_message(answer))
            return
        message = answer_message(answer, shared_by=user_id)
        respond(response_type="in_channel", replace_original=False, **message)
        # The private copy and its button go, so the answer isn't shared twice.
        respond(delete_original=True)
    except Exception:
        log.exception("sharing a /salary answer failed")
        with contextlib.suppress(Exception):
            respond(response_type="ephemeral", replace_original=False, **sorry_message())
