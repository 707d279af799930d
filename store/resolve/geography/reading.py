"""Reading a normalised name as a US place: Remote, the country, a region's nickname, a
state, a city (alone or with its state), "greater X" / "X area" for a metro.

    >>> read_name("boston ma", None, document=False).place.key
    'city:US-MA-boston'
    >>> read_name("bay area", None, document=False).place.key
    'region:US-san-francisco-bay-area'

Names shared by several places are settled by context (``store.resolve.geography.context``) or by
the rules in ``store/resolve/places.py``'s docstring; every such reading carries a note.
"""

from __future__ import annotations

from rapidfuzz import fuzz, process

from store.models import Place
from store.resolve.geography.context import choose, describe
from store.resolve.geography.gazetteer import (
    COUNTRY,
    NOTABLE_POPULATION,
    REMOTE,
    city_place,
    gazetteer,
)
from store.resolve.geography.names import (
    COUNTRY_SUFFIXES,
    COUNTRY_WORDS,
    METRO_PREFIXES,
    METRO_SUFFIXES,
    REMOTE_AREAS,
    REMOTE_WORDS,
    STATE_ABBREVIATIONS,
    STATE_SUFFIXES,
    norm,
    without_area_abroad,
)
from store.resolve.geography.readings import How, Reading, match
from store.resolve.geography.regions import Nickname
from store.resolve.geography.world import bigger_namesake, foreign_place, world
from store.resolve.geography.zips import town_place
from store.resolve.noise import query_words

# A same-named city this big is worth a note ("Portland, OR; also Portland, ME").
NAMESAKE_NOTE_POPULATION = 50_000
FUZZY_ACCEPT = 88
PARTIAL_SCORE = 90.0  # a city found after words that name no place
FALLBACK_SCORE = 50.0  # the state, for a city it does not know
MAX_FUZZY_LENGTH = 60


def _state_is_broader(city: Place) -> bool:
    """Whether the city's state reaches beyond the city's metro (New York does; DC does not)."""
    gaz = gazetteer()
    return any(
        gaz.places[c.key].metro_key != city.metro_key
        for c in gaz.state_cities.get(city.state or "", ())
    )


def read_name(
    n: str, context: str | None, *, document: bool, city_floor: int = 0, fuzzy: bool = False
) -> Reading | None:
    """Read a normalised name: Remote, the country, a region's nickname, a state, a city,
    "City ST", a metro. Places abroad are ``store.resolve.geography.world``'s to read."""
    remote = read_remote(n)  # before the endings: "remote (est)" ends in no place name
    if remote is not None:
        return remote
    if without_area_abroad(n) != n:  # "european union" is no Union, NJ
        return None
    gaz = gazetteer()
    if n.rsplit(" ", 1)[-1] not in gaz.endings:
        return None
    if n in COUNTRY_WORDS:
        return match(COUNTRY, "exact")
    country = next((c for c in COUNTRY_SUFFIXES if n.endswith(c)), None)
    if country and _only_leading_words(n[: -len(country)]):  # "in the United States"
        return match(COUNTRY, "exact")
    if country:  # "Boston, MA, USA"
        return read_name(
            n[: -len(country)], context, document=document, city_floor=city_floor, fuzzy=fuzzy
        )
    for suffix in STATE_SUFFIXES:
        if n.endswith(suffix) and n[: -len(suffix)] in gaz.state_names:
            return match(gaz.state_names[n[: -len(suffix)]], "exact")
    nickname = gaz.nicknames.get(n) or _greater_nickname(n)
    if nickname is not None:  # "bay area", "dmv", "long island", "greater delaware valley"
        return match(nickname.place, "alias", nickname.note)
    bare = _read_bare(n, context, document=document, city_floor=city_floor)
    if bare is not None:
        return bare
    metro = _read_metro(n, city_floor)
    if metro is not None:
        return metro
    # A document's "in Springfield MA" is a place only if the city is known.
    return _read_city_state(n, fuzzy=fuzzy, fallback=not document)


def _greater_nickname(n: str) -> Nickname | None:
    """A nickname after "greater" or "metro": the nickname's place, as "greater boston"
    is Boston's metro."""
    for prefix in METRO_PREFIXES:
        if n.startswith(prefix):
            return gazetteer().nicknames.get(n[len(prefix) :])
    return None


def _only_leading_words(n: str) -> bool:
    """Whether ``n`` holds only words that lead into a place ("in the", "across the"), so
    the country after them is the place, not a state code ("IN") before it.

    >>> _only_leading_words("in the"), _only_leading_words("boston ma")
    (True, False)
    """
    return all(word in query_words().joiners or word == "the" for word in n.split())


