"""Roles to offer back when what was typed names no one role: the kinds of a job named by
its head ("teacher": elementary, high school ... teachers), or close spellings and names
the typed words begin ("data sci intrn": Data Science Intern?).

    >>> [r.slug for r in suggest_roles("data sci intrn", limit=1)]
    ['data-science-intern']
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from pydantic import BaseModel
from rapidfuzz import fuzz, process

from store.models import Role
from store.resolve.levels import normalise, split_level
from store.resolve.noise import drop_noise
from store.resolve.occupations import employment, singular_word
from store.resolve.role_queries import MAX_FUZZY_LENGTH, level_typos_corrected
from store.resolve.roles import role_of
from store.resolve.titles import Title, all_titles, several_kinds, title_for, title_words

FUZZY_SUGGEST = 60  # rapidfuzz token-sort ratio (0-100) a suggestion must reach


def _begins_words(typed: list[str], words: list[str]) -> bool:
    """Whether each typed word begins the word at its place: "data sci" in "data science"."""
    return len(typed) <= len(words) and all(
        word.startswith(part) for part, word in zip(typed, words, strict=False)
    )


@lru_cache(maxsize=1)
def _by_first_word() -> tuple[list[str], dict[str, list[str]]]:
    index: dict[str, list[str]] = {}
    for phrase in title_words():
        index.setdefault(phrase.split()[0], []).append(phrase)
    return sorted(index), index


def _phrases_begun_by(typed: list[str]) -> list[str]:
    """Title words whose words the typed words begin, found by first word in sorted order."""
    first_words, index = _by_first_word()
    found = []
    at = bisect_left(first_words, typed[0])
    while at < len(first_words) and first_words[at].startswith(typed[0]):
        found += [p for p in index[first_words[at]] if _begins_words(typed, p.split())]
        at += 1
    return found


def _leading_title(text: str, *, with_level: bool) -> list[Title]:
    """The known title the text's first words name, the longest ("lpn coordinator": LPN), as
    a list of at most one: a name typed word for word is the likeliest meaning."""
    words = text.split()
    for end in range(len(words) - 1, 0, -1):
        title = title_for(" ".join(words[:end]), with_level=with_level)
        if title is not None:
            return [title]
    return []


class RolesMeant(BaseModel):
    """What an unknown role text may mean: ``several`` when it is the head of several
    roles' names ("teacher"), which are then the ``roles``; otherwise suggestions."""

    several: bool
    roles: list[Role]


def roles_meant(query: str, limit: int = 3) -> RolesMeant:
    """The roles to offer for a text that names no one role.

    >>> meant = roles_meant("teacher")
    >>> meant.several, meant.roles[0].slug
    (True, 'elementary-school-teacher')
    >>> roles_meant("ba intern").several
    False
    """
    kinds = roles_headed_by(query)
    if len(kinds) > 1:
        return RolesMeant(several=True, roles=kinds[:limit])
    return RolesMeant(several=False, roles=suggest_roles(query, limit))


def roles_headed_by(query: str) -> list[Role]:
    """The roles whose names end with what was typed, the commonest first: the kinds of a
    job named only by its head ("teacher": elementary, high school ... teachers).

    >>> [r.slug for r in roles_headed_by("teacher")][:2]
    ['elementary-school-teacher', 'high-school-teacher']
    >>> roles_headed_by("zamboni driver")
    []
    >>> [r.slug for r in roles_headed_by("teachers")][:1]
    ['elementary-school-teacher']
    """
    level, rest = split_level(normalise(drop_noise(query)))
    if not rest:
        return []
    *words, head = rest.split()
    for text in dict.fromkeys((rest, " ".join([*words, singular_word(head)]))):  # "managers"
        kinds = several_kinds(text)  # "shift supervisor": a restaurant's, a store's, a plant's
        if kinds:
            return [role_of(title, level) for title in kinds]
        ending = f" {text}"
        headed = [role_of(t, level) for name, t in _named_titles() if name.endswith(ending)]
        if headed:
            return headed
    return []


@lru_cache(maxsize=1)
def _named_titles() -> tuple[tuple[str, Title], ...]:
    """Every title by its normalised name, the commonest occupation first."""
    titles = sorted(all_titles(), key=lambda t: -employment(t.soc))
    return tuple((normalise(t.name), t) for t in titles)


def _initials(phrase: str) -> str:
    return "".join(word[0] for word in phrase.split())


def suggest_roles(query: str, limit: int = 3) -> list[Role]:
    """Roles a query might have meant, best first, for "did you mean ...?".

    >>> [r.slug for r in suggest_roles("data sci intrn", limit=1)]
    ['data-science-intern']
    >>> "business-analyst-intern" in [r.slug for r in suggest_roles("ba intern")]
    True
    >>> suggest_roles("lpn coordinator")[0].name
    'Licensed Practical Nurse'
    """
    cleaned = normalise(drop_noise(query))
    level, rest = split_level(level_typos_corrected(cleaned) or cleaned)
    text = normalise(rest)
    if not text or limit <= 0 or len(text) > MAX_FUZZY_LENGTH:
        return []
    words = title_words()
    titles: list[Title] = _leading_title(text, with_level=level is not None)
    if " " not in text and len(text) <= 4:  # an abbreviation: titles named with those initials
        named = {normalise(t.name): t for t in words.values()}
        spelled = [t for p, t in named.items() if " " in p and _initials(p) == text]
        titles += sorted(spelled, key=lambda t: -employment(t.soc))
    # Close spellings, and names whose words the typed words begin ("data sci" -> Data
    # Scientist), the closer first, then the commoner occupation.
    found = process.extract(
        text, list(words), scorer=fuzz.token_sort_ratio, score_cutoff=FUZZY_SUGGEST, limit=None
    )
    typed = text.split()
    found += [(phrase, 80.0, None) for phrase in _phrases_begun_by(typed) if len(phrase) >= 4]
    found.sort(key=lambda hit: (-round(hit[1]), -employment(words[hit[0]].soc)))
    titles += [words[phrase] for phrase, _score, _ in found]
    roles: list[Role] = []
    for title in dict.fromkeys(titles):
        roles.append(role_of(title, level))
        if len(roles) == limit:
            break
    return roles
