"""Canonical roles: what a user types and what a page title names, as one role slug.

    >>> resolve_role("MLE intern").role.slug
    'ml-intern'
    >>> role_from_title("Machine Learning Engineer, PhD Intern - Instacart").slug
    'ml-intern'
    >>> role_from_title("Machine Learning Engineer Salary in Boston 2025").slug
    'ml-engineer'

The catalog lives in ``store/data/roles.json``. Roles come in families (machine
learning, data science, software, ...), each a full-time role and its intern role.
A title names a family by a *title phrase* ("machine learning engineer",
"data scientist") or, only beside an intern marker, by a *topic phrase*
("Machine Learning Intern", "Data Science Internship"); an intern marker anywhere
(intern, internship, co-op, trainee, apprentice) makes it the family's intern role.
Seniority and degree words (senior, staff, PhD, Summer 2026) change nothing.
The leftmost phrase wins, the longest at that spot: "Data Scientist, Machine
Learning" is a data scientist, "Machine Learning Research Scientist" a research scientist.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel
from rapidfuzz import fuzz, process

from store.models import Role

CATALOG_PATH = Path(__file__).parent / "data" / "roles.json"
# How close (rapidfuzz token_sort_ratio, 0-100) a typo must be to a name or alias to be read
# as that role, or to be offered as a suggestion.
FUZZY_ACCEPT = 85
FUZZY_SUGGEST = 60
MAX_FUZZY_LENGTH = 80  # longer queries are sentences, not role names: no fuzzy matching

_NON_WORD = re.compile(r"[^a-z0-9]+")


class RoleMatch(BaseModel):
    """How a query was read as a role: ``how`` is exact (slug), alias, title
    (parsed like a page title, e.g. "Machine Learning Intern Jobs") or fuzzy (a typo)."""

    role: Role
    score: float
    how: Literal["exact", "alias", "title", "fuzzy"]


class RoleError(KeyError):
    """No role has this slug."""


@dataclass(frozen=True)
class _Catalog:
    roles: dict[str, Role]
    by_alias: dict[str, Role]
    alias_names: tuple[str, ...]
    # phrase -> (full-time role, intern role, phrase names a job on its own)
    phrases: dict[str, tuple[Role, Role, bool]]
    phrase_pattern: re.Pattern[str]
    intern_pattern: re.Pattern[str]
    full_time_of: dict[str, Role]  # intern slug -> its family's full-time role


def _normalise(text: str) -> str:
    """Lowercase words separated by single spaces: "ML-Engineer, PhD" -> "ml engineer phd"."""
    return _NON_WORD.sub(" ", text.lower()).strip()


def _words_pattern(phrases: list[str]) -> re.Pattern[str]:
    # Longest first, so at any position the regex takes the longest phrase.
    ordered = sorted(set(phrases), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in ordered) + r")\b")


@cache
def _catalog() -> _Catalog:
    data = json.loads(CATALOG_PATH.read_text(encoding="utf-8"))
    roles: dict[str, Role] = {}
    by_alias: dict[str, Role] = {}
    phrases: dict[str, tuple[Role, Role, bool]] = {}
    full_time_of: dict[str, Role] = {}
    for family in data["families"]:
        full_time = Role(is_intern=False, **_role_fields(family["full_time"]))
        intern = Role(is_intern=True, **_role_fields(family["intern"]))
        full_time_of[intern.slug] = full_time
        for role in (full_time, intern):
            roles[role.slug] = role
            for alias in (role.slug, role.name, *role.aliases):
                by_alias.setdefault(_normalise(alias), role)
        for phrase in family["title_phrases"]:
            phrases[phrase] = (full_time, intern, True)
        for phrase in family["topic_phrases"]:
            phrases.setdefault(phrase, (full_time, intern, False))
    return _Catalog(
        roles=roles,
        by_alias=by_alias,
        alias_names=tuple(by_alias),
        phrases=phrases,
        phrase_pattern=_words_pattern(list(phrases)),
        intern_pattern=_words_pattern(data["intern_markers"]),
        full_time_of=full_time_of,
    )


def _role_fields(entry: dict) -> dict:
    return {
        "slug": entry["slug"],
        "name": entry["name"],
        "aliases": tuple(entry.get("aliases", ())),
        "related": tuple(entry.get("related", ())),
    }


def all_roles() -> list[Role]:
    """Every canonical role, in catalog order (each full-time role before its intern role)."""
    return list(_catalog().roles.values())


def full_time_role(role: Role) -> Role | None:
    """The full-time role of an intern role's family; None for a full-time role.

    >>> full_time_role(get_role("ml-intern")).slug
    'ml-engineer'
    """
    return _catalog().full_time_of.get(role.slug)


def get_role(slug: str) -> Role:
    """The role with this slug: ``get_role("ml-intern").name == "Machine Learning Intern"``.

    Raises ``RoleError`` (a KeyError) naming the known slugs when there is none.
    """
    try:
        return _catalog().roles[slug]
    except KeyError:
        known = ", ".join(_catalog().roles)
        raise RoleError(f"No role '{slug}'. Known roles: {known}.") from None


@lru_cache(maxsize=65536)
def role_from_title(title: str) -> Role | None:
    """The role a page title, posting title or snippet names, or None.

    >>> role_from_title("Machine Learning Intern Salary in Boston, MA").slug
    'ml-intern'
    >>> role_from_title("The avg MACHINE LEARNING ENGINEER INTERN SALARY").slug
    'ml-intern'
    >>> role_from_title("Account Manager") is None
    True
    """
    catalog = _catalog()
    text = _normalise(title)
    is_intern = catalog.intern_pattern.search(text) is not None
    for found in catalog.phrase_pattern.finditer(text):
        full_time, intern, names_a_job = catalog.phrases[found.group()]
        if is_intern:
            return intern
        if names_a_job:
            return full_time
    return None


def resolve_role(query: str) -> RoleMatch | None:
    """Read what a user typed as a role: a slug, a name or alias, a title, or a typo of one.

    >>> resolve_role("ml-intern").how
    'exact'
    >>> resolve_role("Machine Learning Engineer").role.slug
    'ml-engineer'
    >>> resolve_role("machien learning intern").how
    'fuzzy'
    >>> resolve_role("plumber") is None
    True
    """
    catalog = _catalog()
    stripped = query.strip().lower()
    if stripped in catalog.roles:
        return RoleMatch(role=catalog.roles[stripped], score=100.0, how="exact")
    text = _normalise(query)
    if not text:
        return None
    if text in catalog.by_alias:
        return RoleMatch(role=catalog.by_alias[text], score=100.0, how="alias")
    titled = role_from_title(query)
    if titled is not None:
        return RoleMatch(role=titled, score=95.0, how="title")
    if len(text) > MAX_FUZZY_LENGTH:
        return None
    best = process.extractOne(
        text, catalog.alias_names, scorer=fuzz.token_sort_ratio, score_cutoff=FUZZY_ACCEPT
    )
    if best is None:
        return None
    alias, score, _ = best
    return RoleMatch(role=catalog.by_alias[alias], score=round(score, 1), how="fuzzy")


def suggest_roles(query: str, limit: int = 3) -> list[Role]:
    """Roles a query might have meant, best first, for "did you mean ...?".

    >>> [r.slug for r in suggest_roles("data sci intrn", limit=1)]
    ['data-science-intern']
    """
    catalog = _catalog()
    text = _normalise(query)
    if not text or limit <= 0 or len(text) > MAX_FUZZY_LENGTH:
        return []
    found = process.extract(
        text,
        catalog.alias_names,
        scorer=fuzz.token_sort_ratio,
        score_cutoff=FUZZY_SUGGEST,
        limit=None,
    )
    suggestions: list[Role] = []
    for alias, _score, _ in found:
        role = catalog.by_alias[alias]
        if role not in suggestions:
            suggestions.append(role)
        if len(suggestions) == limit:
            break
    return suggestions
