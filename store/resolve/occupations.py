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

from dataclasses import dataclass
from functools import cache

from store.oews.release import oews_reference
from store.resolve.levels import normalise

NATIONAL_AREA = "0000000"
_NOT_PLURAL_ENDINGS = ("ss", "us", "is")


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


def _aliases(soc: str, name: str) -> set[str]:
    singular = singular_name(name)
    found = {normalise(singular), normalise(soc)}
    if name.endswith(", All Other"):
        return found
    head = singular.split(",")[0]
    if "," in singular and head.split()[-1] != name.split(",")[0].split()[-1]:
        found.add(normalise(head))  # "Sales Representative" from "Sales Representatives, ..."
    if "," not in name:
        plural_parts = name.split(" and ")
        for part, plural in zip(singular.split(" and "), plural_parts, strict=False):
            # A lone word names a job only if the official name made it plural ("Auditors").
            if part.strip().lower() in _ANYONE_EMPLOYED:
                continue
            if " " in part.strip() or plural.strip() != part.strip():
                found.add(normalise(part))
    return {alias for alias in found if len(alias) >= 2}


@cache
def all_occupations() -> dict[str, Occupation]:
    """Every detailed occupation by SOC code, with its aliases (shared ones given to the
    occupation employing more people)."""
    db = oews_reference().db
    rows = db.execute(
        """
        SELECT o.soc, o.name, COALESCE(w.employment, 0) FROM occupations o
        LEFT JOIN wages w ON w.soc = o.soc AND w.area_code = ?
        WHERE o.display_level = 3 ORDER BY o.soc
        """,
        (NATIONAL_AREA,),
    ).fetchall()
    owner: dict[str, tuple[float, str]] = {}
    candidates: dict[str, set[str]] = {}
    for soc, name, employment in rows:
        candidates[soc] = _aliases(soc, name)
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


def occupation(soc: str) -> Occupation:
    """The detailed occupation with this SOC code (KeyError if there is none)."""
    return all_occupations()[soc]


def employment(soc: str | None) -> float:
    """National employment of an occupation (0 for none): how common a job is."""
    found = all_occupations().get(soc or "")
    return found.employment if found else 0.0
