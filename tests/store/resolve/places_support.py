"""What the place tests share: the keys a reading gives."""

from __future__ import annotations

from store.resolve.places import place_from_text, resolve_place


def keys(places):
    return [place.key for place in places]


def resolved_key(query, context=None):
    match = resolve_place(query, context=context)
    return match.place.key if match else None


def found_key(text, context=None):
    place = place_from_text(text, context=context)
    return place.key if place else None
