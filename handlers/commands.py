"""`/salary`: the answer, help, and the subscription subcommands.

    /salary ml-intern boston          -> the answer, privately, with a Share button
    /salary help  (or a bare /salary)  -> usage with examples
    /salary subscribe ml-intern boston -> handlers.subscriptions

The answer is computed in a worker thread with a time budget (``context["answer_budget_s"]``,
2 s in production): within it, the answer is the command's own HTTP response
(``ack(blocks=...)``); past it, the user sees "Working on it…" at once and the
answer follows through the command's ``response_url`` when ready, so Slack's 3 s
limit holds even when the store is slow. Nothing the user types ends in silence:
any unexpected error becomes a polite private message, logged without secrets.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Executor, Future
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond

from handlers import blocks, subscriptions
from store.answers import SalaryAnswer
from store.queries import answer_salary

HELP_WORDS = frozenset({"", "help", "?", "-h", "--help", "usage"})

log = logging.getLogger(__name__)


def register(app: App) -> None:
    """Listen for `/salary`."""
    app.command("/salary")(salary_command)


def salary_command(ack: Ack, respond: Respond, command: dict, context: BoltContext) -> None:
    """Answer `/salary <text>`; see the module docstring for the paths it takes."""
    text = blocks.unescape(command.get("text") or "").strip()
    first_word = text.split(maxsplit=1)[0].lower() if text else ""
    try:
        if first_word in HELP_WORDS:
            ack(response_type="ephemeral", **blocks.help_message())
        elif first_word in subscriptions.SUBCOMMANDS:
            reply = subscriptions.answer_subscription_command(
                context["db"],
                context["settings"],
                text=text,
                team_id=command.get("team_id") or context.team_id or "",
                channel_id=command.get("channel_id", ""),
                user_id=command.get("user_id", ""),
            )
            ack(response_type="ephemeral", text=reply.get("text", ""), blocks=reply.get("blocks"))
        else:
            _answer_within_budget(ack, respond, text, context)
    except Exception:
        log.exception("/salary failed for %r", text[:200])
        ack(response_type="ephemeral", **blocks.sorry_message())


def answer_for(context: BoltContext, text: str) -> SalaryAnswer:
    """The store's answer to ``text``, read through the calling thread's own connection."""
    db = context["store_for_thread"]()
    return answer_salary(db, text, term_weeks=context["settings"].internship_weeks)


def answer_message_for(context: BoltContext, text: str) -> dict[str, Any]:
    """The private answer to ``text``, rendered as Block Kit."""
    return blocks.answer_message(answer_for(context, text))


def _answer_within_budget(ack: Ack, respond: Respond, text: str, context: BoltContext) -> None:
    executor: Executor = context["executor"]
    future = executor.submit(answer_message_for, context, text)
    try:
        message = future.result(timeout=context["answer_budget_s"])
    except FutureTimeout:
        ack(response_type="ephemeral", **blocks.working_message(text))
        future.add_done_callback(_deliver_late(respond, text))
        return
    ack(response_type="ephemeral", **message)


def _deliver_late(respond: Respond, text: str) -> Callable[[Future], None]:
    """Send a slow answer (or an apology) to the command's response URL when it is ready."""

    def deliver(future: Future) -> None:
        try:
            message = future.result()
        except Exception:
            log.exception("/salary failed for %r", text[:200])
            message = blocks.sorry_message()
        try:
            respond(response_type="ephemeral", **message)
        except Exception:
            log.exception("could not deliver a slow /salary answer")

    return deliver
