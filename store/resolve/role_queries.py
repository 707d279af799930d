"""What users type as a role: a slug, a name, a title inside more words, or a typo of one.

    >>> resolve_role("MLE intern").role.slug
    'ml-intern'
    >>> resolve_role("new grad swe").role.name
    'Entry-Level Software Engineer'
    >>> resolve_role("senior registered nurse").role.soc
    '29-1141'

Reading is never a silent substitute: a whole title or a known phrase inside it is read
as that title; a typo is corrected only when every word is close to the word it stands for
("machien learning" -> machine learning, never "ux research" -> AI research); anything else
is no role, and ``store.resolve.role_suggestions`` offers choices ("ba intern": Business
Analyst Intern?).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel
from rapidfuzz import fuzz, process

from store.models import Level, Role
from store.resolve.levels import level_words, normalise, split_level, trainee_words_after_job
from store.resolve.noise import drop_noise
from store.resolve.roles import RoleError, get_role, role_of
from store.resolve.titles import (
    Title,
    apprenticed_title,
    credential_words,
    function_heads,
    head_word,
    spelled_out,
    title_for,
    title_topics,
    title_words,
    titles_in,
)

# Typo correction: the whole text this close to a known title word (rapidfuzz ratio, 0-100),
# and each of its words at least this close to the word it stands for.
FUZZY_ACCEPT = 88
FUZZY_WORD = 75
FUZZY_LEVEL_WORD = 80
MIN_FUZZY_LENGTH = 6
MAX_FUZZY_LENGTH = 60
MAX_TYPO_WORDS = 4  # job titles are short: a longer text is no misspelt title
# A query whose title is a known phrase of two or more words plus a few more words
# ("backend software engineer") is that title; more leftover words and it is something else.
MAX_LEFTOVER_WORDS = 2
# Words a posting puts before a title that ends it ("2d and 3d graphic designer") or inside
# one ("middle school bilingual teacher"): the media, language or programme of the job.
MAX_QUALIFIER_WORDS = 4
MAX_INSERTED_WORDS = 2
MIN_GAPPED_TITLE_WORDS = 3  # "software quality engineer" is no software engineer
SOC_MINOR_GROUP = 4  # "29-1" of "29-1141": Healthcare Diagnosing or Treating Practitioners
SOC_MAJOR_GROUP = 2  # "29" of "29-1141": Healthcare Practitioners and Technical Occupations
_APPRENTICE = re.compile(r"\bapprentice(?:ship)?s?\b", re.IGNORECASE)
_AND = re.compile(r"\s(?:&|and)\s", re.IGNORECASE)  # "mechanical & physical engineer"


class RoleMatch(BaseModel):
    """How a query was read as a role: ``how`` is exact (slug), alias (a known name),
    title (a known name inside longer words) or fuzzy (a typo)."""

    role: Role
    score: float
    how: Literal["exact", "alias", "title", "fuzzy"]


def resolve_role(query: str, *, typos: bool = True) -> RoleMatch | None:
    """Read what a user typed as a known role: a slug, a name, a title, or (``typos``) a
    typo of one.

    >>> resolve_role("ml-intern").how
    'exact'
    >>> resolve_role("Machine Learning Engineer").role.slug
    'ml-engineer'
    >>> resolve_role("machien learning intern").how
    'fuzzy'
    >>> resolve_role("ux research intern").role.name
    'UX Researcher Intern'
    >>> resolve_role("da intern") is None
    True
    """
    stripped = query.strip().lower()
    try:
        return RoleMatch(role=get_role(stripped), score=100.0, how="exact")
    except RoleError:
        pass
    # Noise words can belong to a title ("compensation analyst"): then read it as typed.
    match = _read_role(drop_noise(query), typos) or _read_role(query, typos)
    if match is None:  # "maint tech ii", "admin asst": postings shorten title words
        spelled = spelled_out(drop_noise(query))
        if spelled != normalise(drop_noise(query)):
            match = _read_role(spelled, typos)
    if match is None:  # "mechanical & physical engineer": two fields share the head noun
        match = _coordinated(query)
    if match is None and typos:
        corrected = level_typos_corrected(normalise(drop_noise(query)))
        if corrected is not None:
            match = _read_role(corrected, typos)
            if match is not None:
                return match.model_copy(update={"how": "fuzzy", "score": min(match.score, 90)})
    return match


def _coordinated(query: str) -> RoleMatch | None:
    """Two fields joined by "&" or "and" before the head noun they share, as postings name a
    job that spans both ("Mechanical & Physical Engineer", "Plumbing and Heating
    Technician"): the first field's title when it is a known one, else the second's. Two
    names of one occupation joined are that occupation ("Cashier and Checker").

    >>> _coordinated("mechanical & physical engineer").role.slug
    'mechanical-engineer'
    >>> _coordinated("barista and cashier") is None, _coordinated("cashier and checker").role.slug
    (True, 'cashier')
    """
    first, joined, tail = _split_on_and(query)
    if not joined:
        return None
    one, other = _read_role(first, typos=False), _read_role(tail, typos=False)
    if one is not None and other is not None and one.role.soc == other.role.soc:
        return one.model_copy(update={"how": "title", "score": 90.0})
    head = tail.split()[1:]  # the second field's word, then the head noun
    for title in (f"{first} {' '.join(head)}", tail):
        match = _read_role(title, typos=False) if head else None
        if match is not None and match.how == "alias":
            return match.model_copy(update={"how": "title", "score": 90.0})
    return None


def _split_on_and(query: str) -> tuple[str, str, str]:
    """(words before, the joining word, words after) at the first "&" or "and"."""
    found = _AND.search(query)
    if found is None:
        return query, "", ""
    return query[: found.start()].strip(), found[0].strip(), query[found.end() :].strip()


def level_typos_corrected(text: str) -> str | None:
    """The text with misspelt level words corrected ("ml inten" -> "ml intern"), or None."""
    words = text.split()
    fixed = []
    for word in words:
        best = None
        if len(word) >= 5:
            best = process.extractOne(
                word, level_words(), scorer=fuzz.ratio, score_cutoff=FUZZY_LEVEL_WORD
            )
        fixed.append(best[0] if best else word)
    return " ".join(fixed) if fixed != words else None


def _trainee_after_job(level: Level | None, rest: str) -> tuple[Level | None, str]:
    """A word that names a job in training only after the job's own words ("police officer
    recruit", "firefighter recruit") is the intern level, as "trainee" and "cadet" are.

    >>> _trainee_after_job(None, "police officer recruit")
    ('intern', 'police officer')
    """
    *title, last = rest.split() or [""]
    if level is None and title and last in trainee_words_after_job():
        return "intern", " ".join(title)
    return level, rest


def _known(title_text: str, level: Level | None) -> Role | None:
    title = title_for(title_text, with_level=level is not None)
    return role_of(title, level) if title is not None else None


def _read_role(query: str, typos: bool) -> RoleMatch | None:
    level, rest = _trainee_after_job(*split_level(query))
    if not rest:
        return None
    trade = apprenticed_title(rest) if _APPRENTICE.search(query) else None
    if trade is not None:  # "apprentice line worker": a power line's, not a production line's
        return RoleMatch(role=role_of(trade, level), score=100.0, how="alias")
    known = _known(rest, level)
    if known is not None:
        return RoleMatch(role=known, score=100.0, how="alias")
    inverted = _inverted(rest, level) or _head_of_function(rest, level)
    if inverted is not None:
        return RoleMatch(role=inverted, score=95.0, how="title")
    found = titles_in(rest, with_level=level is not None, strict=False)
    gapped = _with_words_inserted(rest, level)
    credential = _credential_first(rest, found)
    if credential is not None:  # as firm as a name read whole: the licence names the job
        return RoleMatch(role=role_of(credential, level), score=100.0, how="title")
    if found:  # the longest known phrase: "senior electrical design substation engineer"
        start, size, title = max(found, key=lambda f: (f[1], -f[0]))
        head = _head_overlapping(rest, start, size, level)
        if head is not None:
            return RoleMatch(role=head, score=95.0, how="title")
        leftover = len(rest.split()) - size
        # A title read around inserted words that uses more of the words wins: "licensed
        # vocational charge nurse" is an LVN, not a charge nurse (an RN).
        if gapped is not None and gapped[1] > size:
            return RoleMatch(role=gapped[0], score=90.0, how="title")
        if size >= 2 and leftover <= MAX_LEFTOVER_WORDS:
            return RoleMatch(role=role_of(title, level), score=95.0, how="title")
        if _headed_by(rest, start, size, found):
            return RoleMatch(role=role_of(title, level), score=90.0, how="title")
    if gapped is not None:
        return RoleMatch(role=gapped[0], score=90.0, how="title")
    named = _named_first(rest, found)
    if named is not None:
        return RoleMatch(role=role_of(named, level), score=90.0, how="title")
    return _typo(rest, level) if typos else None


def _credential_first(text: str, found: list[tuple[int, int, Title]]) -> Title | None:
    """The job a licence or certification names when a posting writes it before a title of
    the same field that names only a duty: "lpn charge nurse" is an LPN in charge, not an
    RN ("charge nurse" alone is an RN's title); a title of another field is the job ("rn
    recruiter" recruits), and so is a second credential ("rn nurse practitioner").

    >>> _read_role("lpn charge nurse", typos=False).role.slug
    'lpn'
    >>> _read_role("lvn charge nurse", typos=False).role.slug
    'lpn'
    """
    words = text.split()
    licences, duties = [], []
    for at, size, title in found:
        named = " ".join(words[at : at + size])
        (licences if named in credential_words() else duties).append((at, title))
    if len(licences) != 1 or not duties:
        return None
    first, licence = licences[0]
    field = (licence.soc or "")[:SOC_MAJOR_GROUP]
    if all(at > first and (title.soc or "")[:SOC_MAJOR_GROUP] == field for at, title in duties):
        return licence
    return None


def _named_first(text: str, found: list[tuple[int, int, Title]]) -> Title | None:
    """The first of two or more titles that make up the whole text when all are jobs of
    one SOC minor group: postings name the specialty, then the profession it belongs to
    ("hospitalist physician", "crna nurse"); titles of different groups are two jobs
    ("barista cashier") and read as neither.

    >>> _read_role("crna nurse", typos=False).role.slug
    'nurse-anesthetist'
    >>> _read_role("barista cashier", typos=False) is None
    True
    """
    covered = sum(size for _, size, _ in found)
    groups = {title.soc[:SOC_MINOR_GROUP] for _, _, title in found}
    if len(found) < 2 or covered != len(text.split()) or len(groups) != 1:
        return None
    return found[0][2]


def _headed_by(rest: str, start: int, size: int, found: list[tuple[int, int, Title]]) -> bool:
    """Whether a one-word title ends ``rest`` after a few words that name no title: English
    puts the job's noun last, so the words before it qualify it ("intermediate accountant",
    a state's class; "dola accountant", an agency's), while words after a known name make
    another job ("developer wrangler" is no developer).

    >>> _read_role("intermediate accountant", typos=False).role.slug
    'accountant'
    >>> _read_role("developer wrangler", typos=False) is None
    True
    """
    words = rest.split()
    # A name of two or more words ending the text may follow more of them: "senior 2d and
    # 3d graphic designer" is a graphic designer.
    most = MAX_LEFTOVER_WORDS if size == 1 else MAX_QUALIFIER_WORDS
    return len(found) == 1 and start + size == len(words) and 0 < start <= most


def _head_overlapping(text: str, start: int, size: int, level: Level | None) -> Role | None:
    """A known title that ends the text and begins inside the known phrase found first: two
    names overlap, and English puts the job last ("kindergarten teacher aide" is an aide in
    a kindergarten, not a kindergarten teacher).

    >>> _read_role("kindergarten teacher aide", typos=False).role.slug
    'teaching-assistant'
    """
    words = text.split()
    if start + size == len(words):
        return None
    for at in range(start + 1, start + size):
        known = _known(" ".join(words[at:]), level)
        if known is not None:
            return known
    return None


def _with_words_inserted(text: str, level: Level | None) -> tuple[Role, int] | None:
    """A known title of three or more words with one or two words of the posting's own put
    inside it, before its head noun ("middle school bilingual teacher", "first grade dual
    language teacher"), and how many words it kept; the inserted words must name no title.

    >>> role, kept = _with_words_inserted("middle school bilingual teacher", None)
    >>> role.slug, kept
    ('middle-school-teacher', 3)
    >>> _with_words_inserted("software quality engineer", None) is None
    True
    """
    words = text.split()
    for inserted in range(1, MAX_INSERTED_WORDS + 1):
        kept = len(words) - inserted
        if kept < MIN_GAPPED_TITLE_WORDS:
            break
        for at in range(1, kept):
            known = _known(" ".join(words[:at] + words[at + inserted :]), level)
            gap = " ".join(words[at : at + inserted])
            if known is not None and not titles_in(gap, with_level=False, strict=False):
                return known, kept
    return None


def _inverted(text: str, level: Level | None) -> Role | None:
    """A title written head first, as HR systems and classifications list them
    ("electrician journeyman", "nurse registered", "estimator construction"): some turn
    of its words is a known title.

    >>> _inverted("nurse registered", None).slug
    'registered-nurse'
    >>> _inverted("developer advocate", None) is None
    True
    >>> _inverted("assistant engineer office", None) is None  # "engineer" heads it
    True
    """
    words = text.split()
    if not 2 <= len(words) <= MAX_TYPO_WORDS:
        return None
    for turn in range(1, len(words)):
        known = _known(" ".join(words[turn:] + words[:turn]), level)
        if known is not None:
            return known
    # "engineer system protection control": the head noun first, then a known phrase that
    # ends with it ("control engineer") after a few words of its own.
    turned = " ".join([*words[1:], words[0]])
    found = titles_in(turned, with_level=False, strict=False)
    if found:
        start, size, title = max(found, key=lambda f: (f[1], -f[0]))
        heads = {head_word(word) for word in turned.split()[:start]} - {None}
        if size >= 2 and start + size == len(words) and start <= MAX_LEFTOVER_WORDS and not heads:
            return role_of(title, level)
    return None


def _head_of_function(text: str, level: Level | None) -> Role | None:
    """A lead written before the function they lead ("director of accounting", "director,
    accounting"): the function's own title for that lead, else for its manager, as SOC
    files a function's directors with its managers. Without "of", a lead before a known
    title ranks that title ("head nurse") and is left to the other readings.

    >>> _head_of_function("director of accounting", None).slug
    'financial-manager'
    >>> _head_of_function("vice president of sales", None).slug
    'sales-manager'
    >>> _head_of_function("head nurse", None) is None
    True
    """
    for head in function_heads():
        if not text.startswith(f"{head} "):
            continue
        function = text[len(head) + 1 :]
        if function.startswith("of "):
            function = function[len("of ") :]
        elif title_for(function) is not None:
            return None
        for lead in dict.fromkeys((head, "manager")):
            known = _known(f"{function} {lead}", level)
            if known is not None:
                return known
        return None
    return None


@lru_cache(maxsize=2)
def _typo_choices(with_topics: bool) -> tuple[dict[str, Title], list[str]]:
    words = {**title_topics(), **title_words()} if with_topics else title_words()
    return words, list(words)


@lru_cache(maxsize=4096)
def _typo(text: str, level: Level | None) -> RoleMatch | None:
    """A known title ``text`` misspells, word for word, or None."""
    if not MIN_FUZZY_LENGTH <= len(text) <= MAX_FUZZY_LENGTH or text.count(" ") >= MAX_TYPO_WORDS:
        return None
    words, names = _typo_choices(level is not None)
    choices = process.extract(text, names, scorer=fuzz.ratio, score_cutoff=FUZZY_ACCEPT, limit=5)
    typed = text.split()
    for choice, score, _ in choices:
        meant = choice.split()
        if len(meant) == len(typed) and all(
            fuzz.ratio(a, b) >= FUZZY_WORD for a, b in zip(typed, meant, strict=True)
        ):
            return RoleMatch(role=role_of(words[choice], level), score=round(score, 1), how="fuzzy")
    return None
