"""Reading a `/salary` question as a role and a place.

    >>> q = parse_salary_query("machine learning intern in Boston, MA")
    >>> q.role.slug, q.place.key, q.reading
    ('ml-intern', 'city:US-MA-boston', 'Read as Machine Learning Intern in Boston, MA')
    >>> parse_salary_query("how much does a registered nurse make in houston?").role.slug
    'registered-nurse'
    >>> [place.name for place in parse_salary_query("swe nyc vs sf").compared]
    ['San Francisco, CA']

1. Words that name neither a role nor a place are dropped first (``store/data/query.json``:
   "salary", "hourly", "(hybrid)", "summer 2026", "how much does a ... make").
2. A comparison ("nyc vs sf", "boston or seattle") is split: the first place is the
   question's place, the others are ``compared`` (an answer shows them side by side).
3. Every split of the words is tried, role first ("ml intern ma") and place first ("boston ml
   intern"); the best role match wins, then, for that role, the most specific place that
   resolves. No place means national; words that name no place leave ``place`` None with
   ``place_text`` set, unless they end in a place: then the words before it are the role
   asked about ("developer wrangler sf" is no software engineer at "wrangler sf"); the
   splits and their scoring are ``store.answer.readings``. A
   title no occupation covers is read as the role of its own that ingest stored it under,
   when the store has figures for it (``stored_role``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from store.answer.asides import (
    compared_places,
    listed_places,
    parentheses_set_off,
    place_then_words,
    set_aside,
    specialty,
)
from store.answer.employers import EmployerRead, employer_at_end
from store.answer.models import SalaryQuery
from store.answer.question_words import (
    MAX_ROLE_WORDS,
    place_at_end,
    short_place,
)
from store.answer.readings import Reading, StoredRole, best_reading, readings
from store.models import Level, Place
from store.resolve.levels import level_info, normalise, split_level, stated_experience
from store.resolve.noise import drop_noise
from store.resolve.places import get_place
from store.resolve.role_queries import resolve_role
from store.resolve.roles import role_at_level

NATIONAL_KEY = "country:US"
_GLOSS = re.compile(r"\(([^()]*)\)")
# An employer's own level code ("L5", "E4", "IC3"): a level at one company, not a ladder.
_COMPANY_LEVEL = re.compile(r"\b(?:[LE]\d|IC\d)\b", re.IGNORECASE)


def _longer_role_at_place(text: str, cleaned: str, role_text: str) -> SalaryQuery | None:
    """ "developer wrangler sf" is an unknown role in San Francisco, not a software engineer
    ("developer") at an unknown place ("wrangler sf"): when the words after a known role
    name end in a place, the words before that place are the role asked about."""
    longer, place_text, match = place_at_end(cleaned)
    if (
        match is None
        or len(longer.split()) > MAX_ROLE_WORDS
        or not longer.lower().startswith(f"{role_text.lower()} ")
        or short_place(longer[len(role_text) :].strip()) is not None  # two places
    ):
        return None
    return SalaryQuery(
        text=text,
        role_text=longer,
        place_text=place_text,
        place=match.place,
        reading=f"Couldn't find a known role in “{longer}”.",
        notes=[match.note] if match.note else [],
    )


def _read_around_gloss(text: str, stored_role: StoredRole | None) -> SalaryQuery | None:
    """The question read without what a posting glosses its title with in parentheses, at
    the level the gloss names: "Ecommerce SWE L3 (Senior Engineer) Remote" is a senior
    software engineer, remote. None when there is no gloss or the rest reads no role.

    >>> _read_around_gloss("swe l3 (senior engineer) remote", None).role.slug
    'senior-software-engineer'
    """
    glosses = _GLOSS.findall(text)
    if not glosses:
        return None
    level = next(filter(None, (split_level(normalise(g))[0] for g in glosses)), None)
    prefix = level_info(level).prefix if level is not None else None
    outside = " ".join(_GLOSS.sub(" ", text).split())
    query = _parse(f"{prefix} {outside}" if prefix else outside, stored_role)
    return query.model_copy(update={"text": text}) if query.role is not None else None


def _level_name(level: Level | None) -> str:
    """ "senior", "entry-level", or the middle of the ladder for no level."""
    if level is None:
        return "mid-level (no level word)"
    return level_info(level).name.lower()


def describe_place(place: Place) -> str:
    """How an answer names a rung: "Boston, MA", "the Boston, MA metro", "Remote"."""
    if place.level == "metro" and "metro" not in place.name.lower():
        return f"the {place.name} metro"
    if place.level == "country":
        return f"{place.name} (national)"
    return place.name


def where(place: Place) -> str:
    """How a reading says where: " in Boston, MA", or ", Remote"."""
    return ", Remote" if place.level == "remote" else f" in {place.name}"


def parse_salary_query(text: str, stored_role: StoredRole | None = None) -> SalaryQuery:
    """Split what the user typed into a role and a place (see the module's docstring).

    ``stored_role`` says whether the store holds figures for a role of its own, so that a
    title no occupation covers ("prompt engineer") can still be asked about.
    """
    query = _parse(text, stored_role)
    by_gloss = _read_by_gloss(text, query, stored_role)
    if by_gloss is not None:
        return by_gloss
    if query.role is None:  # "swe l3 (senior engineer)": the gloss hid the title
        return _read_around_gloss(text, stored_role) or query
    return query


def _read_by_gloss(
    text: str, query: SalaryQuery, stored_role: StoredRole | None
) -> SalaryQuery | None:
    """The question read by the title a posting glosses its own with in parentheses, when
    the gloss is a known title read whole and the posting's own words are not: "sheriff
    communications officer i (entry level 911 dispatcher) tustin, ca" is an entry-level
    emergency dispatcher, not a public relations specialist read inside the words.

    >>> parse_salary_query("sheriff communications officer i (911 dispatcher)").role.slug
    'emergency-dispatcher'
    """
    found = _GLOSS.search(text)
    own = resolve_role(query.role_text or "", typos=False)
    if found is None or (own is not None and own.how in ("exact", "alias")):
        return None
    gloss = resolve_role(found[1], typos=False)
    if gloss is None or gloss.how not in ("exact", "alias"):
        return None
    read = _parse(f"{found[1]} {text[found.end() :]}", stored_role)
    if read.role is None or read.role.slug != gloss.role.slug or read.role == query.role:
        return None
    note = f"Read the title by its gloss “{found[1].strip()}”, a known title."
    return read.model_copy(update={"text": text, "notes": [note, *read.notes]})


def _parse(text: str, stored_role: StoredRole | None) -> SalaryQuery:
    cleaned = drop_noise(text.strip())
    if not cleaned:
        return SalaryQuery(text=text, reading="Nothing to read: the question was empty.")
    experience = stated_experience(cleaned)  # "swe 5 years experience nyc"
    if experience is not None:
        cleaned = experience.rest
    company_levels = _COMPANY_LEVEL.findall(cleaned)  # "swe l5 seattle"
    if company_levels:
        cleaned = _COMPANY_LEVEL.sub(" ", cleaned)
    cleaned, listed = listed_places(cleaned)  # "buyer - jefferson county; birmingham; bessemer"
    cleaned, compared = compared_places(cleaned)
    employer = employer_at_end(cleaned)  # "accounts payable specialist - billings clinic"
    if employer is not None:
        cleaned = employer.text
    # Noise words can belong to a title ("compensation analyst"): read the text as typed
    # when nothing reads without them.
    bare = readings(cleaned, stored_role)
    found = bare or readings(text.strip(), stored_role)
    fielded = _in_employers_field(cleaned, employer, bare, stored_role)
    if fielded is not None:  # "sergeant - dallas police department"
        found = fielded
    if not found:
        role_text, place_text, match = place_at_end(cleaned)
        return SalaryQuery(
            text=text,
            role_text=role_text,
            place_text=place_text,
            place=match.place if match else None,
            reading=f"Couldn't find a known role in “{role_text}”."
            if role_text
            else f"Read {match.place.name if match else place_text} as a place, with no role.",
            notes=[match.note] if match and match.note else [],
        )
    best = best_reading(found)
    notes = [note for note in (listed, employer.note if employer else None) if note]
    if fielded is not None:
        notes.append(f"Read the title as “{best.role_text}”, the field its employer hires in.")
    aside = None
    if best.place_text and not best.place:
        aside = set_aside(cleaned, best.role_text) or set_aside(
            parentheses_set_off(text), best.role_text
        )
    if aside is not None:  # "clinical nurse ii - medical/surgical chicago"
        title, words, place_text, match = aside
        how = best.role_how if title == best.role_text else "title"  # "truck driver class b"
        best = replace(best, role_text=title, role_how=how, place_text=place_text)
        best = replace(best, place=match.place, place_note=match.note)
        specialist = specialty(best.role_text, best.role, words)
        if specialist is not None:  # "engineering technician (civil)"
            role_text, role, words = specialist
            best = replace(best, role_text=role_text, role=role, role_how="title")
        if words:
            notes.append(f"Set aside “{words}”, after the title: neither a role nor a place.")
    if best.place_text and best.place is None:
        longer = _longer_role_at_place(text, cleaned, best.role_text)
        if longer is not None:
            return longer
        after_place = place_then_words(best.place_text)
        if after_place is not None:  # "site reliability engineer - remote gitlab"
            words, match = after_place
            best = replace(best, place=match.place, place_note=match.note)
            notes.append(f"Set aside “{words}”, after the place: neither a role nor a place.")
    if best.role_how not in ("exact", "alias"):  # a title, a typo or a stored role
        notes.append(f"Read “{best.role_text}” as {best.role.name}.")
    role = best.role
    if experience is not None and role.level is None:
        role = role_at_level(role, experience.level)
        notes.append(f"Read “{experience.written}” as {_level_name(experience.level)}.")
    elif experience is not None:  # level words decide over years
        notes.append(f"The level in the title decides, not “{experience.written}”.")
    if company_levels:
        every_level = ": showing the role at every level" if role.level is None else ""
        notes.append(
            f"Company level codes such as “{company_levels[0].upper()}” mean different "
            f"things at different employers and are not read{every_level}."
        )
    if best.place_note:
        notes.append(best.place_note)
    role_name = role.name
    if best.place_text and best.place is None:
        reading = f"Read as {role_name}; couldn't place “{best.place_text}”."
        place = None
    elif best.place is None:
        place = get_place(NATIONAL_KEY)
        reading = f"Read as {role_name}, nationally ({place.name})"
    else:
        place = best.place
        reading = f"Read as {role_name}{where(place)}"
    return SalaryQuery(
        text=text,
        role_text=best.role_text,
        place_text=best.place_text or None,
        role=role,
        place=place,
        reading=reading,
        notes=notes,
        compared=[other.place for other in compared if other.place.key != place.key]
        if place is not None
        else [],
    )


def _in_employers_field(
    cleaned: str,
    employer: EmployerRead | None,
    found: list[Reading],
    stored_role: StoredRole | None,
) -> list[Reading] | None:
    """The readings of the title in the field its employer hires in, when that makes a
    known title other than the words alone: "sergeant - dallas police department" is a
    police sergeant (a bare "sergeant" is no one job), "maintainer - sangamon county highway
    department" a highway maintainer, "bus driver - springfield public schools" a school
    bus driver, not a transit one.

    >>> parse_salary_query("captain - houston fire department").role.slug
    'fire-officer'
    """
    if employer is None or employer.field is None:
        return None
    fielded = readings(f"{employer.field} {cleaned}", stored_role)
    if not fielded:
        return None
    chosen = best_reading(fielded)
    words = chosen.role_text.split()
    if chosen.role_how not in ("exact", "alias") or len(words) < 2 or words[0] != employer.field:
        return None
    if found and best_reading(found).role.slug == chosen.role.slug:
        return None
    return fielded


def warm_up_reading() -> None:
    """Load every table reading needs (titles, occupations, the gazetteer, cities abroad,
    ZIP codes, OEWS areas), about 2 s, so no user's question pays for it."""
    for question in ("ml-intern boston", "registered nurse 02139", "swe london"):
        parse_salary_query(question)
