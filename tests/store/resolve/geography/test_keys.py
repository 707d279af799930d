"""Keys stored under the old derived metros: upgraded by hand and by the store's migration."""

from __future__ import annotations

import pytest

from store.db import connect, open_store
from store.resolve.geography.keys import upgrade_place_key
from store.schema import migrations
from tests.digest_data import add_posting, at
from tests.store_rows import observe

OLD_NEW_YORK = "metro:US-new-york-city-ny"  # derived from New York City, its core
OLD_TACOMA = "metro:US-tacoma-wa"  # a core city that is not first in its official name


@pytest.mark.parametrize(
    ("key", "upgraded"),
    [
        (OLD_NEW_YORK, "metro:US-new-york-ny"),
        (OLD_TACOMA, "metro:US-seattle-wa"),
        ("metro:US-oakland-ca", "metro:US-san-francisco-ca"),
        # Keys that name a place today stay as they are.
        ("metro:US-boston-ma", "metro:US-boston-ma"),
        ("city:US-MA-boston", "city:US-MA-boston"),
        ("remote", "remote"),
        ("city:GB-london", "city:GB-london"),
        # An old metro whose core lies in no metro now keeps its rows at that city.
        ("metro:US-elko-nv", "city:US-NV-elko"),
        # Nothing matches.
        ("metro:US-atlantis-zz", None),
        ("city:US-ZZ-nowhere", None),
    ],
)
def test_upgrade_place_key(key, upgraded):
    assert upgrade_place_key(key) == upgraded


def test_the_migration_moves_rows_under_old_metro_keys_to_the_official_metros(tmp_path):
    path = tmp_path / "salary.db"
    db = connect(path)
    migrations.apply(db, stop_before="m070_official_metro_keys")
    kept = observe(db, "metro:US-boston-ma", 40, 50)
    moved = observe(db, OLD_NEW_YORK, 45, 55)
    older = observe(db, OLD_TACOMA, 30, 35, as_of="2026-01-01")
    # One source's figure stored under two old keys that are one official metro now:
    # both snapshots stay, and the newer one is the figure's latest.
    same = {"source": "pay.example", "url": "https://pay.example/ml-intern"}
    stale = observe(db, "metro:US-seattle-wa", 31, 36, as_of="2026-02-01", **same)
    fresh = observe(db, OLD_TACOMA, 32, 37, as_of="2026-03-01", **same)
    posting = add_posting(
        db, company="Acme", place_key=OLD_TACOMA, first_seen=at("2026-11-02 12:00")
    )
    subscription = {
        "team_id": "T1",
        "channel_id": "C1",
        "role": "ml-intern",
        "day_of_week": "mon",
        "time_of_day": "09:00",
    }
    db["subscriptions"].insert({**subscription, "place_key": OLD_NEW_YORK})
    # The same channel followed two old metros that are one official metro now.
    db["subscriptions"].insert({**subscription, "place_key": OLD_TACOMA})
    db["subscriptions"].insert({**subscription, "place_key": "metro:US-seattle-wa"})
    db.conn.close()

    db = open_store(path)  # applies the pending migration
    assert migrations.pending(db) == []
    rows = {row["id"]: row["place_key"] for row in db["observations"].rows}
    assert rows == {
        kept.id: "metro:US-boston-ma",
        moved.id: "metro:US-new-york-ny",
        older.id: "metro:US-seattle-wa",
        stale.id: "metro:US-seattle-wa",
        fresh.id: "metro:US-seattle-wa",
    }
    latest = {row["observation_id"]: row["place_key"] for row in db["latest_figures"].rows}
    assert latest == {key: value for key, value in rows.items() if key != stale.id}
    assert db["postings"].get(posting.id)["place_key"] == "metro:US-seattle-wa"
    assert sorted(row["place_key"] for row in db["subscriptions"].rows) == [
        "metro:US-new-york-ny",
        "metro:US-seattle-wa",
    ]
