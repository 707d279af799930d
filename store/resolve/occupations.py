"""Occupations of the Standard Occupational Classification, as the shipped BLS OEWS release
names them, and the words people use for them.

    >>> occupation("29-1141").name
    'Registered Nurses'
    >>> occupation("29-1141").singular
    'Registered Nurse'
    >>> sorted(occupation("13-2011").aliases)
    ['13 2011', 'accountant', 'accountant and auditor', 'auditor']

Only the detailed occupations (display level 3, about 830) are used. Each is read by its
official name made singular ("Registered Nurses" -> "registered nurse"), by each half of a
name joined with "and" ("Accountants and Auditors" -> "accountant", "auditor"), by the part
before a comma ("Sales Representatives, Wholesale ..." -> "sales representative") and by its
SOC code. "..., All Other" occupations are read by their full name only: "manager" alone
must not mean "Managers, All Other". Where two occupations would share a word, the one
employing more people nationally keeps it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from store.oews.release import oews_reference
from store.resolve.levels import normalise

NATIONAL_AREA = "0000000"
_NOT_PLURAL_ENDINGS = ("ss", "us", "is")
_Shared = Callable[[str, str], bool]  # (alias, soc): does another occupation's name end so?


@dataclass(frozen=True)
class Occupation:
    soc: str
    name: str  # official, plural: "Registered Nurses"
    singular: str  # "Registered Nurse"
    employment: float  # national, for choosing between namesakes
    aliases: frozenset[str]


def singular_word(word: str) -> str:
    """ "Nurses" -> "Nurse", "Secretaries" -> "Secretary", "Coaches" -> "Coach"."""
    lower = word.lower()
    if len(lower) > 4 and lower.endswith("ies"):
        return word[:-3] + ("Y" if word[-1].isupper() else "y")
    if lower.endswith(("sses", "shes", "ches", "xes", "zes")):
        return word[:-2]
    if lower.endswith("s") and not lower.endswith(_NOT_PLURAL_ENDINGS) and len(lower) > 3:
        return word[:-1]
    return word


def singular_name(name: str) -> str:
    """An official name made singular where its nouns end: before a comma, "and", "or", or the end.

    >>> singular_name("Heating, Air Conditioning, and Refrigeration Mechanics and Installers")
    'Heating, Air Conditioning, and Refrigeration Mechanic and Installer'
    """
    words = name.split(" ")
    out = []
    for index, word in enumerate(words):
        following = words[index + 1] if index + 1 < len(words) else None
        comma = word.endswith(",")
        core = word.rstrip(",")
        if comma or following in (None, "and", "or"):
            core = singular_word(core)
        out.append(core + ("," if comma else ""))
    return " ".join(out)


# Words for anyone employed: a part of an official name that is one alone ("Prepress
# Technicians and Workers") names no job, so "32,000 workers" is not a prepress worker.
_ANYONE_EMPLOYED = {"worker", "employee", "staff"}


def _aliases(soc: str, name: str, shared: _Shared) -> set[str]:
    singular = singular_name(name)
    found = {normalise(singular), normalise(soc)}
    if name.endswith(", All Other"):
        return found
    head = singular.split(",")[0]
    # "Sales Representative" from "Sales Representatives, ...", but not a word another
    # name joins with "and" ("Directors, Religious Activities": "Producers and Directors")
    if (
        "," in singular
        and head.split()[-1] != name.split(",")[0].split()[-1]
        and normalise(head) not in lone_words_joined()
    ):
        found.add(normalise(head))
    if "," not in name:
        found |= _parts_named(soc, name, singular, shared)
    return {alias for alias in found if len(alias) >= 2}


def _parts_named(soc: str, name: str, singular: str, shared: _Shared) -> set[str]:
    """The jobs the parts of a name joined with "and" name on their own.

    "Accountants and Auditors" names two jobs; in "Mental Health and Substance Abuse
    Social Workers" the first part is no job (its last word was never plural), and in
    "First-Line Supervisors of Police and Detectives" the parts are what "of" governs. A
    later part another occupation's name also ends with takes the first part's modifiers:
    the "Service Technicians" of "Aircraft Mechanics and Service Technicians" service
    aircraft, and "Investigators" there are private investigators.

    >>> shared = lambda alias, soc: alias in {"service technician", "investigator"}
    >>> sorted(_parts_named("", "Aircraft Mechanics and Service Technicians",
    ...     "Aircraft Mechanic and Service Technician", shared))
    ['aircraft mechanic', 'aircraft service technician']
    >>> sorted(_parts_named("", "Home Health and Personal Care Aides",
    ...     "Home Health and Personal Care Aide", shared))
    ['personal care aide']
    """
    parts = [part.strip() for part in singular.split(" and ")]
    plurals = [plural.strip() for plural in name.split(" and ")]
    if len(parts) < 2 or " of " in parts[0]:
        return set()
    first_is_a_job = parts[0] != plurals[0]
    modifiers = parts[0].split()[:-1]
    found = set()
    for index, (part, plural) in enumerate(zip(parts, plurals, strict=False)):
        words = part.split()
        if words[0].lower() == "related":  # "Automotive Body and Related Repairers"
            continue
        if words[0].lower() == "other" and len(words) > 1:  # "... and Other Small Engine"
            words = words[1:]
        lone = len(words) == 1
        # A lone word names a job only if the official name made it plural ("Auditors").
        if lone and (words[0].lower() in _ANYONE_EMPLOYED or plural == part):
            continue
        if index == 0 and not first_is_a_job:
            continue
        if index > 0 and lone and not first_is_a_job:
            continue
        alias = normalise(" ".join(words))
        if index > 0 and shared(alias, soc):
            if not modifiers and lone:  # "Directors" also head "Music Directors": no one job
                continue
            alias = normalise(" ".join([*modifiers, *words]))
        found.add(alias)
    return found


def _shared_endings(names: list[tuple[str, str]]) -> _Shared:
    """Whether an alias ends another occupation's name or one of its parts ("technician")."""
    ending: dict[str, set[str]] = {}
    for soc, name in names:
        singular = singular_name(name)
        for piece in (singular.split(",")[0], *singular.split(" and ")):
            words = normalise(piece).split()
            for size in range(1, len(words) + 1):
                ending.setdefault(" ".join(words[-size:]), set()).add(soc)
    return lambda alias, soc: bool(ending.get(alias, set()) - {soc})


