"""What a `/salary` subcommand is: the first words that name it and the listener that
runs it. ``handlers.commands.SUBCOMMANDS`` lists them all; any other text is a question.

    REFRESH = Subcommand(words=frozenset({"refresh"}), run=refresh_command)

A subcommand's listener takes what Bolt gives a command listener (``ack``, ``respond``,
the text as typed, the command payload and the context) and must ``ack`` within Slack's
3 seconds, privately.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from slack_bolt import Ack, BoltContext, Respond

Listener = Callable[[Ack, Respond, str, dict, BoltContext], None]


@dataclass(frozen=True)
class Subcommand:
    words: frozenset[str]  # first words that name it, lowercase ("subscribe", "help")
    run: Listener
