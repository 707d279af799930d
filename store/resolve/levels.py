"""Levels of a role: intern, entry, junior, senior, staff, principal, lead, or none.

    >>> split_level("senior software engineer")
    ('senior', 'software engineer')
    >>> split_level("ib summer analyst")
    ('intern', 'ib analyst')
    >>> split_level("new grad rn")
    ('entry', 'rn')
    >>> split_level("principal")           # a lone level word is the title itself
    (None, 'principal')

The words live in ``store/data/levels.json``. Texts are normalised first (lowercase,
punctuation as spaces), so "Sr." and "co-op" read as "sr" and "co op". The level is
kept, not dropped: "new grad software engineer" and "senior software engineer" are
different roles (``entry-level-software-engineer``, ``senior-software-engineer``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from store.models import Level
from store.vocabulary import vocabulary

_NON_WORD = re.compile(r"[^a-z0-9]+")
_POSSESSIVE = re.compile(r"(?<=[a-z])['’]s\b")  # "nurse's aide" is a nurse aide
_INITIALS = re.compile(r"\b[a-z](?:\.[a-z]\b)+\.?")  # "c.n.a.", "r.n", "u.s."
# Grade numerals after a title ("Software Engineer II") say a step within a level, not one.
_GRADES = frozenset({"i", "ii", "iii", "iv", "v", "1", "2", "3", "4"})
_ROMAN_GRADES = frozenset({"i", "ii", "iii", "iv", "v", "vi"})


@lru_cache(maxsize=16384)  # titles and sentences are read as roles and levels again and again
def normalise(text: str) -> str:
    """Lowercase words separated by single spaces: "ML-Engineer, PhD" -> "ml engineer phd";
    possessives dropped, dotted initials one word: "Nurse's Aide (C.N.A.)" -> "nurse aide cna"."""
    lowered = text.lower()
    # Each pattern needs its mark: most texts have no apostrophe, many no point.
    if "'" in lowered or "’" in lowered:
        lowered = _POSSESSIVE.sub("", lowered)
    if "." in lowered:
        lowered = _INITIALS.sub(lambda m: m.group().replace(".", ""), lowered)
    return _NON_WORD.sub(" ", lowered).strip()


@dataclass(frozen=True)
class LevelInfo:
    """One level: how its roles are named and which OEWS percentiles stand in for its pay."""

    level: Level
    name: str
    prefix: str | None
    suffix: str | None
    oews_band: tuple[int, int] | None


@dataclass(frozen=True)
class _Levels:
    info: dict[str, LevelInfo]
    markers: dict[str, tuple[Level, bool]]  # words -> (level, keeps its last word)
    not_levels: frozenset[str]  # titles with a level word in them ("data entry")
    loose_in_text: tuple[str, ...]  # "staff", "lead": levels in running text only before a job
    after_job: frozenset[str]  # "recruits": a trainee only right after the job's own word
    reach: dict[str, int]  # first word of a level phrase -> the most words it starts
    unleveled_band: tuple[int, int]
    rank: dict[str, int]  # a level's place in levels.json: the lower wins
    label_fillers: frozenset[str]  # other words a level label may carry ("level", "yrs")
    unleveled: frozenset[str]  # "mid", "intermediate": the middle of a ladder, no level
    years: tuple[tuple[float | None, Level | None], ...]  # (below, level), in order


def phrase_reach(phrases: list[str]) -> dict[str, int]:
    """First word -> the most words of a phrase it starts: where a phrase can begin.

    >>> phrase_reach(["senior", "senior staff", "new grad"])
    {'senior': 2, 'new': 2}
    """
    reach: dict[str, int] = {}
    for phrase in phrases:
        first, *rest = phrase.split()
        reach[first] = max(reach.get(first, 0), 1 + len(rest))
    return reach


@cache
def _levels() -> _Levels:
    data = vocabulary("levels.json")
    info: dict[str, LevelInfo] = {}
    markers: dict[str, tuple[Level, bool]] = {}
    for entry in data["levels"]:
        level = entry["level"]
        band = entry.get("oews")
        info[level] = LevelInfo(
            level=level,
            name=entry["name"],
            prefix=entry.get("prefix"),
            suffix=entry.get("suffix"),
            oews_band=tuple(band) if band else None,  # type: ignore[arg-type]
        )
        for words in entry["words"]:
            markers[words] = (level, False)
        for words in entry.get("keeps", ()):
            markers[words] = (level, True)
    labels = data["row_labels"]
    return _Levels(
        info=info,
        markers=markers,
        not_levels=frozenset(data.get("not_levels", ())),
        loose_in_text=tuple(data.get("loose_in_text", ())),
        after_job=frozenset(data.get("after_job", ())),
        reach=phrase_reach([*markers, *data.get("not_levels", ()), *labels["unleveled"]]),
        unleveled_band=tuple(data["unleveled_oews"]),  # type: ignore[arg-type]
        rank={entry["level"]: rank for rank, entry in enumerate(data["levels"])},
        label_fillers=frozenset(labels["fillers"]),
        unleveled=frozenset(labels["unleveled"]),
        years=tuple((band["below"], band["level"]) for band in labels["years"]),
    )


def level_info(level: Level) -> LevelInfo:
    """How a level names its roles: ``level_info("senior").name == "Senior"``."""
    return _levels().info[level]


def level_words() -> list[str]:
    """Every single word that marks a level ("intern", "senior", "sr"), for typo checks."""
    return [words for words in _levels().markers if " " not in words]


def loose_level_words() -> tuple[str, ...]:
    """Level words that running text also uses as nouns or verbs ("staff", "lead"), so
    that there they name a level only right before a job (``levels.json``)."""
    return _levels().loose_in_text


def trainee_words_after_job() -> frozenset[str]:
    """Single words that name a job in training right after the job's own word: the
    intern level's words ("apprentices", "trainees") and those that name one only there
    ("recruits", ``levels.json`` "after_job")."""
    markers = _levels().markers
    interns = {words for words, (level, _) in markers.items() if level == "intern"}
    return frozenset(w for w in interns if " " not in w) | _levels().after_job


def all_levels() -> list[LevelInfo]:
    return list(_levels().info.values())


def oews_band(level: Level | None) -> tuple[int, int] | None:
    """The OEWS percentiles that stand in for a level's pay (None for interns).

    >>> oews_band("senior"), oews_band(None), oews_band("intern")
    ((75, 90), (25, 75), None)
    """
    if level is None:
        return _levels().unleveled_band
    return _levels().info[level].oews_band


@lru_cache(maxsize=8192)  # a role read from running text splits its sentence again
def split_level(text: str) -> tuple[Level | None, str]:
    """(level, the title without its level words) for a normalised or raw title.

    Of several level words the first level of ``levels.json`` wins, so "Senior ML
    Engineer Intern" is an intern; grade numerals at the end ("II") are dropped. A text
    that is nothing but level words is a title of its own ("principal", "lead").
    """
    levels = _levels()
    words = normalise(text).split()
    level: Level | None = None
    kept: list[str] = []
    at = 0
    while at < len(words):
        found, taken = None, 1
        for size in range(min(levels.reach.get(words[at], 0), len(words) - at), 0, -1):
            phrase = " ".join(words[at : at + size])
            if phrase in levels.not_levels:
                taken = size
                break
            found = levels.markers.get(phrase)
            if found is not None:
                break
        if found is None:
            kept.extend(words[at : at + taken])
            at += taken
            continue
        marker_level, keeps_last = found
        if level is None or levels.rank[marker_level] < levels.rank[level]:
            level = marker_level
        if keeps_last:
            kept.append(words[at + size - 1])
        at += size
    while len(kept) > 1 and kept[-1] in _GRADES:
        kept.pop()
    # A band written after a head noun that comes first ("Engineer I-VI, System Protection").
    kept = [w for at, w in enumerate(kept) if at == 0 or w not in _ROMAN_GRADES]
    if not kept:
        return None, " ".join(words)
    return level, " ".join(kept)


@dataclass(frozen=True)
class LevelLabel:
    """What a row's level label says: ``level`` None is the middle of the ladder ("Mid")."""

    level: Level | None


