"""Location fields as applicant-tracking systems write them: a state and a city as parts
in any order, joined by dashes, commas or slashes, often with the country among them.

    >>> read_location_parts("US-MA-Boston").place.key
    'city:US-MA-boston'
    >>> read_location_parts("USA, Massachusetts, Boston").place.key
    'city:US-MA-boston'
    >>> read_location_parts("United States - California - San Diego").place.key
    'city:US-CA-san-diego'
    >>> read_location_parts("TX - Remote").note
    'Remote within Texas.'
    >>> read_location_parts("Engineering - Platform") is None
    True

The readers of "City, ST" and of names take the usual order first; this reads what they
leave, so a part that is neither a state nor one of its cities leaves the field unread
rather than guessed.
"""

from __future__ import annotations

import re

from store.resolve.geography.gazetteer import REMOTE, city_place, gazetteer
from store.resolve.geography.names import COUNTRY_WORDS, REMOTE_WORDS, norm
from store.resolve.geography.readings import Reading, match

# Between parts: a comma, bar or slash; a dash with spaces; a dash glued to a code
# ("US-MA-Boston"), never inside a name ("Winston-Salem").
_PARTS = re.compile(
    r"\s*[,|/•·]\s*|\s+[-–—]\s+|(?<=\b[A-Z]{2})-(?=[A-Z])|(?<=\b[A-Z]{3})-(?=[A-Z])"
)
MAX_PARTS = 5  # a location field, not a list of places
# A country-state-city code however it is cased: "us-ca-menlo park" pasted lower-cased.
_CODE = re.compile(r"(?:us|usa)-(?P<state>[a-z]{2})-(?P<city>[a-z].*)", re.IGNORECASE)


def location_parts(text: str) -> list[str]:
    """The normalised parts of a location field, the country's name left out.

    >>> location_parts("USA-TX-Austin")
    ['tx', 'austin']
    >>> location_parts("us-ca-menlo park")
    ['ca', 'menlo park']
    """
    coded = _CODE.fullmatch(text.strip())
    if coded is not None:
        text = f"{coded['state']}, {coded['city']}"
    parts = (norm(part) for part in _PARTS.split(text))
    return [part for part in parts if part and part not in COUNTRY_WORDS]


def read_location_parts(text: str) -> Reading | None:
    """The city a location field names by its state and its name as separate parts
    (Remote, as "Remote, CA" is, when the other parts say Remote), else None."""
    if not _PARTS.search(text) and not _CODE.fullmatch(text.strip()):
        return None
    parts = location_parts(text)
    if not 2 <= len(parts) <= MAX_PARTS:
        return None
    gaz = gazetteer()
    states = [gaz.states.get(p.upper()) if len(p) == 2 else gaz.state_names.get(p) for p in parts]
    named = [state for state in states if state is not None]
    if len(named) != 1:
        return None
    state = named[0]
    others = [part for part, found in zip(parts, states, strict=True) if found is None]
    for part in others:
        city = gaz.city_in_state.get((state.state, part))
        if city is not None:
            return match(city_place(city), "exact")
    if all(part in REMOTE_WORDS for part in others):
        return match(REMOTE, "exact", f"Remote within {state.name}.")
    return None