@cache
def all_occupations() -> dict[str, Occupation]:
    """Every detailed occupation by SOC code, with its aliases (shared ones given to the
    occupation employing more people)."""
    rows = _official_names()
    owner: dict[str, tuple[float, str]] = {}
    candidates: dict[str, set[str]] = {}
    shared = _shared_endings([(soc, name) for soc, name, _ in rows])
    for soc, name, employment in rows:
        candidates[soc] = _aliases(soc, name, shared)
        for alias in candidates[soc]:
            if alias not in owner or employment > owner[alias][0]:
                owner[alias] = (employment, soc)
    return {
        soc: Occupation(
            soc=soc,
            name=name,
            singular=singular_name(name),
            employment=employment,
            aliases=frozenset(a for a in candidates[soc] if owner[a][1] == soc),
        )
        for soc, name, employment in rows
    }


@cache
def _official_names() -> list[tuple[str, str, float]]:
    """(SOC code, official name, national employment) of every detailed occupation."""
    return (
        oews_reference()
        .db.execute(
            """
        SELECT o.soc, o.name, COALESCE(w.employment, 0) FROM occupations o
        LEFT JOIN wages w ON w.soc = o.soc AND w.area_code = ?
        WHERE o.display_level = 3 ORDER BY o.soc
        """,
            (NATIONAL_AREA,),
        )
        .fetchall()
    )


@cache
def lone_words_joined() -> frozenset[str]:
    """Single words an official name joins to another job with "and" ("Loan Interviewers
    and Clerks", "Automotive Service Technicians and Mechanics"): heads of many jobs, which
    running text must not read as any one of them, even where a title lists the word.

    >>> {"clerk", "mechanic", "technician"} <= lone_words_joined()
    True
    """
    return frozenset(
        normalise(part)
        for _soc, name, _ in _official_names()
        if "," not in name
        for part in singular_name(name).split(" and ")[1:]
        if " " not in part.strip()
    )


def occupation(soc: str) -> Occupation:
    """The detailed occupation with this SOC code (KeyError if there is none)."""
    return all_occupations()[soc]


def employment(soc: str | None) -> float:
    """National employment of an occupation (0 for none): how common a job is."""
    found = all_occupations().get(soc or "")
    return found.employment if found else 0.0
