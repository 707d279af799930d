"""`python -m bot collect postings`: recent postings from job boards, through JobSpy.

    done = collect_postings(db, "ml intern boston", PostingsConfig(folder=...), now=now)
    done.document.summary()
    '.../2026-11-30-ml-intern-boston-ma.jsonl [json]: stored 0 observations, 12 postings ...'

JobSpy (``python-jobspy``) is an optional extra: without it, ``PostingsError`` says how
to install it. Its rows are saved with its own export function as JSON lines (the
evidence), then ingested like any JobSpy export (``store.collect.jobspy_rows``).
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import Any

from pydantic import BaseModel
from sqlite_utils import Database

from store.collect.research import ResearchError, read_role_place, report_name
from store.ingest.documents import ingest_document
from store.ingest.results import DocumentResult
from store.models import Place, Role

NOT_INSTALLED = "python-jobspy is not installed"
NO_BOARDS = "no job boards are configured (POSTINGS_SITES)"
INSTALL = (
    f"{NOT_INSTALLED}; it is an optional extra: .venv/bin/pip install -r requirements-postings.lock"
)
RECENT_HOURS = 7 * 24  # postings of the last week: what a weekly digest reports


class PostingsError(Exception):
    """Postings could not be collected; one line that says why."""


class PostingsConfig(BaseModel):
    sites: list[str] = ["indeed", "linkedin", "zip_recruiter"]
    results: int = 20
    folder: Path = Path("data/research")


class Collected(BaseModel):
    path: Path | None
    document: DocumentResult | None
    rows: int
    board_errors: dict[str, str] = {}


def _short(message: str, limit: int = 160) -> str:
    """A board's error on one line, cut to ``limit`` characters."""
    line = " ".join(message.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def jobspy_installed() -> bool:
    return importlib.util.find_spec("jobspy") is not None


def load_jobspy() -> ModuleType:
    """The ``jobspy`` package, or a ``PostingsError`` saying how to install it."""
    try:
        return importlib.import_module("jobspy")
    except ImportError:
        raise PostingsError(INSTALL) from None


def collect_postings(
    db: Database,
    text: str,
    config: PostingsConfig,
    *,
    now: datetime,
    scrape: Callable[..., Any] | None = None,
) -> Collected:
    """Collect postings for the role and place ``text`` names; see ``collect_pair``."""
    try:
        role, place = read_role_place(text)
    except ResearchError as error:
        raise PostingsError(str(error)) from None
    return collect_pair(db, role, place, config, now=now, scrape=scrape)


def collect_pair(
    db: Database,
    role: Role,
    place: Place,
    config: PostingsConfig,
    *,
    now: datetime,
    scrape: Callable[..., Any] | None = None,
) -> Collected:
    """Scrape the boards for ``role`` at ``place``, save the rows, ingest them.

    ``scrape`` is JobSpy's ``scrape_jobs`` unless given (it reaches the boards).
    """
    if not config.sites:
        raise PostingsError(NO_BOARDS)
    jobspy = load_jobspy()
    records = importlib.import_module("jobspy.records")
    remote = place.level == "remote"
    logging.getLogger("jobspy").setLevel(logging.CRITICAL)
    try:
        jobs = (scrape or jobspy.scrape_jobs)(
            site_name=config.sites,
            search_term=role.name,
            location=None if remote else place.name,
            is_remote=remote,
            results_wanted=config.results,
            hours_old=RECENT_HOURS,
            country_indeed="usa",
            verbose=None,  # leaves the level set below: each board's error is reported here
        )
    except ValueError as error:  # JobSpy's word for arguments it does not accept
        raise PostingsError(f"JobSpy refused the search: {error}") from None
    errors = {site: _short(str(text)) for site, text in (jobs.attrs.get("errors") or {}).items()}
    if jobs.empty:
        if errors:
            reasons = "; ".join(f"{site}: {message}" for site, message in errors.items())
            raise PostingsError(f"no board answered ({reasons})")
        return Collected(path=None, document=None, rows=0)
    config.folder.mkdir(parents=True, exist_ok=True)
    path = config.folder / f"{report_name(role, place, now)}-{now:%H%M%S}.jsonl"
    records.save(jobs, str(path))
    document = ingest_document(db, path, now=now)
    return Collected(path=path, document=document, rows=len(jobs), board_errors=errors)
