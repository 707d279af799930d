"""Job-board pages dumped as text: the board's pay statistics for a search, and its postings.

    page = parse_job_page(text, doc_date=date(2026, 5, 28), now=now)
    [p.posting.company for p in page.postings]
    ['Xometry']

A posting is found by its location line ("North Bethesda, MD • Hybrid"): the two
lines above it are its title and company, the lines below its pay, type and
status, then its description up to the next posting. Everything outside the
postings is the board's own statistics, attributed to the site the page names
("according to ZipRecruiter"). Such a page states no URL, so figures link to
the site's home page and say so in their note; no deep link is invented.
"""

from __future__ import annotations

import itertools
import re
from datetime import date, datetime

from pydantic import BaseModel, Field

from store.extract.dates.written import stated_term
from store.extract.figures import extract_pay
from store.ingest.attribution.figures import Attribution, attributed_role, observations_from_figures
from store.ingest.attribution.pagetitles import location_phrase, pay_page_job, role_phrase
from store.ingest.generic import page_title
from store.ingest.pagelines import (
    EMPLOYMENT,
    first_url,
    line_offsets,
    next_nonblank,
    page_site,
    posting_status,
    previous_nonblank,
    site_link,
    split_lines,
    workplace_of,
)
from store.ingest.parsed import PageParse, ParsedPosting, Skip
from store.ingest.postingfields import (
    fingerprint,
    headline_pay,
    pay_text,
    regional_remote_observation,
)
from store.models import Posting, PostingStatus
from store.resolve.places import get_place, place_from_text
from store.resolve.sites import source_kind, source_name

_LOCATION_LINE = re.compile(
    r"^(?P<loc>[A-Z][\w .'-]*?(?:,\s*[A-Z]{2})?|Remote)\s*[•·|]\s*"
    r"(?P<workplace>Remote|Hybrid|On-?site|In[- ]person|In[- ]office)\s*$",
    re.IGNORECASE,
)
_CITY_STATE_LINE = re.compile(r"^(?P<loc>[A-Z][\w .'-]*,\s*[A-Z]{2}|Remote)$")
_AGGREGATE = re.compile(
    r"\b(?:average|median|typical)\s+(?:yearly|annual|hourly|monthly|base)?\s*"
    r"(?:pay|salary|wage)\b.{0,200}\$\d",
    re.IGNORECASE | re.DOTALL,
)
_PAGE_TITLE = re.compile(r"\bjobs?\b|\bsalar(?:y|ies)\b|\bhiring\b", re.IGNORECASE)
_DESCRIPTION_START = re.compile(r"^(?:job description|description|about the (?:job|role))\b", re.I)


class JobPageParse(PageParse):
    site: str | None = Field(description="The board the page names, e.g. 'ZipRecruiter'.")


class _Block(BaseModel):
    start: int  # line index of the posting's title
    location_line: int
    end: int = 0


def _is_location_line(page: list[str], index: int) -> bool:
    line = page[index]
    if _LOCATION_LINE.match(line):
        return True
    following = next_nonblank(page, index)
    return bool(
        _CITY_STATE_LINE.match(line) and following is not None and "$" in page[following][:3]
    )


def posting_blocks(lines: list[str]) -> list[_Block]:
    """Where each posting starts (its title line), is located, and ends."""
    blocks: list[_Block] = []
    for index, line in enumerate(lines):
        if not line or len(line) > 80 or not _is_location_line(lines, index):
            continue
        company = previous_nonblank(lines, index)
        title = previous_nonblank(lines, company) if company is not None else None
        if title is None or (blocks and title <= blocks[-1].location_line):
            continue
        blocks.append(_Block(start=title, location_line=index))
    for block, following in itertools.pairwise(blocks):
        block.end = following.start
    if blocks:
        blocks[-1].end = len(lines)
    return blocks


def looks_like_job_page(text: str) -> bool:
    """True for a board page: it has posting blocks or the board's own pay statistics."""
    return bool(_AGGREGATE.search(text)) or bool(posting_blocks(split_lines(text)))


def _header_fields(lines: list[str], block: _Block) -> dict:
    """Pay line, employment type and status from the lines right below the location line."""
    fields: dict = {"pay_line": None, "employment_type": None, "status": "open"}
    for line in lines[block.location_line + 1 : block.end]:
        if not line:
            continue
        if _DESCRIPTION_START.match(line) or len(line) > 120:
            break
        status = posting_status(line)
        if status != "open":
            fields["status"] = status
        elif EMPLOYMENT.match(line):
            fields["employment_type"] = line
        elif "$" in line and fields["pay_line"] is None:
            fields["pay_line"] = line
    return fields


