"""An employer's name that ends a question and carries a town: "accounts payable specialist -
billings clinic", "teacher newark public schools", "dispatcher city of tustin", or a state:
"facility maintenance technician - maryland department of transportation".

    >>> employer_at_end("accounts payable specialist - billings clinic").text
    'accounts payable specialist billings'

Postings name the employer after the title, and many employers are named for their town.
When the words before the name write no place, the town is the place asked about, noted;
when they do ("nurse quincy, ma - boston medical center"), the name is set aside, noted, so
its town never misleads. A public employer's department ("... department of transportation")
follows a town or a state written in full, which is then the place. The name's kinds
(clinic, public schools, city of ..., department of ..., a hotel brand before its town)
are in ``store/data/query.json``.
"""

from __future__ import annotations

import re
from functools import cache

from pydantic import BaseModel

from store.answer.question_words import (
    WHOLE_PLACE,
    clean_words,
    place_at_end,
    question_words,
    short_place,
)
from store.resolve.geography.counties import read_county
from store.resolve.geography.names import norm
from store.resolve.geography.reading import split_state
from store.resolve.places import PlaceMatch, resolve_place
from store.resolve.role_queries import resolve_role
from store.vocabulary import vocabulary

MAX_TOWN_WORDS = 3  # "san diego unified school district", "forest grove"
_KIND = {"city": "town", "state": "state"}
MAX_DEPARTMENT_WORDS = 4  # "department of health and human services"
MAX_COUNTY_EMPLOYER_WORDS = 3  # "schools", "government", "highway department"
MAX_PROPERTY_WORDS = 2  # "marriott norfolk waterside", "hilton boston back bay"


class EmployerRead(BaseModel):
    """The question without the employer's name (its town kept when that is the place),
    and the field an employer of its kind hires in ("police" for a police department)."""

    text: str
    note: str
    field: str | None = None


class _Name(BaseModel):
    """Where an employer's name starts in the words, and where its town starts and ends."""

    name_at: int
    town_at: int
    town_end: int
    states: bool = False  # a department's name may carry a state ("maryland department of")
    state: str | None = None  # the one state a kind of district is found in ("central": NY)


class _EmployerWords(BaseModel):
    """The kinds of employer name in ``query.json``, longest first where order matters."""

    endings: tuple[str, ...]
    prefixes: tuple[str, ...]
    departments: tuple[str, ...]
    brands: tuple[str, ...]
    fields: dict[str, str]
    kind_states: dict[str, str]


@cache
def _employer_words() -> _EmployerWords:
    employers = vocabulary("query.json")["employers"]
    return _EmployerWords(
        endings=sorted(employers["endings"], key=lambda e: -len(e.split())),
        prefixes=employers["prefixes"],
        departments=employers["departments"],
        brands=sorted(employers["brands"], key=lambda b: -len(b.split())),
        fields=employers["fields"],
        kind_states=employers["kind_states"],
    )


def field_of(name: str) -> str | None:
    """The field an employer's kind hires in, from the kind its name ends in, or None.

    >>> field_of("dallas police department"), field_of("billings clinic")
    ('police', None)
    """
    lowered = " ".join(_without_number(norm(name).split()))  # "... school district #205"
    return next(
        (
            field
            for ending in _employer_words().endings
            if (lowered == ending or lowered.endswith(f" {ending}"))
            and (field := _employer_words().fields.get(ending)) is not None
        ),
        None,
    )


