"""Job titles: the alias layer between what people type and SOC occupations.

    >>> title_for("swe").slug, title_for("swe").soc
    ('software-engineer', '15-1252')
    >>> title_for("registered nurse").name
    'Registered Nurse'
    >>> title_for("mechanical engineering", with_level=True).slug
    'mechanical-engineer'

A title is a job at no particular level. Titles come from two places:

* ``store/data/titles.json``: the titles recruiters use, each with its SOC code, the words
  people type for it (``aliases``), words that name it only beside a level word such as
  "intern" (``topics``: "Marketing Internship"), and related titles. To add a word for a
  title, add it to that title's ``aliases``; to add a title, add an entry.
* every detailed SOC occupation of the shipped BLS OEWS release whose code no entry of
  ``titles.json`` claims, named by its official name made singular. An occupation that an
  entry claims lends that entry its own words ("accountant and auditor").

Typed words come first, then an occupation's. "engineering", "design", "science" and the
like also read as the job's name beside a level word ("data science intern" is a Data
Scientist intern).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from store.resolve.levels import normalise, phrase_reach
from store.resolve.occupations import all_occupations, lone_words_joined, singular_word
from store.vocabulary import vocabulary

# A field's name read as its practitioner beside a level word: "engineering intern".
_FIELD_FORMS = {
    "engineering": "engineer",
    "development": "developer",
    "design": "designer",
    "analytics": "analyst",
    "analysis": "analyst",
    "research": "researcher",
    "science": "scientist",
    "sciences": "scientist",
    "management": "manager",
    "accounting": "accountant",
    "nursing": "nurse",
    "programming": "programmer",
    "consulting": "consultant",
    "recruiting": "recruiter",
    "teaching": "teacher",
    "architecture": "architect",
    "pharmacy": "pharmacist",
}


@dataclass(frozen=True)
class Title:
    slug: str
    name: str
    soc: str | None
    occupation: str | None  # the SOC occupation's official name
    intern_slug: str | None = None
    intern_name: str | None = None
    related: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Catalog:
    titles: dict[str, Title]  # by slug
    words: dict[str, Title]  # alias -> title: names the job on its own
    topics: dict[str, Title]  # names the job beside a level word
    typed: frozenset[str]  # the words of titles.json (not derived from occupation names)
    typed_slugs: tuple[str, ...]  # the titles of titles.json, in its order
    by_soc: dict[str, Title]  # the first title of each SOC code
    reach: dict[str, int]  # first word of an alias or topic -> the most words after it


def slugify(text: str) -> str:
    return normalise(text).replace(" ", "-")


@cache
def _catalog() -> _Catalog:
    data = vocabulary("titles.json")
    occupations = all_occupations()
    titles: dict[str, Title] = {}
    words: dict[str, Title] = {}
    topics: dict[str, Title] = {}
    by_soc: dict[str, Title] = {}
    for entry in data["titles"]:
        soc = entry.get("soc")
        intern = entry.get("intern") or {}
        title = Title(
            slug=entry["slug"],
            name=entry["name"],
            soc=soc,
            occupation=occupations[soc].name if soc in occupations else None,
            intern_slug=intern.get("slug"),
            intern_name=intern.get("name"),
            related=tuple(entry.get("related", ())),
        )
        titles[title.slug] = title
        by_soc.setdefault(soc, title)
        for alias in (title.slug, title.name, *entry.get("aliases", ())):
            words.setdefault(normalise(alias), title)
        for topic in entry.get("topics", ()):
            topics.setdefault(normalise(topic), title)
    for soc, occupation in occupations.items():
        title = by_soc.get(soc)
        if title is None:
            title = Title(
                slug=slugify(occupation.singular),
                name=occupation.singular,
                soc=soc,
                occupation=occupation.name,
            )
            if title.slug in titles:  # two occupations, one singular name: keep both apart
                title = Title(**{**title.__dict__, "slug": f"{title.slug}-{slugify(soc)}"})
            titles[title.slug] = title
            by_soc[soc] = title
        for alias in occupation.aliases:
            words.setdefault(alias, title)
    official = {a for o in occupations.values() for a in o.aliases} | lone_words_joined()
    typed = frozenset(words) - official
    return _Catalog(
        titles=titles,
        words=words,
        topics=topics,
        typed=typed,
        typed_slugs=tuple(entry["slug"] for entry in data["titles"]),
        by_soc=by_soc,
        reach=phrase_reach([*words, *topics]),
    )


def get_title(slug: str) -> Title | None:
    return _catalog().titles.get(slug)


def all_titles() -> list[Title]:
    """Every title: those of ``titles.json`` first, then the other occupations."""
    return list(_catalog().titles.values())


def typed_titles() -> list[Title]:
    """The titles of ``titles.json``, in its order."""
    catalog = _catalog()
    return [catalog.titles[slug] for slug in catalog.typed_slugs]


def title_topics() -> dict[str, Title]:
    """Every word or phrase that names a title beside a level word ("marketing" intern)."""
    return _catalog().topics


def title_words() -> dict[str, Title]:
    """Every word or phrase that names a title on its own, normalised."""
    return _catalog().words


def head_word(word: str) -> str | None:
    """The word when it is the head noun that ends a job title of two or more words.

    >>> head_word("engineer"), head_word("system")
    ('engineer', None)
    """
    return word if word in _head_words() else None


@cache
def _head_words() -> frozenset[str]:
    return frozenset(name.split()[-1] for name in title_words() if " " in name)


@cache
def job_vocabulary() -> frozenset[str]:
    """Every word of the job titles people type: such a word is no misspelt place name.

    >>> "supervisor" in job_vocabulary(), "bostn" in job_vocabulary()
    (True, False)
    """
    return frozenset(word for phrase in title_words() for word in phrase.split())


def several_kinds(text: str) -> list[Title]:
    """The titles a name used by several occupations may mean, commonest first, or [].

    >>> [t.slug for t in several_kinds("shift supervisor")][:2]
    ['food-service-supervisor', 'store-manager']
    """
    slugs = vocabulary("titles.json")["several"].get(normalise(text), [])
    return [_catalog().titles[slug] for slug in slugs]


def apprenticed_title(text: str) -> Title | None:
    """The trade a name two occupations use means when an apprentice is asked about, or None.

    >>> apprenticed_title("line worker").slug
    'lineworker'
    """
    slug = vocabulary("titles.json")["apprenticed"].get(normalise(text))
    return _catalog().titles[slug] if slug else None


@cache
def function_heads() -> tuple[str, ...]:
    """Words for who leads a function, written before it with "of" ("director of ..."),
    longest first, so "vice president" is tried before "president".

    >>> "director" in function_heads()
    True
    """
    heads = vocabulary("titles.json")["function_heads"]
    return tuple(sorted(set(heads), key=len, reverse=True))


@cache
def credential_words() -> frozenset[str]:
    """Licences and certifications that postings write before a title of their field.

    >>> "lpn" in credential_words()
    True
    """
    return frozenset(vocabulary("titles.json")["credentials"])


def spelled_out(text: str) -> str:
    """The words of a title with the shortenings postings use spelled out.

    >>> spelled_out("Maint Tech II")
    'maintenance technician ii'
    """
    abbreviations = vocabulary("titles.json")["abbreviations"]
    return " ".join(abbreviations.get(word, word) for word in normalise(text).split())


def title_for(text: str, *, with_level: bool = False) -> Title | None:
    """The title ``text`` names exactly (as a whole), or None.

    ``with_level``: the text stood beside a level word, so topics ("marketing") and
    fields ("mechanical engineering") name the job too.
    """
    catalog = _catalog()
    words = normalise(text)
    found = catalog.words.get(words) or catalog.words.get(_singular_phrase(words))
    if found is not None or not with_level or not words:
        return found
    found = catalog.topics.get(words)
    if found is not None:
        return found
    head, _, last = words.rpartition(" ")
    practitioner = _FIELD_FORMS.get(last)
    if practitioner is None:
        return None
    return catalog.words.get(f"{head} {practitioner}".strip())


_WORD = re.compile(r"[a-z0-9]+")


def words_of(text: str) -> list[str]:
    """The words ``titles_in`` counts in a text, so that its positions index them.

    >>> words_of("Entry-level RN, ICU")
    ['entry', 'level', 'rn', 'icu']
    """
    return _WORD.findall(text.lower())


def _typed_word(word: str, catalog: _Catalog) -> bool:
    """Whether a single word is a typed title, or the plural of one ("nurses")."""
    return word in catalog.typed or singular_word(word) in catalog.typed


def _singular_phrase(phrase: str) -> str:
    """ "registered nurses" -> "registered nurse": titles are listed in the singular."""
    head, _, last = phrase.rpartition(" ")
    return f"{head} {singular_word(last)}".strip()


def may_name_title(text: str) -> bool:
    """Whether a normalised text (``normalise``) has a word that a title's words or topic
    start with, or the plural of one. A text with none names no title (``titles_in``
    tries phrases only from such words), so most running text need not be read further.

    >>> may_name_title("the avg registered nurses salary"), may_name_title("updated daily")
    (True, False)
    """
    reach = _catalog().reach
    # A word not ending in "s" is its own singular (``singular_word``).
    return any(
        word in reach or (word[-1] == "s" and singular_word(word) in reach) for word in text.split()
    )


def titles_in(text: str, *, with_level: bool, strict: bool) -> list[tuple[int, int, Title]]:
    """Every title named inside ``text``: (first word, word count, title), leftmost first
    and the longest at each spot. ``strict`` (for running text rather than a title) keeps
    only phrases of two or more words and typed single words of four letters or more, so
    that "pm" in "5 pm" or "model" in "business model" name nothing."""
    catalog = _catalog()
    words = words_of(text)
    found = []
    at = 0
    while at < len(words):
        # Only phrases whose first word starts a title are tried; a plural word alone
        # ("nurses") may be a title in the singular.
        first = words[at]
        reach = catalog.reach.get(first) or (  # a word not ending in "s" is its own singular
            1 if first[-1] == "s" and singular_word(first) in catalog.reach else 0
        )
        for size in range(min(reach, len(words) - at), 0, -1):
            phrase = " ".join(words[at : at + size])
            if strict and size == 1 and (len(phrase) < 4 or not _typed_word(phrase, catalog)):
                continue
            if len(phrase) <= 3 and at and words[at - 1].isdigit():
                continue  # "5 PM" is a time, "3 DS" a count: no job
            title = (
                catalog.words.get(phrase)
                or catalog.words.get(_singular_phrase(phrase))
                or (catalog.topics.get(phrase) if with_level else None)
            )
            if title is not None:
                found.append((at, size, title))
                at += size
                break
        else:
            at += 1
    return found
