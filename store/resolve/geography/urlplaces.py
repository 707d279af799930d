"""The place a page's address names, for a page whose words name none.

    place = url_place(url, content)  # None: the address names no place either

A city code published at ``/codes/fairfield_il/`` is Fairfield, IL, also written run
together where the path spells the city out again (``/codes/pointpleasantwv/latest/
PointPleasant/``); a state government's host (``dps.alaska.gov``, ``dot.state.ak.us``)
is that state; a city's own host is that city: on ``.us`` (``pueblo.us``,
``ci.austin.tx.us``), on ``.gov`` by the initials it goes by (``police.slc.gov``,
``nyc.gov``), or on ``.gov``, ``.org`` or ``.us`` spelling its name out
(``documents.redwoodcity.org``, ``cityofmalden.org``, ``springfieldmo.gov``,
``austintexas.gov``); a page on a country's host (``example.co.uk``, ``ca.example.co``)
is that country's, unless it quotes dollars and never the country's own money (a
``.co.uk`` blog on US welders' "$17 to $30 an hour", an ``.in`` site's wire story on US
wages). Used by ``store.ingest.report`` only after the title and opening name no
place: the words a page publishes always beat its address.

>>> url_place("https://codelibrary.example.com/codes/fairfieldil/latest/fairfield_il/0-8").key
'city:US-IL-fairfield'
>>> url_place("https://ca.example-jobs.co/job/dishwasher-at-a-buffet").key
'country:CA'
>>> url_place("https://www.example-locums.co.uk/news/nurses-pay", "earn £29,218 a year").key
'country:GB'
>>> url_place("https://www.example-trades.co.uk/welders-pay", "earn $17 to $30 an hour") is None
True
>>> url_place("https://codes.example.com/codes/pointpleasantwv/latest/PointPleasant/0-4").key
'state:US-WV'
>>> url_place("https://dps.alaska.gov/ast/recruit/pay").key
'state:US-AK'
>>> url_place("https://www.pueblo.us/3068/Fire-Class-A").key  # a city's own .us host
'city:US-CO-pueblo'
>>> url_place("https://police.slc.gov/careers/wages").key  # Salt Lake City's initials
'city:US-UT-salt-lake-city'
>>> url_place("https://documents.redwoodcity.org/WebLink/DocView.aspx?id=1").key
'city:US-CA-redwood-city'
>>> url_place("https://www.springfieldmo.gov/2205/Salary-Schedules").key
'city:US-MO-springfield'
>>> url_place("https://www.commerce.gov/jobs") is None  # an agency, not Commerce, CA
True
>>> url_place("https://www.example.com/blog/how-much-do-nurses-earn") is None
True

A page whose words name a US city but whose host is another country's is about that
country's namesake (``with_address``): "Ontario" on ``blog.example.ca`` is Canada.
"""

from __future__ import annotations

import re
from functools import cache
from urllib.parse import unquote, urlsplit

from store.models import Place
from store.resolve.geography.context import read_city_comma_state
from store.resolve.geography.gazetteer import City, gazetteer
from store.resolve.geography.ladder import get_place
from store.resolve.places import namesake_abroad, place_from_text

# Country-code host labels whose sites publish for that country: the last label
# ("example.co.uk", "example.com.au") or a first label naming a country edition
# ("ca.example.co", "uk.example.com").
COUNTRY_HOSTS: dict[str, str] = {
    "uk": "country:GB",
    "ca": "country:CA",
    "au": "country:AU",
    "nz": "country:NZ",
    "ie": "country:IE",
    "in": "country:IN",
    "za": "country:ZA",
    "sg": "country:SG",
}
# The money of a host's country that has no dollar of its own: a page on its host that
# quotes dollars and none of these is about dollars earned elsewhere.
OWN_MONEY: dict[str, tuple[str, ...]] = {
    "country:GB": ("£", "GBP", "pound"),
    "country:IE": ("€", "EUR", "euro"),
    "country:IN": ("₹", "INR", "Rs", "lakh", "rupee"),
    "country:ZA": ("ZAR", "rand"),
}
# A path segment naming a city and its state's code: "fairfield_il", "austin-tx".
_CITY_STATE_SEGMENT = re.compile(r"^(?P<city>[a-z]+(?:[-_][a-z]+)*)[-_](?P<state>[a-z]{2})$")
# A city and state code run together ("pointpleasantwv"), read only where another
# segment of the path spells the city alone ("PointPleasant"): a code library's layout.
_RUN_TOGETHER = re.compile(r"^(?P<city>[a-z]{4,})(?P<state>[a-z]{2})$")
_CAMEL_BREAK = re.compile(r"(?<=[a-z])(?=[A-Z])|[-_]")


def url_place(url: str, content: str = "") -> Place | None:
    """The place a page's address names: a city and state in its path, else a state
    government's host, else its host's country (when ``content``, the page's text, does
    not quote only others' dollars); None when it names none."""
    parts = urlsplit(url.strip())
    labels = (parts.hostname or "").lower().removeprefix("www.").split(".")
    found = (
        _path_city(unquote(parts.path))
        or _state_host(labels)
        or _locality_host(labels)
        or _city_gov_host(labels)
        or _city_own_host(labels)
    )
    if found is not None or len(labels) < 2:
        return found
    key = _host_country(labels)
    if key is None or ("$" in content and _quotes_none(OWN_MONEY.get(key, ("$",)), content)):
        return None
    return get_place(key)


