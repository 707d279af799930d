"""The document layouts ingest reads, in one list: the first that fits a text reads it.

    >>> " ".join(layout.name for layout in LAYOUTS)
    'posting_data html jobspy json report csv pay_table board cards job_page page'

Each layout says how it recognises a document (``fits``, on the decoded text)
and what it yields (``read``: a ``Reading``, the parts of a ``ParsedDocument``
that depend on the layout). Adding a layout is one new module with its reader
and one line in ``LAYOUTS``. Order settles overlaps: a report may be JSON-ish
and a job page has pay in it, so the generic page comes last. Pages from job
boards (``store.ingest.boards``: the boards we know, then clear cards from one
we do not) are read before the ZipRecruiter-like job page, which would take
any page with an "average salary"; a job's own page with its description stays
the job page's. A web page saved as HTML comes first: its structured posting data
when it has pay, else its visible text, read by the first text layout after ``html``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from functools import lru_cache
from typing import NamedTuple

from pydantic import BaseModel, Field

from store.collect.jobspy_rows import postings_from_rows, read_jobspy_export
from store.ingest.boards.board import Board
from store.ingest.boards.page import (
    known_board_page,
    read_board_page,
    unseen_board_page,
)
from store.ingest.boards.unseen import UNSEEN
from store.ingest.generic import has_pay, read_generic_page
from store.ingest.html import html_page_text, looks_like_html, page_address
from store.ingest.jobpage import looks_like_job_page, parse_job_page
from store.ingest.parsed import DocumentError, PageParse, ParsedPosting, Skip, TableRows
from store.ingest.paytable import looks_like_pay_table, read_pay_table
from store.ingest.postingdata import has_posting_data, posting_rows
from store.ingest.report import (
    ReportParse,
    looks_like_report,
    looks_like_search_results,
    parse_report,
    parse_search_results,
    self_date,
)
from store.ingest.table import load_json_rows, looks_like_csv, parse_table_csv, parse_table_json
from store.ingest.tables.payrows import figures_from_table
from store.models import DocumentKind, Observation


class Reading(BaseModel):
    """What a layout read from a document."""

    kind: DocumentKind
    title: str | None = None
    doc_date: date | None = None
    observations: list[Observation] = Field(default_factory=list)
    postings: list[ParsedPosting] = Field(default_factory=list)
    table: TableRows | None = None
    skipped: list[Skip] = Field(default_factory=list)


class Layout(NamedTuple):
    name: str
    kind: DocumentKind  # what the stored document is recorded as
    fits: Callable[[str], bool]
    read: Callable[[str, date, datetime], Reading]  # text, fallback date, now


def _from_page(kind: DocumentKind, page: PageParse, day: date) -> Reading:
    return Reading(
        kind=kind,
        title=page.title,
        doc_date=day,
        observations=page.observations,
        postings=page.postings,
        skipped=page.skipped,
    )


def _from_report(kind: DocumentKind, parse: ReportParse, fallback: date) -> Reading:
    return _from_page(kind, parse, parse.doc_date or fallback)


def _json_fits(text: str) -> bool:
    """JSON that is not a report's, nor a pay table's (whose columns are not the store's)."""
    starts_json = text.lstrip("\ufeff \t\r\n")[:1] in ("[", "{")
    return starts_json and not looks_like_report(text) and not looks_like_pay_table(text)


def _read_json(text: str, fallback: date, now: datetime) -> Reading:
    """A report's results saved on their own, or rows in the store's own columns."""
    rows = load_json_rows(text)
    if looks_like_search_results(rows):
        parse = parse_search_results(rows, doc_date=fallback, now=now)
        return _from_report("json", parse, fallback)
    skipped: list[Skip] = []
    return Reading(kind="json", table=parse_table_json(rows, skipped), skipped=skipped)


def _read_report(text: str, fallback: date, now: datetime) -> Reading:
    return _from_report("report", parse_report(text, doc_date=fallback, now=now), fallback)


def _read_csv(text: str, fallback: date, now: datetime) -> Reading:
    skipped: list[Skip] = []
    return Reading(kind="csv", table=parse_table_csv(text, skipped), skipped=skipped)


def _read_pay_table(text: str, fallback: date, now: datetime) -> Reading:
    """A pay table in its publisher's own columns: each row's pay for its job and place."""
    table = read_pay_table(text)
    observations, postings, skipped = figures_from_table(table, doc_date=fallback, now=now)
    return Reading(
        kind=table.kind,
        title="Pay table",
        doc_date=fallback,
        observations=observations,
        postings=postings,
        skipped=skipped,
    )


def _read_job_page(text: str, fallback: date, now: datetime) -> Reading:
    own_date = self_date(text[:2000])
    day = own_date or fallback
    return _from_page("job_page", parse_job_page(text, doc_date=day, now=now), day)


@lru_cache(maxsize=1)
def _jobspy_export(text: str) -> tuple[str, list] | None:
    return read_jobspy_export(text)  # recognising an export reads it: keep it for ``read``


def _jobspy_fits(text: str) -> bool:
    return _jobspy_export(text) is not None


def _read_jobspy(text: str, fallback: date, now: datetime) -> Reading:
    """JobSpy's own export (CSV, JSON or JSON lines): postings with their pay."""
    kind, rows = _jobspy_export(text)  # type: ignore[misc]
    postings, skipped = postings_from_rows(rows, doc_date=fallback, now=now)
    return Reading(
        kind=kind, title="JobSpy jobs", doc_date=fallback, postings=postings, skipped=skipped
    )


def _from_board(text: str, board: Board, fallback: date, now: datetime) -> Reading:
    own_date = self_date(text[:2000])
    day = own_date or fallback
    page = read_board_page(text, board, doc_date=day, now=now, dated=own_date is not None)
    return _from_page("job_page", page, day)


def _known_board_fits(text: str) -> bool:
    return known_board_page(text) is not None


def _read_known_board(text: str, fallback: date, now: datetime) -> Reading:
    """A page from a board with a descriptor: Indeed, Glassdoor, LinkedIn, Built In ..."""
    return _from_board(text, known_board_page(text), fallback, now)  # type: ignore[arg-type]


def _read_unseen_board(text: str, fallback: date, now: datetime) -> Reading:
    """Clear posting cards from a board with no descriptor."""
    return _from_board(text, UNSEEN, fallback, now)


def _read_page(text: str, fallback: date, now: datetime) -> Reading:
    return _from_report("page", read_generic_page(text, doc_date=fallback, now=now), fallback)


def _posting_data_fits(text: str) -> bool:
    return looks_like_html(text) and has_posting_data(text)


def _read_posting_data(text: str, fallback: date, now: datetime) -> Reading:
    """A job page's JSON-LD postings with base pay, read as pay-table rows; when none can
    be read, the page's visible text as any saved web page."""
    rows = posting_rows(text, page_address(text))
    if rows:
        table = read_pay_table(json.dumps(rows))
        observations, postings, skipped = figures_from_table(table, doc_date=fallback, now=now)
        if observations or postings:
            return Reading(
                kind="job_page",
                title=rows[0]["title"] or None,
                doc_date=fallback,
                observations=observations,
                postings=postings,
                skipped=skipped,
            )
    return _read_html(text, fallback, now)


def _read_html(text: str, fallback: date, now: datetime) -> Reading:
    """A saved web page: its visible text, with its address on top, read by the first text
    layout that fits it."""
    page = html_page_text(text)
    for layout in LAYOUTS[LAYOUTS.index(HTML) + 1 :]:
        if layout.fits(page):
            return layout.read(page, fallback, now)
    raise DocumentError("a web page whose text states no pay")


HTML = Layout("html", "page", looks_like_html, _read_html)


LAYOUTS: list[Layout] = [
    Layout("posting_data", "job_page", _posting_data_fits, _read_posting_data),
    HTML,
    Layout("jobspy", "jobspy", _jobspy_fits, _read_jobspy),
    Layout("json", "json", _json_fits, _read_json),
    Layout("report", "report", looks_like_report, _read_report),
    Layout("csv", "csv", looks_like_csv, _read_csv),
    Layout("pay_table", "csv", looks_like_pay_table, _read_pay_table),
    Layout("board", "job_page", _known_board_fits, _read_known_board),
    Layout("cards", "job_page", unseen_board_page, _read_unseen_board),
    Layout("job_page", "job_page", looks_like_job_page, _read_job_page),
    Layout("page", "page", has_pay, _read_page),
]