# "0-1 years", "3–5 yrs", "10+ years", "less than 1 year": years of experience.
_YEARS_SPAN = (
    r"(?P<under>less than|under|<)?\s*(?P<low>\d{1,2})(?:\s*(?:-|–|—|to)\s*(?P<high>\d{1,2}))?"
    r"\s*(?P<plus>\+)?\s*"
)
_YEARS = re.compile(_YEARS_SPAN + r"(?:yrs?|years?)\b", re.IGNORECASE)


def _years_level(match: re.Match[str]) -> LevelLabel:
    low, high = float(match["low"]), match["high"]
    middle = low / 2 if match["under"] else (low + float(high)) / 2 if high else low
    for below, level in _levels().years:
        if below is None or middle < below:
            return LevelLabel(level)
    return LevelLabel(None)


# Years of experience in a question: "5 years experience", "2-3 yrs of exp", "7 yoe".
_EXPERIENCE = re.compile(
    _YEARS_SPAN + r"(?:yrs?|years?|yoe)\b(?:\s+(?:of\s+)?(?:experience|exp)\b)?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Experience:
    """Years of experience a question states: the level they make, the words as written
    and the question without them."""

    level: Level | None
    written: str
    rest: str


def stated_experience(text: str) -> Experience | None:
    """The level the years of experience in a question make (as a table's "3-5 years"
    row does: ``levels.json`` "years"), or None when it states none.

    >>> stated_experience("swe 1 year experience nyc")
    Experience(level='entry', written='1 year experience', rest='swe  nyc')
    >>> stated_experience("rn 10+ yoe boston").level
    'senior'
    >>> stated_experience("ml intern summer 2026") is None
    True
    """
    found = _EXPERIENCE.search(text)
    if found is None:
        return None
    level = _years_level(found).level
    return Experience(level, found[0].strip(), text[: found.start()] + " " + text[found.end() :])


def leading_level(text: str) -> tuple[Level, str] | None:
    """(level, the words after it) when a text starts with a level's words, else None.

    A row label may name its level and then the job in the page's own words
    ("Senior Designer 5-10 years", "Entry-level journeyman (0-2 years)").

    >>> leading_level("Senior Designer 5-10 years"), leading_level("Data Analyst II")
    (('senior', 'designer 5 10 years'), None)
    """
    levels = _levels()
    words = normalise(text).split()
    if not words:
        return None
    for size in range(min(levels.reach.get(words[0], 0), len(words)), 0, -1):
        phrase = " ".join(words[:size])
        if phrase in levels.not_levels:
            return None
        if phrase in levels.markers:
            level, keeps_last = levels.markers[phrase]
            return level, " ".join(words[size - 1 if keeps_last else size :])
    return None


@lru_cache(maxsize=8192)  # row labels repeat across a site's pages
def level_label(text: str) -> LevelLabel | None:
    """The level a row or list label names on its own, or None when it says more than that.

    >>> level_label("Entry:"), level_label("Senior level"), level_label("Lead/Principal")
    (LevelLabel(level='entry'), LevelLabel(level='senior'), LevelLabel(level='principal'))
    >>> level_label("Mid-Level (3–5 yrs)"), level_label("0-1 years of experience")
    (LevelLabel(level=None), LevelLabel(level='entry'))
    >>> level_label("Senior Software Engineer") is None, level_label("Average salary") is None
    (True, True)

    Level words decide over years; years alone are read by the middle of their range
    (``levels.json`` "row_labels"). Of two level words the first level of ``levels.json``
    wins, as in ``split_level``.
    """
    levels = _levels()
    years = _YEARS.search(text)
    words = normalise(_YEARS.sub(" ", text)).split()
    found: list[Level | None] = []
    at = 0
    while at < len(words):
        for size in range(min(levels.reach.get(words[at], 0), len(words) - at), 0, -1):
            phrase = " ".join(words[at : at + size])
            if phrase in levels.not_levels:
                return None
            if phrase in levels.markers:
                found.append(levels.markers[phrase][0])
                break
            if phrase in levels.unleveled:
                found.append(None)
                break
        else:
            if words[at] not in levels.label_fillers:
                return None  # a word that is neither a level nor a label's filler
            size = 1
        at += size
    named = [level for level in found if level is not None]
    if named:
        return LevelLabel(min(named, key=levels.rank.__getitem__))
    if found:
        return LevelLabel(None)
    return _years_level(years) if years else None
