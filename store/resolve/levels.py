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

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from store.models import Level

LEVELS_PATH = Path(__file__).resolve().parent.parent / "data" / "levels.json"
_NON_WORD = re.compile(r"[^a-z0-9]+")
# Grade numerals after a title ("Software Engineer II") say a step within a level, not one.
_GRADES = frozenset({"i", "ii", "iii", "iv", "v", "1", "2", "3", "4"})


def normalise(text: str) -> str:
    """Lowercase words separated by single spaces: "ML-Engineer, PhD" -> "ml engineer phd"."""
    return _NON_WORD.sub(" ", text.lower()).strip()


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
    longest: int
    unleveled_band: tuple[int, int]
    rank: dict[str, int]  # a level's place in levels.json: the lower wins


@cache
def _levels() -> _Levels:
    data = json.loads(LEVELS_PATH.read_text("utf-8"))
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
    return _Levels(
        info=info,
        markers=markers,
        not_levels=frozenset(data.get("not_levels", ())),
        longest=max(len(words.split()) for words in (*markers, *data.get("not_levels", ()))),
        unleveled_band=tuple(data["unleveled_oews"]),  # type: ignore[arg-type]
        rank={entry["level"]: rank for rank, entry in enumerate(data["levels"])},
    )


def level_info(level: Level) -> LevelInfo:
    """How a level names its roles: ``level_info("senior").name == "Senior"``."""
    return _levels().info[level]


def level_words() -> list[str]:
    """Every single word that marks a level ("intern", "senior", "sr"), for typo checks."""
    return [words for words in _levels().markers if " " not in words]


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
        found = None
        for size in range(min(levels.longest, len(words) - at), 0, -1):
            phrase = " ".join(words[at : at + size])
            if phrase in levels.not_levels:
                break
            found = levels.markers.get(phrase)
            if found is not None:
                break
        if found is None:
            taken = size if phrase in levels.not_levels else 1
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
    if not kept:
        return None, " ".join(words)
    return level, " ".join(kept)
