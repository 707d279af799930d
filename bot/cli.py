"""`python -m bot ...`: the command line for operators and for a first look.

Each area adds its own subcommands: the store (`ingest`, `export`, `migrate`),
Slack (`start`, `ask`, `serve`, `socket`), roles (`roles`), digests (`clock`, `digest`) and
collection (`research`, `collect`, `inbox`).
"""

from __future__ import annotations

import argparse
import sys

from bot import (
    commands_collect,
    commands_digest,
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
    for area in (commands_slack, commands_store, commands_roles, commands_digest, commands_collect):
        area.add_commands(subcommands)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args) or 0)
    except SettingsError as error:
        print(error, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
