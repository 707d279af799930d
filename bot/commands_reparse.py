"""``python -m bot reparse``: read stored documents again under today's rules.

    python -m bot reparse                        # every stored document
    python -m bot reparse --since 2026-11-01     # those ingested on or after that day
    python -m bot reparse --dry-run              # show what would change; write nothing

One summary line per document, a detail line per figure gained (+), lost (-) or
changed (~), then a total. Exits non-zero when a document could not be re-read
for a reason other than having no stored text or being refused by today's rules.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date

from bot.settings import load_settings
from display.money import format_published
from store.db import open_store
from store.ingest.reparse import DocumentReparse, ReparseReport, reparse_documents
from store.models import Observation


def add_commands(subcommands: argparse._SubParsersAction) -> None:
    """Register this area's subcommands."""
    reparse = subcommands.add_parser(
        "reparse",
        help="read stored documents again under today's rules and keep the difference",
    )
    reparse.add_argument(
        "--since",
        type=date.fromisoformat,
        metavar="DATE",
        help="only documents ingested on or after DATE (YYYY-MM-DD)",
    )
    reparse.add_argument(
        "--dry-run", action="store_true", help="show what would change; write nothing"
    )
    reparse.set_defaults(run=run_reparse)


def run_reparse(args: argparse.Namespace) -> int:
    db = open_store(load_settings().database_path)

    def on_document(result: DocumentReparse) -> None:
        stream = sys.stderr if result.status == "failed" else sys.stdout
        for line in document_lines(result, dry_run=args.dry_run):
            print(line, file=stream)

    report = reparse_documents(db, since=args.since, dry_run=args.dry_run, on_document=on_document)
    print(("Dry run, nothing written. " if args.dry_run else "") + totals(report))
    return 0 if report.ok else 1


def _figure(observation: Observation) -> str:
    where = observation.place_key or observation.location_published or "no place"
    return (
        f"{observation.role or observation.role_published} at {where}: "
        f"{format_published(observation)} ({observation.source})"
    )


def _counts(result: DocumentReparse) -> str:
    return (
        f"{len(result.gained)} gained, {len(result.lost)} lost, "
        f"{len(result.changed)} changed, {result.kept} kept"
    )


# The summary line of each outcome, after "PATH (document N): ".
_SUMMARIES = {
    "changed": lambda r, dry: ("would change: " if dry else "new parse: ") + _counts(r),
    "unchanged": lambda r, dry: f"unchanged ({r.kept} figures read the same)",
    "no_text": lambda r, dry: f"{r.reason}; put the original file back there to re-read it",
    "refused": lambda r, dry: (
        f"today's rules refuse it ({r.reason}); its {r.kept} figures are kept as they were"
    ),
    "skipped": lambda r, dry: f"skipped: {r.reason}",
    "failed": lambda r, dry: f"not re-read: {r.reason}",
}


def document_lines(result: DocumentReparse, *, dry_run: bool) -> list[str]:
    """What one document's reparse prints: a summary line, then one line per difference."""
    lines = [f"{result.path} (document {result.document_id}): "]
    lines[0] += _SUMMARIES[result.status](result, dry_run)
    lines += [f"  + {_figure(new)}" for new in result.gained]
    lines += [f"  - {_figure(old)}" for old in result.lost]
    lines += [
        f"  ~ {_figure(old)} -> {format_published(new)}"
        + (f" ({_what_moved(old, new)})" if format_published(old) == format_published(new) else "")
        for old, new in result.changed
    ]
    if result.postings_repriced:
        lines.append(f"  posting pay re-read for {result.postings_repriced} posting(s)")
    if result.postings_missing:
        lines.append(
            f"  {result.postings_missing} posting(s) read today are not in the store; reparse "
            "adds no postings and keeps the figures of stored ones it did not match"
        )
    if result.text_recovered and result.status not in ("failed", "skipped"):
        lines.append(f"  text {'would be' if dry_run else 'is now'} kept, read from {result.path}")
    return lines


def _what_moved(old: Observation, new: Observation) -> str:
    """The fields of a changed figure that differ, when its amount reads the same."""
    before, after = old.model_dump(), new.model_dump()
    moved = [
        name for name in before if name not in ("id", "document_id") and before[name] != after[name]
    ]
    return "changed: " + ", ".join(moved)


def totals(report: ReparseReport) -> str:
    """The run's last line: documents by outcome, and the figures gained, lost and changed."""
    gained = sum(len(r.gained) for r in report.documents)
    lost = sum(len(r.lost) for r in report.documents)
    changed = sum(len(r.changed) for r in report.documents)
    verb = "would change" if report.dry_run else "changed"
    return (
        f"{len(report.documents)} document(s) re-read: {report.count('changed')} {verb} "
        f"({gained} figure(s) gained, {lost} lost, {changed} changed), "
        f"{report.count('unchanged')} unchanged, {report.count('no_text')} without stored text, "
        f"{report.count('refused')} refused, {report.count('failed')} failed"
    )