def employer_at_end(text: str) -> EmployerRead | None:
    """The question read past an employer's name that ends it, or None.

    >>> employer_at_end("registered nurse boston medical center").note
    'Read the employer “boston medical center” as its town, Boston, MA.'
    >>> employer_at_end("nurse quincy, ma - boston medical center").text
    'nurse quincy, ma'
    >>> employer_at_end("nurse - boston medical center quincy, ma").text
    'nurse quincy, ma'
    >>> employer_at_end("buyer - maryland department of transportation").text
    'buyer maryland'

    A district's number after its kind is part of its name ("... unified school district
    #1", "... school district no. 186"):

    >>> employer_at_end("paraprofessional - flagstaff unified school district #1").text
    'paraprofessional flagstaff'
    """
    words = question_words(text)
    lowered = [norm(w) for w in words]
    found = _town_and_name(_without_number(lowered))
    if found is None:
        return _county_employer(words, lowered) or _employer_before_place(words, lowered)
    before = clean_words(words[: found.name_at])
    name = clean_words(words[found.name_at :])
    _, _, written = place_at_end(before) if before else ("", None, None)
    if written is not None and written.score >= WHOLE_PLACE:
        return EmployerRead(
            text=before, note=f"Set aside the employer “{name}”.", field=field_of(name)
        )
    town = clean_words(words[found.town_at : found.town_end])
    if found.state is not None:
        town = f"{town}, {found.state}"
    place = _town(town, states=found.states)
    if place is None or not before:
        return None
    return EmployerRead(
        text=f"{before} {town}",
        note=f"Read the employer “{name}” as its {_KIND[place.place.level]}, {place.place.name}.",
        field=field_of(name),
    )


def _without_number(words: list[str]) -> list[str]:
    """The words without the number that ends them, if any ("... district #1": "1";
    "... district no. 4j": "no 4j")."""
    if len(words) < 2 or not re.fullmatch(r"\d{1,4}[a-z]?", words[-1]):
        return words
    return words[:-2] if words[-2] in ("no", "number", "") else words[:-1]


def _county_employer(words: list[str], lowered: list[str]) -> EmployerRead | None:
    """The question read at a county whose government, schools or department employs, as
    county postings name their employer after the title, maybe then the state: "substitute
    custodians preston county schools, wv", "grounds maintenance technician charles county
    government", "maintainer - sangamon county highway department". The employer's words
    must name no place ("nurse harris county hospital district houston, tx" is in Houston).

    >>> employer_at_end("buyer - sangamon county highway department").text
    'buyer sangamon county'
    >>> employer_at_end("nurse - bergen county, nj") is None
    True
    """
    if "county" not in lowered[1:-1]:
        return None
    at = len(lowered) - 1 - lowered[::-1].index("county")
    employer, _ = split_state(" ".join(lowered[at + 1 :]))
    size = len(employer.split())
    if not 1 <= size <= MAX_COUNTY_EMPLOYER_WORDS or place_at_end(employer)[2] is not None:
        return None
    state_words = " ".join(lowered[at + 1 + size :])
    for county_at in range(at - 1, max(0, at - MAX_TOWN_WORDS) - 1, -1):  # a title before it
        county = " ".join(lowered[county_at : at + 1])
        if county_at > 0 and read_county(f"{county} {state_words}".strip()) is not None:
            before = clean_words(words[:county_at])
            name = clean_words(words[county_at : at + 1 + size])
            return EmployerRead(
                text=f"{before} {county} {state_words}".strip(),
                note=f"Read the employer “{name}” as its county.",
                field=field_of(name),
            )
    return None


def _employer_before_place(words: list[str], lowered: list[str]) -> EmployerRead | None:
    """The question without an employer's name written between the title and the place,
    with no dash to set it off: "substitute custodian southeast polk community school
    district pleasant hill, iowa". The name ends in a kind of employer ("school district")
    and takes up to three words before it, as many as leave a title before them.

    >>> employer_before = "custodian southeast polk community school district pleasant hill, ia"
    >>> employer_at_end(employer_before).text
    'custodian pleasant hill, ia'
    """
    for ending in _employer_words().endings:
        size = len(ending.split())
        for at in range(1, len(lowered) - size):
            if " ".join(lowered[at : at + size]) != ending:
                continue
            after = clean_words(words[at + size :])
            written = short_place(after)
            if written is None or written.score < WHOLE_PLACE:
                continue
            for start in range(max(1, at - MAX_TOWN_WORDS), at + 1):
                title, name = clean_words(words[:start]), clean_words(words[start : at + size])
                if resolve_role(title, typos=False) is not None:
                    return EmployerRead(
                        text=f"{title} {after}",
                        note=f"Set aside “{name}”, the employer.",
                        field=field_of(name),
                    )
    return None


