"""`python -m bot ...`: the command line for operators and for a first look.

Each area adds its own subcommands: the store (`ingest`, `export`, `migrate`, `reparse`),
Slack (`start`, `ask`, `serve`, `socket`), roles (`roles`), digests (`clock`, `digest`) and
collection (`research`, `collect`, `inbox`).
"""

from __future__ import annotations

import argparse
import os
import sys

from bot import (
    commands_collect,
    commands_digest,
    commands_reparse,
    commands_roles,
    commands_slack,
    commands_store,
)
from bot.settings import SettingsError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot", description="Sourced pay answers for recruiting teams, in Slack."
    )
    subcommands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for area in (
        commands_slack,
        commands_store,
        commands_reparse,
        commands_roles,
        commands_digest,
        commands_collect,
    ):
        area.add_commands(subcommands)
    return parser


# Batch work yields the CPU to the web process on the same machine (Slack's 3 s):
# ingest and its parsing workers, the digest clock and one-off digest passes run at
# this niceness (0 is normal, 19 the lowest); see bench/README.md "Under load".
BACKGROUND_COMMANDS = frozenset({"ingest", "reparse", "clock", "digest", "export"})
BACKGROUND_NICENESS = 10


def lower_priority(command: str) -> None:
    """Run ``command`` at ``BACKGROUND_NICENESS`` if it is batch work (no-op elsewhere)."""
    if command in BACKGROUND_COMMANDS and hasattr(os, "nice"):
        current = os.nice(0)
        if current < BACKGROUND_NICENESS:
            os.nice(BACKGROUND_NICENESS - current)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if argv is None:  # the real command line, not a test calling main([...]) in-process
        lower_priority(args.command)
    try:
        return int(args.run(args) or 0)
    except SettingsError as error:
        print(error, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
