"""Market-research reports: a ``# title``, a summary, then ``## Detailed Results`` and a JSON array.

    report = parse_report(text, doc_date=date(2026, 5, 1), now=now)
    report.title
    'Market Research for machine learning intern'

Each search result (title, url, content, score) is attributed on its own: role
from its title (else its text), place from its title (else its text, with the
report as context), source from the URL's site. The summary is the report
writer's paraphrase, not a source, so nothing in it is stored.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from functools import lru_cache

from pydantic import BaseModel, Field, ValidationError, field_validator

from store.extract.dates.written import parse_date, stated_term
from store.ingest.attribution.figures import (
    Attribution,
    attributed_role,
    observations_from_figures,
    observations_from_text,
)
from store.ingest.attribution.filing import local_currency
from store.ingest.attribution.headings import first_item_role
from store.ingest.attribution.pagestate import page_state
from store.ingest.attribution.pagetitles import (
    headline_role,
    job_title_alone,
    location_phrase,
    pay_page_job,
    role_phrase,
    title_place,
    without_dateline,
    without_headline_verb,
)
from store.ingest.attribution.sentencejobs import sentence_jobs
from store.ingest.pagelines import posting_status
from store.ingest.parsed import DocumentError, PageParse, ParsedPosting, Skip
from store.ingest.postingfields import posting_of, regional_remote_observation
from store.ingest.postingtop import PostingTop, may_have_top, posting_top
from store.ingest.tables.classtables import ClassRow, class_role, class_rows
from store.ingest.tables.jobitems import item_observations, job_items
from store.ingest.tables.placetables import place_row_observations, place_rows
from store.ingest.tables.schedules import schedule_span
from store.models import Observation, PayFigure, Workplace
from store.resolve.geography.urlplaces import with_address
from store.resolve.noise import drop_noise
from store.resolve.places import get_place, opening_place, resolve_place
from store.resolve.sites import (
    is_posting_url,
    reads_as_posting,
    source_kind,
    source_name,
)

_PLACE_SCAN_CHARS = 1500
_TITLE = re.compile(r"^#\s+(.+?)\s*$", re.MULTILINE)
_RESULTS_HEADING = re.compile(r"^##\s+Detailed Results\s*$", re.MULTILINE | re.IGNORECASE)
# A report that dates itself says so near the top: "Date: 2026-05-28", "Generated May 28, 2026".
# ("As of May 2026, the average ..." dates a figure, not the document.)
_SELF_DATE = re.compile(
    r"^(?:\*\*)?(?:(?:date|generated|retrieved|prepared|captured|saved)(?: on)?(?:\*\*)?\s*:?"
    r"|(?:last )?updated(?:\*\*)?\s*:)\s*(.+)$",
    re.MULTILINE | re.IGNORECASE,
)
# Posting-wide phrases, in lower case for lowered text (IGNORECASE scans several times slower).
_WORKPLACE = re.compile(
    r"workplace(?: type)?:\s*(on-?site|hybrid|remote)|"
    r"\bthis (?:role|position|job) is (?:fully |100% )?(remote|hybrid|on-?site)\b|"
    r"#li-(remote|hybrid|onsite)\b",
)
_WORKPLACE_WORDS = ("workplace", "this role is", "this position is", "this job is", "#li-")
_HIRING = re.compile(r"^(?P<company>.+?) hiring (?P<title>.+?)(?: in (?P<loc>.+))?$")
_AT = re.compile(r"^(?P<title>.+?) at (?P<company>[^,]+)$")
# When a job is worked ("Night Shift", "Nights (3x12)", "2nd Shift"), said after a title's
# dash in place of a company; a part with other words ("Days Inn") may be one.
_SCHEDULE = re.compile(
    r"\b(?:shifts?|nights?|days?|evenings?|overnights?|weekends?|weekdays?|prn|per diem|"
    r"rotating|day|night|\d+(?:st|nd|rd|th)|\d+\s*x\s*\d+|\d+\s*hrs?)\b",
    re.IGNORECASE,
)


class SearchResult(BaseModel):
    """One entry of the Detailed Results array; a missing title or content reads as empty."""

    title: str = ""
    url: str = ""
    content: str = ""
    score: float | None = None

    @field_validator("title", "url", "content", mode="before")
    @classmethod
    def _none_is_empty(cls, value: object) -> object:
        return "" if value is None else value


class ReportParse(PageParse):
    doc_date: date | None = Field(description="The date the report states for itself, if any.")
    result_count: int = 0


def looks_like_report(text: str) -> bool:
    """True for a ``# title`` document with a ``## Detailed Results`` section."""
    return bool(_RESULTS_HEADING.search(text)) and bool(_TITLE.search(text))


