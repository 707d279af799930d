"""`/salary`: the answer, help, and the subscription subcommands.

    /salary ml-intern boston          -> the answer, privately, with a Share button
    /salary help  (or a bare /salary)  -> usage with examples
    /salary subscribe ml-intern boston -> handlers.subscriptions
    /salary refresh ml-intern boston   -> handlers.refresh

Each subcommand is one entry of ``SUBCOMMANDS`` (a ``handlers.subcommands.Subcommand``:
the first words that name it and its listener); any other text is a question.

Answers are cached by query text (``AnswerCache``) until the store changes.
A new answer is computed in a worker thread with a time budget (``context["answer_budget_s"]``,
2 s in production): within it, the answer is the command's own HTTP response
(``ack(blocks=...)``); past it, the user sees "Working on it…" at once and the
answer follows through the command's ``response_url`` when ready, so Slack's 3 s
limit holds even when the store is slow. Nothing the user types ends in silence:
any unexpected error becomes a polite private message, logged without secrets.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Executor, Future
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from sqlite_utils import Database

from display.answer import answer_message
from display.mrkdwn import unescape
from display.replies import help_message, sorry_message, working_message
from handlers import refresh, subscriptions
from handlers.subcommands import Subcommand
from store.answer.models import SalaryAnswer
from store.answer.salary import answer_salary

log = logging.getLogger(__name__)

Message = dict[str, Any]


class AnswerCache:
    """Rendered private answers by query text, all dropped whenever the store changes.

        >>> cache = AnswerCache()
        >>> generation = cache.generation(db)    # once per request, on its own connection
        >>> cache.get("ml-intern boston") is None   # not yet: compute it, then
        True
        >>> cache.put("ml-intern boston", generation, {"text": "the answer"})
        >>> cache.get("ml-intern boston")
        {'text': 'the answer'}

    Recruiters ask the same few questions, and the store changes only when an ingest
    (or any writer) commits. SQLite's ``PRAGMA data_version`` tells each request
    thread, on its own connection, whether another connection committed since it
    last looked; if so, the whole cache is dropped. An answer computed before a
    change is never stored after it (``put`` checks the generation).
    """

    def __init__(self, max_entries: int = 512) -> None:
        self.max_entries = max_entries
        self._entries: OrderedDict[str, Message] = OrderedDict()
        self._generation = 0
        self._lock = threading.Lock()
        self._seen = threading.local()

    def generation(self, db: Database) -> int:
        """The current generation, first moved on if the store changed since this thread looked."""
        version = db.execute("PRAGMA data_version").fetchone()[0]
        with self._lock:
            if getattr(self._seen, "version", None) != version:
                self._seen.version = version
                self._generation += 1
                self._entries.clear()
            return self._generation

    def get(self, text: str) -> Message | None:
        with self._lock:
            message = self._entries.get(text)
            if message is not None:
                self._entries.move_to_end(text)
            return message

    def put(self, text: str, generation: int, message: Message) -> None:
        with self._lock:
            if generation != self._generation:
                return  # the store changed while this answer was being computed
            self._entries[text] = message
            self._entries.move_to_end(text)
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)


def help_command(
    ack: Ack, respond: Respond, text: str, command: dict, context: BoltContext
) -> None:
    """`/salary help` (or a bare `/salary`): usage with examples, privately."""
    ack(response_type="ephemeral", **help_message())


HELP = Subcommand(words=frozenset({"", "help", "?", "-h", "--help", "usage"}), run=help_command)
# Every `/salary` subcommand, found by the first word typed: a new one is a module with
# its ``Subcommand`` and one entry here. Any other text is a question to answer.
SUBCOMMANDS: tuple[Subcommand, ...] = (HELP, refresh.REFRESH, subscriptions.SUBSCRIPTIONS)
_BY_WORD = {word: subcommand for subcommand in SUBCOMMANDS for word in subcommand.words}


def subcommand_for(text: str) -> Subcommand | None:
    """The subcommand the first word of ``text`` names, or None when ``text`` is a question.

    >>> subcommand_for("Help") is HELP
    True
    >>> subcommand_for("") is HELP
    True
    >>> subcommand_for("ml-intern boston") is None
    True
    """
    first_word = text.split(maxsplit=1)[0].lower() if text.strip() else ""
    return _BY_WORD.get(first_word)


def register(app: App) -> None:
    """Listen for `/salary`."""
    app.command("/salary")(salary_command)


def salary_command(ack: Ack, respond: Respond, command: dict, context: BoltContext) -> None:
    """Answer `/salary <text>`; see the module docstring for the paths it takes."""
    text = unescape(command.get("text") or "").strip()
    subcommand = subcommand_for(text)
    try:
        if subcommand is not None:
            subcommand.run(ack, respond, text, command, context)
        else:
            _answer_within_budget(ack, respond, text, context)
    except Exception:
        log.exception("/salary failed for %r", text[:200])
        ack(response_type="ephemeral", **sorry_message())


def answer_for(context: BoltContext, text: str) -> SalaryAnswer:
    """The store's answer to ``text``, read through the calling thread's own connection."""
    db = context["store_for_thread"]()
    settings = context["settings"]
    return answer_salary(
        db,
        text,
        term_weeks=settings.internship_weeks,
        recency_months=settings.recency_months,
    )


def answer_message_for(context: BoltContext, text: str) -> Message:
    """The private answer to ``text``, rendered as Block Kit."""
    return answer_message(answer_for(context, text))


def _answer_within_budget(ack: Ack, respond: Respond, text: str, context: BoltContext) -> None:
    cache: AnswerCache = context["answer_cache"]
    generation = cache.generation(context["db"])
    cached = cache.get(text)
    if cached is not None:
        ack(response_type="ephemeral", **cached)
        return
    executor: Executor = context["executor"]
    future = executor.submit(answer_message_for, context, text)
    try:
        message = future.result(timeout=context["answer_budget_s"])
    except FutureTimeout:
        ack(response_type="ephemeral", **working_message(text))
        future.add_done_callback(_deliver_late(respond, text, cache, generation))
        return
    cache.put(text, generation, message)
    ack(response_type="ephemeral", **message)


def _deliver_late(
    respond: Respond, text: str, cache: AnswerCache, generation: int
) -> Callable[[Future], None]:
    """Send a slow answer (or an apology) to the command's response URL when it is ready."""

    def deliver(future: Future) -> None:
        try:
            message = future.result()
            cache.put(text, generation, message)
        except Exception:
            log.exception("/salary failed for %r", text[:200])
            message = sorry_message()
        try:
            respond(response_type="ephemeral", **message)
        except Exception:
            log.exception("could not deliver a slow /salary answer")

    return deliver
