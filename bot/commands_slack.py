"""Subcommands for this area; each sets ``run`` to a function of the parsed args.

python -m bot serve     # HTTP: POST /slack/events on $PORT (gunicorn)
python -m bot socket    # Socket Mode: SLACK_APP_TOKEN, no public URL
"""

from __future__ import annotations

import argparse

from bot.server import serve_http, serve_socket
from bot.settings import load_settings


def add_commands(subcommands: argparse._SubParsersAction) -> None:
    """Register this area's subcommands."""
    serve = subcommands.add_parser("serve", help="serve Slack over HTTP on $PORT (/slack/events)")
    serve.set_defaults(run=run_serve)
    socket = subcommands.add_parser("socket", help="connect to Slack over Socket Mode")
    socket.set_defaults(run=run_socket)


def run_serve(args: argparse.Namespace) -> int:
    serve_http(load_settings())
    return 0


def run_socket(args: argparse.Namespace) -> int:
    serve_socket(load_settings())
    return 0