def report_results(text: str) -> tuple[str, list]:
    """The text before ``## Detailed Results`` and the results array after it."""
    heading = _RESULTS_HEADING.search(text)
    if heading is None:
        raise DocumentError("no '## Detailed Results' section")
    header, body = text[: heading.start()], text[heading.end() :].strip()
    try:
        raw = json.loads(body)
    except json.JSONDecodeError as error:
        where = f"line {error.lineno} column {error.colno}"
        raise DocumentError(
            f"Detailed Results is not valid JSON ({error.msg} at {where})"
        ) from None
    if not isinstance(raw, list):
        raise DocumentError("Detailed Results is not a JSON array of search results")
    return header, raw


def looks_like_search_results(rows: list) -> bool:
    """True for a bare JSON array of search results (each with a url and content)."""
    return bool(rows) and all(isinstance(r, dict) and {"url", "content"} <= set(r) for r in rows)


def search_result(item: object, number: int) -> SearchResult | Skip:
    """One validated search result, or why it cannot be used (the rest of the report can)."""
    label = f"result {number}"
    try:
        result = SearchResult.model_validate(item)
    except ValidationError as error:
        problem = error.errors()[0]
        field = ".".join(str(part) for part in problem["loc"]) or "result"
        return Skip(what=label, reason=f"unreadable: {field}: {problem['msg']}")
    if not result.url.strip():
        return Skip(what=label, reason="has no URL, so its figures could not be cited")
    return result


def self_date(header: str) -> date | None:
    """The date a document states for itself ("Date: 2026-05-28", "Retrieved May 28, 2026")."""
    for match in _SELF_DATE.finditer(header):
        found = parse_date(match.group(1))
        if found:
            return found
    return None


def posting_title_and_company(title: str, site: str) -> tuple[str, str]:
    """Split a job result's title into (job title, company); the company is "" when unstated.

    >>> posting_title_and_company("ML Engineer, PhD Intern - Instacart | Built In", "Built In")
    ('ML Engineer, PhD Intern', 'Instacart')
    """
    head = title.split(" | ")[0].strip()
    hiring = _HIRING.match(head)
    if hiring:
        return hiring["title"].strip(), hiring["company"].strip()
    parts = [part.strip() for part in re.split(r"\s+[-–—]\s+", head) if part.strip()]
    if len(parts) >= 2:
        company = parts[1]
        return parts[0], "" if company.casefold() == site.casefold() or _no_company(
            company
        ) else company
    at = _AT.match(head)
    if at:
        return at["title"].strip(), at["company"].strip()
    return head, ""


@lru_cache(maxsize=4096)  # a board's results name the same few companies again and again
def _no_company(part: str) -> bool:
    """Whether what follows a title's dash says how or where the job is worked, not who
    offers it: "Night Shift", "Part Time", "Remote", "Boston, MA", "Summer 2026".

    >>> [_no_company(p) for p in ("Nights (3x12)", "Remote", "Full-time", "Globex", "Ford")]
    [True, True, True, False, False]
    """
    return (
        not drop_noise(part)
        or not _SCHEDULE.sub(" ", part).strip(" ()/&,.-")
        or resolve_place(part, guess=False) is not None
    )


def _workplace(text: str) -> Workplace | None:
    low = text.lower()
    match = _WORKPLACE.search(low) if any(word in low for word in _WORKPLACE_WORDS) else None
    if not match:
        return None
    word = next(group for group in match.groups() if group).replace("-", "")
    return "onsite" if word == "onsite" else word  # type: ignore[return-value]


def _posting_from_result(
    result: SearchResult,
    about: Attribution,
    observations: list[Observation],
    *,
    dates: tuple[date, date] | None,
    top: PostingTop | None,
    workplace: Workplace | None,
    now: datetime,
) -> ParsedPosting:
    title, company = posting_title_and_company(result.title, about.source)
    top = top or PostingTop()
    return posting_of(
        about,
        company or top.company or "",
        observations,
        now=now,
        title=title,
        posted=top.posted,
        workplace=workplace,
        employment_type=top.employment,
        status=posting_status(result.content),
        term=dates,
    )


