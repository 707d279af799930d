"""Reading an ambiguous name from the places around it, and the plain mentions of places
a text makes ("City, ST", state names, big cities).

    >>> [p.key for p in mentions("office in North Bethesda, MD", "washington")]
    ['city:US-MD-north-bethesda']
    >>> state, city = gazetteer().places["state:US-WA"], gazetteer().places["city:US-DC-washington"]
    >>> choose("washington", [state, city], state, None, "North Bethesda, MD").place.key
    'city:US-DC-washington'
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.models import Place
from store.resolve.geography.gazetteer import (
    NOTABLE_POPULATION,
    REMOTE,
    Gazetteer,
    city_place,
    gazetteer,
)
from store.resolve.geography.ladder import ladder
from store.resolve.geography.names import REMOTE_WORDS, STATE_ABBREVIATIONS, norm
from store.resolve.geography.provinces import province_city, province_words
from store.resolve.geography.readings import How, Reading, match
from store.resolve.geography.world import world

# A capitalised word of a place name: "North", "D.C.", "Wilkes-Barre", "O'Fallon".
CAPITALISED_WORD = r"[A-Z][\w'’.\-–]*"
# A state as written after a city: "MA", "D.C.", "Calif.", "Texas", "New York".
_STATE = r"[A-Z]\.?[A-Z]\.?(?!\w)|[A-Z][a-z]{1,4}\.(?!\w)|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b"
# The state after a comma, or in brackets as lists of metros write it: "Yuma (Ariz.)",
# "New York-Newark (N.Y.-N.J.)" (the first of several states).
_COMMA_STATE = re.compile(rf",\s*({_STATE})")
_BRACKET_STATE = re.compile(rf"\s\(\s*({_STATE})(?:\s*[-–/][^()]{{0,12}})?\s*\)")
_CITY_WORD = re.compile(CAPITALISED_WORD)
_CAPITALISED_RUN = re.compile(rf"{CAPITALISED_WORD}(?:\s+(?:of\s+|de\s+)?{CAPITALISED_WORD})*")


def _state_after_comma(text: str) -> Place | None:
    """ "MA", "D.C.", "Texas" or, as newspapers write it, "Calif." as a state."""
    gaz = gazetteer()
    code = text.replace(".", "")
    if len(code) == 2 and code.isupper():
        return gaz.states.get(code)
    named = gaz.state_names.get(norm(text))
    if named is None and text.endswith("."):
        return gaz.states.get(STATE_ABBREVIATIONS.get(norm(text), ""))
    return named


def read_city_comma_state(city_text: str, state_text: str) -> Reading | None:
    """ "Boston, MA", "North Bethesda, MD", "Washington, D.C.", "Austin, Texas"."""
    gaz = gazetteer()
    state = _state_after_comma(state_text)
    if state is None:
        return None
    code = state_text.replace(".", "")
    words = city_text.split()
    for start in range(len(words)):
        name = norm(" ".join(words[start:]))
        city = gaz.city_in_state.get((state.state, name))
        if city is not None:
            return _region_before_alternate(name, state) or match(city_place(city), "exact")
        if start == len(words) - 1 and name in REMOTE_WORDS:
            return match(REMOTE, "exact", f"Remote within {state.name}.")
    # A metro named by its cities ("Vallejo-Fairfield, CA", "Spokane-Spokane Valley"):
    # its first city.
    head = city_text.split("-")[0] if "-" in city_text else ""
    city = gaz.city_in_state.get((state.state, norm(head))) if head else None
    if city is not None:
        return match(city_place(city), "exact")
    if len(code) != 2 or norm(words[-1]).upper() in gaz.states:
        return None  # "CA, NY, CT" lists states; it names no city
    abroad = province_city(norm(f"{city_text} {code}"))
    if abroad is not None:  # "Perth, WA": no Perth in Washington, one in Western Australia
        return match(abroad.place, "exact", abroad.note)
    return match(
        state, "exact", f"'{words[-1]}' is not a city in {state.name} here; read as the state."
    )


def _region_before_alternate(name: str, state: Place) -> Reading | None:
    """The region a "Name, ST" names when a city of that state has it only as another
    name: "Long Island, NY" is Long Island, not Long Island City (whose alternates list
    it); a city's own name ("Boston, MA") is the city, and nothing is looked up."""
    gaz = gazetteer()
    city = gaz.city_in_state[(state.state, name)]
    if norm(city.name) == name:
        return None  # the usual case: the city's own name
    nickname = gaz.nicknames.get(f"{name} {state.state.lower()}") or gaz.nicknames.get(name)
    if nickname is None or nickname.place.state not in (state.state, None):
        return None
    return match(nickname.place, "alias", nickname.note)


