"""Subcommands for this area; each sets ``run`` to a function of the parsed args.

python -m bot start     # what `python3 run.py` runs: serve Slack, or show a demo answer
python -m bot ask "ml-intern boston"   # the /salary answer, in the terminal
python -m bot ask --chart pay.png "ml-intern boston"   # ... and its chart as a PNG
python -m bot serve     # HTTP: POST /slack/events on $PORT (gunicorn)
python -m bot socket    # Socket Mode: SLACK_APP_TOKEN, no public URL
python -m bot socket --with-clock   # ... and the digest clock in the same process
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from pathlib import Path

from sqlite_utils import Database

from bot.server import serve_http, serve_socket
from bot.settings import Settings, load_settings
from display.text import render_answer_text, render_help_text, render_slack_only_text
from handlers.commands import HELP, subcommand_for
from store.answer.models import SalaryAnswer
from store.answer.salary import answer_salary
from store.db import open_store
from store.demo import load_demo_if_empty

DEMO_QUESTION = "ml-intern boston"


def add_commands(subcommands: argparse._SubParsersAction) -> None:
    """Register this area's subcommands."""
    start = subcommands.add_parser(
        "start", help="serve Slack when credentials are set, else print a demo answer"
    )
    start.set_defaults(run=run_start)
    ask = subcommands.add_parser(
        "ask", help='answer a /salary question in the terminal, e.g. ask "ml-intern boston"'
    )
    ask.add_argument("question", nargs="+", help='a role and a place, e.g. "ml-intern boston"')
    ask.add_argument(
        "--chart", metavar="FILE.png", type=Path, help="also write the answer's chart (PNG) here"
    )
    ask.set_defaults(run=run_ask)
    serve = subcommands.add_parser("serve", help="serve Slack over HTTP on $PORT (/slack/events)")
    serve.set_defaults(run=run_serve)
    socket = subcommands.add_parser("socket", help="connect to Slack over Socket Mode")
    socket.add_argument(
        "--with-clock",
        action="store_true",
        help="also run the digest clock in this process (no separate `clock` process)",
    )
    socket.set_defaults(run=run_socket)


def run_serve(args: argparse.Namespace) -> int:
    serve_http(load_settings())
    return 0


def run_socket(args: argparse.Namespace) -> int:
    serve_socket(load_settings(), with_clock=args.with_clock)
    return 0


def open_answer_store(settings: Settings) -> Database:
    """The store at DATABASE_PATH, with the demo data loaded if it is empty.

    The demo is a convenience: if it can't load, say why in one line and answer
    from the store as it is.
    """
    db = open_store(settings.database_path)
    try:
        load_demo_if_empty(db)
    except Exception as error:  # any failure of the optional demo must not stop an answer
        print(f"The demo data could not be loaded: {error}", file=sys.stderr)
    return db


def print_answer(settings: Settings, question: str, chart: Path | None = None) -> int:
    """Print the answer to ``question``: 0 if answered, 1 if not, 2 if the store can't be read.

    With ``chart``, the answer's chart is written there too (the picture the Chart
    button posts); a chart that can't be drawn or written is said in one line and is 1.
    """
    try:
        db = open_answer_store(settings)
        answer = answer_salary(
            db,
            question,
            term_weeks=settings.internship_weeks,
            recency_months=settings.recency_months,
        )
    except (sqlite3.Error, OSError) as error:
        print(f"Can't read the store at {settings.database_path}: {error}", file=sys.stderr)
        return 2
    try:
        print(render_answer_text(answer))
        sys.stdout.flush()
    except BrokenPipeError:  # e.g. piped into `head`: stop quietly, as other CLI tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    if answer.problem is not None:
        return 1
    return write_chart(answer, chart) if chart is not None else 0


def write_chart(answer: SalaryAnswer, path: Path) -> int:
    """Write ``answer``'s chart to ``path``: 0, or 1 with the reason on stderr."""
    # matplotlib takes about 2 s to import: only `ask --chart` pays it, not every command.
    from display.chart import answer_chart_png

    try:
        path.write_bytes(answer_chart_png(answer))
    except ValueError as nothing_to_draw:
        print(f"No chart: {nothing_to_draw}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"Can't write the chart to {path}: {error.strerror or error}", file=sys.stderr)
        return 1
    print(f"Chart written to {path}", file=sys.stderr)
    return 0


def run_ask(args: argparse.Namespace) -> int:
    """`python -m bot ask "ml-intern boston"`; `ask help` prints how to ask.

    A `/salary` subcommand that acts for a Slack channel (subscribe, refresh...) is
    named as Slack's, not read as a role.
    """
    question = " ".join(args.question)
    subcommand = subcommand_for(question)
    if subcommand is HELP:
        print(render_help_text())
        return 0
    if subcommand is not None:
        print(render_slack_only_text(question), file=sys.stderr)
        return 1
    return print_answer(load_settings(), question, args.chart)


def run_start(args: argparse.Namespace) -> int:
    """Serve Slack (Socket Mode with an app token, else HTTP) when credentials are set;
    otherwise print the demo answer to `/salary ml-intern boston` and how to go further."""
    settings = load_settings()
    if settings.slack_app_token is not None:
        serve_socket(settings)
        return 0
    if settings.has_slack_credentials:
        serve_http(settings)
        return 0
    print(f"No Slack credentials are set, so here is /salary {DEMO_QUESTION} from the store:\n")
    status = print_answer(settings, DEMO_QUESTION)
    print(
        '\nAsk more:       python3 run.py ask "ml engineer boston"'
        '\n                python3 run.py ask "registered nurse houston"   (BLS wages, built in)'
        "\nConnect Slack:  set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN for"
        " Socket Mode) in .env; the README walks through creating the Slack app."
    )
    return status
