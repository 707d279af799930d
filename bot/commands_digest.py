"""Digest subcommands: the clock process, one delivery pass, and a preview.

python -m bot clock                      # the scheduler (Procfile `clock:`)
python -m bot digest send-due            # one pass now: for operators or an external cron
python -m bot digest preview C0123456    # a channel's next digest, as text
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime

from bot.clock import run_clock
from bot.delivery import send_due
from bot.settings import load_settings
from display.digest import digest_text
from store.db import open_store
from store.digest.content import digest_so_far
from store.digest.subscriptions import list_subscriptions


def add_commands(subcommands: argparse._SubParsersAction) -> None:
    """Register this area's subcommands."""
    clock = subcommands.add_parser("clock", help="run the weekly digest scheduler")
    clock.set_defaults(run=lambda args: run_clock(load_settings()))
    digest = subcommands.add_parser("digest", help="deliver or preview weekly digests")
    actions = digest.add_subparsers(dest="digest_command", required=True, metavar="ACTION")
    send = actions.add_parser("send-due", help="post every digest that is due now, once")
    send.set_defaults(run=run_send_due)
    preview = actions.add_parser("preview", help="print a channel's next digest as text")
    preview.add_argument("channel_id", help="the Slack channel id, e.g. C0123456")
    preview.set_defaults(run=run_preview)


def run_send_due(args: argparse.Namespace) -> int:
    """One delivery pass; exit 1 if any digest failed or its outcome is unknown."""
    settings = load_settings()
    report = send_due(open_store(settings.database_path), settings)
    print(report.summary())
    for outcome in report.outcomes:
        if outcome.reason:
            print(f"  subscription {outcome.subscription_id}: {outcome.outcome}: {outcome.reason}")
    return 1 if report.count("failed") or report.count("unknown") else 0


def run_preview(args: argparse.Namespace) -> int:
    """Print what each of the channel's digests would say if sent now."""
    settings = load_settings()
    db = open_store(settings.database_path)
    subs = list_subscriptions(db, channel_id=args.channel_id)
    if not subs:
        print(f"Channel {args.channel_id} has no digest subscriptions.", file=sys.stderr)
        return 1
    now = datetime.now(UTC)
    for sub in subs:
        digest = digest_so_far(db, sub, now=now, threshold_pct=settings.pay_change_threshold_pct)
        print(digest_text(digest), end="\n\n")
    return 0
