"""`python -m bot research`: a market-research report from the Tavily search API, ingested.

    config = TavilyConfig(api_key="tvly-...", api_url="https://api.tavily.com",
                              monthly_searches=1000, folder=Path("data/research"))
    done = research(db, "marketing intern chicago", config, now=now)
    done.path, done.document.summary()
    (PosixPath('data/research/2026-11-30-marketing-intern-chicago-il.txt'), '... stored 6 ...')

A few searches (``SEARCHES``: salary pages, postings with pay, government and survey
figures) for the role and place; their results, one per page, become one report in
the sample format (``store.collect.report``), written to the research folder and
ingested like any other document. Every search the API answers is counted against the
month's budget (``store.collect.budget``); a run the budget cannot cover is refused
before the first search. An API error stops the run with one line (``ResearchError``)
before anything is written: no report, no rows.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import requests
import tavily
from pydantic import BaseModel, SecretStr
from sqlite_utils import Database
from tavily import errors as tavily_errors

from store.answer.parse import describe_place, parse_salary_query
from store.collect.budget import BudgetSpent, check_budget, count_searches
from store.collect.report import merge_results, report_text, write_report
from store.ingest.documents import ingest_document
from store.ingest.results import DocumentResult
from store.models import Place, Role
from store.resolve.geography.names import slug

NO_KEY = "TAVILY_API_KEY is not set"
KEY_HELP = (
    f"{NO_KEY}: research needs a Tavily API key. Sign up at "
    "https://app.tavily.com (the free plan has 1,000 searches a month), then put "
    "TAVILY_API_KEY=tvly-... in .env or the environment."
)
# Sites that publish no pay figures of their own, left out of the salary-page search.
NOT_PAY_SOURCES = ("youtube.com", "reddit.com", "facebook.com", "tiktok.com", "instagram.com")
JOB_BOARDS = (
    "linkedin.com", "indeed.com", "builtin.com", "ziprecruiter.com", "glassdoor.com",
    "greenhouse.io", "lever.co", "simplyhired.com",
)  # fmt: skip
OFFICIAL_SOURCES = ("bls.gov", "onetonline.org", "careeronestop.org", "dol.gov")


class TavilyConfig(BaseModel):
    """What a research run needs from the settings."""

    api_key: SecretStr | None
    api_url: str = "https://api.tavily.com"
    monthly_searches: int = 1000
    folder: Path = Path("data/research")
    timeout: float = 30


class Search(BaseModel):
    """One search a research run makes; ``query`` is a template over ``{role}``, ``{place}``."""

    name: str
    query: str
    max_results: int
    include_answer: bool = False
    include_domains: tuple[str, ...] = ()
    exclude_domains: tuple[str, ...] = ()
    topic: str = "general"
    search_depth: str = "basic"  # one credit each; "advanced" would cost two


SEARCHES = (
    Search(name="salary pages", query="{role} salary in {place}", max_results=8,
           include_answer=True, exclude_domains=NOT_PAY_SOURCES),
    Search(name="postings with pay", query="{role} jobs in {place} pay range", max_results=8,
           include_domains=JOB_BOARDS),
    Search(name="official figures", query="{occupation} wages {place} survey", max_results=5,
           include_domains=OFFICIAL_SOURCES),
)  # fmt: skip


class ResearchError(Exception):
    """Research could not run or the search API refused; one line that says why."""


class Researched(BaseModel):
    path: Path
    document: DocumentResult
    searches: int
    results: int


def read_role_place(text: str) -> tuple[Role, Place]:
    """The role and place in ``/salary`` words, or a ``ResearchError`` naming what is missing."""
    query = parse_salary_query(text)
    if query.role is None:
        raise ResearchError(f"no role in “{text}”: try words like `marketing intern chicago`")
    if query.place is None:
        raise ResearchError(f"could not place “{query.place_text or text}”")
    return query.role, query.place


def search_words(role: Role, place: Place) -> dict[str, str]:
    """The words the query templates are filled with."""
    where = "remote" if place.level == "remote" else place.name
    return {"role": role.name, "place": where, "occupation": role.occupation or role.name}


# How each of the client's refusals reads, by HTTP status (the client raises per status).
_REFUSALS = {
    400: "Tavily rejected the search (400 bad request)",
    401: "Tavily refused the API key (401): check TAVILY_API_KEY",
    403: "Tavily refused the search (403 forbidden)",
    429: "Tavily is rate limiting this key (429): wait a minute and try again",
    432: "the Tavily plan's monthly limit is reached (432): upgrade the plan or wait for the reset",
    433: "the Tavily pay-as-you-go limit is reached (433): raise it on the Tavily dashboard",
}


# What a search raises when the API refuses or cannot be reached (5xx: requests.HTTPError).
_SEARCH_ERRORS = (
    tavily_errors.InvalidAPIKeyError,
    tavily_errors.UsageLimitExceededError,
    tavily_errors.ForbiddenError,
    tavily_errors.BadRequestError,
    tavily_errors.TimeoutError,
    requests.RequestException,
)


class _StatusSession(requests.Session):
    """A session that remembers the last HTTP status, since the client's errors do not."""

    last_status: int | None = None

    def send(self, request, **kwargs):  # type: ignore[no-untyped-def]
        response = super().send(request, **kwargs)
        self.last_status = response.status_code
        return response


