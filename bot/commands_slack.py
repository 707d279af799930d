"""Subcommands for this area; each sets ``run`` to a function of the parsed args."""

from __future__ import annotations

import argparse


def add_commands(subcommands: argparse._SubParsersAction) -> None:
    """Register this area's subcommands."""
