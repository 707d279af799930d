"""Governments and their agencies name the places they serve: "City of Salinas", "the City
and County of Denver", "State of Colorado", "Maryland State Police", "Los Angeles Police
Department". Used by ``places`` to read a document's places and by ingest to tell
a sentence that may name one.

    >>> [(words, of) for _, words, of in agencies_in("Jobs with the City of Salinas")]
    [('Salinas', True)]
    >>> read_agency("Los Angeles", None, its_first_words=True, floor=10_000).place.key
    'city:US-CA-los-angeles'
"""

from __future__ import annotations

import re

from store.resolve.geography.context import CAPITALISED_WORD
from store.resolve.geography.names import norm
from store.resolve.geography.reading import read_name
from store.resolve.geography.readings import Reading

_AGENCY_WORDS = rf"{CAPITALISED_WORD}(?:[ \t]+{CAPITALISED_WORD}){{0,3}}"
_GOVERNMENT_OF = re.compile(
    rf"\b(?:[Cc]ity|[Tt]own|[Vv]illage|[Cc]ounty|[Ss]tate|[Cc]ommonwealth)(?: and [Cc]ounty)? of"
    rf"[ \t]+({_AGENCY_WORDS})"
)
_AGENCY_NAMED = re.compile(
    rf"\b({_AGENCY_WORDS}?)[ \t]+(?:State[ \t]+Police|"
    rf"(?:Police|Sheriff['’]s|Fire)[ \t]+(?:Department|Office)|Highway[ \t]+Patrol)\b"
)
# Each pattern is searched only in a text with one of its words, looked for as plain
# substrings (fast): most texts have neither.
_OF_CUES = tuple(
    f"{word} of"
    for name in ("City", "Town", "County", "State", "Village", "Commonwealth")
    for word in (name, name.lower())
)
_NAMED_CUES = ("Police", "Sheriff", "Fire D", "Patrol")


def agencies_in(text: str) -> list[tuple[int, str, bool]]:
    """Where ``text`` names a government or an agency: its start, the words that may be
    its place, and whether they follow "... of" (else they precede "Police Department")."""
    return [(m.start(), m[1], True) for m in _agencies(text, _GOVERNMENT_OF, _OF_CUES)] + [
        (m.start(), m[1], False) for m in _agencies(text, _AGENCY_NAMED, _NAMED_CUES)
    ]


def names_agency(text: str) -> bool:
    """Whether ``text`` names a government or agency by its place ("the Maryland State
    Police", "City of Salinas"), a cheap test before reading it for places.

    >>> names_agency("those training for the Maryland State Police earn"), names_agency("Police")
    (True, False)
    """
    return any(_agencies(text, pattern, cues) for pattern, cues in _AGENCY_PATTERNS)


def read_agency(
    words: str, context: str | None, *, its_first_words: bool, floor: int
) -> Reading | None:
    """The place an agency's name gives: the longest run of its first words that is one
    after "City of" ("Los Angeles Department" is Los Angeles), else of its last words
    before "Police Department" ("The Maryland" is Maryland); a city needs ``floor`` people.
    """
    parts = words.split()
    spans = (
        [parts[:end] for end in range(len(parts), 0, -1)]
        if its_first_words
        else [parts[start:] for start in range(len(parts))]
    )
    for span in spans:
        reading = read_name(norm(" ".join(span)), context, document=True, city_floor=floor)
        if reading is not None:
            return reading
    return None


def _agencies(text: str, pattern: re.Pattern[str], cues: tuple[str, ...]) -> list[re.Match[str]]:
    if not any(cue in text for cue in cues):
        return []
    return list(pattern.finditer(text))


_AGENCY_PATTERNS = ((_GOVERNMENT_OF, _OF_CUES), (_AGENCY_NAMED, _NAMED_CUES))
