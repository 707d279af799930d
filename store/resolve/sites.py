"""Who published a page, judged from its URL: display name, home page, job id, canonical form.

>>> source_name("https://www.builtinboston.com/job/ml-intern/2272536")
'Built In'
>>> site_job_id("https://www.builtinboston.com/job/ml-intern/2272536")
'2272536'
>>> canonical_url("HTTPS://www.Example.com/Jobs/42/?utm_source=x#apply")
'https://www.example.com/Jobs/42'
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from store.models import SourceKind

# Display names for the sites recruiters know; the key is matched against the host.
KNOWN_SITES: tuple[tuple[re.Pattern[str], str, str], ...] = tuple(
    (re.compile(pattern), name, home)
    for pattern, name, home in (
        (r"(^|\.)salary\.com$", "Salary.com", "https://www.salary.com/"),
        (r"(^|\.)builtin[a-z]*\.com$", "Built In", "https://builtin.com/"),
        (r"(^|\.)ziprecruiter\.[a-z.]+$", "ZipRecruiter", "https://www.ziprecruiter.com/"),
        (r"(^|\.)linkedin\.com$", "LinkedIn", "https://www.linkedin.com/"),
        (r"(^|\.)glassdoor\.[a-z.]+$", "Glassdoor", "https://www.glassdoor.com/"),
        (r"(^|\.)indeed\.[a-z.]+$", "Indeed", "https://www.indeed.com/"),
        (r"(^|\.)levels\.fyi$", "Levels.fyi", "https://www.levels.fyi/"),
        (r"(^|\.)bls\.gov$", "BLS", "https://www.bls.gov/"),
        (r"(^|\.)payscale\.com$", "Payscale", "https://www.payscale.com/"),
        (r"(^|\.)simplyhired\.com$", "SimplyHired", "https://www.simplyhired.com/"),
        (r"(^|\.)monster\.com$", "Monster", "https://www.monster.com/"),
        (r"(^|\.)comparably\.com$", "Comparably", "https://www.comparably.com/"),
        (r"(^|\.)talent\.com$", "Talent.com", "https://www.talent.com/"),
        (r"(^|\.)greenhouse\.io$", "Greenhouse", "https://www.greenhouse.io/"),
        (r"(^|\.)lever\.co$", "Lever", "https://www.lever.co/"),
        (r"(^|\.)myworkdayjobs\.com$", "Workday", "https://www.workday.com/"),
        (r"(^|\.)joinhandshake\.com$", "Handshake", "https://joinhandshake.com/"),
        (r"(^|\.)wellfound\.com$", "Wellfound", "https://wellfound.com/"),
        (r"(^|\.)usajobs\.gov$", "USAJOBS", "https://www.usajobs.gov/"),
    )
)

# Two-label public suffixes, so "jobs.example.co.uk" is registered as "example.co.uk".
_SECOND_LEVEL_SUFFIXES = {"co.uk", "org.uk", "ac.uk", "com.au", "co.in", "co.jp", "com.br"}

_POSTING_PATH = re.compile(
    r"/job/|/jobs/view|/viewjob|currentjobid=|gh_jid=|greenhouse\.io|lever\.co|workday",
    re.IGNORECASE,
)
# Query parameters that name the job itself, so they survive canonicalisation.
_ID_PARAMS = {"currentjobid", "jk", "jobid", "job_id", "gh_jid", "jid", "vjk", "id", "postingid"}
_ID_PATTERNS = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        r"[?&]currentJobId=(\d+)",  # LinkedIn search results
        r"/jobs/view/(?:[^/?#]*-)?(\d{5,})",  # LinkedIn job pages
        r"/job/[^/?#]+/(\d{4,})",  # Built In
        r"[?&](?:jk|vjk|gh_jid|jobid|job_id)=([A-Za-z0-9_-]+)",  # Indeed, embedded Greenhouse
        r"greenhouse\.io/[^/]+/jobs/(\d+)",
        r"lever\.co/[^/]+/([0-9a-f-]{36})",
    )
)
# Page-wide phrases are written in lower case and searched in lowered text: with
# IGNORECASE, Python's re scans an alternation like these several times slower.
_SELF_REPORTED = re.compile(
    r"employee responses|responses gathered|anonymous(ly)? (?:\w+ )?(?:submi|employee|respon)|"
    r"self[- ]reported|(?:submitted|reported|shared) by (?:verified |our )?(?:employees|users)|"
    r"collected from (?:our )?users|based on \d[\d,]* salar(?:y|ies) (?:reported|submitted)|"
    r"user[- ]submitted|submitted anonymously",
)
# Each of those phrases holds one of these: looked for before the pattern's scan.
_SELF_REPORTED_PARTS = ("respons", "anonymous", "self", "ed by", "collected", "based on", "user")
# Phrases only job ads use; a salary survey's "skills and qualifications" is not one.
_READS_AS_POSTING = re.compile(
    r"\b(?:apply now|job description|about the role|what you'll do|equal opportunity employer|"
    r"pay ranges? for (?:a|the|this) (?:successful candidate|role|position)|"
    r"this job post|report this job)\b",
)
# Each of those phrases holds one of these.
_POSTING_PHRASE_PARTS = ("apply", "job", "about the role", "what you'll", "equal opp", "pay range")


@lru_cache(maxsize=8192)  # a result's URL is asked for its site, kind and postings
def host_of(url: str) -> str:
    """The URL's host, lowercased and without ``www.``."""
    host = (urlsplit(url.strip()).hostname or "").lower()
    return host.removeprefix("www.")


