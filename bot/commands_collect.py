"""Collection subcommands: ``research``, ``collect postings``, ``inbox``.

    python -m bot research "marketing intern chicago"    # a Tavily report, written and ingested
    python -m bot collect postings "ml intern boston"    # job boards via JobSpy (optional extra)
    python -m bot inbox                                   # one pass over INBOX_FOLDER

Each prints what it gathered and stored, or one line saying why it could not, and
exits non-zero then.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime

from bot.settings import Settings, load_settings
from store.collect.inbox import Inbox
from store.collect.postings import PostingsConfig, PostingsError, collect_postings
from store.collect.research import ResearchError, TavilyConfig, research
from store.db import open_store


def add_commands(subcommands: argparse._SubParsersAction) -> None:
    """Register this area's subcommands."""
    search = subcommands.add_parser(
        "research", help="search the web (Tavily) for a role and place; write and ingest a report"
    )
    search.add_argument("words", nargs="+", metavar="QUERY", help="as for /salary")
    search.set_defaults(run=run_research)

    collect = subcommands.add_parser("collect", help="gather documents from the web")
    kinds = collect.add_subparsers(dest="kind", required=True, metavar="WHAT")
    postings = kinds.add_parser(
        "postings", help="recent postings from job boards (JobSpy, an optional extra)"
    )
    postings.add_argument("words", nargs="+", metavar="QUERY", help="as for /salary")
    postings.set_defaults(run=run_collect_postings)

    subcommands.add_parser(
        "inbox", help="ingest the settled files in INBOX_FOLDER once (the clock: every 2 min)"
    ).set_defaults(run=run_inbox)


def tavily_config(settings: Settings) -> TavilyConfig:
    return TavilyConfig(
        api_key=settings.tavily_api_key,
        api_url=settings.tavily_api_url,
        monthly_searches=settings.tavily_monthly_searches,
        folder=settings.research_folder,
        timeout=settings.tavily_timeout_seconds,
    )


def postings_config(settings: Settings) -> PostingsConfig:
    return PostingsConfig(
        sites=settings.postings_site_list,
        results=settings.postings_results,
        folder=settings.research_folder,
    )


def run_research(args: argparse.Namespace) -> int:
    settings = load_settings()
    db = open_store(settings.database_path)
    try:
        done = research(db, " ".join(args.words), tavily_config(settings), now=_now())
    except ResearchError as error:
        print(f"research: {error}", file=sys.stderr)
        return 1
    print(f"report: {done.path} ({done.results} results from {done.searches} searches)")
    print(done.document.summary())
    return 0 if done.document.status != "failed" else 1


def run_collect_postings(args: argparse.Namespace) -> int:
    settings = load_settings()
    db = open_store(settings.database_path)
    try:
        done = collect_postings(db, " ".join(args.words), postings_config(settings), now=_now())
    except PostingsError as error:
        print(f"collect postings: {error}", file=sys.stderr)
        return 1
    for site, message in done.board_errors.items():
        print(f"  {site}: {message}", file=sys.stderr)
    if done.document is None:
        print("no recent postings found")
        return 0
    print(f"postings: {done.path} ({done.rows} rows)")
    print(done.document.summary())
    return 0 if done.document.status != "failed" else 1


def run_inbox(args: argparse.Namespace) -> int:
    settings = load_settings()
    if settings.inbox_folder is None:
        print("inbox: INBOX_FOLDER is not set", file=sys.stderr)
        return 2
    db = open_store(settings.database_path)
    done = Inbox(settings.inbox_folder).sweep(db, now=_now())
    for item in done.handled:
        stream = sys.stderr if item.result.status == "failed" else sys.stdout
        print(f"{item.result.summary()} -> {item.moved_to}", file=stream)
    for path in done.waiting:
        print(f"{path}: still being written; left for the next pass")
    failed = sum(item.result.status == "failed" for item in done.handled)
    print(f"{len(done.handled)} file(s) taken, {failed} failed, {len(done.waiting)} waiting")
    return 1 if failed else 0


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)
