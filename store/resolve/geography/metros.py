"""Official metro areas: the metropolitan statistical areas of the OEWS release the bot
ships with (``store.oews.release``), named as BLS names them, and which city lies in which.

    >>> parse_official_name("Boston-Cambridge-Newton, MA-NH")
    ([['Boston', 'Cambridge', 'Newton']], ['MA', 'NH'])
    >>> parse_official_name("Nashville-Davidson--Murfreesboro--Franklin, TN")[0]
    [['Nashville', 'Davidson'], ['Murfreesboro'], ['Franklin']]

**Keys.** ``metro:US-<first city of the name>-<primary state>``: ``metro:US-boston-ma``,
``metro:US-new-york-ny``, ``metro:US-washington-dc``. The primary state is the first one
the name lists (the state of its first city). Should two areas share a key, both get
their area code appended. Puerto Rico's metros are in (the gazetteer reads the territories
as states); the "... nonmetropolitan area" entries are left out, as they are not metros.

**Cities.** A city belongs to the metro whose official name lists it (matched within that
metro's states: "Cambridge" in "Boston-Cambridge-Newton, MA-NH" is Cambridge, MA).
Any other city belongs to the metro with the nearest listed city, among the metros whose
name includes the city's state, if that city is within ``NEAREST_METRO_KM``; farther
towns have no metro and climb straight to their state.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol

from store.oews.release import oews_reference
from store.resolve.geography.geo import Grid
from store.resolve.geography.names import norm, slug

NEAREST_METRO_KM = 80.0
METRO_AREA_TYPE = "M"
NOT_A_METRO = "nonmetropolitan"


class Located(Protocol):
    key: str
    name: str
    state: str
    lat: float
    lon: float


@dataclass(frozen=True)
class OfficialMetro:
    key: str
    name: str  # as BLS publishes it: "San Jose-Sunnyvale-Santa Clara, CA"
    area_code: str
    states: tuple[str, ...]  # primary first
    listed: tuple[str, ...]  # keys of the gazetteer cities its name lists


def parse_official_name(name: str) -> tuple[list[list[str]], list[str]]:
    """The name's cities, grouped where BLS separates them by "--" (so a group may be one
    hyphenated city, "Wilkes-Barre"), and its state codes."""
    cities, _, states = name.rpartition(", ")
    groups = [
        [part.strip() for part in group.replace("/", "-").split("-") if part.strip()]
        for group in cities.split("--")
    ]
    return groups, states.split("-")


def leading_cities(name: str) -> list[str]:
    """How people shorten a metro's official name to its first cities (at least two).

    >>> leading_cities("Seattle-Tacoma-Bellevue, WA")
    ['Seattle-Tacoma']
    >>> leading_cities("Miami-Fort Lauderdale-West Palm Beach, FL")
    ['Miami-Fort Lauderdale']
    >>> leading_cities("Nashville-Davidson--Murfreesboro--Franklin, TN")
    ['Nashville-Davidson-Murfreesboro']
    """
    groups, _states = parse_official_name(name)
    cities = ["-".join(group) for group in groups] if len(groups) > 1 else groups[0]
    return ["-".join(cities[:count]) for count in range(2, len(cities))]


def _listed_names(groups: list[list[str]], find: Callable[[str], Located | None]) -> list[str]:
    """City names in the order written. Hyphenated parts are one city when joined they are
    a city's own name ("Winston-Salem"); else the shortest run that names a city ("Athens"
    of "Athens-Clarke County", whose joined form is only an alternate name); else one part."""
    names = []
    for parts in groups:
        at = 0
        while at < len(parts):
            runs = ["-".join(parts[at:end]) for end in range(at + 1, len(parts) + 1)]
            found = [(run, city) for run in runs if (city := find(run)) is not None]
            own = [run for run, city in found if norm(run) == norm(city.name)]
            name = own[-1] if own else found[0][0] if found else parts[at]
            names.append(name)
            at += name.count("-") + 1
    return names


def _city_named(
    written: str,
    states: tuple[str, ...],
    find_city: Callable[[str, str], Located | None],
    *,
    trim: bool = True,
) -> Located | None:
    """The city a name lists, in the first of ``states`` that has it; with ``trim``, a
    name the gazetteer lacks may carry one word too many ("Urban Honolulu", "Amherst Town")."""
    words = norm(written).split()
    tries = (words, words[1:], words[:-1]) if trim else (words,)
    for n in (" ".join(w) for w in tries):
        for state in states:
            if n and (city := find_city(state, n)) is not None:
                return city
    return None


def official_areas() -> list[tuple[str, str]]:
    """(area code, official name) of every metropolitan statistical area in the release."""
    rows = oews_reference().db.execute(
        "SELECT area_code, name FROM areas WHERE area_type = ? ORDER BY area_code",
        (METRO_AREA_TYPE,),
    )
    return [(code, name) for code, name in rows if NOT_A_METRO not in name]


def official_metros(
    states: Iterable[str], find_city: Callable[[str, str], Located | None]
) -> list[OfficialMetro]:
    """The release's metros, keyed, with the gazetteer cities their names list.

    ``find_city(state, normalised name)`` is the gazetteer's city of that name in that state.
    """
    known_states = set(states)
    drafts = []
    for code, name in official_areas():
        groups, codes = parse_official_name(name)
        in_gazetteer = tuple(c for c in codes if c in known_states)
        if not codes or codes[0] not in known_states:
            continue

        def find(city: str, in_states: tuple[str, ...] = in_gazetteer) -> Located | None:
            return _city_named(city, in_states, find_city, trim=False)

        names = _listed_names(groups, find)
        listed = []
        for city in names:
            found = _city_named(city, in_gazetteer, find_city)
            if found is not None and found.key not in listed:
                listed.append(found.key)
        key = f"metro:US-{slug(names[0])}-{codes[0].lower()}"
        drafts.append((key, name, code, in_gazetteer, tuple(listed)))
    counts: dict[str, int] = {}
    for key, *_ in drafts:
        counts[key] = counts.get(key, 0) + 1
    return [
        OfficialMetro(
            key=key if counts[key] == 1 else f"{key}-{code}",
            name=name,
            area_code=code,
            states=in_states,
            listed=listed,
        )
        for key, name, code, in_states, listed in drafts
    ]


def metro_of_cities(metros: list[OfficialMetro], cities: Iterable[Located]) -> dict[str, str]:
    """Each city's metro key by the rule in the module docstring (cities without one absent)."""
    cities = list(cities)
    by_key = {city.key: city for city in cities}
    metro_of: dict[str, str] = {}
    for metro in metros:
        for city_key in metro.listed:
            metro_of.setdefault(city_key, metro.key)
    # One grid per state, of the listed cities of the metros whose name includes it.
    principal: dict[str, list[tuple[float, float, str]]] = defaultdict(list)
    for metro in metros:
        for city_key in metro.listed:
            city = by_key[city_key]
            for state in metro.states:
                principal[state].append((city.lat, city.lon, metro.key))
    grids = {state: Grid(points) for state, points in principal.items()}
    for city in cities:
        grid = grids.get(city.state)
        if city.key in metro_of or grid is None:
            continue
        nearest = grid.nearest(city.lat, city.lon, NEAREST_METRO_KM)
        if nearest is not None:
            metro_of[city.key] = nearest[1]
    return metro_of
