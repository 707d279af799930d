"""The store's subcommands: ``ingest``, ``export``, ``migrate``, ``demo``.

    python -m bot ingest inbox/ report.txt       # files or folders, recursively
    python -m bot ingest --dry-run inbox/        # show what would be stored; write nothing
    python -m bot ingest --url https://example.com/guide guide.pdf  # a page that states no address
    python -m bot export --format json --out backup/
    python -m bot migrate                        # the schema; serve and clock also do it at start
    python -m bot demo                           # load the demo dataset into an empty store

Every ingest prints one line per file (what it stored, or why it could not) and
exits non-zero when any file could not be used.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from bot.settings import load_settings
from store.db import connect, migrate, open_store
from store.demo import load_demo_if_empty
from store.export import export_store
from store.ingest.results import DocumentResult
from store.ingest.run import ingest_paths

# Show a progress bar for runs at least this long even when stderr is not a terminal.
PROGRESS_MIN_FILES = 200


def add_commands(subcommands: argparse._SubParsersAction) -> None:
    """Register this area's subcommands."""
    ingest = subcommands.add_parser(
        "ingest", help="read reports, job-board pages and store CSV/JSON into the store"
    )
    ingest.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="files or folders")
    ingest.add_argument("--dry-run", action="store_true", help="show what would be stored")
    ingest.add_argument("--quiet", action="store_true", help="leave out the skipped-figure lines")
    ingest.add_argument(
        "--jobs", type=int, metavar="N", help="parsing processes (default: one per CPU, 20+ files)"
    )
    ingest.add_argument(
        "--url",
        metavar="URL",
        help="the web address of one page that states none (a PDF, a saved page), to cite it by",
    )
    ingest.set_defaults(run=run_ingest)

    export = subcommands.add_parser("export", help="write the store as CSV or JSON files")
    export.add_argument("--format", choices=("csv", "json"), default="csv")
    export.add_argument("--out", type=Path, default=Path("export"), help="folder (default: export)")
    export.set_defaults(run=run_export)

    subcommands.add_parser("migrate", help="create or upgrade the store's schema").set_defaults(
        run=run_migrate
    )
    subcommands.add_parser("demo", help="load the demo dataset if the store is empty").set_defaults(
        run=run_demo
    )


def _print_result(result: DocumentResult, *, quiet: bool) -> None:
    stream = sys.stderr if result.status == "failed" else sys.stdout
    print(result.summary(), file=stream)
    if not quiet:
        for line in result.skip_lines():
            print(line)


def run_ingest(args: argparse.Namespace) -> int:
    if args.url is not None and (len(args.paths) != 1 or args.paths[0].is_dir()):
        print("--url is one page's address: give one file with it.", file=sys.stderr)
        return 2
    db = open_store(load_settings().database_path)
    stderr = Console(stderr=True)
    progress = Progress(
        TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
        console=stderr, transient=True,
    )  # fmt: skip
    task = None

    def on_files(count: int) -> None:
        nonlocal task
        if count >= PROGRESS_MIN_FILES or (stderr.is_terminal and count > 1):
            progress.start()
            task = progress.add_task("ingest", total=count)

    def on_document(result: DocumentResult) -> None:
        _print_result(result, quiet=args.quiet)
        if task is not None:
            progress.advance(task)

    try:
        report = ingest_paths(
            db,
            args.paths,
            dry_run=args.dry_run,
            workers=args.jobs,
            on_document=on_document,
            on_files=on_files,
            cited_as=args.url,
        )
    finally:
        progress.stop()
    print(("Dry run, nothing written. " if args.dry_run else "") + report.totals())
    return 0 if report.ok else 1


def run_export(args: argparse.Namespace) -> int:
    db = open_store(load_settings().database_path)
    for path in export_store(db, args.out, fmt=args.format):
        print(path)
    return 0


def run_migrate(args: argparse.Namespace) -> int:
    path = load_settings().database_path
    migrate(connect(path))
    print(f"{path}: schema up to date")
    return 0


def run_demo(args: argparse.Namespace) -> int:
    path = load_settings().database_path
    loaded = load_demo_if_empty(open_store(path))
    print(f"{path}: " + ("demo dataset loaded" if loaded else "not empty; demo dataset not loaded"))
    return 0