def read_remote(n: str) -> Reading | None:
    """ "remote", "Remote - US", "anywhere in the us", "Remote, CA" (Remote, noted), "Remote -
    East Coast" (Remote, noted); remote within a country abroad is that country ("Portugal
    (Remote)", noted).

    >>> read_remote("remote east coast").place.key
    'remote'
    >>> read_remote("portugal remote").place.key
    'country:PT'
    """
    if n in REMOTE_WORDS:
        return match(REMOTE, "exact")
    for word in REMOTE_WORDS:
        if n.startswith(word + " "):
            rest = n[len(word) + 1 :]
        elif n.endswith(" " + word):
            rest = n[: -len(word) - 1]
        else:
            continue
        rest = rest.removeprefix("in ").removeprefix("within ")
        if rest in COUNTRY_WORDS:
            return match(REMOTE, "exact")
        if rest in REMOTE_AREAS:  # "remote - east coast", "remote (est)": still Remote
            area = rest.upper() if len(rest) <= 3 else rest.title()
            return match(REMOTE, "exact", f"Remote within {area}: answered as Remote.")
        gaz = gazetteer()
        state = gaz.state_names.get(rest) or (
            gaz.states.get(rest.upper()) if len(rest) == 2 else None
        )
        if state is not None:
            return match(REMOTE, "exact", f"Remote within {state.name}.")
        abroad = foreign_place(rest, fallback=False)
        if abroad is not None:  # "portugal (remote)": remote within a country abroad is abroad
            name = abroad.place.name
            return match(abroad.place, "exact", f"Remote within {name}: answered for {name}.")
    return None


def _read_bare(n: str, context: str | None, *, document: bool, city_floor: int) -> Reading | None:
    gaz = gazetteer()
    code = gaz.states.get(n.upper()) if len(n) == 2 else None
    named = gaz.state_names.get(n)
    abbreviated = gaz.abbreviations.get(n)
    same_named = [c for c in gaz.city_names.get(n, ()) if c.population >= city_floor]

    if abbreviated is not None:
        city = city_place(abbreviated)
        if code is None:
            return match(city, "alias")
        default, note = city, None
        if code.state != city.state:  # "LA"
            note = f"'{n.upper()}' read as {city.name}; for the state say '{code.name}'."
        elif _state_is_broader(city):  # "NY": documents mean the state, users the city
            if document:
                default = code
                note = f"'{n.upper()}' read as {describe(code)}; it may mean {city.name}."
            else:
                note = f"'{n.upper()}' read as {city.name}; for the state say '{code.name} state'."
        return choose(n, [city, code], default, note, context, how="alias")
    if code is not None:
        return match(code, "exact")
    notable = [c for c in same_named if c.population >= NOTABLE_POPULATION]
    if named is not None and notable:
        city = city_place(notable[0])
        if not document and city.state == named.state:
            note = f"'{n}' read as {city.name}; for the whole state say '{n} state'."
            default = city
        else:
            note = f"'{n}' read as {describe(named)}; it may mean {city.name}."
            default = named
        return choose(n, [named, city], default, note, context)
    if named is not None:
        note = None
        if n in gaz.country_names:
            note = f"'{n}' read as the US state of {named.name}, not the country."
        return match(named, "exact", note)
    if not same_named:
        return None
    top = city_place(same_named[0])
    namesakes = [c for c in same_named[1:] if c.population >= NAMESAKE_NOTE_POPULATION]
    note = None
    if namesakes:
        others = "; ".join(city_place(c).name for c in namesakes[:3])
        note = f"'{n}' read as {top.name}, the largest; also {others}."
    how: How = "exact" if norm(same_named[0].name) == n else "alias"
    if len(same_named) > 1 and context:
        chosen = choose(n, [city_place(c) for c in same_named[:5]], top, note, context)
        if chosen.how == "context":
            return chosen
    abroad = bigger_namesake(n, same_named[0].population)
    if abroad is not None:  # "paris": Paris, France, not Paris, TX
        state = top.state.lower() if top.state else ""
        note = f"'{n}' read as {abroad.place.name}; for {top.name} say '{n} {state}'."
        return match(abroad.place, "exact", note)
    return match(top, how, note)