def _town(words: str, *, states: bool = False) -> PlaceMatch | None:
    """A town, as written: a state's letters in a name are no town ("va medical center" is
    the Veterans Affairs'); with ``states``, also a state written in full ("maryland")."""
    match = resolve_place(words, guess=False)
    if match is None:
        return None
    if match.place.level == "city":
        return match
    in_full = states and len(words.replace(".", "")) > 2  # "va department of ..." is no state
    return match if in_full and match.place.level == "state" else None


def _town_in(words: str, state: str) -> PlaceMatch | None:
    """A town of that name in that state, read whole: "franklinville" in New York, never a
    title's words before it nor the state alone ("- ny" is no town)."""
    match = _town(f"{words} {state}")
    if match is None or norm(match.place.name.rsplit(",", 1)[0]) != norm(words):
        return None
    return match


def _town_and_name(words: list[str]) -> _Name | None:
    """Where the employer's name starts, and where its town starts and ends: "boston" before
    "medical center", "tustin" after "city of", "maryland" before "department of". A kind
    of district only one state has looks its town up there, as a small town's name alone
    may be one in several states ("franklinville" before "central school district" is in
    New York)."""
    kinds = _employer_words()
    for ending in kinds.endings:
        size = len(ending.split())
        if len(words) > size and " ".join(words[-size:]) == ending:
            kind_at = len(words) - size
            state = kinds.kind_states.get(ending)
            for town_size in range(min(MAX_TOWN_WORDS, kind_at), 0, -1):
                town = " ".join(words[kind_at - town_size : kind_at])
                if (_town_in(town, state) if state else _town(town)) is not None:
                    at = kind_at - town_size
                    return _Name(name_at=at, town_at=at, town_end=kind_at, state=state)
            return None
    for prefix in kinds.prefixes:
        size = len(prefix.split())
        for at in range(max(0, len(words) - size - MAX_TOWN_WORDS), len(words) - size):
            if " ".join(words[at : at + size]) == prefix:
                return _Name(name_at=at, town_at=at + size, town_end=len(words))
    return _branded(words, kinds.brands) or _department(words, kinds.departments)


def _branded(words: list[str], brands: tuple[str, ...]) -> _Name | None:
    """A hotel named by its brand and its town, maybe with a word or two of the property
    after the town: "marriott norfolk waterside", "hyatt regency chicago"."""
    for brand in brands:
        size = len(brand.split())
        first = max(0, len(words) - size - MAX_TOWN_WORDS - MAX_PROPERTY_WORDS)
        for at in range(len(words) - size - 1, first - 1, -1):
            if " ".join(words[at : at + size]) != brand:
                continue
            town_at = at + size
            for town_size in range(min(MAX_TOWN_WORDS, len(words) - town_at), 0, -1):
                property_words = len(words) - town_at - town_size
                town = _town(" ".join(words[town_at : town_at + town_size]))
                if property_words <= MAX_PROPERTY_WORDS and town is not None:
                    return _Name(name_at=at, town_at=town_at, town_end=town_at + town_size)
    return None


def _department(words: list[str], departments: tuple[str, ...]) -> _Name | None:
    """A public employer's name ending the words: a town or a state written in full, then
    "department of" and what the department does ("maryland department of transportation")."""
    for department in departments:
        size = len(department.split())
        last = len(words) - size - 1  # the department does something: a word at least
        for at in range(last, max(0, last - MAX_DEPARTMENT_WORDS), -1):
            if " ".join(words[at : at + size]) != department:
                continue
            if place_at_end(" ".join(words[at + size :]))[2] is not None:
                return None  # "ohio department of health columbus, oh": a place is written
            for town_size in range(min(MAX_TOWN_WORDS, at - 1), 0, -1):  # a title before it
                town = _town(" ".join(words[at - town_size : at]), states=True)
                if town is not None and town.score >= WHOLE_PLACE:  # "i - maryland": "maryland"
                    return _Name(
                        name_at=at - town_size, town_at=at - town_size, town_end=at, states=True
                    )
            return None
    return None
