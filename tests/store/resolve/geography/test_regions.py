"""Region nicknames (store/data/regions.json) read as official metros."""

from __future__ import annotations

import json

import pytest

from store.resolve.geography.gazetteer import gazetteer
from store.resolve.geography.ladder import get_place, ladder, place_covers
from store.resolve.geography.regions import RegionDataError, read_regions
from store.resolve.places import place_from_text, resolve_place, suggest_places

BAY_AREA = "region:US-san-francisco-bay-area"


def keys(places):
    return [place.key for place in places]


@pytest.mark.parametrize("query", ["bay area", "Bay Area", "SF Bay Area", "the bay", "sf bay"])
def test_the_bay_area_joins_the_san_francisco_and_san_jose_metros(query):
    match = resolve_place(query)
    assert match.place.key == BAY_AREA
    assert match.place.level == "region"
    assert match.place.members == ("metro:US-san-francisco-ca", "metro:US-san-jose-ca")


def test_a_region_covers_the_cities_of_its_metros_and_climbs_to_its_shared_state():
    bay = get_place(BAY_AREA)
    assert keys(ladder(bay)) == [BAY_AREA, "state:US-CA", "country:US"]
    for city in ("city:US-CA-oakland", "city:US-CA-san-jose", "city:US-CA-palo-alto"):
        assert place_covers(bay, get_place(city)), city
    assert place_covers(bay, get_place("metro:US-san-jose-ca"))
    assert not place_covers(bay, get_place("city:US-CA-los-angeles"))


def test_a_region_across_states_climbs_straight_to_the_country():
    pnw = resolve_place("pnw").place
    assert pnw.members == ("metro:US-seattle-wa", "metro:US-portland-or")
    assert pnw.state is None and set(pnw.states) == {"WA", "OR"}
    assert keys(ladder(pnw)) == [pnw.key, "country:US"]


@pytest.mark.parametrize(
    ("query", "members"),
    [
        ("research triangle", {"metro:US-raleigh-nc", "metro:US-durham-nc"}),
        ("the triangle", {"metro:US-raleigh-nc", "metro:US-durham-nc"}),
        ("raleigh-durham", {"metro:US-raleigh-nc", "metro:US-durham-nc"}),
        ("socal", {"metro:US-los-angeles-ca", "metro:US-san-diego-ca", "metro:US-riverside-ca"}),
        ("norcal", {"metro:US-sacramento-ca", "metro:US-san-francisco-ca"}),
        ("puget sound", {"metro:US-seattle-wa", "metro:US-bremerton-wa"}),
    ],
)
def test_regions_of_several_metros(query, members):
    place = resolve_place(query).place
    assert place.level == "region"
    assert members <= set(place.members)


@pytest.mark.parametrize(
    ("query", "metro"),
    [
        ("dmv", "metro:US-washington-dc"),
        ("dc metro", "metro:US-washington-dc"),
        ("tri-state", "metro:US-new-york-ny"),
        ("tri state area", "metro:US-new-york-ny"),
        ("nyc metro", "metro:US-new-york-ny"),
        ("twin cities", "metro:US-minneapolis-mn"),
        ("dfw", "metro:US-dallas-tx"),
        ("inland empire", "metro:US-riverside-ca"),
        ("south florida", "metro:US-miami-fl"),
        ("chicagoland", "metro:US-chicago-il"),
        ("greater boston", "metro:US-boston-ma"),
    ],
)
def test_a_nickname_for_one_whole_metro_is_that_metro_without_a_note(query, metro):
    match = resolve_place(query)
    assert (match.place.key, match.note) == (metro, None)


@pytest.mark.parametrize(
    ("query", "metro", "part"),
    [
        ("long island", "metro:US-new-york-ny", "Long Island"),
        ("orange county", "metro:US-los-angeles-ca", "Orange County"),
        ("northern virginia", "metro:US-washington-dc", "Northern Virginia"),
    ],
)
def test_a_nickname_for_part_of_a_metro_reads_as_the_metro_and_says_so(query, metro, part):
    match = resolve_place(query)
    assert match.place.key == metro
    assert f"which {part} is part of" in match.note
    assert get_place(metro).name in match.note


def test_silicon_valley_is_the_san_jose_metro_with_a_note_on_its_san_mateo_end():
    match = resolve_place("silicon valley")
    assert match.place.key == "metro:US-san-jose-ca"
    assert "San Francisco metro" in match.note


@pytest.mark.parametrize(
    ("nickname", "city"),
    [
        ("philly", "city:US-PA-philadelphia"),
        ("kc", "city:US-MO-kansas-city"),
        ("stl", "city:US-MO-st-louis"),
        ("st pete", "city:US-FL-st-petersburg"),  # not Saint Peter, MN by spelling
        ("pdx", "city:US-OR-portland"),
        ("the windy city", "city:US-IL-chicago"),
    ],
)
def test_a_city_nickname_is_the_city(nickname, city):
    assert resolve_place(nickname).place.key == city


@pytest.mark.parametrize(
    ("nickname", "key"),
    [
        ("south jersey", "metro:US-philadelphia-pa"),  # not the Channel Island of Jersey
        ("hudson valley", "region:US-hudson-valley"),
        ("central valley", "region:US-central-valley-ca"),
    ],
)
def test_regions_recruiters_name_read_as_their_metros(nickname, key):
    assert resolve_place(nickname).place.key == key


def test_documents_name_regions_too():
    assert place_from_text("Software Engineer Intern - Bay Area").key == BAY_AREA
    assert place_from_text("Jobs in the DMV").key == "metro:US-washington-dc"


def test_every_nickname_in_the_data_reads_as_its_entry():
    nicknames = gazetteer().nicknames
    assert len(nicknames) > 100
    for n, reading in nicknames.items():
        assert resolve_place(n).place.key == reading.place.key, n


def test_a_region_naming_an_unknown_metro_is_refused_with_its_name(tmp_path):
    path = tmp_path / "regions.json"
    entry = {"name": "Nowhere", "metros": ["Atlantis, ZZ", "Boston-Cambridge-Newton, MA-NH"]}
    path.write_text(json.dumps({"regions": [{**entry, "nicknames": ["nowhere"]}]}))
    metros = {p.name: p for p in gazetteer().places.values() if p.level == "metro"}
    with pytest.raises(RegionDataError, match="Atlantis, ZZ"):
        read_regions(metros, lambda name: None, path)


def test_a_misspelt_nickname_is_read_or_suggested():
    match = resolve_place("research triangel")
    assert (match.place.key, match.how) == ("region:US-research-triangle", "fuzzy")
    assert suggest_places("bay aera")[0].key == BAY_AREA
