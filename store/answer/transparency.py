"""Pay-transparency laws: which places require a pay range in job postings, and which
postings there show none, or one too wide to tell much.

    >>> [law.short_name for law in laws_for(get_place("city:US-NY-new-york-city"))]
    ['NYC Admin. Code §8-107(32)', 'NY Labor Law §194-b']
    >>> law_note(get_place("state:US-CO"))
    'Colorado requires a pay range in job postings (C.R.S. § 8-5-201, since 2021-01-01).'

The laws, their dates and their sources are in ``store/data/pay_transparency.json``.
A law covers a posting when the law's place is on the posting's ladder (a state law
covers its cities and metros) and the posting was posted on or after the law took
effect. Such a posting is flagged when it shows no pay at all, or a range whose top is
more than ``WIDE_RANGE_RATIO`` times its bottom. The employer's size is unknown here,
so a flag says what the posting shows and which law asks for a range; it never says
the law was broken.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import cache
from typing import Literal

from pydantic import BaseModel, Field
from sqlite_utils import Database

from store.answer.lookups import WIDE_RANGE_RATIO, open_postings
from store.models import Place, Posting
from store.resolve.places import PlaceError, get_place, ladder
from store.vocabulary import vocabulary

MAX_POSTINGS_CHECKED = 50  # an answer checks this many open postings, newest first

Problem = Literal["no_pay", "wide_range"]

PROBLEM_WORDS: dict[Problem, tuple[str, str]] = {  # (one posting, several postings)
    "no_pay": ("shows no pay range", "show no pay range"),
    "wide_range": (
        f"shows a range whose top is more than {WIDE_RANGE_RATIO:g}× its bottom",
        f"show a range whose top is more than {WIDE_RANGE_RATIO:g}× its bottom",
    ),
}


class PayLaw(BaseModel):
    """One place's pay-range disclosure law, as ``pay_transparency.json`` records it."""

    key: str
    jurisdiction: str
    place_key: str
    law: str
    short_name: str = Field(description='How answers name it, e.g. "NY Labor Law §194-b".')
    citation: str
    effective: date
    min_employees: int
    employer_note: str
    discloses: str
    official_url: str | None = None
    sources: list[str]
    note: str | None = None

    @property
    def named(self) -> str:
        """``'NY Labor Law §194-b, since 2023-09-17'``."""
        return f"{self.short_name}, since {self.effective.isoformat()}"


class PostingFlag(BaseModel):
    """A posting in a covered place, posted since the law, that shows no usable range."""

    posting: Posting
    law: PayLaw
    problem: Problem

    @property
    def text(self) -> str:
        """``'shows no pay range (NY Labor Law §194-b, since 2023-09-17)'``."""
        return f"{PROBLEM_WORDS[self.problem][0]} ({self.law.named})"


class Transparency(BaseModel):
    """What an answer says about pay-transparency: the place's laws, and flagged postings."""

    laws: list[PayLaw]
    flags: list[PostingFlag] = Field(default_factory=list)


@cache
def pay_laws() -> tuple[PayLaw, ...]:
    """Every law in the table, oldest first."""
    laws = [PayLaw.model_validate(row) for row in vocabulary("pay_transparency.json")["laws"]]
    return tuple(sorted(laws, key=lambda law: law.effective))


def laws_for(place: Place, on: date | None = None) -> list[PayLaw]:
    """The laws covering ``place`` (in force ``on`` that day, when given), most local first."""
    rungs = [rung.key for rung in ladder(place)]
    found = [
        law for law in pay_laws() if law.place_key in rungs and (on is None or law.effective <= on)
    ]
    return sorted(found, key=lambda law: rungs.index(law.place_key))


def law_note(place: Place, today: date | None = None) -> str | None:
    """One sentence naming the laws that make employers in ``place`` post a range."""
    return laws_sentence(laws_for(place, today))


def laws_sentence(laws: list[PayLaw]) -> str | None:
    """``'Colorado requires a pay range in job postings (C.R.S. § 8-5-201, since ...).'``"""
    if not laws:
        return None
    places = " and ".join(dict.fromkeys(law.jurisdiction for law in laws))
    named = "; ".join(law.named for law in laws)
    verb = "require" if " and " in places else "requires"
    return f"{places} {verb} a pay range in job postings ({named})."