def city_state_pairs(text: str) -> list[tuple[int, int, str, str]]:
    """ "..., Boston, MA • Hybrid" -> [(start, end, "Boston", "MA")]: the state after a comma
    and up to four capitalised words before it (the reader tries the longest city first);
    a state in brackets counts only after a city of that state ("Yuma (Ariz.)", not
    "Physician Assistant (PA)").

    >>> [pair[2:] for pair in city_state_pairs("Yuma (Ariz.): $142,650, Nurse (OR)")]
    [('Yuma', 'Ariz.')]
    """
    pairs = []
    found = [(m, False) for m in _COMMA_STATE.finditer(text)] if "," in text else []
    if "(" in text:
        found += [(m, True) for m in _BRACKET_STATE.finditer(text)]
    for m, bracketed in found:
        if _state_after_comma(m.group(1)) is None:  # ", Summer 2026"
            continue
        words: list[str] = []
        for word in reversed(text[max(0, m.start() - 60) : m.start()].split()[-4:]):
            if not _CITY_WORD.fullmatch(word):
                break
            words.insert(0, word)
        if not words:
            continue
        city = " ".join(words)
        if bracketed:
            reading = read_city_comma_state(city, m.group(1))
            if reading is None or reading.place.level == "state":
                continue
        if _country_abroad_after(text, m.end()):
            continue  # "Perth, WA, Australia": Western Australia, not Washington state
        if _province_of(city, m.group(1)):
            continue  # "Vancouver, BC, CA": Canada after a province, not California
        pairs.append((text.rfind(words[0], 0, m.start()), m.end(), city, m.group(1)))
    return pairs


def _province_of(words: str, country: str) -> bool:
    """Whether ``words`` are a province of the country ``country`` is the code of.

    >>> _province_of("BC", "CA"), _province_of("San Jose", "CA")
    (True, False)
    """
    return any(p.country == country for p in province_words().get(norm(words), ()))


_NEXT_PART = re.compile(r"\s*,\s*([A-Za-z][A-Za-z .'-]{1,40}?)\s*(?:$|[,;|)\n•·-])")


def _country_abroad_after(text: str, end: int) -> bool:
    """Whether the comma part after a "City, ST" pair names a country other than the US
    ("Perth, WA, Australia", "Toronto, ON, CA"), which makes "ST" that country's region.

    >>> _country_abroad_after("Perth, WA, AU", 9), _country_abroad_after("Austin, TX, USA", 10)
    (True, False)
    """
    following = _NEXT_PART.match(text, end)
    if following is None:
        return False
    name = following.group(1).strip()
    places = world()
    if len(name) == 2 and name.isupper():
        country = places.by_code.get(name)
    else:
        country = places.countries.get(norm(name))
    return country is not None and country.country != "US"


def support(candidate: Place, mention: Place) -> int:
    """How well a place mentioned nearby fits one reading of an ambiguous name: 2 when
    they share a city or metro (North Bethesda for Washington, DC), 1 when they share
    a state or the reading's metro reaches into the mention's state (Maryland for
    Washington, DC; Seattle for the state of Washington), else 0."""
    shared = {p.key for p in ladder(candidate)} & {p.key for p in ladder(mention)}
    if any(not key.startswith(("state:", "country:")) for key in shared):
        return 2
    if any(key.startswith("state:") for key in shared):
        return 1
    spanned = gazetteer().places[candidate.metro_key].states if candidate.metro_key else ()
    return int(candidate.level == "city" and mention.level == "state" and mention.state in spanned)