def with_address(named: Place | None, url: str, content: str = "") -> Place | None:
    """The page's place from its words (``named``) and its address: the address's place
    when the words name none; a US place's namesake abroad when the host is another
    country's (the words "Ontario" on a ``.ca`` host are Canada, not Ontario, CA).

    >>> with_address(get_place("city:US-CA-ontario"), "https://blog.example.ca/pay").key
    'country:CA'
    >>> with_address(get_place("city:US-TX-austin"), "https://example.com/pay").key
    'city:US-TX-austin'
    """
    if named is None:
        return url_place(url, content)
    if named.country != "US":
        return named
    labels = (urlsplit(url.strip()).hostname or "").lower().split(".")
    key = _host_country(labels) if len(labels) >= 2 else None
    if key is None or ("$" in content and _quotes_none(OWN_MONEY.get(key, ("$",)), content)):
        return named
    return namesake_abroad(named, key.removeprefix("country:"))


def _host_country(labels: list[str]) -> str | None:
    edition = COUNTRY_HOSTS.get(labels[0]) if len(labels) > 2 else None
    return COUNTRY_HOSTS.get(labels[-1]) or edition


def _path_city(path: str) -> Place | None:
    segments = path.split("/")
    lowered = [segment.lower() for segment in segments]
    for segment in reversed(lowered):
        found = _CITY_STATE_SEGMENT.match(segment)
        city = found and re.sub(r"[-_]", " ", found["city"]).title()
        if found is None:
            found = _RUN_TOGETHER.match(segment)
            spelled = found and next(
                (
                    s
                    for s, low in zip(segments, lowered, strict=True)
                    if re.sub(r"[-_]", "", low) == found["city"]
                ),
                None,
            )
            city = spelled and " ".join(_CAMEL_BREAK.split(spelled)).title()
        if not city:
            continue
        reading = read_city_comma_state(city, found["state"].upper())
        if reading is not None:
            return reading.place
    return None


def _state_host(labels: list[str]) -> Place | None:
    """A state government's host: a label naming the state before ``.gov``
    ("dps.alaska.gov", "www.newyork.gov", "www.dir.ca.gov"), or ``state.xx.us``."""
    if labels[-1] == "us" and len(labels) >= 3 and labels[-3] == "state":
        return gazetteer().states.get(labels[-2].upper())
    if labels[-1] != "gov" or len(labels) < 2:
        return None
    if len(labels[-2]) == 2:
        return gazetteer().states.get(labels[-2].upper())
    named = _states_by_host_name()
    return next((named[label] for label in labels[:-1] if label in named), None)


def _locality_host(labels: list[str]) -> Place | None:
    """A US city's own host on the ``.us`` domain: "pueblo.us", "ci.austin.tx.us"."""
    if labels[-1] != "us" or len(labels) not in (2, 4):
        return None
    if len(labels) == 4:
        reading = read_city_comma_state(labels[1].title(), labels[2].upper())
        return reading.place if reading is not None else None
    named = place_from_text(f"in {labels[0].title()}")
    return named if named is not None and named.level == "city" else None


def _city_gov_host(labels: list[str]) -> Place | None:
    """A big city's own ``.gov`` host named by the initials the city goes by ("nyc.gov",
    "police.slc.gov"); two letters are a state's ("la.gov" is Louisiana's), and a name
    spelled out may be a federal agency's ("commerce.gov", not Commerce, CA)."""
    if labels[-1] != "gov" or len(labels) < 2 or len(labels[-2]) < 3:
        return None
    city = gazetteer().abbreviations.get(labels[-2])
    return get_place(city.key) if city is not None else None


_MUNICIPAL_TLDS = frozenset({"gov", "org", "us"})
_MUNICIPAL_PREFIX = re.compile(r"(?:cityof|townof|villageof)(?=[a-z]{3})")


def _city_own_host(labels: list[str]) -> Place | None:
    """A city's own host spelling its name: run together when it has several words
    ("redwoodcity.org"), after "cityof" ("cityofmalden.org"), or before its state's code
    or name ("springfieldmo.gov", "austintexas.gov"); a one-word name alone may be
    anything else's ("commerce.gov")."""
    if labels[-1] not in _MUNICIPAL_TLDS or len(labels) < 2:
        return None
    label = labels[-2]
    prefixed = _MUNICIPAL_PREFIX.match(label)
    name = label[prefixed.end() :] if prefixed else label
    in_state = _cities_in_state_run_together()
    for state_name, state in _states_by_host_name().items():
        if name.endswith(state_name) and (state.state, name[: -len(state_name)]) in in_state:
            return get_place(in_state[state.state, name[: -len(state_name)]].key)
    city = in_state.get((name[-2:].upper(), name[:-2])) if len(name) > 4 else None
    if city is not None:
        return get_place(city.key)
    cities = _cities_run_together().get(name)
    if cities and (prefixed or " " in cities[0].name):
        return get_place(cities[0].key)
    return None


@cache
def _cities_run_together() -> dict[str, list[City]]:
    """Cities by their name lower-cased and run together, most populous first."""
    return {name.replace(" ", ""): cities for name, cities in gazetteer().city_names.items()}


@cache
def _cities_in_state_run_together() -> dict[tuple[str, str], City]:
    """Each state's cities by their name lower-cased and run together."""
    named: dict[tuple[str, str], City] = {}
    for cities in gazetteer().city_names.values():
        for city in cities:
            named.setdefault((city.state, city.name.lower().replace(" ", "")), city)
    return named


@cache
def _states_by_host_name() -> dict[str, Place]:
    return {state.name.lower().replace(" ", ""): state for state in gazetteer().states.values()}


def _quotes_none(signs: tuple[str, ...], content: str) -> bool:
    return not any(sign in content for sign in signs)
