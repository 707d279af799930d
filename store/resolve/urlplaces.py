"""The place a page's address names, for a page whose words name none.

    place = url_place(url, content)  # None: the address names no place either

A city code published at ``/codes/fairfield_il/`` is Fairfield, IL; a page on a
country's host (``example.co.uk``, ``ca.example.co``) is that country's, unless it
quotes dollars and never the country's own money (a ``.co.uk`` blog on US welders'
"$17 to $30 an hour", an ``.in`` site's wire story on US wages). Used by
``store.ingest.report`` only after the title and opening name no place: the words a
page publishes always beat its address.

>>> url_place("https://codelibrary.example.com/codes/fairfieldil/latest/fairfield_il/0-8").key
'city:US-IL-fairfield'
>>> url_place("https://ca.example-jobs.co/job/dishwasher-at-a-buffet").key
'country:CA'
>>> url_place("https://www.example-locums.co.uk/news/nurses-pay", "earn £29,218 a year").key
'country:GB'
>>> url_place("https://www.example-trades.co.uk/welders-pay", "earn $17 to $30 an hour") is None
True
>>> url_place("https://www.example.com/blog/how-much-do-nurses-earn") is None
True
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from store.models import Place
from store.resolve.context import read_city_comma_state
from store.resolve.ladder import get_place

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


def url_place(url: str, content: str = "") -> Place | None:
    """The place a page's address names: a city and state in its path, else its host's
    country (when ``content``, the page's text, does not quote only others' dollars);
    None when it names neither."""
    parts = urlsplit(url.strip().lower())
    for segment in reversed(unquote(parts.path).split("/")):
        found = _CITY_STATE_SEGMENT.match(segment)
        if found is None:
            continue
        city = re.sub(r"[-_]", " ", found["city"]).title()
        reading = read_city_comma_state(city, found["state"].upper())
        if reading is not None:
            return reading.place
    labels = (parts.hostname or "").removeprefix("www.").split(".")
    if len(labels) < 2:
        return None
    edition = COUNTRY_HOSTS.get(labels[0]) if len(labels) > 2 else None
    key = COUNTRY_HOSTS.get(labels[-1]) or edition
    if key is None or ("$" in content and _quotes_none(OWN_MONEY.get(key, ("$",)), content)):
        return None
    return get_place(key)


def _quotes_none(signs: tuple[str, ...], content: str) -> bool:
    return not any(sign in content for sign in signs)
