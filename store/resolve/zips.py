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
from functools import cache

import zipcodes

from store.resolve.gazetteer import City, city_place, gazetteer
from store.resolve.geo import Grid
from store.resolve.names import norm
from store.resolve.readings import Reading, match

ZIP = re.compile(r"(\d{5})(?: \d{4})?")  # normalised: "02139-4307" is "02139 4307"
NEAREST_CITY_KM = 80.0


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
    in_state = [
        (distance, near)
        for distance, near in _city_grid().near(
            float(record["lat"]), float(record["long"]), NEAREST_CITY_KM
        )
        if near.state == state.state
    ]
    nearest = city_place(min(in_state, key=lambda found: found[0])[1]) if in_state else None
    if nearest is not None and nearest.metro_key:
        metro = gaz.places[nearest.metro_key]
        note = f"ZIP {code} is {town}, read as the {metro.name} metro area (near {nearest.name})."
        return match(metro, "exact", note)
    return match(state, "exact", f"ZIP {code} is {town}, read as the state.")
