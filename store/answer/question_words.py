"""The words of a `/salary` question: split, trimmed, and read as a short place.

    >>> question_words("nurse  boston,ma")
    ['nurse', 'boston,', 'ma']
    >>> clean_words(["in", "boston", "-"])
    'boston'
    >>> place_at_end("developer wrangler sf")[:2]
    ('developer wrangler', 'sf')

Shared by ``store.answer.parse``, which reads a question, and ``store.answer.asides``,
which finds the words postings set off a title and the places a question compares.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from store.resolve.noise import query_words
from store.resolve.places import PlaceMatch, resolve_place

# Role names and place names are short; longer runs of words are never resolved as one.
MAX_ROLE_WORDS = 8
MAX_PLACE_WORDS = 6
WHOLE_PLACE = 100.0  # a place score below it left words of the place text unread
_EDGE_PUNCTUATION = " ,;:/|-–—?!.@"
_THE = "the "
_ZIP_BESIDE_NAME = re.compile(r"[\s,]+\d{5}(?:-\d{4})?\b")  # "boston ma 02139"


def clean_words(words: Iterable[str]) -> str:
    """Words joined back, without edge punctuation or joining words such as "in"."""
    joiners = query_words().joiners
    parts = [w for w in " ".join(words).split() if w]
    while parts and parts[0].strip(_EDGE_PUNCTUATION).lower() in joiners | {""}:
        parts.pop(0)
    while parts and parts[-1].strip(_EDGE_PUNCTUATION).lower() in joiners | {""}:
        parts.pop()
    return " ".join(parts).strip(_EDGE_PUNCTUATION)


def question_words(text: str) -> list[str]:
    return re.sub(r"\s+", " ", text.replace(",", ", ")).strip().split(" ")


def short_place(text: str) -> PlaceMatch | None:
    """A place for short texts only: a long remainder is no place name. "The" belongs to
    some names ("the triangle") and not to others ("the dmv"): tried with it, then without.
    """
    if len(text.split()) > MAX_PLACE_WORDS:
        return None
    match = resolve_place(text)
    if match is None and text[: len(_THE)].lower() == _THE:
        match = resolve_place(text[len(_THE) :])
    written = _ZIP_BESIDE_NAME.sub("", text) if match is None else text
    if written != text and re.search(r"[a-z]", written, re.IGNORECASE):
        # "boston ma 02139", "charlottesville (22902), va": the place as written, its ZIP aside
        match = resolve_place(written)
    return match


def place_at_end(text: str) -> tuple[str, str | None, PlaceMatch | None]:
    """For text with no known role: (role text, place text, match) of its longest place
    suffix; the role text is empty when the whole question is a place ("san francisco")."""
    words = question_words(text)
    starts = [*range(max(1, len(words) - MAX_PLACE_WORDS), len(words)), 0]
    if f"{words[0]} ".lower() == _THE:  # "the triangle" is a name whole, not "triangle"
        starts.insert(0, starts.pop())
    found = []
    for start in starts:
        place_text = clean_words(words[start:])
        match = short_place(place_text)
        if match is not None:
            found.append((start, place_text, match))
            if match.score >= WHOLE_PLACE:
                break
    if not found:
        return clean_words(words), None, None
    # A place read whole beats a longer one read past words of its own: "shift supervisor
    # columbus, oh" asks about a shift supervisor, not a "supervisor columbus".
    start, place_text, match = max(found, key=lambda f: f[2].score >= WHOLE_PLACE)
    role_text = clean_words(words[:start])
    return ("" if f"{role_text} ".lower() == _THE else role_text), place_text, match