def parse_result(
    result: SearchResult,
    number: int,
    *,
    context: str | None,
    doc_date: date,
    now: datetime,
) -> tuple[list[Observation], ParsedPosting | None, list[Skip]]:
    """Attribute one search result and read its figures (and posting, if it is one)."""
    skipped: list[Skip] = []
    label = f"result {number} ({result.title[:60] or result.url})"
    top = (
        posting_top(result.content, result.title, doc_date)
        if may_have_top(result.content)
        else None
    )
    # A list of jobs, each item its own ("Pharmacy Technician" / "National Average: $30k").
    items = job_items(result.content)
    is_posting = not items and (
        is_posting_url(result.url)
        or reads_as_posting(result.content)
        or (top is not None and top.reads_as_card)  # "Title / Company · Place · Full-time"
    )
    site = source_name(result.url)
    published = (
        posting_title_and_company(result.title, site)[0]
        if is_posting
        else role_phrase(result.title)
    )
    job = published if is_posting else pay_page_job(result.title) or job_title_alone(result.title)
    title = without_headline_verb(result.title)  # "City to host hiring event"
    role = attributed_role(title, content=result.content[:500], job_title=job)
    if role is None and not is_posting:  # "a pay raise for teachers"; "10. Dental Hygienist"
        role = headline_role(result.title) or first_item_role(result.content)
    classes = [] if is_posting else class_rows(result.content)  # "| Fire Lieutenant | 9731.89 |"
    role = role or (class_role(classes[0].title) if classes else None)
    # A forum post or story naming its jobs only in its paragraphs: each figure its own.
    jobs = sentence_jobs(result.content) if role is None and not is_posting and not items else []
    role = role or (items[0].role if items else jobs[0][0] if jobs else None)
    if role is None:
        return [], None, [Skip(what=label, reason="names no job title")]
    workplace = _workplace(result.content) if is_posting else None
    if workplace == "remote":
        place = get_place("remote")
    else:  # a page names its place early, if anywhere
        place = with_address(  # "/codes/fairfield_il/", "example.co.uk", "dps.alaska.gov"
            title_place(without_dateline(result.title), context)
            or opening_place(without_dateline(result.content[:_PLACE_SCAN_CHARS]), context=context),
            result.url,
            result.content,
        )
    # The state whose towns the page may name bare: a state page's, else one it is from.
    home = page_state(result.url, result.content) if place is None else place
    home = home if home is not None and home.level == "state" else None
    dates, weeks = stated_term(result.content)
    about = Attribution(
        source=site,
        source_kind=source_kind(result.url, result.content, is_posting=is_posting),
        url=result.url,
        title=result.title or None,
        role=role,
        role_published=published,
        place=place,
        page_state=home,
        location_published=location_phrase(result.title) or (place.name if place else None),
        as_of=doc_date,
        term_weeks=weeks,
    )
    if classes:  # a public employer's class table: each class its own role
        return class_observations(classes, about, now=now), None, skipped
    observations = (
        item_observations(result.content, items, about, now=now, skipped=skipped)
        if items
        else [
            seen
            for job, figures in jobs
            for seen in observations_from_figures(
                result.content,
                figures,
                about.model_copy(update={"role": job, "role_published": job.name}),
                now=now,
                skipped=skipped,
            )
        ]
        if jobs
        else observations_from_text(result.content, about, now=now, skipped=skipped)
    )
    if not is_posting:  # "Calgary – Alberta* 42.54 46.39 48.15" under "Low / Average / High"
        observations += place_row_observations(place_rows(result.content), about, now=now)
    schedule = None if observations else schedule_span(result.title, result.content)
    if schedule is not None:  # a grid of bare cells: its span, no cell alone
        skipped.clear()
        observations = observations_from_figures(
            result.content,
            [schedule],
            about,
            now=now,
            skipped=skipped,
            labelled_until=schedule.span[1],
        )
    for skip in skipped:
        skip.what = f"{label}: {skip.what}"
    if not is_posting:
        return observations, None, skipped
    posting = _posting_from_result(
        result, about, observations, dates=dates, top=top, workplace=workplace, now=now
    )
    if workplace == "remote":
        posting.observations += regional_remote_observation(observations)
    return [], posting, skipped


def parse_report(text: str, *, doc_date: date, now: datetime) -> ReportParse:
    """Parse a market-research report; ``doc_date`` dates figures that state no date."""
    header, results = report_results(text)
    return parse_search_results(results, header=header, doc_date=doc_date, now=now)


def parse_search_results(
    raw: list, *, header: str = "", doc_date: date, now: datetime
) -> ReportParse:
    """Attribute each search result on its own; ``header`` (a report's title and summary)
    is context for reading places, never a source."""
    title_match = _TITLE.search(header)
    title = title_match.group(1) if title_match else None
    own_date = self_date(header)
    parse = ReportParse(title=title, doc_date=own_date, result_count=len(raw))
    for number, item in enumerate(raw, start=1):
        result = search_result(item, number)
        if isinstance(result, Skip):
            parse.skipped.append(result)
            continue
        observations, posting, skipped = parse_result(
            result, number, context=header or None, doc_date=own_date or doc_date, now=now
        )
        parse.observations += observations
        parse.skipped += skipped
        if posting:
            parse.postings.append(posting)
    return parse


def class_observations(
    classes: list[ClassRow], about: Attribution, *, now: datetime
) -> list[Observation]:
    """Each class of a class table at the page's place: its role (a role of its own when
    the catalog lacks it), its one cell or its steps' range, in the page's money."""
    observations = []
    for row in classes:
        role = class_role(row.title)  # "Admin Services Director" is no administrative assistant
        figure = PayFigure(min_amount=row.low, max_amount=row.high, span=row.span, text=row.title)
        if role is None:
            continue
        observations.append(
            about.model_copy(update={"role": role, "role_published": row.title}).observation(
                kind="point" if row.low == row.high else "range",
                low=row.low,
                high=row.high,
                period=row.period,
                currency=local_currency(figure, about.place),
                now=now,
            )
        )
    return observations
