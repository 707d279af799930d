"""What a search result's title says: the job a salary page is about, the role and
place as the title publishes them, and the place it names.

    >>> pay_page_job("Prompt Engineer Salary in Boston, MA"), location_phrase("Pay in Austin")
    ('Prompt Engineer', 'Austin')

Used by the report, job-page and job-board layouts (``store.ingest.report``,
``store.ingest.jobpage``, ``store.ingest.boards.stats``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.models import Place, Role
from store.resolve.geography.context import choices_made
from store.resolve.occupations import singular_name, singular_word
from store.resolve.places import place_from_text
from store.resolve.roles import open_role, role_from_title
from store.resolve.titles import head_word

_ROLE_PHRASE_END = re.compile(
    r"\s+(?:salary|salaries|pay|wages?|jobs?|compensation)\b|\s+[-|–—]\s+|\s+in\s+[A-Z]",
    re.IGNORECASE,
)
_LOCATION_IN_TITLE = re.compile(r"\bin\s+([A-Z][\w.' -]*?(?:,\s*[A-Z]{2})?)(?=\s+\d{4}|\s*[(|-]|$)")


# Words that make the text before "pay" a clause ("Interns are a bargain: pay them"),
# a question ("What jobs pay") or advice ("How to negotiate salary"), not a job's name.
_CLAUSE = re.compile(
    r"\b(?:is|are|was|were|be|do|does|did|can|should|will|how|what|why|when|who|which)\b",
    re.IGNORECASE,
)
# A verb of change before "pay" makes a headline about an employer's pay ("Amazon Raises
# Hourly Wages for ...", "Walmart boosts starting pay"), not a job's name.
_CHANGE_OF_PAY = re.compile(
    r"\b(?:raise[sd]?|hike[sd]?|boost(?:s|ed)?|increase[sd]?|lift(?:s|ed)?|cuts?|bump(?:s|ed)?)\b",
    re.IGNORECASE,
)
_PAY_TITLE = re.compile(r"\s+(?:salary|salaries|pay|wages?|jobs?|compensation)\b", re.IGNORECASE)
# Words before "pay" that end on "and" are a topic beside it ("Employment and Wages",
# "Benefits & Pay"), not a job.
_TOPIC_BESIDE_PAY = re.compile(r"(?:\band|&|\bor)$", re.IGNORECASE)
# Words before "salary" that only say which pay it is ("Pro rata salary", "Average
# Hourly Pay", "Minimum wage"): a kind of pay, not a job.
# Words before "pay" that open on an article or end on a word that needs more ("The
# board approved an average pay raise", "Acme moves to pay", "10 companies that pay")
# are a sentence, not a job.
_SENTENCE_EDGE = re.compile(
    r"^(?:the|a|an|this|that|these|those|our|your|my|their|its)\b"
    r"|\b(?:to|a|an|the|for|of|that)$",
    re.IGNORECASE,
)
# Words before "jobs" or "pay" that end on an organisation's word name an employer, not a
# job ("US Postal Service jobs", "Acme Corporation salaries", "Dade County jobs").
_EMPLOYER_END = re.compile(
    r"\b(?:service|company|corp(?:oration)?|inc|llc|ltd|group|bank|hospital|university|"
    r"college|department|agency|county|district|authority|commission)\.?$",
    re.IGNORECASE,
)
# Words before "jobs" that rank jobs by their pay name a list of jobs, not one job
# ("America's Highest Paying Jobs", "Best-Paid Jobs").
_RANKED_BY_PAY = re.compile(r"\bpa(?:ying|id)$", re.IGNORECASE)
_KIND_OF_PAY = re.compile(
    r"(?:(?:pro[- ]?rata|average|avg|base|basic|starting|annual|yearly|monthly|weekly|"
    r"hourly|daily|median|mean|minimum|living|gross|net|typical|expected|fair|competitive|"
    r"total|full[- ]time|part[- ]time|your|the|a)\s*)+",
    re.IGNORECASE,
)


def pay_page_job(title: str) -> str | None:
    """The job a salary or job-listing page's title is about, or None for other titles,
    including those whose words before "pay" are a clause or a sentence, a headline's
    change of an employer's pay ("Amazon Raises Hourly Wages"), a topic beside pay or a
    kind of pay ("Pro rata salary"), not a job.

    >>> pay_page_job("Prompt Engineer Salary in Boston, MA"), pay_page_job("Top 10 Tech Hubs")
    ('Prompt Engineer', None)
    >>> pay_page_job("Interns Are a Bargain: Pay Them Fairly") is None
    True
    >>> pay_page_job("Occupational Employment and Wages in Austin") is None
    True
    >>> pay_page_job("Pro rata salary"), pay_page_job("Starting Teacher Pay")
    (None, 'Starting Teacher')
    >>> pay_page_job("Amazon Raises Hourly Wages for Warehouse Workers") is None
    True
    >>> pay_page_job("The board approved an average pay raise"), pay_page_job("Acme moves to pay")
    (None, None)
    >>> pay_page_job("10 Minneapolis-Saint Paul companies that pay over $40 an hour") is None
    True
    >>> pay_page_job("USPS careers: US Postal Service jobs in Chicago now hiring") is None
    True
    >>> pay_page_job("America's Highest Paying Jobs 2012") is None
    True
    """
    match = _PAY_TITLE.search(title)
    job = title[: match.start()].strip(" -|,:") if match else ""
    if (
        not job
        or _CLAUSE.search(job)
        or _CHANGE_OF_PAY.search(job)
        or _TOPIC_BESIDE_PAY.search(job)
        or _KIND_OF_PAY.fullmatch(job)
        or _SENTENCE_EDGE.search(job)
        or _EMPLOYER_END.search(job)
        or _RANKED_BY_PAY.search(job)
    ):
        return None
    return _without_leading_region(job)


# A title that is a job's name and nothing more: one to four capitalised words.
_NAME_ALONE = re.compile(r"[A-Z][A-Za-z'&-]*(?: [A-Z][A-Za-z'&-]*){0,3}")


def job_title_alone(title: str) -> str | None:
    """The job a page titled by a job's name and nothing more is about ("Town Engineer",
    a job board's listing whose address spells it), or None: the title's last word must
    end the catalog's job titles ("engineer", "clerk", "technician").

    >>> job_title_alone("Town Engineer"), job_title_alone("Join Our Team")
    ('Town Engineer', None)
    >>> job_title_alone("Salary Plan"), job_title_alone("the town engineer")
    (None, None)
    """
    title = title.strip()
    if not _NAME_ALONE.fullmatch(title):
        return None
    return title if head_word(title.rsplit(" ", 1)[-1].lower()) else None


_REGION_LEVELS = frozenset({"state", "country"})


def _without_leading_region(job: str) -> str | None:
    """A title's job without the state or country it opens with: "Texas Teacher" is a
    teacher in Texas (the page's place), "California" alone names no job. Cities are
    kept: "Mobile Developer" is no developer in Mobile, AL.

    >>> _without_leading_region("Oregon Teacher"), _without_leading_region("California")
    ('Teacher', None)
    >>> _without_leading_region("Mobile Developer")
    'Mobile Developer'
    """
    place, rest = _leading_region(job)
    return job if place is None else rest or None


def _leading_region(words: str) -> tuple[Place | None, str]:
    """The state or country a title's words open with, and the words after it."""
    split = words.split()
    for size in (2, 1):
        if len(split) < size or not split[0][:1].isupper():
            continue
        place = _region_named(" ".join(split[:size]))
        if place is not None:
            return place, " ".join(split[size:])
    return None, words


# A headline saying whose pay it is: "approved a pay raise for teachers for the 2013-14
# school year", "Amazon raises hourly wages for warehouse and transportation workers".
_PAY_FOR = re.compile(
    r"\b(?:pay|wages?|salar(?:y|ies)|raises?|increases?|hikes?)\s+(?:for|of)\s+"
    r"([A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*){0,4}?)"
    r"(?=\s+(?:for|in|at|to|by|from|on|this|next|after|across|who|that|will|as)\b|\s*[,.;:!?(]|\s*$)",
    re.IGNORECASE,
)
# Words that start no job's name ("pay for the ...", "raise for them").
_NOT_A_JOB_START = re.compile(
    r"(?:the|a|an|this|that|these|those|them|it|its|their|our|your|his|her|all|more|most|"
    r"less|everyone|anyone|each|every)$",
    re.IGNORECASE,
)
# People at large, and things pay is for that are no one ("pay for performance" fails
# the plural test; "salaries for jobs", "pay for hours" pass it).
_NO_ONE = re.compile(
    r"(?:worker|employee|staff|people|person|member|associate|personnel|hire|job|position|"
    r"role|occupation|career|hour|day|week|month|year|shift|holiday)$"
)
# What may stand before people at large and still name no job: "hourly workers".
_KIND_OF_WORKER = re.compile(
    r"(?:hourly|salaried|full-time|part-time|front-?line|entry-level|new|current|existing|"
    r"seasonal|temporary|permanent|(?:non-?)?union|state|federal|city|county|team)$",
    re.IGNORECASE,
)


def headline_role(title: str) -> Role | None:
    """The job a headline says some pay is for, when the title names it no other way:
    its plural noun after "pay/wages/raise ... for" ("a pay raise for teachers" is a
    teacher's), the first of two jobs that share it ("warehouse and transportation
    workers"); None for people at large ("hourly workers") or a thing ("pay for
    performance").

    >>> headline_role("The board approved a pay raise for teachers for 2013-14.").slug
    'teacher'
    >>> headline_role("Amazon raises hourly wages for warehouse and transportation workers").slug
    'warehouse-associate'
    >>> [headline_role(t) for t in ("Walmart raises pay for hourly workers", "Pay for Performance")]
    [None, None]
    """
    if " for " not in title and " of " not in title:
        return None
    match = _PAY_FOR.search(title)
    words = match[1].split() if match else []
    if not words or _NOT_A_JOB_START.match(words[0]):
        return None
    head = words[-1].lower()
    if singular_word(head) == head:  # a job's pay is said of its holders, in the plural
        return None
    if len(words) == 4 and words[1].lower() in ("and", "&"):  # "warehouse and transport workers"
        words = [words[0], words[-1]]
    if _NO_ONE.match(singular_word(head)) and all(_KIND_OF_WORKER.match(w) for w in words[:-1]):
        return None
    job = singular_name(" ".join(words))
    return role_from_title(job) or open_role(job)


# A headline's "to" before a verb: "City of Detroit to host hiring event" (will host).
_HEADLINE_TO = re.compile(r"\bto\s+([A-Za-z]+)\b")


def without_headline_verb(title: str) -> str:
    """A headline without the verb after its "to" where that verb is also a job's name
    ("to host", "to cook") and the job it would name first, when the rest of the title
    names a job of its own; else the title as it is.

    >>> without_headline_verb("City of Detroit to host hiring event for 50 truck driver jobs")
    'City of Detroit to  hiring event for 50 truck driver jobs'
    >>> without_headline_verb("Hotel to host job fair")  # no other job: the title stands
    'Hotel to host job fair'
    """
    if " to " not in title and " To " not in title:
        return title
    first = role_from_title(title)
    for verb in _HEADLINE_TO.finditer(title):
        if first is None or role_from_title(verb[1]) != first:
            continue
        rest = title[: verb.start(1)] + title[verb.end(1) :]
        if role_from_title(rest) is not None:
            return rest
    return title


# Titles open on the same few words, job words mostly ("Machine Learning", "Registered"):
# each is read for a state or country once.
@lru_cache(maxsize=8_192)
def _region_named(words: str) -> Place | None:
    """The state or country ``words`` name, as "in <words>" reads."""
    place = place_from_text(f"in {words}")
    return place if place is not None and place.level in _REGION_LEVELS else None


# A salary page's title may name its place right after "salary", with no "in": "Data
# Scientist Salary Chicago 2026 | ...", "Nurse Salary Texas".
_PLACE_AFTER_PAY = re.compile(
    r"\s+([A-Z][\w.'-]*(?:,?\s+[A-Z][\w.'-]*){0,3})(?=\s+\d{4}\b|\s*[|(–—]|\s+-\s|\s*$)"
)


# A site's results repeat the same titles ("<Role> Salary in <City>, <ST>"), each read
# against its report's header (the context): read each pair once. Some 16,000 small keys.
# A title whose reading settled no ambiguous name asked its context nothing: it is read
# once whatever the report (its readings under an empty context aside, which may differ).
_CONTEXT_FREE: dict[str, Place | None] = {}
_CONTEXT_FREE_MAX = 16_384


def title_place(title: str, context: str | None) -> Place | None:
    """The place a result's title names: as ``place_from_text`` reads it, else the words
    right after its pay word ("Data Scientist Salary Chicago 2026").

    >>> title_place("Data Scientist Salary Chicago 2026 | $119,790 Average", None).key
    'city:US-IL-chicago'
    >>> title_place("Data Scientist Salary Guide", None) is None
    True
    >>> title_place("California Salary Schedule", None).key
    'state:US-CA'
    >>> title_place("Teacher Salary Schedule", None) is None
    True
    >>> title_place("Oregon Teacher Salary Schedule", None).key
    'state:US-OR'

    An ambiguous name is read against each report's header, however often it comes:

    >>> [title_place("Nurse Salary in Portland", f"Jobs in {state}").key for state in
    ...  ("Maine", "Oregon", "Maine")]
    ['city:US-ME-portland', 'city:US-OR-portland', 'city:US-ME-portland']
    """
    if title in _CONTEXT_FREE:
        return _CONTEXT_FREE[title]
    return _title_place(title, context)


@lru_cache(maxsize=16_384)
def _title_place(title: str, context: str | None) -> Place | None:
    choices = choices_made()
    place = _read_title_place(title, context)
    if choices_made() == choices and context != "" and len(_CONTEXT_FREE) < _CONTEXT_FREE_MAX:
        _CONTEXT_FREE[title] = place
    return place


def _read_title_place(title: str, context: str | None) -> Place | None:
    place = place_from_text(title, context=context)
    if place is not None:
        return place
    pay = _PAY_TITLE.search(title)
    after = _PLACE_AFTER_PAY.match(title, pay.end()) if pay else None
    place = place_from_text(f"in {after[1]}", context=context) if after else None
    if place is not None or pay is None:
        return place
    # "Texas Teacher Salary", "How a Denver Software Engineer Salary Stacks Up"
    return _leading_region(title[: pay.start()])[0] or _place_before_job(title[: pay.start()])


_BEFORE_JOB_WORDS = 6  # "How Much Does a Boston Nurse" : the place sits within a few words


def _place_before_job(words: str) -> Place | None:
    """A place named right before the job a pay title is about, when it is no part of the
    job's name: "How a Denver Software Engineer" is a software engineer in Denver, as
    "Software Engineer" alone is; "Mobile Developer" stays a job (a developer of mobile
    apps, not one in Mobile, AL), as "Developer" alone reads as another.

    >>> _place_before_job("How a Denver Software Engineer").key
    'city:US-CO-denver'
    >>> _place_before_job("Mobile Developer") is None
    True
    """
    split = words.split()[-_BEFORE_JOB_WORDS:]
    for start, word in enumerate(split[:-1]):
        if not word[:1].isupper():
            continue
        for size in (2, 1):
            rest = " ".join(split[start + size :])
            place = place_from_text(f"in {' '.join(split[start : start + size])}") if rest else None
            if place is None or place.level == "remote":
                continue
            job = role_from_title(rest)
            if job is not None and role_from_title(" ".join(split[start:])) == job:
                return place
    return None


def role_phrase(title: str) -> str:
    """The role as a salary page's title names it: "ML Intern Salary in Boston" -> "ML Intern"."""
    match = _ROLE_PHRASE_END.search(title)
    return (title[: match.start()] if match else title).strip(" -|,") or title


def location_phrase(title: str) -> str | None:
    """The place as a title publishes it: "... Salary in Boston, MA" -> "Boston, MA"."""
    match = _LOCATION_IN_TITLE.search(title)
    return match.group(1).strip() if match else None


# A wire story's dateline: where it was filed, in capitals, then a dash ("MENLO PARK, CA
# -- Average starting salaries ...", "AUSTIN, Texas (AP) — ").
_DATELINE = re.compile(
    r"\s*[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3},(?: [A-Z][A-Za-z.]+){1,2}"
    r"(?: \([^)\n]{1,20}\))? ?(?:--|—|–|-) "
)


def without_dateline(opening: str) -> str:
    """A page's opening without the dateline it starts on: the place a story is filed from
    is not the place it is about unless its words name that place again.

    >>> without_dateline("MENLO PARK, CA -- Salaries of office staff will rise.")
    'Salaries of office staff will rise.'
    >>> without_dateline("Nurses in Boston, MA -- a guide")
    'Nurses in Boston, MA -- a guide'
    """
    dateline = _DATELINE.match(opening)
    return opening[dateline.end() :] if dateline else opening
