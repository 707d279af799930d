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
from store.collect.research import ResearchError, TavilyConfig, research
from store.db import open_store


def add_commands(subcommands: argparse._SubParsersAction) -> None:
    """Register this area's subcommands."""
    search = subcommands.add_parser(
        "research", help="search the web (Tavily) for a role and place; write and ingest a report"
    )
    search.add_argument("words", nargs="+", metavar="QUERY", help="as for /salary")
    search.set_defaults(run=run_research)


def tavily_config(settings: Settings) -> TavilyConfig:
    return TavilyConfig(
        api_key=settings.tavily_api_key,
        api_url=settings.tavily_api_url,
        monthly_searches=settings.tavily_monthly_searches,
        folder=settings.research_folder,
        timeout=settings.tavily_timeout_seconds,
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


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)