def transparency_lines(transparency: Transparency, limit: int = 5) -> list[str]:
    """Plain lines for answers: the laws' sentence, then up to ``limit`` flagged postings
    (title, company, what it shows, the law) and how many more; Slack and the terminal
    render these same lines."""
    lines = [sentence] if (sentence := laws_sentence(transparency.laws)) else []
    shown = transparency.flags[:limit]
    for flag in shown:
        lines.append(f"{flag.posting.title} · {flag.posting.company}: {flag.text}")
    hidden = len(transparency.flags) - len(shown)
    if hidden > 0:
        lines.append(f"+{hidden} more posting{'s' if hidden > 1 else ''} without a usable range")
    return lines


def posting_problem(posting: Posting) -> Problem | None:
    """What is wrong with a posting's pay for a range law: none shown, or too wide a range.

    >>> posting_problem(Posting.model_construct(min_amount=None, max_amount=None))
    'no_pay'
    >>> posting_problem(Posting.model_construct(min_amount=60_000, max_amount=150_000))
    'wide_range'
    >>> posting_problem(Posting.model_construct(min_amount=60_000, max_amount=90_000)) is None
    True
    """
    low, high = posting.min_amount, posting.max_amount
    if low is None and high is None:
        return "no_pay"
    if low is not None and high is not None and low > 0 and high > low * WIDE_RANGE_RATIO:
        return "wide_range"
    return None


def posted_on(posting: Posting) -> date:
    """The day a posting was posted, or first seen when it states none."""
    return posting.posted_date or posting.first_seen.date()


def governing_law(posting: Posting) -> PayLaw | None:
    """The broadest law in force where and when ``posting`` was posted (a state's law
    before a city's, so one state's postings are counted together), or None."""
    if not posting.place_key:
        return None
    try:
        place = get_place(posting.place_key)
    except PlaceError:
        return None
    laws = laws_for(place, posted_on(posting))
    return laws[-1] if laws else None


def flag_postings(postings: Iterable[Posting]) -> tuple[list[PostingFlag], int]:
    """The flagged postings among ``postings``, and how many a law covers at all."""
    flags, covered = [], 0
    for posting in postings:
        law = governing_law(posting)
        if law is None:
            continue
        covered += 1
        problem = posting_problem(posting)
        if problem is not None:
            flags.append(PostingFlag(posting=posting, law=law, problem=problem))
    return flags, covered


def transparency_for(
    place: Place, postings: Iterable[Posting], today: date | None = None
) -> Transparency | None:
    """What an answer about ``place`` says: its laws and its flagged ``postings``.

    None when no law covers the place and no posting was flagged.
    """
    flags, _covered = flag_postings(postings)
    laws = laws_for(place, today)
    if not laws and not flags:
        return None
    return Transparency(laws=laws, flags=flags)


def answer_transparency(
    db: Database, role: str, asked: Place, answered: Place, today: date | None = None
) -> Transparency | None:
    """The laws of the place asked about, and the open ``role`` postings inside the place
    that answered which a law covers but show no range (or too wide a one). Where no law
    covers either place, no posting is read: answers stay fast where there is nothing to say."""
    today = today or date.today()
    if not laws_for(asked, today) and not laws_for(answered, today):
        return None
    postings = open_postings(
        db, role, answered, include_remote=False, pay="unusable", limit=MAX_POSTINGS_CHECKED
    )
    return transparency_for(asked, postings, today)


def flag_summary_lines(postings: list[Posting]) -> list[str]:
    """Digest lines, one per law and problem, e.g.
    ``'2 of 7 new postings in New York show no pay range (NY Labor Law §194-b, since
    2023-09-17)'``; "of N" counts the new postings that law covers."""
    covered: dict[str, int] = {}
    for posting in postings:
        law = governing_law(posting)
        if law is not None:
            covered[law.key] = covered.get(law.key, 0) + 1
    flags, _ = flag_postings(postings)
    groups: dict[tuple[str, Problem], list[PostingFlag]] = {}
    for flag in flags:
        groups.setdefault((flag.law.key, flag.problem), []).append(flag)
    lines = []
    for (law_key, problem), group in groups.items():
        law, total = group[0].law, covered[law_key]
        one, several = PROBLEM_WORDS[problem]
        noun = "new posting" if total == 1 else "new postings"
        words = one if len(group) == 1 else several
        lines.append(f"{len(group)} of {total} {noun} in {law.jurisdiction} {words} ({law.named})")
    return lines
