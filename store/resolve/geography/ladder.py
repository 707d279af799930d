"""Places by key, and the ladder of broader places that answer for one.

>>> [p.key for p in ladder(get_place("city:US-MD-north-bethesda"))]
['city:US-MD-north-bethesda', 'metro:US-washington-dc', 'state:US-MD', 'country:US']
>>> [p.key for p in ladder(get_place("region:US-research-triangle"))]
['region:US-research-triangle', 'state:US-NC', 'country:US']
>>> [p.key for p in ladder(get_place("city:GB-london"))]
['city:GB-london', 'country:GB']
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from store.models import Place
from store.resolve.geography.gazetteer import COUNTRY, gazetteer
from store.resolve.geography.names import norm
from store.resolve.geography.provinces import province_city_get
from store.resolve.geography.world import foreign_get
from store.resolve.geography.zips import town_for_key


class PlaceError(KeyError):
    """No place has this key."""


def get_place(key: str) -> Place:
    """The place with this key: ``get_place("state:US-MA").name == "Massachusetts"``.

    Raises ``PlaceError`` (a KeyError) when no place has the key.
    """
    place = gazetteer().places.get(key)
    if place is None and not key.startswith(("city:US-", "metro:", "region:", "state:")):
        place = foreign_get(key) or province_city_get(key)
    if place is None and key.startswith("city:US-"):
        place = town_for_key(key)
    if place is None:
        raise PlaceError(
            f"No place '{key}'. Keys look like city:US-MA-boston, metro:US-boston-ma, "
            "region:US-san-francisco-bay-area, state:US-MA, country:US, remote, or "
            "city:GB-london and country:GB abroad."
        )
    return place


def ladder(place: Place) -> list[Place]:
    """The place, then each broader rung that answers for it.

    city -> its metro (if any) -> its state -> country; metro -> its primary state ->
    country; region -> its state (when its metros share one) -> country; state ->
    country; remote -> country. A city abroad climbs to its own country.
    """
    gaz = gazetteer()
    rungs = [place]
    if place.country != "US":
        if place.level != "country":
            rungs.append(foreign_get(f"country:{place.country}"))
        return rungs
    if place.level == "city" and place.metro_key:
        rungs.append(gaz.places[place.metro_key])
    if place.level in ("city", "metro", "region") and place.state:
        rungs.append(gaz.states[place.state])
    if place.level != "country":
        rungs.append(COUNTRY)
    return rungs


def place_covers(broad: Place, narrow: Place) -> bool:
    """Whether ``broad`` is on ``narrow``'s ladder: the Boston metro covers Waltham, MA;
    Massachusetts covers Boston; the country covers everything, Remote included. A region
    covers what its metros cover (the Bay Area covers Oakland and San Jose)."""
    if broad.level == "region" and narrow.level != "region":
        return any(place_covers(get_place(member), narrow) for member in broad.members)
    return any(rung.key == broad.key for rung in ladder(narrow))


def side_by_side(page: Place, other: Place) -> Place | None:
    """The one place a sentence naming ``page`` first and ``other`` beside it is about:
    the narrower where one covers the other, and the country named beside a place it
    covers is named in passing ("one of America's favorite grocers ... in Chicago");
    else the metro both lie in ("in Chicago and Northwest Indiana"), else None (a
    comparison or a list: "earn more in California and Washington, D.C.").

    >>> chicago = get_place("city:US-IL-chicago")
    >>> side_by_side(COUNTRY, chicago).key, side_by_side(chicago, get_place("state:US-IL")).key
    ('city:US-IL-chicago', 'city:US-IL-chicago')
    >>> side_by_side(chicago, get_place("state:US-IN")).key
    'metro:US-chicago-il'
    >>> side_by_side(get_place("state:US-CA"), get_place("city:US-DC-washington")) is None
    True
    """
    if place_covers(page, other):
        return other if page.level == "country" else page
    if place_covers(other, page):
        return page
    for place, rest in ((page, other), (other, page)):
        key = place.metro_key if place.level in ("city", "metro") else None
        if key is None:
            continue
        metro = get_place(key)
        spanned = rest.level == "state" and rest.state in metro.states
        if spanned or key in (rest.key, rest.metro_key):
            return metro
    return None


def state_places(text: str | Iterable[str]) -> list[Place] | None:
    """The states a list names, or None if anything in it is not a state.

    >>> [p.key for p in state_places("CA, NY, CT, NJ")]
    ['state:US-CA', 'state:US-NY', 'state:US-CT', 'state:US-NJ']
    >>> state_places("All other states") is None
    True
    """
    gaz = gazetteer()
    items = re.split(r"\s*(?:[,;/&]|\band\b)\s*", text.strip()) if isinstance(text, str) else text
    found = []
    for item in items:
        item = item.strip()
        if not item:
            continue
        state = gaz.states.get(item.replace(".", "").upper()) if len(item) <= 4 else None
        state = state or gaz.state_names.get(norm(item))
        if state is None:
            return None
        found.append(state)
    return found or None
