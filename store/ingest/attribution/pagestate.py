"""The US state a page of no place is from, and the towns its sentences name bare.

    state = page_state(url, content)   # Missouri for a local paper at emissourian.com
    town = bare_town(words, state)     # "Washington School District" -> Washington, MO

A local story names its school districts and towns without their state ("Washington
School District has a beginning salary of", "Sullivan's starting pay is", "in
Pacific"): its readers know it. The page's own state is the one its publisher's host
spells (a local paper is named for its state: ``emissourian.com``, ``texastribune.org``),
else the one state its text names after "in" or a comma ("in Ohio", "Dayton, Ohio");
a page naming two or more has none. Used by ``store.ingest.report`` (the state) and
``store.ingest.attribution.figureplaces`` (a town), only for a page whose title, opening and
address name no place.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from urllib.parse import urlsplit

from store.models import Place
from store.resolve.geography.gazetteer import gazetteer
from store.resolve.places import resolve_place

# A town named bare as a school district's name, its owner or where something is:
# "Washington School District", "Meramec Valley R-3", "Sullivan's", "in Pacific".
_NAME = r"(?:St\. )?[A-Z][a-z]+(?: [A-Z][a-z]+)?"
_BARE_TOWN = re.compile(
    rf"\b({_NAME})(?= (?:School|Public Schools|Unified|County Schools)\b| R-\d|['’]s\b)"
    rf"|\b(?:in|at) ({_NAME})\b"
)

# Calendar words that follow "in" or "at" like a town ("in May", "at Noon"), never one here.
_CALENDAR = frozenset(
    ("January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
     "Friday", "Saturday", "Sunday", "Noon", "Midnight")
)  # fmt: skip


@cache
def _states() -> tuple[tuple[str, Place], ...]:
    """US states by their names run together and lowercased, the longest first (so that
    "westvirginia" is West Virginia, not Virginia)."""
    states = [p for p in gazetteer().places.values() if p.level == "state" and p.country == "US"]
    named = [(re.sub(r"[^a-z]", "", p.name.lower()), p) for p in states]
    return tuple(sorted(named, key=lambda item: -len(item[0])))


@cache
def _state_in_text() -> re.Pattern[str]:
    names = "|".join(re.escape(p.name) for _, p in _states())
    return re.compile(rf"(?:\b[Ii]n |, )({names})\b")


@cache
def _cities_named_for_states() -> tuple[tuple[str, str], ...]:
    """Big cities named as a state is, alone or with "City", that lie in another state,
    each as its name run together and lowercased and its own state's two letters: a
    metro's first city, ("washington", "DC"), ("kansascity", "MO"), ("michigancity", "IN")."""
    states = {spelled: place.state for spelled, place in _states()}
    found = set()
    for metro in gazetteer().places.values():
        if metro.level != "metro" or metro.country != "US":
            continue
        city = re.sub(r"[^a-z]", "", re.split(r"[-,]", metro.name)[0].lower())
        named = states.get(city.removesuffix("city"))
        if named is not None and named != metro.state:
            found.add((city, metro.state or ""))
    return tuple(found)


def host_state(url: str) -> Place | None:
    """The one state the host's name spells, or None. A host naming a big city named for
    another state is that city's (a national paper named for Washington, D.C.; a Kansas
    City paper, in Missouri).

    >>> host_state("http://www.emissourian.com/local_news/union/article_1.html").name
    'Missouri'
    >>> host_state("https://www.arkansasonline.com/news").name  # not Kansas as well
    'Arkansas'
    >>> host_state("https://www.example-news.com/story") is None
    True
    >>> host_state("https://www.washingtonpost.com/local").name
    'District of Columbia'
    >>> host_state("https://www.kansascity.com/news").name, host_state("https://kansas.com").name
    ('Missouri', 'Kansas')
    """
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    name = re.sub(r"[^a-z]", "", host.rsplit(".", 1)[0])
    for city, state in _cities_named_for_states():
        if city in name:
            return next(p for _, p in _states() if p.state == state)
    found: set[str] = set()
    for spelled, place in _states():
        if spelled in name:
            found.add(place.key)
            name = name.replace(spelled, " ")
    return next(p for s, p in _states() if p.key in found) if len(found) == 1 else None


def page_state(url: str, content: str) -> Place | None:
    """The state a page of no place is from: the one its host spells, else the one its
    text names after "in" or a comma; None when it names none or several.

    >>> page_state("https://www.example-news.com/story", "Teachers in Ohio got a raise.").key
    'state:US-OH'
    >>> page_state("https://www.example-news.com/story", "In Ohio and in Iowa, ...") is None
    True
    """
    state = host_state(url)
    if state is not None:
        return state
    named = {match[1] for match in _state_in_text().finditer(content)}
    if len(named) != 1:
        return None
    name = named.pop()
    return next(p for _, p in _states() if p.name == name)


def names_town(words: str) -> bool:
    """Whether words name a town bare, in the state or not ("The St. Clair School District").

    >>> names_town("The St. Clair School District starts its teachers at"), names_town("It pays")
    (True, False)
    """
    return _BARE_TOWN.search(words) is not None


def bare_town(words: str, state: Place) -> Place | None:
    """The first town in ``state`` that ``words`` name bare (no state after it), read as
    written: a name the state has no town of is none.

    >>> bare_town("Washington School District has a salary of", page_state("", "in Missouri")).key
    'city:US-MO-washington'
    >>> bare_town("while Meramec Valley R-3 in Pacific has", page_state("", "in Missouri")).key
    'city:US-MO-pacific'
    >>> bare_town("Pay rose in May", page_state("", "in Texas")) is None  # May, TX: a month
    True
    """
    for named in _BARE_TOWN.finditer(words):
        name = named[1] or named[2]
        town = None if name in _CALENDAR or name == state.name else _town(name, state.state)
        if town is not None:
            return town
    return None


@lru_cache(maxsize=4096)
def _town(name: str, state: str) -> Place | None:
    """The town of this name in the state (its two letters), read as written, or None."""
    read = resolve_place(f"{name}, {state}", guess=False)
    place = read.place if read is not None and read.how == "exact" else None
    return place if place is not None and place.level == "city" and place.state == state else None
