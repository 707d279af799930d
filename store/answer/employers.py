"""An employer's name that ends a question and carries a town: "accounts payable specialist -
billings clinic", "teacher newark public schools", "dispatcher city of tustin".

    >>> employer_at_end("accounts payable specialist - billings clinic").text
    'accounts payable specialist billings'

Postings name the employer after the title, and many employers are named for their town.
When the words before the name write no place, the town is the place asked about, noted;
when they do ("nurse quincy, ma - boston medical center"), the name is set aside, noted, so
its town never misleads. The name's kinds (clinic, public schools, city of ...) are in
``store/data/query.json``.
"""

from __future__ import annotations

import json
from functools import cache

from pydantic import BaseModel

from store.answer.question_words import WHOLE_PLACE, clean_words, place_at_end, question_words
from store.resolve.names import norm
from store.resolve.noise import QUERY_WORDS_PATH
from store.resolve.places import PlaceMatch, resolve_place

MAX_TOWN_WORDS = 3  # "san diego unified school district", "forest grove"


class EmployerRead(BaseModel):
    """The question without the employer's name (its town kept when that is the place)."""

    text: str
    note: str


@cache
def _employer_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    employers = json.loads(QUERY_WORDS_PATH.read_text("utf-8"))["employers"]
    by_length = sorted(employers["endings"], key=lambda e: -len(e.split()))
    return tuple(by_length), tuple(employers["prefixes"])


def employer_at_end(text: str) -> EmployerRead | None:
    """The question read past an employer's name that ends it, or None.

    >>> employer_at_end("registered nurse boston medical center").note
    'Read the employer “boston medical center” as its town, Boston, MA.'
    >>> employer_at_end("nurse quincy, ma - boston medical center").text
    'nurse quincy, ma'
    >>> employer_at_end("nurse - boston medical center quincy, ma") is None
    True
    """
    words = question_words(text)
    lowered = [norm(w) for w in words]
    found = _town_and_name(lowered)
    if found is None:
        return None
    name_at, town_at, town_end = found
    before = clean_words(words[:name_at])
    name = clean_words(words[name_at:])
    _, _, written = place_at_end(before) if before else ("", None, None)
    if written is not None and written.score >= WHOLE_PLACE:
        return EmployerRead(text=before, note=f"Set aside the employer “{name}”.")
    town = clean_words(words[town_at:town_end])
    place = _town(town)
    if place is None or not before:
        return None
    return EmployerRead(
        text=f"{before} {town}",
        note=f"Read the employer “{name}” as its town, {place.place.name}.",
    )


def _town(words: str) -> PlaceMatch | None:
    """A town, as written: a state's letters in a name are no town ("va medical center" is
    the Veterans Affairs')."""
    match = resolve_place(words, guess=False)
    return match if match is not None and match.place.level == "city" else None


def _town_and_name(words: list[str]) -> tuple[int, int, int] | None:
    """Where the employer's name starts, and where its town starts and ends: "boston" before
    "medical center", "tustin" after "city of"."""
    endings, prefixes = _employer_words()
    for ending in endings:
        size = len(ending.split())
        if len(words) > size and " ".join(words[-size:]) == ending:
            kind_at = len(words) - size
            for town_size in range(min(MAX_TOWN_WORDS, kind_at), 0, -1):
                town = " ".join(words[kind_at - town_size : kind_at])
                if _town(town) is not None:
                    return kind_at - town_size, kind_at - town_size, kind_at
            return None
    for prefix in prefixes:
        size = len(prefix.split())
        for at in range(max(0, len(words) - size - MAX_TOWN_WORDS), len(words) - size):
            if " ".join(words[at : at + size]) == prefix:
                return at, at + size, len(words)
    return None
