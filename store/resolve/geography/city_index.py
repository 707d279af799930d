"""US cities by state and normalised name, where a name a city bears only as one of its
alternates gives way to the town the ZIP table knows by that name.

geonames lists a city's former and other names as alternates, and some are the names of
other towns in the state: "Jackson" is an old name of Byron, GA, 75 km from Jackson, GA
(a town of about 5,000 the city list lacks), "Franklin" one of El Paso, TX. Read through
the alternate, "nurse jackson, ga" was Byron and "equipment operator ii butts county, ga"
(whose seat is Jackson) the Warner Robins metro; the town itself is read from the ZIP
table instead, as small towns are:

    >>> from store.resolve.geography.gazetteer import gazetteer
    >>> gazetteer().city_in_state.get(("GA", "jackson")) is None
    True
    >>> gazetteer().city_in_state.get(("GA", "byron")).name
    'Byron'

An alternate is kept when the ZIP table knows no town of that name in the state, or
one within ``ALTERNATE_TOWN_KM`` of the city (a neighbourhood's or a post office's name).
The check is made on the first look-up of each alternate (a scan of the ZIP table,
about 2 ms), not when the index is built.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

import zipcodes

from store.resolve.geography.geo import km

if TYPE_CHECKING:
    from store.resolve.geography.gazetteer import City

ALTERNATE_TOWN_KM = 25.0

Key = tuple[str, str]  # (state code, normalised name)


class CityIndex(dict[Key, "City"]):
    """A dict of cities whose ``get``, ``[]`` and ``in`` leave out an alternate name
    that is another town's own name."""

    def __init__(self) -> None:
        super().__init__()
        self.alternates: set[Key] = set()

    def add_alternate(self, key: Key, city: City) -> None:
        """Index a city under an alternate name, unless a city already has that name."""
        if not dict.__contains__(self, key):
            dict.__setitem__(self, key, city)
            self.alternates.add(key)

    def get(self, key: Key, default: City | None = None) -> City | None:  # type: ignore[override]
        city = dict.get(self, key)
        if city is None or (key in self.alternates and _another_towns_name(key, city)):
            return default
        return city

    def __getitem__(self, key: Key) -> City:
        city = self.get(key)
        if city is None:
            raise KeyError(key)
        return city

    def __contains__(self, key: object) -> bool:
        return isinstance(key, tuple) and self.get(key) is not None  # type: ignore[arg-type]


@lru_cache(maxsize=4096)
def _another_towns_name(key: Key, city: City) -> bool:
    """Whether the ZIP table knows a town of this name in the state, and only far from
    the city."""
    state, name = key
    records = zipcodes.filter_by(city=name.title(), state=state)
    distances = [
        km(float(r["lat"]), float(r["long"]), city.lat, city.lon)
        for r in records
        if r.get("lat") and r.get("long")
    ]
    return bool(distances) and min(distances) > ALTERNATE_TOWN_KM