def make_client(config: TavilyConfig) -> tuple[tavily.TavilyClient, _StatusSession]:
    if config.api_key is None:
        raise ResearchError(KEY_HELP)
    session = _StatusSession()
    client = tavily.TavilyClient(
        api_key=config.api_key.get_secret_value(),
        api_base_url=config.api_url,
        session=session,
    )
    return client, session


def refusal(error: Exception, status: int | None, config: TavilyConfig) -> str:
    """One line for a failed search: what Tavily said, and what to do."""
    detail = str(error).strip()
    if isinstance(error, tavily_errors.TimeoutError):
        return f"Tavily did not answer within {config.timeout:g} s; try again later"
    if isinstance(error, requests.ConnectionError):
        return f"could not reach Tavily at {config.api_url}"
    if status in _REFUSALS:
        line = _REFUSALS[status]
        return f"{line}: {detail}" if detail and status in (400, 403) else line
    if status is not None and status >= 500:
        return f"Tavily failed (HTTP {status}); nothing was stored, try again later"
    return f"the search failed ({type(error).__name__}: {detail or 'no detail'})"


def run_searches(
    config: TavilyConfig, words: dict[str, str], *, on_answered: Callable[[int], None]
) -> tuple[list[str], list[str], list[list[dict]]]:
    """Run ``SEARCHES``: ``(queries, answers, result batches)``; ``on_answered(n)`` counts
    searches the API answered, even when a later one fails."""
    client, session = make_client(config)
    queries, answers, batches = [], [], []
    with client:
        for search in SEARCHES:
            query = search.query.format(**words)
            try:
                response = client.search(
                    query,
                    search_depth=search.search_depth,
                    topic=search.topic,
                    max_results=search.max_results,
                    include_answer=search.include_answer,
                    include_domains=list(search.include_domains) or None,
                    exclude_domains=list(search.exclude_domains) or None,
                    timeout=config.timeout,
                )
            except _SEARCH_ERRORS as error:
                raise ResearchError(refusal(error, session.last_status, config)) from None
            on_answered(1)
            queries.append(query)
            if search.include_answer and response.get("answer"):
                answers.append(str(response["answer"]))
            batches.append(list(response.get("results") or []))
    return queries, answers, batches


def report_name(role: Role, place: Place, now: datetime) -> str:
    """'2026-11-30-ml-intern-boston-ma': the day, the role and the place."""
    return f"{now:%Y-%m-%d}-{role.slug}-{slug(place.name)}"


def research(db: Database, text: str, config: TavilyConfig, *, now: datetime) -> Researched:
    """Research the role and place ``text`` names (as `/salary` reads it); see ``research_pair``."""
    role, place = read_role_place(text)
    return research_pair(db, role, place, config, now=now)


def research_pair(
    db: Database, role: Role, place: Place, config: TavilyConfig, *, now: datetime
) -> Researched:
    """Search, write the report, ingest it; raises ``ResearchError`` with one line."""
    if config.api_key is None:
        raise ResearchError(KEY_HELP)
    check_budget_or_fail(db, config, now)
    answered = 0

    def on_answered(count: int) -> None:
        nonlocal answered
        answered += count

    try:
        queries, answers, batches = run_searches(
            config, search_words(role, place), on_answered=on_answered
        )
    finally:
        count_searches(db, answered, now=now)  # Tavily charges for answered searches
    results = merge_results(batches)
    if not results:
        raise ResearchError(f"the searches found nothing for {role.name} in {place.name}")
    body = report_text(
        role_words=role.name.lower(),
        place_name=describe_place(place),
        answers=answers,
        queries=queries,
        results=results,
        retrieved=now.date(),
    )
    path = write_report(config.folder, report_name(role, place, now), body)
    document = ingest_document(db, path, now=now)
    return Researched(path=path, document=document, searches=answered, results=len(results))


def check_budget_or_fail(db: Database, config: TavilyConfig, now: datetime) -> None:
    """Refuse a run this month's searches cannot cover, before the first search."""
    try:
        check_budget(db, wanted=len(SEARCHES), budget=config.monthly_searches, now=now)
    except BudgetSpent as error:
        raise ResearchError(str(error)) from None
