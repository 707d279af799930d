"""US counties as places, read offline from the ZIP table's county of each ZIP.

    >>> read_county("county of monterey").place.name
    'Salinas, CA'

County and state postings name their employer where a city would go ("Office Assistant
III, County of Monterey"); a county is read as the metro most of its ZIPs' towns lie in.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

import zipcodes

from store.resolve.geography.gazetteer import gazetteer
from store.resolve.geography.names import norm
from store.resolve.geography.reading import PARTIAL_SCORE, split_state
from store.resolve.geography.readings import Reading, match
from store.resolve.geography.zips import nearest_city

COUNTY = re.compile(r"county of (?P<after>.+)|(?P<before>.+) county")


def read_county(n: str) -> Reading | None:
    """A normalised county name, as county and state job postings write their employer
    ("County of Monterey", "Westchester County NY"), as the metro most of its ZIPs lie
    in, else its state; None when the text names no county or a county name several
    states share and no state is written ("orange county" is read as a nickname).

    >>> read_county("county of monterey").place.name
    'Salinas, CA'
    >>> read_county("monterey county").note
    'Monterey County, CA is read as the Salinas, CA metro area.'
    >>> read_county("home health bergen county nj").note
    "Bergen County, NJ is read as the New York-... metro area. 'home health' names no place."
    """
    head, state = split_state(n)
    found = COUNTY.fullmatch(head)
    if found is None:
        return None
    words = (found["after"] or found["before"]).split()
    # "home health bergen county": a unit, then the county; "county of ..." starts the text.
    starts = range(len(words)) if found["before"] else range(1)
    for start in starts:
        name = " ".join(words[start:])
        records = [
            r for r in _county_records().get(name, []) if state is None or r["state"] == state.state
        ]
        if records:
            break
    if not records or len({r["state"] for r in records}) > 1:
        return None
    before = " ".join(words[:start])
    gaz = gazetteer()
    code = records[0]["state"]
    if code not in gaz.states:
        return None
    written = f"{name.title()} County, {code}"
    metros = _towns_metros(records)
    place = gaz.places[metros.most_common(1)[0][0]] if metros else gaz.states[code]
    note = (
        f"{written} is read as the {place.name} metro area."
        if metros
        else (f"{written} is read as the state.")
    )
    if before:
        return match(place, "alias", f"{note} '{before}' names no place.", PARTIAL_SCORE)
    return match(place, "exact", note)


def _towns_metros(records: list[dict]) -> Counter[str]:
    """How many of a county's ZIPs lie in each metro: those of its gazetteer towns, else,
    for a county of small towns only (Preston County, WV), those of the gazetteer city
    nearest each ZIP, as a small town's ZIP is read.

    >>> _towns_metros(_county_records()["preston"]).most_common(1)[0][0]
    'metro:US-morgantown-wv'
    """
    gaz = gazetteer()
    cities = (gaz.city_in_state.get((r["state"], norm(r["city"]))) for r in records)
    metros = Counter(
        gaz.places[city.key].metro_key
        for city in cities
        if city is not None and gaz.places[city.key].metro_key
    )
    if metros:
        return metros
    nearest = (nearest_city(r) for r in records)
    return Counter(city.metro_key for city in nearest if city is not None and city.metro_key)


@cache
def _county_records() -> dict[str, list[dict]]:
    """Every ZIP record by its county's name without "county" ("monterey"), built on the
    first county a process reads (one pass over the ZIP table)."""
    counties: dict[str, list[dict]] = {}
    for record in zipcodes.list_all():
        county = norm(record.get("county") or "")
        if county.endswith(" county"):
            counties.setdefault(county[: -len(" county")], []).append(record)
    return counties
