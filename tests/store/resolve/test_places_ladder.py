"""Places: keys and the ladder from city to metro, state and country."""

from __future__ import annotations

import pytest

from store.resolve.places import (
    COUNTRY,
    REMOTE,
    PlaceError,
    get_place,
    ladder,
    place_covers,
    resolve_place,
)
from tests.store.resolve.places_support import keys


def test_places_have_stable_keys_and_readable_names():
    boston = get_place("city:US-MA-boston")
    assert (boston.level, boston.name, boston.state) == ("city", "Boston, MA", "MA")
    assert boston.metro_key == "metro:US-boston-ma"
    assert get_place("metro:US-boston-ma").level == "metro"
    assert get_place("state:US-MA").name == "Massachusetts"
    assert get_place("state:US-DC").name == "District of Columbia"
    assert get_place("country:US") == COUNTRY
    assert get_place("remote") == REMOTE


def test_unknown_key_says_what_keys_look_like():
    with pytest.raises(PlaceError, match="city:US-MA-boston"):
        get_place("city:US-ZZ-nowhere")


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        (
            "city:US-MA-boston",
            ["city:US-MA-boston", "metro:US-boston-ma", "state:US-MA", "country:US"],
        ),
        (
            "city:US-MA-waltham",
            ["city:US-MA-waltham", "metro:US-boston-ma", "state:US-MA", "country:US"],
        ),
        (
            "city:US-MA-cambridge",
            ["city:US-MA-cambridge", "metro:US-boston-ma", "state:US-MA", "country:US"],
        ),
        # Metros cross state lines; the city keeps its own state on the ladder.
        (
            "city:US-MD-north-bethesda",
            ["city:US-MD-north-bethesda", "metro:US-washington-dc", "state:US-MD", "country:US"],
        ),
        (
            "city:US-VA-arlington",
            ["city:US-VA-arlington", "metro:US-washington-dc", "state:US-VA", "country:US"],
        ),
        (
            "city:US-NJ-jersey-city",
            ["city:US-NJ-jersey-city", "metro:US-new-york-ny", "state:US-NJ", "country:US"],
        ),
        (
            "city:US-CA-oakland",
            ["city:US-CA-oakland", "metro:US-san-francisco-ca", "state:US-CA", "country:US"],
        ),
        (
            "city:US-TX-ft-worth",
            ["city:US-TX-ft-worth", "metro:US-dallas-tx", "state:US-TX", "country:US"],
        ),
        ("metro:US-boston-ma", ["metro:US-boston-ma", "state:US-MA", "country:US"]),
        ("state:US-MA", ["state:US-MA", "country:US"]),
        ("country:US", ["country:US"]),
        ("remote", ["remote", "country:US"]),
    ],
)
def test_ladder_climbs_from_the_place_to_the_country(key, expected):
    assert keys(ladder(get_place(key))) == expected


def test_a_city_an_official_metro_name_starts_with_is_in_that_metro():
    for key in ("city:US-MA-boston", "city:US-DC-washington", "city:US-WA-seattle"):
        city = get_place(key)
        metro = get_place(city.metro_key)
        assert metro.name.startswith(city.name.split(",")[0] + "-"), key


def test_nearby_big_cities_keep_their_official_metros():
    # Baltimore is 57 km from Washington and San Jose 68 km from San Francisco.
    assert get_place("city:US-MD-baltimore").metro_key == "metro:US-baltimore-md"
    assert get_place("city:US-CA-san-jose").metro_key == "metro:US-san-jose-ca"
    assert get_place("city:US-CA-san-francisco").metro_key == "metro:US-san-francisco-ca"


def test_remote_towns_have_no_metro_and_climb_straight_to_the_state():
    town = resolve_place("Elko, NV").place  # over 80 km from any metro's listed city
    assert town.metro_key is None
    assert keys(ladder(town)) == [town.key, "state:US-NV", "country:US"]


def test_ladder_keeps_a_noted_place_first():
    washington = resolve_place("washington").place
    assert washington.note
    assert ladder(washington)[0] is washington


@pytest.mark.parametrize(
    ("broad", "narrow", "covers"),
    [
        ("metro:US-boston-ma", "city:US-MA-waltham", True),
        ("state:US-MA", "city:US-MA-boston", True),
        ("country:US", "city:US-MA-boston", True),
        ("country:US", "remote", True),
        ("metro:US-washington-dc", "city:US-MD-north-bethesda", True),
        ("state:US-DC", "city:US-MD-north-bethesda", False),
        ("city:US-MA-boston", "state:US-MA", False),
        ("remote", "city:US-MA-boston", False),
        ("state:US-NY", "city:US-MA-boston", False),
        ("city:US-MA-boston", "city:US-MA-boston", True),
    ],
)
def test_place_covers_follows_the_ladder(broad, narrow, covers):
    assert place_covers(get_place(broad), get_place(narrow)) is covers
