"""Place names in comparable form, and the words about places that are ours
(``store/data/places.json``): Remote, the whole country, "greater X", noise words.

    >>> norm("St. Louis"), norm("Saint Louis"), norm("D.C.")
    ('st louis', 'st louis', 'dc')
    >>> slug("Winston-Salem")
    'winston-salem'
    >>> without_noise(norm("Boston (Hybrid)"))
    'boston'
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from store.vocabulary import vocabulary

_VOCAB = vocabulary("places.json")
_WORD_FORMS: dict[str, str] = _VOCAB["word_forms"]
REMOTE_WORDS = frozenset(_VOCAB["remote"])
COUNTRY_WORDS = frozenset(_VOCAB["country"])
# Parts of the country and time zones a remote job is limited to ("Remote - East Coast").
REMOTE_AREAS = frozenset(_VOCAB["remote_areas"])
# Parts of the world a posting abroad names after its country ("Portugal / European Union").
AREAS_ABROAD = tuple(sorted(_VOCAB["areas_abroad"], key=len, reverse=True))
METRO_PREFIXES = tuple(p + " " for p in _VOCAB["metro_prefixes"])
METRO_SUFFIXES = tuple(" " + s for s in sorted(_VOCAB["metro_suffixes"], key=len, reverse=True))
STATE_SUFFIXES = tuple(" " + s for s in _VOCAB["state_suffixes"])
COUNTRY_SUFFIXES = tuple(" " + c for c in sorted(COUNTRY_WORDS, key=len, reverse=True))
# Country names people use that are not the gazetteer's ("uk" for the United Kingdom).
COUNTRY_ALIASES: dict[str, str] = _VOCAB["country_aliases"]
# US territories read as states ("PR": "Puerto Rico"): geonames files them as countries.
US_TERRITORIES: dict[str, str] = _VOCAB["territories"]
TERRITORY_NAMES: dict[str, str] = _VOCAB["territory_names"]  # "usvi": "VI"
# States as newspapers abbreviate them ("calif" for California, "minn" for Minnesota).
STATE_ABBREVIATIONS: dict[str, str] = _VOCAB["state_abbreviations"]
# Provinces and states abroad by country and geonames admin1 code ("CA": {"02": [...]}).
PROVINCES: dict[str, dict[str, list[str]]] = _VOCAB["provinces"]

_DROPPED = re.compile(r"[.'’`]")
# Dashes, bullets and dots between words outside ASCII, which would otherwise be dropped.
_WIDE_BREAK = re.compile("[\u2010-\u2015\u2022\u00b7\u2212]")
_NON_WORD = re.compile(r"[^a-z0-9]+")


# Most names are plain words with single spaces: they only need lowering (and their
# word forms); this check is cheaper than the general path for the gazetteer's 50,000 names.
_PLAIN = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")
_FORMS = re.compile(r"\b(?:" + "|".join(map(re.escape, _WORD_FORMS)) + r")\b")


@lru_cache(maxsize=200_000)
def norm(text: str) -> str:
    """Comparable form: "St. Louis" and "Saint Louis" -> "st louis"; "D.C." -> "dc".

    >>> norm("Minneapolis–Saint Paul"), norm("Montréal")
    ('minneapolis st paul', 'montreal')
    """
    if _PLAIN.fullmatch(text):
        lowered = text.lower()
        if _FORMS.search(lowered) is None:
            return lowered
    if not text.isascii():
        text = _WIDE_BREAK.sub(" ", text)  # "Minneapolis–St. Paul": a dash parts two words
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = _NON_WORD.sub(" ", _DROPPED.sub("", text.lower())).split()
    return " ".join(_WORD_FORMS.get(word, word) for word in words)


def slug(name: str) -> str:
    return norm(name).replace(" ", "-")


def initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[0].isupper())


# Longest first, so "on site" goes before "site" would (were it a noise word).
_NOISE = re.compile(
    r"(?:^| )(?:"
    + "|".join(re.escape(norm(w)) for w in sorted(_VOCAB["not_places"], key=len, reverse=True))
    + r")(?= |$)"
)


def without_noise(n: str) -> str:
    """A normalised query without the words that say how, not where, one works:
    "boston hybrid" -> "boston"; "onsite" -> "". Remote is a place and stays."""
    return " ".join(_NOISE.sub(" ", n).split())


_REMOTE_OPTIONAL = re.compile(
    r"(?:^| )(?:" + "|".join(re.escape(w) for w in _VOCAB["remote_optional"]) + r")(?= |$)"
)


def without_remote_option(n: str) -> tuple[str, bool]:
    """A normalised query without words that allow remote work ("remote ok"), and whether it
    had them: "los angeles remote ok" asks about Los Angeles ("ok" is no Oklahoma).

    >>> without_remote_option("los angeles remote ok")
    ('los angeles', True)
    """
    rest = " ".join(_REMOTE_OPTIONAL.sub(" ", n).split())
    return rest, rest != n


def without_area_abroad(n: str) -> str:
    """A normalised name without the part of the world written after it; unchanged when it
    ends in none.

    >>> without_area_abroad("portugal european union"), without_area_abroad("union")
    ('portugal', 'union')
    """
    for area in AREAS_ABROAD:
        if n == area or n.endswith(f" {area}"):
            return n[: -len(area)].strip()
    return n
