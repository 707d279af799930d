"""How a text was read as a place: the place (carrying any note as ``place.note``),
how it was read and how sure the reading is."""

from __future__ import annotations

from functools import lru_cache
from typing import Literal, NamedTuple

from store.models import Place

How = Literal["exact", "alias", "context", "fuzzy"]


class Reading(NamedTuple):
    """A PlaceMatch without pydantic's cost, for the ingest's hot path."""

    place: Place
    how: How
    note: str | None = None
    score: float = 100.0


@lru_cache(maxsize=4096)
def _noted(place: Place, note: str | None) -> Place:
    return place.model_copy(update={"note": note}) if note else place


def match(place: Place, how: How, note: str | None = None, score: float = 100.0) -> Reading:
    return Reading(_noted(place, note), how, note, score)
