"""Places: what users type and what documents say, read as a rung of the ladder
city -> metro -> state -> country, a region of metros, Remote, or a place abroad.

    >>> resolve_place("boston").place.key
    'city:US-MA-boston'
    >>> resolve_place("bay area").place.members
    ('metro:US-san-francisco-ca', 'metro:US-san-jose-ca')
    >>> resolve_place("02139").place.key
    'city:US-MA-cambridge'
    >>> resolve_place("london").place.key
    'city:GB-london'
    >>> place_from_text("Machine Learning Intern Salary in Massachusetts").key
    'state:US-MA'

Keys: ``city:US-MA-boston``, ``metro:US-boston-ma``, ``region:US-research-triangle``,
``state:US-MA``, ``country:US``, ``remote``; abroad ``city:GB-london``, ``country:GB``.

The package's modules, one job each: ``names`` (normalising, our words about places),
``gazetteer`` (US states and cities), ``metros`` (official OEWS metros, which city lies
in which), ``regions`` (nicknames as data), ``world`` (places abroad), ``zips``,
``ladder`` (keys and broader rungs), ``context`` and ``reading`` (reading a name),
``agencies`` (the places governments and their agencies name), and
this module (reading what users type and what documents say). ``keys`` upgrades keys
stored before the official metros.

**Ambiguity.** A name can mean a state and a city ("Washington", "New York") or
several cities ("Portland"). ``context`` (or, for ``place_from_text``, the text
itself) settles it when it mentions places on one reading's ladder: Seattle for the
state of Washington; North Bethesda, MD, "D.C." or Maryland for Washington, DC.
Otherwise: documents get the state ("Jobs in Washington" is the state); users get
the state too, unless the city lies inside it ("new york" is New York City, whose
ladder climbs to the state anyway). The city abbreviations the gazetteer lists
("nyc", "sf", "la", "dc") mean the city, except that a document's bare "NY" is the
state. A bare US city name that a far bigger city abroad shares is the city abroad
("paris" is Paris, France; "paris tx" is Paris, TX); a name no US place has is read
abroad ("toronto", "bangalore", "london uk"). Words about how one works ("hybrid",
"onsite") are dropped from what users type. Every uncertain reading carries a ``note``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import BaseModel

from store.models import Place
from store.resolve.geography.agencies import agencies_in, read_agency
from store.resolve.geography.context import (
    CAPITALISED_WORD,
    city_state_pairs,
    read_city_comma_state,
)
from store.resolve.geography.counties import read_county
from store.resolve.geography.gazetteer import COUNTRY, REMOTE, gazetteer
from store.resolve.geography.ladder import (
    PlaceError,
    get_place,
    ladder,
    place_covers,
    side_by_side,
    state_places,
)
from store.resolve.geography.locations import read_location_parts
from store.resolve.geography.names import norm, without_noise, without_remote_option
from store.resolve.geography.provinces import province_city, read_province_city
from store.resolve.geography.reading import FUZZY_ACCEPT, closest_places, read_name
from store.resolve.geography.readings import How, Reading, match
from store.resolve.geography.world import DOCUMENT_CITY_FLOOR, foreign_place
from store.resolve.geography.zips import read_zip
from store.resolve.titles import job_vocabulary

__all__ = [
    "COUNTRY",
    "REMOTE",
    "PlaceError",
    "PlaceMatch",
    "get_place",
    "ladder",
    "opening_place",
    "place_covers",
    "place_from_text",
    "resolve_place",
    "state_places",
    "suggest_places",
    "warm_up_places",
]

# Bare city names in documents ("Jobs in Waltham") need this many people, and bare
# segments ("Intern - Phoenix") this many: small towns are named like words.
TEXT_CITY_FLOOR = 10_000
SEGMENT_CITY_FLOOR = 100_000
FUZZY_SUGGEST = 70
MAX_AIRPORT_NAME_WORDS = 2  # "boston logan airport", "chicago o hare airport"
# An airport after its city's name, then maybe the city's state or province.
_AIRPORT = re.compile(r"(?P<city>.+?) (?:international )?airport(?P<after> .+)?")

# "in upstate New York", "in rural Maine", "in western Washington": a lower-case part of
# a place is still in it (no key is kept for its parts).
# "in the Washington metro area" keeps its lowercase "metro area": the metro, not the state.
PLACE_QUALIFIER = r"(?:upstate|downstate|rural|western|eastern|northern|southern|central)"
_IN_PLACE = re.compile(
    rf"\b[Ii]n\s+(?:the\s+)?(?:{PLACE_QUALIFIER}\s+)?"
    rf"({CAPITALISED_WORD}(?:\s+{CAPITALISED_WORD}){{0,4}}"
    r"(?:\s+(?:metro(?:politan)?(?:\s+area|\s+region)?|area)\b)?)"
)
# A place named as the owner or the kind of what follows it: "Central London's nurses",
# a clause opening "Baltimore cadets earn" (a name right before a plural noun).
_OWNER_OPENING = r"^\W*([A-Z][a-z]{2,}(?:\s+[A-Z][a-z]+){0,2})\s+(?=[a-z]+s\b)"
OWNER_PLACE = re.compile(r"\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3})['’]s\b|" + _OWNER_OPENING)
# Without an apostrophe only the opening branch can match, at the start: one anchored
# match instead of trying the possessive at every word (a sixth of reading a title).
_OPENING_OWNER = re.compile(_OWNER_OPENING)
# Parts of a title between separators: "Intern - Remote", "(Remote, US)", "MD • Hybrid".
_SEGMENT_BREAK = re.compile(r"(\s[-–—|•·/]\s|[•·()\[\]\n;|])")
MAX_SEGMENT = 40
MAX_LOCATION_FIELD = 80  # longer texts are sentences, not location fields
_BROAD = frozenset({"country", "state"})


class PlaceMatch(BaseModel):
    """How a text was read as a place; ``note`` says why a reading was uncertain."""

    place: Place
    score: float
    how: How
    note: str | None = None


def warm_up_places() -> None:
    """Load what reading documents needs (the gazetteer and the cities abroad) now, e.g.
    before forking workers, rather than in each worker on its first document."""
    gazetteer()
    read_name("boston", None, document=True)  # the index of big namesakes abroad
    foreign_place("toronto")
    province_city("vancouver bc")  # the provinces' cities, read from the same big file


def _read_abroad(n: str, *, floor: int, document: bool) -> Reading | None:
    # A document's "Jobs in Germany" segment is no city in Germany: the "in" part reads it.
    found = foreign_place(n, floor, fallback=not document)
    return match(found.place, "exact", found.note) if found else None


def _text_matches(text: str, context: str | None) -> Iterator[Reading]:
    """Readings of the places a text names, in the order they appear; at one spot a
    "City, ST" beats "in <Place>", which beats a bare segment ("Intern - Remote").

    A last " | " part is a site's name ("... | Built In Boston"): only an explicit
    "City, ST" counts there.
    """
    body, bar, _site = text.rpartition(" | ")
    if not bar:
        body = text
    found: list[tuple[int, int, str, str]] = []
    if "," in text or "(" in text:
        found += [(start, 0, city, state) for start, _, city, state in city_state_pairs(text)]
    if "in " in body or "In " in body:
        found += [(m.start(1), 1, m.group(1), m.group(0)) for m in _IN_PLACE.finditer(body)]
    found += [(start, 3, words, "") for start, words in _owners(body)]
    found += [(start, 4, words, "of" if of else "") for start, words, of in agencies_in(body)]
    states = gazetteer().states
    position = 0
    for index, piece in enumerate(_SEGMENT_BREAK.split(body)):
        segment = piece.strip()
        if index % 2 == 0 and segment and len(segment) <= MAX_SEGMENT:
            found.append((position + piece.find(segment[0]), 2, segment, ""))
        position += len(piece)
    for _start, kind, words, state in sorted(found):
        if kind == 0:
            reading = read_city_comma_state(words, state)
        elif kind == 2 and words.upper() in states:
            continue  # a lone "WA" labels a row of a pay table, not the text's place
        elif kind == 3:
            reading = _read_owner(words, context)
        elif kind == 4:
            reading = read_agency(
                words, context, its_first_words=bool(state), floor=TEXT_CITY_FLOOR
            )
        else:
            floor = TEXT_CITY_FLOOR if kind == 1 else SEGMENT_CITY_FLOOR
            n = norm(words)
            reading = (
                read_province_city(n)
                or read_name(n, context, document=True, city_floor=floor)
                or _read_abroad(n, floor=DOCUMENT_CITY_FLOOR, document=True)
            )
        if reading is not None and not (kind == 1 and _a_noun_after_the(state, reading)):
            yield reading


def _a_noun_after_the(phrase: str, reading: Reading) -> bool:
    """Whether "in the <Word>" reads a town from a noun the article makes of it: "in the
    Union" (a trade union), not Union, NJ. A town written with its article is one ("in
    the Bronx"); so is an area ("in the Rochester area") or a bigger place ("in the UK").

    >>> place_from_text("Welders in the Union earn more") is None
    True
    >>> place_from_text("Nurses in the Bronx earn more").key
    'city:US-NY-the-bronx'
    """
    words = phrase.split()
    return (
        len(words) == 3
        and words[1].lower() == "the"
        and reading.place.level == "city"
        and not reading.place.name.startswith("The ")
    )


def _owners(body: str) -> list[tuple[int, str]]:
    """Where ``OWNER_PLACE`` finds its names in ``body``, and the names."""
    if "'" in body or "’" in body:
        return [(m.start(), m[1] or m[2]) for m in OWNER_PLACE.finditer(body)]
    opening = _OPENING_OWNER.match(body)
    return [(opening.start(), opening[1])] if opening else []


def _read_owner(words: str, context: str | None) -> Reading | None:
    """A possessive or attributive name as a big place, its longest ending that is one
    ("Central London" is London); a bare name in running text must be a big city."""
    parts = words.split()
    for start in range(len(parts)):
        n = norm(" ".join(parts[start:]))
        reading = read_name(n, context, document=True, city_floor=SEGMENT_CITY_FLOOR)
        reading = reading or _read_abroad(n, floor=DOCUMENT_CITY_FLOOR, document=True)
        if reading is not None:
            return reading
    return None


def place_from_text(text: str, context: str | None = None) -> Place | None:
    """The place a title or snippet names, or None; ambiguous readings carry a ``note``.

        >>> place_from_text("Machine Learning Intern Salary in Boston, MA").key
        'city:US-MA-boston'
        >>> place_from_text("North Bethesda, MD • Hybrid").key
        'city:US-MD-north-bethesda'
        >>> place_from_text("Machine Learning Intern Jobs in Washington (NOW HIRING)").key
        'state:US-WA'
        >>> place_from_text("Machine Learning Engineer, PhD Intern - Instacart") is None
        True

    ``context`` (default: the text itself) settles ambiguous names such as
    "Washington" from the other places it mentions.
    """
    if not text:
        return None
    readings = _text_matches(text, text if context is None else context)
    found = next(readings, None)
    if len(text) <= MAX_LOCATION_FIELD and (found is None or found.place.level in _BROAD):
        # A location field's parts: "US-MA-Boston", "USA - Boston, MA" (Boston, not the US).
        parts = read_location_parts(text)
        if parts is not None and (found is None or place_covers(found.place, parts.place)):
            found = parts
        elif found is not None and found.place == COUNTRY:  # "USA - Remote": Remote
            after = next(readings, None)
            found = after if after is not None and after.place == REMOTE else found
    return found.place if found else None


def namesake_abroad(named: Place, country: str) -> Place:
    """Where a US city or metro a page about another country names really is: that
    country's city of the name (of a metro: of one of its cities' names), else the
    country itself (a province, a region the places lack).

    >>> namesake_abroad(get_place("city:US-WA-vancouver"), "CA").key
    'city:CA-vancouver'
    >>> namesake_abroad(get_place("city:US-CA-ontario"), "CA").key
    'country:CA'
    >>> namesake_abroad(get_place("metro:US-portland-or"), "CA").key  # "the Vancouver area"
    'city:CA-vancouver'
    """
    home = get_place(f"country:{country}")
    for city in named.name.rsplit(",", 1)[0].split("-"):  # a metro by its cities' names
        reading = foreign_place(norm(f"{city} {home.name}"), fallback=False)
        if reading is not None:
            return reading.place
    return home


# Where a sentence ends: ". The", "? In" (an abbreviation's point may split too; harmless).
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“(])|\n+")


def opening_place(text: str, context: str | None = None) -> Place | None:
    """The one place a page's opening text is about: the first place it names, unless the
    sentence naming it names another place beside it that neither covers nor lies in it
    (a comparison or a list: "earn more in California and Washington, D.C."), when the
    page is about no one place and None is returned (``side_by_side`` for the exceptions).

    >>> opening_place("Nurses in Houston, TX earn well. Dallas pays more.").key
    'city:US-TX-houston'
    >>> opening_place("Pay is higher in Ohio and in Austin, TX. Ohio leads.") is None
    True
    """
    context = text if context is None else context
    if place_from_text(text, context) is None:
        return None  # names no place at all: spare reading it sentence by sentence
    for sentence in _SENTENCE_BREAK.split(text):
        readings = _text_matches(sentence, context)
        first = next(readings, None)
        if first is None:
            continue
        page = first.place
        for other in readings:  # each beside the first: the narrower, their metro or None
            page = side_by_side(page, other.place)
            if page is None:
                return None
        return page
    return None


def resolve_place(
    query: str, context: str | None = None, *, guess: bool = True
) -> PlaceMatch | None:
    """Read what a user typed (or a location field) as a place; ``guess=False`` takes
    names as written, never the closest spelling (a company "Globex" is not Globe, AZ).

    >>> resolve_place("boston ma").place.name
    'Boston, MA'
    >>> resolve_place("MA").place.key
    'state:US-MA'
    >>> resolve_place("nationwide").place.key
    'country:US'
    >>> resolve_place("washington").place.note
    "'washington' read as the state of Washington; it may mean Washington, DC."
    >>> resolve_place("washington", context="near Seattle").how
    'context'
    >>> resolve_place("bostn").how
    'fuzzy'
    >>> resolve_place("bostn", guess=False) is None
    True
    >>> resolve_place("atlantis") is None
    True
    """
    stripped = query.strip()
    n, remote_allowed = without_remote_option(without_noise(norm(stripped)))
    if ":" in stripped or stripped == REMOTE.key:
        try:
            return PlaceMatch(place=get_place(stripped), score=100.0, how="exact")
        except PlaceError:
            pass
    if not n:  # "remote ok" alone: the job may be done from anywhere
        return PlaceMatch(place=REMOTE, score=100.0, how="exact") if remote_allowed else None
    # Words of job titles are never a misspelt town: "supervisor" is no Superior, WI.
    guess = guess and not set(n.split()) <= job_vocabulary()
    reading = (
        read_zip(n)
        or read_county(n)
        or read_province_city(n)
        or read_location_parts(stripped)
        or read_name(n, context, document=False, fuzzy=guess)
        or _read_abroad(n, floor=0, document=False)
    )
    if reading is None:
        reading = _read_airport(n, context)
    if reading is None and guess:
        best = closest_places(n, limit=1, cutoff=FUZZY_ACCEPT)
        if not best:
            return None
        place, score = best[0]
        reading = match(place, "fuzzy", f"Read '{stripped}' as {place.name}.", round(score, 1))
    if reading is None:
        return None
    return PlaceMatch(place=reading.place, score=reading.score, how=reading.how, note=reading.note)


def _read_airport(n: str, context: str | None) -> Reading | None:
    """A job at an airport named for its city, maybe with the airport's own name and the
    city's state or province after it: the city ("sous chef - darwin airport, nt", "ramp
    agent boston logan international airport"), noted.

    >>> _read_airport("darwin airport nt", None).place.key
    'city:AU-darwin'
    >>> _read_airport("boston logan international airport", None).note
    'Read the airport as its city, Boston, MA.'
    """
    found = _AIRPORT.fullmatch(n)
    if found is None:
        return None
    words, after = found["city"].split(), found["after"] or ""
    for size in range(len(words), max(0, len(words) - MAX_AIRPORT_NAME_WORDS - 1), -1):
        city = resolve_place(f"{' '.join(words[:size])}{after}", context, guess=False)
        if city is not None and city.place.level == "city":
            note = f"Read the airport as its city, {city.place.name}."
            return match(city.place, city.how, note, city.score)
    return None


def suggest_places(query: str, limit: int = 3) -> list[Place]:
    """Places a query might have meant, best first, for "did you mean ...?".

    >>> suggest_places("bostn")[0].name
    'Boston, MA'
    """
    n = norm(query)
    if not n or limit <= 0:
        return []
    return [place for place, _score in closest_places(n, limit=limit, cutoff=FUZZY_SUGGEST)]