def describe(place: Place) -> str:
    return f"the state of {place.name}" if place.level == "state" else place.name


_CHOICES = [0]  # how many names ``choose`` was asked to settle (``choices_made``)


def choices_made() -> int:
    """How many ambiguous names ``choose`` has been asked to settle so far in this process:
    a reading during which none was asked its context nothing, so it reads the same under
    any other context (that is not empty)."""
    return _CHOICES[0]


def choose(
    text: str,
    candidates: list[Place],
    default: Place,
    note: str | None,
    context: str | None,
    how: How = "exact",
) -> Reading:
    """Settle an ambiguous name from the places ``context`` mentions, else take ``default``.

    Brooklyn fits New York City better (2) than New York State (1), so the city wins;
    "Buffalo, NY" fits both equally, so the default stands.
    """
    _CHOICES[0] += 1
    if context:
        nearby = mentions(context, text)
        votes = {c.key: sum(support(c, m) for m in nearby) for c in candidates}
        best = max(votes.values())
        winners = [c for c in candidates if votes[c.key] == best]
        if best and len(winners) == 1:
            chosen = winners[0]
            why = ", ".join(dict.fromkeys(m.name for m in nearby if support(chosen, m)))
            note = f"'{text}' read as {describe(chosen)} ({why} nearby)."
            return match(chosen, "context", note, 95.0)
        city = _city_among_cities(candidates, nearby)
        if not best and city is not None:
            names = ", ".join(dict.fromkeys(m.name for m in nearby))
            note = f"'{text}' read as {city.name}, named among other cities ({names})."
            return match(city, "context", note, 90.0)
    return match(default, how, note)


def _city_among_cities(candidates: list[Place], nearby: tuple[Place, ...]) -> Place | None:
    """The one city reading of a name listed among two or more other cities and no state
    ("Washington, Boston and San Francisco": Washington, DC, not the state)."""
    cities = [c for c in candidates if c.level == "city"]
    if len(cities) != 1 or len(nearby) < 2:
        return None
    return cities[0] if all(m.level in ("city", "metro") for m in nearby) else None


@lru_cache(maxsize=256)
def mentions(context: str, exclude: str) -> tuple[Place, ...]:
    """Places a context names plainly ("City, ST", state names, big cities, "D.C."),
    leaving out the ambiguous name itself."""
    gaz = gazetteer()
    found: list[Place] = []
    pieces, position = [], 0
    for start, end, city, state in city_state_pairs(context):
        match = read_city_comma_state(city, state)
        if match is not None:
            found.append(match.place)
        pieces.append(context[position:start])
        position = max(position, end)
    # The rest, without the "City, ST" pairs, so "NY" in "Buffalo, NY" is not counted again.
    rest = " ; ".join([*pieces, context[position:]])
    for run in _CAPITALISED_RUN.finditer(rest):
        words = run.group().split()
        at = 0
        while at < len(words):
            for size in range(min(4, len(words) - at), 0, -1):
                n = norm(" ".join(words[at : at + size]))
                place = None if n == exclude else _plain_mention(gaz, n)
                if place is not None or size == 1:
                    break
            if place is not None:
                found.append(place)
            at += size
    return tuple(p for p in found if p.level in ("city", "metro", "state"))


def _plain_mention(gaz: Gazetteer, n: str) -> Place | None:
    if n in gaz.state_names:
        return gaz.state_names[n]
    if len(n) == 2 and n.upper() in gaz.states:  # "NY" alone is the state more than the city
        return gaz.states[n.upper()]
    if n in gaz.abbreviations:
        return city_place(gaz.abbreviations[n])
    cities = gaz.city_names.get(n)
    if cities and cities[0].population >= NOTABLE_POPULATION:
        return city_place(cities[0])
    return None
