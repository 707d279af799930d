"""JobSpy's job rows, as its export files hold them or as it scrapes them, read as postings.

    rows = read_jobspy_export(Path("jobs.jsonl").read_text())   # CSV, JSON or JSON lines
    postings, skipped = postings_from_rows(rows, doc_date=date(2026, 11, 30), now=now)
    postings[0].posting.source, postings[0].observations[0].period
    ('LinkedIn', 'year')

A row (JobSpy's ``JobPost`` fields: ``site``, ``id``, ``job_url``, ``title``, ``company``,
``location``, ``is_remote``, ``date_posted``, ``interval``, ``min_amount``, ``max_amount``,
``currency``, ...) becomes one posting: role from its title, place from its location
(Remote when the board says so), pay as one employer-posting observation. The same job
on several boards has the same company, title and place, so the writer's fingerprint
match keeps it one posting with a sighting per board.
"""

from __future__ import annotations

import csv
import io
import json
import math
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from store.extract.dates.written import parse_date
from store.ingest.attribution.figures import Attribution, attributed_role
from store.ingest.parsed import DocumentError, ParsedPosting, Skip
from store.ingest.postingfields import posting_of
from store.models import Observation, Period, Place
from store.resolve.places import get_place, place_from_text
from store.resolve.sites import source_name

# Columns every JobSpy row has, and one of which its exports always keep beside them.
REQUIRED = {"job_url", "title"}
DISTINCTIVE = {"site", "job_url_direct", "date_posted", "is_remote", "interval"}
_SNIFF_CHARS = 4096
PERIODS: dict[str, Period] = {
    "yearly": "year", "monthly": "month", "weekly": "week", "daily": "day", "hourly": "hour",
}  # fmt: skip


def is_jobspy_rows(rows: list) -> bool:
    """True for a non-empty list of JobSpy rows (dicts with its columns)."""
    return bool(rows) and all(
        isinstance(row, dict) and set(row) >= REQUIRED and DISTINCTIVE & set(row) for row in rows
    )


def json_lines(text: str) -> list | None:
    """The objects of a JSON-lines text, one a line, or None when a line is not JSON."""
    try:
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    except json.JSONDecodeError:
        return None


def read_jobspy_export(text: str) -> tuple[str, list[dict[str, Any]]] | None:
    """``("json"|"csv", rows)`` when ``text`` is a JobSpy export (CSV, JSON, JSON lines)."""
    start = text.lstrip("\ufeff \t\r\n")[:1]
    if start in "[{" and '"job_url"' not in text[:_SNIFF_CHARS]:
        return None  # not JobSpy's: spare other JSON a second parse
    if start == "[":
        try:
            rows = json.loads(text)
        except json.JSONDecodeError:
            return None
        return ("json", rows) if isinstance(rows, list) and is_jobspy_rows(rows) else None
    if start == "{":
        rows = json_lines(text)
        return ("json", rows) if rows is not None and is_jobspy_rows(rows) else None
    try:
        header = next(csv.reader([text.lstrip("\ufeff").split("\n", 1)[0]]), [])
    except csv.Error:  # a first line no CSV reader takes (a 2 MB line) is not an export
        return None
    if not (set(header) >= REQUIRED and DISTINCTIVE & set(header)):
        return None
    try:
        return "csv", list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    except csv.Error as error:
        raise DocumentError(f"a JobSpy CSV export that cannot be read: {error}") from None


def _value(row: dict[str, Any], name: str) -> Any:
    """A cell, with CSV's empty strings and pandas' NaN read as missing."""
    value = row.get(name)
    if value is None or value == "" or (isinstance(value, float) and math.isnan(value)):
        return None
    return value


def _amount(row: dict[str, Any], name: str) -> float | None:
    value = _value(row, name)
    try:
        return None if value is None else float(value)
    except (TypeError, ValueError):
        return None


@lru_cache(maxsize=4096)
def place_of(location: str) -> Place | None:
    """The place a board's location names (cached: a search's rows share a few locations)."""
    return place_from_text(location)


def _is_true(value: Any) -> bool:
    return value is True or str(value).strip().lower() in ("true", "1", "yes")


def _pay(row: dict[str, Any], about: Attribution, now: datetime) -> list[Observation]:
    """The row's pay as one observation, when it states an amount and an interval."""
    low, high = _amount(row, "min_amount"), _amount(row, "max_amount")
    period = PERIODS.get(str(_value(row, "interval") or "").lower())
    if period is None or (low is None and high is None):
        return []
    source = _value(row, "salary_source")
    return [
        about.observation(
            kind="point" if low == high or None in (low, high) else "range",
            low=low,
            high=high,
            period=period,
            currency=str(_value(row, "currency") or "USD"),
            now=now,
            note=f"Pay as the job board gives it ({source})." if source else None,
        )
    ]


def posting_from_row(
    row: dict[str, Any], number: int, *, doc_date: date, now: datetime
) -> ParsedPosting | Skip:
    """One JobSpy row as a posting with its pay, or why it cannot be used."""
    title = str(_value(row, "title") or "").strip()
    url = str(_value(row, "job_url") or "").strip()
    label = f"row {number} ({title[:60] or url or 'untitled'})"
    if not url:
        return Skip(what=label, reason="has no job URL, so it could not be cited")
    role = attributed_role(title, job_title=title) if title else None
    if role is None:
        return Skip(what=label, reason="names no job title")
    location = str(_value(row, "location") or "").strip() or None
    remote = _is_true(_value(row, "is_remote"))
    place = get_place("remote") if remote else place_of(location or "")
    posted_text = _value(row, "date_posted")
    posted = parse_date(str(posted_text)) if posted_text else None
    company = str(_value(row, "company") or "").strip()
    about = Attribution(
        source=source_name(url),
        source_kind="employer_posting",
        url=url,
        title=f"{title} - {company}" if company else title,
        role=role,
        role_published=title,
        place=place,
        location_published=location or ("Remote" if remote else None),
        as_of=posted or doc_date,
    )
    board_id = _value(row, "id")
    return posting_of(
        about,
        company,
        _pay(row, about, now),
        now=now,
        posted=posted,
        board_id=str(board_id) if board_id is not None else None,
        workplace="remote" if remote else None,
        employment_type=_value(row, "job_type"),
    )


def postings_from_rows(
    rows: list[dict[str, Any]], *, doc_date: date, now: datetime
) -> tuple[list[ParsedPosting], list[Skip]]:
    """Every usable row as a posting, and the rows left out with the reason."""
    postings: list[ParsedPosting] = []
    skipped: list[Skip] = []
    for number, row in enumerate(rows, start=1):
        read = posting_from_row(row, number, doc_date=doc_date, now=now)
        (skipped if isinstance(read, Skip) else postings).append(read)  # type: ignore[arg-type]
    return postings, skipped
