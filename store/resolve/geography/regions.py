"""The names recruiters use for an area ("bay area", "dmv", "long island"), read as
official metros: kept as data in ``store/data/regions.json``, whose ``_doc`` says how.
The gazetteer reads them once (``gazetteer().nicknames``):

* "bay area" is the region ``region:US-san-francisco-bay-area``, whose ``members`` are
  ``metro:US-san-francisco-ca`` and ``metro:US-san-jose-ca``;
* "dmv" is ``metro:US-washington-dc``;
* "long island" is ``metro:US-new-york-ny``, noted "'long island' read as the
  New York-Newark-Jersey City, NY-NJ metro area, which Long Island is part of.";
* "philly" is ``city:US-PA-philadelphia``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from store.models import Place
from store.resolve.geography.names import norm, slug
from store.vocabulary import DATA


@dataclass(frozen=True)
class Nickname:
    place: Place
    note: str | None = None


class RegionDataError(ValueError):
    """regions.json names a metro or city that does not exist."""


def _region(name: str, members: list[Place]) -> Place:
    primary = {m.state for m in members}
    return Place(
        key=f"region:US-{slug(name)}",
        level="region",
        name=name,
        state=primary.pop() if len(primary) == 1 else None,
        states=tuple(dict.fromkeys(s for m in members for s in m.states)),
        members=tuple(m.key for m in members),
    )


def read_regions(
    metros: dict[str, Place],
    find_city: Callable[[str], Place | None],
    path: Path = DATA / "regions.json",
) -> dict[str, Nickname]:
    """Each normalised nickname's reading. ``metros`` maps official names to metro places;
    ``find_city("Philadelphia, PA")`` gives a city place or None."""
    entries = json.loads(path.read_text("utf-8"))["regions"]
    found: dict[str, Nickname] = {}
    for entry in entries:
        if "city" in entry:
            city = find_city(entry["city"])
            if city is None:
                raise RegionDataError(f"{path.name}: no city '{entry['city']}'.")
            readings = {n: Nickname(city) for n in entry["nicknames"]}
        else:
            missing = [name for name in entry["metros"] if name not in metros]
            if missing:
                raise RegionDataError(f"{path.name}: no metro named {missing}.")
            members = [metros[name] for name in entry["metros"]]
            if len(members) > 1:
                region = _region(entry["name"], members)
                readings = {n: Nickname(region) for n in entry["nicknames"]}
            else:
                readings = {
                    n: Nickname(members[0], _note(entry, n, members[0])) for n in entry["nicknames"]
                }
        for nickname, reading in readings.items():
            found[norm(nickname)] = reading
    return found


def _note(entry: dict, nickname: str, metro: Place) -> str | None:
    if "note" in entry:
        return entry["note"]
    if "part" in entry:
        return (
            f"'{nickname}' read as the {metro.name} metro area, which {entry['part']} is part of."
        )
    return None