def _parse_posting(
    text: str,
    lines: list[str],
    offsets: list[int],
    block: _Block,
    *,
    page_source: str | None,
    doc_date: date,
    now: datetime,
    skipped: list[Skip],
) -> ParsedPosting | None:
    company = lines[previous_nonblank(lines, block.location_line)]  # type: ignore[index]
    title = lines[block.start]
    location = _LOCATION_LINE.match(lines[block.location_line])
    loc_text = location["loc"] if location else lines[block.location_line]
    workplace = workplace_of(location["workplace"] if location else None)
    if loc_text.lower() == "remote":
        workplace = "remote"
    label = f"posting {title!r} at {company}"
    role = attributed_role(title, job_title=title)
    if role is None:
        skipped.append(Skip(what=label, reason="names no job title"))
        return None
    place = get_place("remote") if workplace == "remote" else place_from_text(loc_text)
    block_text = text[offsets[block.location_line] : offsets[block.end]]
    site = page_site(block_text) or page_source
    url, note = site_link(site)
    fields = _header_fields(lines, block)
    dates, weeks = stated_term(block_text)
    status: PostingStatus = fields["status"]
    about = Attribution(
        source=site or "unknown site",
        source_kind="employer_posting",
        url=url,
        title=f"{title} - {company}",
        role=role,
        role_published=title,
        place=place,
        location_published=loc_text,
        as_of=doc_date,
        term_weeks=weeks,
        note=note,
    )
    found: list[Skip] = []
    pay_line = fields["pay_line"]
    observations = observations_from_figures(
        block_text, extract_pay(block_text), about, now=now, skipped=found,
        labelled_until=block_text.find(pay_line) + len(pay_line) if pay_line else 0,
    )  # fmt: skip
    skipped += [Skip(what=f"{label}: {s.what}", reason=s.reason) for s in found]
    headline = [o for o in observations if fields["pay_line"] and o.region is None]
    remote_range = regional_remote_observation(observations) if workplace == "remote" else []
    posting = Posting(
        source=about.source,
        url=url,
        fingerprint=fingerprint(company, title, place),
        company=company,
        title=title,
        role=role.slug,
        location_published=loc_text,
        place_key=place.key if place else None,
        workplace=workplace,
        employment_type=fields["employment_type"],
        pay_text=fields["pay_line"] or pay_text(observations),
        status=status,
        start_date=dates[0] if dates else None,
        end_date=dates[1] if dates else None,
        first_seen=now,
        last_seen=now,
        closed_at=now if status != "open" else None,
        **headline_pay(headline[:1] or observations),
    )
    return ParsedPosting(posting=posting, observations=observations + remote_range)


def _reads_as_heading(line: str) -> bool:
    """Whether a line saying "jobs" or "salary" is the page's heading, not a sentence of
    its text ("When I got my first salary offer, ...") or its address.

    >>> _reads_as_heading("Nurse Jobs in Ohio"), _reads_as_heading("My salary rose in May.")
    (True, False)
    """
    return len(line) < 120 and not line.rstrip().endswith(".") and first_url(line) != line


def parse_job_page(text: str, *, doc_date: date, now: datetime) -> JobPageParse:
    """Parse a job-board page; ``doc_date`` dates figures that state no date."""
    lines = split_lines(text)
    offsets = line_offsets(text)
    title = next(
        (line for line in lines if _PAGE_TITLE.search(line) and _reads_as_heading(line)), None
    ) or (page_title(text) or None)
    site = page_site(text)
    parse = JobPageParse(title=title, site=site)
    blocks = posting_blocks(lines)
    for block in blocks:
        posting = _parse_posting(
            text, lines, offsets, block,
            page_source=site, doc_date=doc_date, now=now, skipped=parse.skipped,
        )  # fmt: skip
        if posting:
            parse.postings.append(posting)

    # The board's statistics: every figure outside the posting blocks.
    first_block = offsets[blocks[0].start] if blocks else len(text)
    stats_text = text[:first_block]
    page_role = attributed_role(title, job_title=pay_page_job(title)) if title else None
    figures = extract_pay(stats_text)
    if page_role is None:
        parse.skipped += [Skip(what=f.text, reason="the page names no job title") for f in figures]
        return parse
    place = place_from_text(title) if title else None
    # The page's own address, when it states one above its postings, cites its statistics.
    url, note = first_url(stats_text), None
    if url:
        site = site or source_name(url)
    else:
        url, note = site_link(site)
    about = Attribution(
        source=site or "unknown site",
        source_kind=source_kind(url, stats_text, is_posting=False),
        url=url,
        title=title,
        role=page_role,
        role_published=role_phrase(title),
        place=place,
        location_published=location_phrase(title) or (place.name if place else None),
        as_of=doc_date,
        note=note,
    )
    parse.observations = observations_from_figures(
        stats_text, figures, about, now=now, skipped=parse.skipped
    )
    return parse