def registrable_domain(host: str) -> str:
    """``jobs.example.co.uk`` -> ``example.co.uk``; ``careers.acme.com`` -> ``acme.com``."""
    labels = host.split(".")
    keep = 3 if ".".join(labels[-2:]) in _SECOND_LEVEL_SUFFIXES else 2
    return ".".join(labels[-keep:])


def source_name(url: str) -> str:
    """The display name of the site that published ``url``; unknown sites by their domain."""
    return _site_named(host_of(url))


@lru_cache(maxsize=4096)  # a report's results come from a few dozen sites
def _site_named(host: str) -> str:
    for pattern, name, _home in KNOWN_SITES:
        if pattern.search(host):
            return name
    return registrable_domain(host) if host else "unknown site"


def home_url(name: str) -> str | None:
    """The home page of a site named in a page's text (``"ZipRecruiter"``), if it is known."""
    wanted = name.strip().casefold()
    for _pattern, known, home in KNOWN_SITES:
        if known.casefold() == wanted:
            return home
    if re.fullmatch(r"[a-z0-9-]+(\.[a-z0-9-]+)+", wanted):  # the page named a domain itself
        return f"https://{wanted}/"
    return None


def site_job_id(url: str) -> str | None:
    """The site's own id for the job from its URL: LinkedIn currentJobId, Built In /job/x/N ..."""
    for pattern in _ID_PATTERNS:
        match = pattern.search(url)
        if match:
            return match.group(1)
    return None


def canonical_url(url: str) -> str:
    """Lowercased scheme and host, no fragment, no trailing slash, only id-bearing parameters."""
    parts = urlsplit(url.strip())
    kept = [(k, v) for k, v in parse_qsl(parts.query) if k.lower() in _ID_PARAMS]
    path = parts.path.rstrip("/")
    return urlunsplit(
        (parts.scheme.lower() or "https", (parts.hostname or "").lower(), path, urlencode(kept), "")
    )


def is_posting_url(url: str) -> bool:
    """True for a URL that points at one job (a job page, an ATS, a board's job id)."""
    return bool(_POSTING_PATH.search(url))


def reads_as_posting(text: str) -> bool:
    """True when a text reads like a job ad rather than a salary survey.

    >>> reads_as_posting("Equal Opportunity Employer. APPLY NOW"), reads_as_posting("Pay: $40")
    (True, False)
    """
    lowered = text.lower()
    if not any(part in lowered for part in _POSTING_PHRASE_PARTS):
        return False  # no phrase can be there: one look for each part, not the pattern's scan
    return _READS_AS_POSTING.search(lowered) is not None


def source_kind(url: str, text: str, *, is_posting: bool) -> SourceKind:
    """How the source knows its figures: employer posting, self-reported, government, estimate.

    >>> source_kind("https://pay.example/rn", "SELF-REPORTED by nurses", is_posting=False)
    'self_reported'
    >>> source_kind("https://pay.example/rn", "Nurses earn $40 an hour.", is_posting=False)
    'site_estimate'
    """
    if is_posting:
        return "employer_posting"
    if host_of(url).endswith(".gov"):
        return "government"
    lowered = text.lower()
    if any(part in lowered for part in _SELF_REPORTED_PARTS) and _SELF_REPORTED.search(lowered):
        return "self_reported"
    return "site_estimate"