def _read_metro(n: str, city_floor: int) -> Reading | None:
    """ "greater boston", "boston metro", "boston area", "san francisco bay area", "the
    Seattle-Tacoma area" (a metro named by its first cities)."""
    rest = None
    for prefix in METRO_PREFIXES:
        if n.startswith(prefix):
            rest = n[len(prefix) :]
    for suffix in METRO_SUFFIXES:
        if n.endswith(suffix):
            rest = (rest or n)[: -len(suffix)]
            break
    if not rest:
        return None
    gaz = gazetteer()
    named = gaz.nicknames.get(rest)
    if named is not None and named.place.level == "metro":  # "dallas fort worth metroplex"
        return match(named.place, "alias", named.note)
    cities = [c for c in gaz.city_names.get(rest, ()) if c.population >= city_floor]
    abroad = bigger_namesake(rest, cities[0].population) if cities else None
    if abroad is not None:  # "greater london" is London, England, as "london" is
        return match(abroad.place, "exact")
    if cities:
        place = city_place(cities[0])
    else:
        city_state = _read_city_state(rest, fuzzy=False, fallback=False)
        if city_state is None or city_state.place.level != "city":
            return None
        place = city_state.place
    if place.metro_key is None:
        return match(place, "exact", f"{place.name} has no metro area here; using the city.")
    return match(gaz.places[place.metro_key], "exact")


def split_state(n: str) -> tuple[str, Place | None]:
    """ "boston ma" -> ("boston", Massachusetts); "kansas city mo" -> ("kansas city", Missouri);
    "sheffield ala", as newspapers write it after a city -> ("sheffield", Alabama)."""
    gaz = gazetteer()
    words = n.split()
    for size in (3, 2, 1):
        if len(words) <= size:
            continue
        tail = " ".join(words[-size:])
        state = gaz.state_names.get(tail)
        if state is None and size == 1:
            code = tail.upper() if len(tail) == 2 else STATE_ABBREVIATIONS.get(tail, "")
            state = gaz.states.get(code)
        if state is not None:
            return " ".join(words[:-size]), state
    return n, None


def _read_city_state(n: str, *, fuzzy: bool, fallback: bool = True) -> Reading | None:
    """ "boston ma", "portland maine", "washington dc": a city named inside a state."""
    gaz = gazetteer()
    head, state = split_state(n)
    if state is None:
        return None
    city = gaz.city_in_state.get((state.state, head))
    if city is not None:
        return match(city_place(city), "exact" if norm(city.name) == head else "alias")
    small = town_place(head, state.state) if fallback else None
    # "wash", "miss", "ill" are words too: a newspaper abbreviation says a state only
    # after a city or town it names ("car wash" is no Washington).
    fallback = fallback and n.rsplit(" ", 1)[-1] not in STATE_ABBREVIATIONS
    fuzzy = fuzzy and fallback
    if small is not None:  # "pollok tx": under the gazetteer's 5,000 people, a real town
        rung = gaz.places[small.metro_key].name + " metro" if small.metro_key else state.name
        return match(small, "exact", f"{small.name} is a small town: answered from {rung}.")
    if fuzzy:
        best = closest_places(n, limit=1, cutoff=FUZZY_ACCEPT)
        if best:
            place, score = best[0]
            return match(place, "fuzzy", f"Read '{head}' as {place.name}.", round(score, 1))
    if not fallback or n in world().countries:  # "british virgin islands" is abroad
        return None
    # Readings that leave words unread score below a whole name's 100.
    town = _city_ending(head, state.state)
    if town is not None:  # "medical surgical unit irving tx": a unit, then the city
        city, before = town
        note = f"Read '{head}' as {city.name}; '{before}' names no place."
        return match(city, "alias", note, PARTIAL_SCORE)
    note = f"No city '{head}' in {state.name} here; read as the state."
    return match(state, "exact", note, FALLBACK_SCORE)


def _city_ending(head: str, state: str) -> tuple[Place, str] | None:
    """The longest city of ``state``, or town only the ZIP table knows, that ``head`` ends
    with, and the words before it: posting titles put a unit or a department between the
    title and the place.

    >>> _city_ending("medical surgical unit irving", "TX")[0].name
    'Irving, TX'
    >>> _city_ending("rehab services la grange", "TX")[0].name
    'La Grange, TX'
    """
    words = head.split()
    for start in range(1, len(words)):
        tail = " ".join(words[start:])
        city = gazetteer().city_in_state.get((state, tail))
        place = city_place(city) if city is not None else town_place(tail, state)
        if place is not None:
            return place, " ".join(words[:start])
    return None


def closest_places(n: str, *, limit: int, cutoff: float) -> list[tuple[Place, float]]:
    """Closest state and city names (a trailing state narrows to its cities)."""
    if len(n) > MAX_FUZZY_LENGTH:  # no place name is this long; spare the comparisons
        return []
    gaz = gazetteer()
    choices, places = gaz.fuzzy_choices, gaz.fuzzy_places
    head, state = split_state(n)
    if state is not None and head:
        cities = gaz.state_cities.get(state.state, [])
        choices, places = tuple(norm(c.name) for c in cities), tuple(map(city_place, cities))
        n = head
    found = process.extract(n, choices, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None)
    best: dict[str, tuple[Place, float]] = {}
    for _choice, score, index in found:
        best.setdefault(places[index].key, (places[index], score))
    return list(best.values())[:limit]
