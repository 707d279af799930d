"""Place keys stored before the official metros, upgraded.

Until the OEWS release's metros came in, metros were derived from city coordinates and
keyed after their largest city ("metro:US-new-york-city-ny"). Rows stored under such a
key move to the official metro that city lies in now.

    >>> upgrade_place_key("metro:US-new-york-city-ny")
    'metro:US-new-york-ny'
    >>> upgrade_place_key("metro:US-boston-ma")      # still a metro: unchanged
    'metro:US-boston-ma'
    >>> upgrade_place_key("metro:US-atlantis-zz") is None
    True
"""

from __future__ import annotations

from sqlite_utils import Database

from store.resolve.geography.gazetteer import gazetteer
from store.resolve.geography.ladder import PlaceError, get_place

# Tables whose rows name a place; latest_figures follows observations by trigger.
PLACE_KEY_TABLES = ("observations", "postings", "subscriptions")


def upgrade_place_key(key: str) -> str | None:
    """The key a stored key stands for now: itself when a place has it; for an old derived
    metro key, the official metro its core city lies in (or that city, if it lies in
    none); None when no place matches."""
    try:
        return get_place(key).key
    except PlaceError:
        if not key.startswith("metro:US-"):
            return None
    core, _, state = key.removeprefix("metro:US-").rpartition("-")
    city = gazetteer().places.get(f"city:US-{state.upper()}-{core}")
    if city is None:
        return None
    return city.metro_key or city.key


def upgrade_stored_metro_keys(db: Database) -> dict[str, str]:
    """Rewrite old metro keys in the store; returns what became what.

    A key no place matches stays as it is (nothing is dropped). A channel that followed
    two old metros now inside one official metro keeps one subscription to it.
    """
    changed: dict[str, str] = {}
    for table in PLACE_KEY_TABLES:
        stored = db.execute(
            f"SELECT DISTINCT place_key FROM {table} WHERE place_key LIKE 'metro:%'"
        ).fetchall()
        for (old,) in stored:
            new = upgrade_place_key(old)
            if new is None or new == old:
                continue
            changed[old] = new
            if table == "subscriptions":  # one subscription per channel, role and place
                db.execute(
                    "UPDATE OR IGNORE subscriptions SET place_key = ? WHERE place_key = ?",
                    [new, old],
                )
                db.execute("DELETE FROM subscriptions WHERE place_key = ?", [old])
            else:  # observations' triggers move their latest_figures rows along with them
                db.execute(f"UPDATE {table} SET place_key = ? WHERE place_key = ?", [new, old])
    return changed
