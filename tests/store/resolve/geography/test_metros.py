"""Official metros: the OEWS release's metropolitan statistical areas, by their official
names, and which city lies in which."""

from __future__ import annotations

import pytest

from store.oews.release import oews_reference
from store.resolve.geography.gazetteer import gazetteer
from store.resolve.geography.ladder import get_place, ladder
from store.resolve.geography.metros import NEAREST_METRO_KM, parse_official_name
from store.resolve.places import resolve_place


def metros():
    return [p for p in gazetteer().places.values() if p.level == "metro"]


def test_metros_are_exactly_the_releases_metropolitan_areas_puerto_ricos_included():
    rows = oews_reference().db.execute(
        "SELECT area_code, name FROM areas WHERE area_type = 'M' "
        "AND name NOT LIKE '%nonmetropolitan%'"
    )
    assert {(m.area_code, m.name) for m in metros()} == set(rows)


@pytest.mark.parametrize(
    ("key", "name", "area_code", "states"),
    [
        ("metro:US-boston-ma", "Boston-Cambridge-Newton, MA-NH", "0014460", ("MA", "NH")),
        ("metro:US-san-jose-ca", "San Jose-Sunnyvale-Santa Clara, CA", "0041940", ("CA",)),
        (
            "metro:US-washington-dc",
            "Washington-Arlington-Alexandria, DC-VA-MD-WV",
            "0047900",
            ("DC", "VA", "MD", "WV"),
        ),
        ("metro:US-new-york-ny", "New York-Newark-Jersey City, NY-NJ", "0035620", ("NY", "NJ")),
        ("metro:US-winston-salem-nc", "Winston-Salem, NC", "0049180", ("NC",)),
        # "--" separates cities; the first city keys the metro.
        (
            "metro:US-nashville-tn",
            "Nashville-Davidson--Murfreesboro--Franklin, TN",
            "0034980",
            ("TN",),
        ),
    ],
)
def test_a_metro_has_its_official_name_code_and_states(key, name, area_code, states):
    metro = get_place(key)
    assert (metro.level, metro.name, metro.area_code, metro.states) == (
        "metro",
        name,
        area_code,
        states,
    )
    assert metro.state == states[0]


def test_states_and_the_country_carry_their_oews_area_codes():
    assert get_place("state:US-MA").area_code == "2500000"
    assert get_place("country:US").area_code == "0000000"


def test_metro_keys_are_unique():
    keys = [m.key for m in metros()]
    assert len(keys) == len(set(keys))


def test_official_names_split_into_cities_and_states():
    assert parse_official_name("Louisville/Jefferson County, KY-IN") == (
        [["Louisville", "Jefferson County"]],
        ["KY", "IN"],
    )
    assert parse_official_name("Scranton--Wilkes-Barre, PA") == (
        [["Scranton"], ["Wilkes", "Barre"]],
        ["PA"],
    )


@pytest.mark.parametrize(
    ("city", "metro"),
    [
        # Listed in the official name, within the metro's states.
        ("city:US-MA-cambridge", "metro:US-boston-ma"),
        ("city:US-NH-nashua", "metro:US-manchester-nh"),  # "Manchester-Nashua, NH"
        ("city:US-CA-oakland", "metro:US-san-francisco-ca"),
        ("city:US-CA-sunnyvale", "metro:US-san-jose-ca"),
        ("city:US-NJ-jersey-city", "metro:US-new-york-ny"),
        ("city:US-TX-ft-worth", "metro:US-dallas-tx"),
        ("city:US-PA-wilkes-barre", "metro:US-scranton-pa"),
        # Not listed: the metro with the nearest listed city, among those naming its state.
        ("city:US-MA-waltham", "metro:US-boston-ma"),
        ("city:US-MD-north-bethesda", "metro:US-washington-dc"),
        ("city:US-NJ-hoboken", "metro:US-new-york-ny"),
        ("city:US-CA-palo-alto", "metro:US-san-jose-ca"),
        ("city:US-WA-redmond", "metro:US-seattle-wa"),
    ],
)
def test_a_city_belongs_to_the_metro_that_lists_it_or_the_nearest(city, metro):
    assert get_place(city).metro_key == metro


def test_a_listed_city_is_matched_within_the_metros_states():
    # "Cambridge" is listed by Boston's metro; Cambridge, MD is far from any listing of it.
    assert get_place("city:US-MD-cambridge").metro_key != "metro:US-boston-ma"


def test_nearest_metro_only_counts_metros_naming_the_citys_state():
    # Greenwich, CT is ~45 km from Manhattan, but the New York metro's name lists NY-NJ.
    assert get_place("city:US-CT-greenwich").metro_key == "metro:US-bridgeport-ct"


def test_a_town_too_far_from_every_metro_has_none():
    town = resolve_place("Elko, NV").place
    assert town.metro_key is None
    assert [p.key for p in ladder(town)] == [town.key, "state:US-NV", "country:US"]
    assert NEAREST_METRO_KM <= 100


def test_san_francisco_and_san_jose_are_separate_metros():
    assert get_place("city:US-CA-san-francisco").metro_key == "metro:US-san-francisco-ca"
    assert get_place("city:US-CA-san-jose").metro_key == "metro:US-san-jose-ca"


def test_a_metros_ladder_climbs_to_its_primary_state():
    assert [p.key for p in ladder(get_place("metro:US-washington-dc"))] == [
        "metro:US-washington-dc",
        "state:US-DC",
        "country:US",
    ]


@pytest.mark.parametrize(
    "query",
    ["Boston-Cambridge-Newton, MA-NH", "boston-cambridge-newton", "Boston Cambridge Newton"],
)
def test_a_metros_official_name_reads_as_the_metro(query):
    assert resolve_place(query).place.key == "metro:US-boston-ma"


def test_a_one_city_official_name_stays_the_city():
    # "Worcester, MA" is both the metro's official name and the city's.
    assert resolve_place("Worcester, MA").place.key == "city:US-MA-worcester"
