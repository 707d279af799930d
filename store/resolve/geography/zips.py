"""US ZIP codes, read offline with the ``zipcodes`` package (its data ships with it).

    >>> read_zip("02139").place.key
    'city:US-MA-cambridge'
    >>> read_zip("02139").note
    'ZIP 02139 is Cambridge, MA.'

A ZIP is the gazetteer city of its name in its state; a ZIP whose town the gazetteer
lacks (towns under 5,000 people) is read as the metro of the nearest gazetteer city in
its state, else that state, and the note names the town. The package loads its data on
the first ZIP a process reads (about 0.5 s).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

import zipcodes

from store.models import Place
from store.resolve.geography.gazetteer import City, city_place, gazetteer
from store.resolve.geography.geo import Grid
from store.resolve.geography.names import norm, slug
from store.resolve.geography.readings import Reading, match

ZIP = re.compile(r"(\d{5})(?: \d{4})?")  # normalised: "02139-4307" is "02139 4307"
NEAREST_CITY_KM = 80.0
MAX_TOWN_WORDS = 3


@cache
def _city_grid() -> Grid[City]:
    """Every gazetteer city by its coordinates, built on the first ZIP a process reads."""
    return Grid((c.lat, c.lon, c) for cities in gazetteer().state_cities.values() for c in cities)


def read_zip(n: str) -> Reading | None:
    """A normalised ZIP or ZIP+4 as a place, or None when ``n`` is not a known US ZIP."""
    found = ZIP.fullmatch(n)
    if found is None:
        return None
    code = found.group(1)
    records = zipcodes.matching(code)
    gaz = gazetteer()
    if not records or records[0]["state"] not in gaz.states:
        return None
    record = records[0]
    town = f"{record['city'].title()}, {record['state']}"
    state = gaz.states[record["state"]]
    city = gaz.city_in_state.get((state.state, norm(record["city"])))
    if city is not None:
        return match(city_place(city), "exact", f"ZIP {code} is {city_place(city).name}.")
    nearest = nearest_city(record)
    if nearest is not None and nearest.metro_key:
        metro = gaz.places[nearest.metro_key]
        note = f"ZIP {code} is {town}, read as the {metro.name} metro area (near {nearest.name})."
        return match(metro, "exact", note)
    return match(state, "exact", f"ZIP {code} is {town}, read as the state.")


def nearest_city(record: dict) -> Place | None:
    """The gazetteer city of the record's state nearest its ZIP, within ``NEAREST_CITY_KM``."""
    in_state = [
        (distance, near)
        for distance, near in _city_grid().near(
            float(record["lat"]), float(record["long"]), NEAREST_CITY_KM
        )
        if near.state == record["state"]
    ]
    return city_place(min(in_state, key=lambda found: found[0])[1]) if in_state else None


def town_place(name: str, state: str) -> Place | None:
    """A town the gazetteer lacks (under 5,000 people) but the ZIP table knows, as a city
    of its own: its ladder climbs to the metro of the nearest gazetteer city, else to its
    state, so "respiratory therapist pollok tx" names Pollok and is answered from there.

    >>> town_place("pollok", "TX").name
    'Pollok, TX'
    """
    gaz = gazetteer()
    record = _town_record(name, state) if state in gaz.states else None
    if record is None:
        return None
    key = f"city:US-{state}-{slug(record['city'])}"
    if key not in gaz.places:  # made once a process, like the gazetteer's own cities
        nearest = nearest_city(record)
        gaz.places[key] = Place(
            key=key,
            level="city",
            name=f"{record['city'].title()}, {state}",
            country="US",
            state=state,
            metro_key=nearest.metro_key if nearest else None,
        )
    return gaz.places[key]


# The ZIP table spells out what postings shorten: "St. Leonard" is "Saint Leonard".
_SPELLED_OUT = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount"}


@lru_cache(maxsize=4096)
def _town_record(name: str, state: str) -> dict | None:
    """The first ZIP record of a town; town names are short, so longer words (a title's
    leftovers before a state) are not looked up (each look-up scans the table, ~2 ms).
    A shortened "st", "ft" or "mt" is also looked up spelled out, as the table writes it.

    >>> _town_record("st leonard", "MD")["city"]
    'Saint Leonard'
    """
    if not name or len(name.split()) > MAX_TOWN_WORDS or any(c.isdigit() for c in name):
        return None
    records = zipcodes.filter_by(city=name.title(), state=state)
    spelled = " ".join(_SPELLED_OUT.get(word, word) for word in name.split())
    if not records and spelled != name:
        records = zipcodes.filter_by(city=spelled.title(), state=state)
    return records[0] if records else None


def town_for_key(key: str) -> Place | None:
    """The town a ``city:US-ST-name`` key stands for, when only the ZIP table knows it
    (a key kept by a subscription outlives the process that made it)."""
    found = re.fullmatch(r"city:US-([A-Z]{2})-([a-z0-9-]+)", key)
    if found is None:
        return None
    return town_place(found[2].replace("-", " "), found[1])
