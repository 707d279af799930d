"""Every way to split a question's words into a role and a place, and the best of them.

    >>> best = best_reading(readings("ml intern boston", None))
    >>> best.role_text, best.place_text, best.place.key
    ('ml intern', 'boston', 'city:US-MA-boston')

Each split whose role part names a role is a ``Reading`` (role first, "ml intern ma", and
place first, "boston ml intern"); ``best_reading`` picks the best role, then, for that role,
the most specific place that resolves. ``store.answer.parse`` reads a question with them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from store.answer.asides import set_off
from store.answer.question_words import (
    MAX_ROLE_WORDS,
    WHOLE_PLACE,
    clean_words,
    question_words,
    short_place,
)
from store.models import Place, Role
from store.resolve.role_queries import resolve_role
from store.resolve.roles import open_role

_SPECIFICITY = {"city": 4, "metro": 3, "region": 3, "state": 2, "remote": 2, "country": 1}

StoredRole = Callable[[Role], bool]


@dataclass(frozen=True)
class Reading:
    role_text: str
    place_text: str
    role: Role
    role_score: float
    role_how: str | None
    place: Place | None
    place_note: str | None
    place_score: float = 0.0

    @property
    def resolved_place(self) -> bool:
        return bool(self.place_text) and self.place is not None

    @property
    def whole_place(self) -> bool:
        """Whether every word of the place text was read as the place."""
        return self.resolved_place and self.place_score >= WHOLE_PLACE


def _splits(words: list[str]) -> Iterable[tuple[str, str]]:
    """(role text, place text) for each role-first and place-first split whose role part
    is at most ``MAX_ROLE_WORDS`` words."""
    for end in range(min(len(words), MAX_ROLE_WORDS), 0, -1):
        yield clean_words(words[:end]), clean_words(words[end:])
    for start in range(max(1, len(words) - MAX_ROLE_WORDS), len(words)):
        yield clean_words(words[start:]), clean_words(words[:start])


def _role_reading(
    role_text: str, stored_role: StoredRole | None, typos: bool
) -> tuple[Role, float, str] | None:
    match = resolve_role(role_text, typos=typos)
    if match is not None:
        return match.role, match.score, match.how
    if stored_role is not None:
        own = open_role(role_text)
        if own is not None and stored_role(own):
            return own, 90.0, "stored"
    return None


def readings(text: str, stored_role: StoredRole | None) -> list[Reading]:
    """Every split of ``text`` whose role part names a role: typos are tried only when no
    split reads without them (they are the costly part)."""
    return _readings_with(text, stored_role, typos=False) or _readings_with(
        text, stored_role, typos=True
    )


def _readings_with(text: str, stored_role: StoredRole | None, *, typos: bool) -> list[Reading]:
    readings = []
    for role_text, place_text in dict.fromkeys(_splits(question_words(text))):
        role = _role_reading(role_text, stored_role, typos) if role_text else None
        if role is None:
            continue
        place_match = short_place(place_text) if place_text else None
        readings.append(
            Reading(
                role_text=role_text,
                place_text=place_text,
                role=role[0],
                role_score=role[1],
                role_how=role[2],
                place=place_match.place if place_match else None,
                place_note=place_match.note if place_match else None,
                place_score=place_match.score if place_match else 0.0,
            )
        )
    return readings


def best_reading(readings: list[Reading]) -> Reading:
    """The role first (best match, then the longer text: "software engineer intern" over
    "software engineer"); then, of that role's readings whose place resolves, the
    cleanest role match ("ml intern" + "greater boston" over "ml intern greater" +
    "boston"), the most specific place ("boston ma" over "make in boston ma" read as
    the state), the longest place text; if no place resolves, the best role match, so
    leftover words show as an unknown place. Should that role's leftover words resolve as
    no place, another role's reading whose place does resolve is read instead."""
    best = max(readings, key=lambda r: (r.role_score, len(r.role_text)))
    same_role = [r for r in readings if r.role.slug == best.role.slug]
    placed = [r for r in same_role if r.resolved_place]
    if placed and not any(r.whole_place for r in placed):
        # "senior electrical design substation engineer tualatin oregon": the longer title
        # at a whole place, not a drafter at a city after "substation engineer".
        longer = [
            r
            for r in readings
            if r.whole_place
            and r.role_text.lower().startswith(f"{best.role_text.lower()} ")
            and not set_off(r.role_text[len(best.role_text) :])  # a unit, not more title
        ]
        if longer:  # of those, the most specific place: the city is no word of the title
            return max(longer, key=lambda r: (r.role_score, _specificity(r), len(r.role_text)))
    if not placed and best.place_text:  # "clerk data entry remote": not a clerk somewhere
        placed = [r for r in readings if r.resolved_place]
    if placed:
        return max(
            placed,
            key=lambda r: (
                r.role_score,
                _specificity(r),
                r.whole_place,  # "tucker ga" over "& control tucker ga"
                len(r.place_text),
            ),
        )
    return best


def _specificity(reading: Reading) -> int:
    """How narrow a reading's place is. A country abroad ranks with US Remote and the
    states, not with the whole US: "designer nigeria - fully remote" is remote within
    Nigeria, not a "designer nigeria" working anywhere in the US."""
    if reading.place is None:
        return 0
    if reading.place.level == "country" and reading.place.country != "US":
        return _SPECIFICITY["remote"]
    return _SPECIFICITY.get(reading.place.level, 0)
