"""Places as postings write them after a title: small towns, counties, airports, abroad."""

from __future__ import annotations

import pytest

from store.resolve.places import (
    get_place,
    ladder,
    place_from_text,
    resolve_place,
)


def test_words_between_the_title_and_a_city_are_set_aside_with_a_note():
    # "Nurse Manager - Medical-Surgical Unit, Irving, TX": the unit is no place.
    match = resolve_place("medical-surgical unit irving, tx")
    assert match.place.key == "city:US-TX-irving"
    assert "'medical surgical unit' names no place" in match.note
    assert resolve_place("medical-surgical unit, tx").place.key == "state:US-TX"


def test_a_small_town_after_words_that_name_no_place_is_that_town():
    # "PRN Physical Therapist - Rehab Services, La Grange, TX": La Grange has under 5,000
    # people, so only the ZIP table knows it; the department before it is no place.
    match = resolve_place("rehab services la grange, tx")
    assert match.place.name == "La Grange, TX"
    assert "'rehab services' names no place" in match.note


@pytest.mark.parametrize(
    ("written", "metro"),
    [
        ("county of monterey", "metro:US-salinas-ca"),  # the whole Salinas metro
        ("Monterey County, CA", "metro:US-salinas-ca"),
        ("westchester county", "metro:US-new-york-ny"),
        ("Prince William County VA", "metro:US-washington-dc"),
    ],
)
def test_a_county_is_the_metro_its_towns_lie_in(written, metro):
    match = resolve_place(written)
    assert match.place.key == metro
    assert "County" in match.note


def test_a_county_after_words_that_name_no_place_is_that_county():
    # "RN Case Manager - Home Health - Bergen County, NJ": the service line is no place.
    match = resolve_place("home health bergen county, nj")
    assert match.place.key == "metro:US-new-york-ny"
    assert "'home health' names no place" in match.note


def test_a_county_name_several_states_share_needs_its_state():
    assert resolve_place("cook county") is None  # Illinois, Georgia, Minnesota
    assert resolve_place("cook county il").place.key == "metro:US-chicago-il"


def test_south_bay_is_the_bay_areas_south_bay_with_a_note():
    match = resolve_place("south bay")
    assert match.place.key == "metro:US-san-jose-ca"
    assert "Torrance" in match.note  # and how to ask for Los Angeles' South Bay
    assert resolve_place("south bay fl").place.key == "city:US-FL-south-bay"


def test_a_town_only_the_zip_table_knows_is_a_city_that_climbs_to_its_state():
    # Pollok, TX has under 5,000 people: not "no city 'pollok', read as Texas".
    match = resolve_place("pollok tx")
    assert match.place.name == "Pollok, TX"
    assert [p.key for p in ladder(match.place)][1:] == ["state:US-TX", "country:US"]
    assert "small town" in match.note
    assert get_place("city:US-TX-pollok").name == "Pollok, TX"  # a key kept by a subscription


@pytest.mark.parametrize(
    "location", ["Perth, WA, Australia", "Perth, WA, AU", "Sydney, NSW, Australia"]
)
def test_a_region_abroad_written_like_a_state_is_never_that_us_state(location):
    place = place_from_text(location)
    assert place is None or place.country != "US"


@pytest.mark.parametrize(
    ("location", "key"),
    [
        ("Portland, OR, US", "city:US-OR-portland"),
        ("Dublin, CA, USA", "city:US-CA-dublin"),
        ("Boston, MA, United States", "city:US-MA-boston"),
    ],
)
def test_a_us_city_and_state_followed_by_the_country_stays_in_the_us(location, key):
    assert place_from_text(location).key == key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Salaries in the Washington metro area are highest", "metro:US-washington-dc"),
        ("Nurses in the Dallas metropolitan area earn", "metro:US-dallas-tx"),
        ("Welders in the Seattle area make", "metro:US-seattle-wa"),
        ("Jobs in Washington state", "state:US-WA"),
    ],
)
def test_in_a_places_area_is_its_metro(text, key):
    assert place_from_text(text).key == key


def test_washington_listed_among_cities_is_the_city_and_beside_a_state_the_state():
    among_cities = resolve_place("washington", context="Pay in Washington, Boston and Denver")
    beside_a_state = place_from_text("Nurses in Washington earn more than in Oregon")

    assert among_cities.place.key == "city:US-DC-washington"
    assert among_cities.note == (
        "'washington' read as Washington, DC, named among other cities (Boston, MA, Denver, CO)."
    )
    assert beside_a_state.key == "state:US-WA"


def test_words_of_job_titles_are_no_misspelt_town():
    from store.resolve.places import resolve_place

    assert resolve_place("supervisor") is None  # not Superior, WI
    assert resolve_place("bostn").place.name == "Boston, MA"


def test_a_county_of_small_towns_is_the_metro_of_their_nearest_cities():
    # Preston County's towns (Kingwood, Terra Alta) are all under 5,000 people; the county
    # lies in the Morgantown metro, as its towns' ZIPs read (was the state).
    assert resolve_place("preston county wv").place.key == "metro:US-morgantown-wv"


@pytest.mark.parametrize(
    ("written", "key"),
    [
        # A job at an airport named for its city (each was no place).
        ("darwin airport, nt", "city:AU-darwin"),
        ("newark airport", "city:US-NJ-newark"),
        ("denver international airport", "city:US-CO-denver"),
        ("boston logan international airport", "city:US-MA-boston"),
    ],
)
def test_an_airport_named_for_its_city_is_that_city(written, key):
    match = resolve_place(written)
    assert match.place.key == key
    assert match.note.startswith("Read the airport as its city")
