"""Places outside the US, US namesakes of big foreign cities, and words that are not places."""

from __future__ import annotations

import pytest

from store.resolve.geography.ladder import get_place, ladder, place_covers
from store.resolve.places import place_from_text, resolve_place


def keys(places):
    return [place.key for place in places]


@pytest.mark.parametrize(
    ("query", "key", "country"),
    [
        ("London", "city:GB-london", "GB"),
        ("london uk", "city:GB-london", "GB"),
        ("London, England", "city:GB-london", "GB"),
        ("Toronto", "city:CA-toronto", "CA"),
        ("Toronto, Canada", "city:CA-toronto", "CA"),
        ("Bangalore", "city:IN-bengaluru", "IN"),
        ("Bengaluru", "city:IN-bengaluru", "IN"),
        ("Berlin", "city:DE-berlin", "DE"),
        ("Paris", "city:FR-paris", "FR"),
        ("Mumbai", "city:IN-mumbai", "IN"),
        ("Singapore", "city:SG-singapore", "SG"),
    ],
)
def test_big_cities_abroad_are_recognised_as_outside_the_us(query, key, country):
    place = resolve_place(query).place
    assert (place.key, place.level, place.country, place.state) == (key, "city", country, None)


def test_a_city_abroad_climbs_to_its_own_country_never_the_us():
    london = get_place("city:GB-london")
    assert london.name == "London, United Kingdom"
    assert keys(ladder(london)) == ["city:GB-london", "country:GB"]
    assert not place_covers(get_place("country:US"), london)
    assert get_place("country:GB").name == "United Kingdom"


def test_a_country_abroad_and_an_unknown_city_in_it():
    assert resolve_place("canada").place.key == "country:CA"
    match = resolve_place("Zzyzxville, UK")
    assert match.place.key == "country:GB"
    assert "zzyzxville" in match.note


@pytest.mark.parametrize(
    ("query", "key"),
    [
        ("London, KY", "city:US-KY-london"),
        ("paris tx", "city:US-TX-paris"),
        ("Paris, TX", "city:US-TX-paris"),
        ("berlin nh", "city:US-NH-berlin"),
    ],
)
def test_a_state_given_wins_for_a_us_namesake(query, key):
    assert resolve_place(query).place.key == key


def test_a_bare_name_is_the_far_bigger_city_abroad_with_a_note_for_the_us_one():
    match = resolve_place("paris")
    assert match.place.key == "city:FR-paris"
    assert "Paris, TX" in match.note and "'paris tx'" in match.note


@pytest.mark.parametrize(
    ("query", "key"),
    [
        # Birmingham, UK is about five times Birmingham, AL: not far bigger, so the US one.
        ("birmingham", "city:US-AL-birmingham"),
        ("cambridge", "city:US-MA-cambridge"),
        ("boston", "city:US-MA-boston"),
    ],
)
def test_a_us_city_not_dwarfed_by_its_namesake_stays(query, key):
    assert resolve_place(query).place.key == key


@pytest.mark.parametrize(
    ("query", "key"),
    [
        ("Greater London", "city:GB-london"),  # not the metro of London, OH
        ("greater paris", "city:FR-paris"),
        ("greater boston", "metro:US-boston-ma"),
        ("greater birmingham", "metro:US-birmingham-al"),
    ],
)
def test_the_greater_area_of_a_city_dwarfing_its_us_namesakes_is_that_city(query, key):
    assert resolve_place(query).place.key == key
    assert place_from_text(f"Managers in {query.title()} earn most").key == key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Software Engineer Intern - London, UK", "city:GB-london"),
        ("Data Scientist - Bangalore, India", "city:IN-bengaluru"),
        ("Machine Learning Intern Jobs in Toronto", "city:CA-toronto"),
        ("Salary in Germany", "country:DE"),
        ("Jobs in London, KY", "city:US-KY-london"),
    ],
)
def test_documents_name_places_abroad(text, key):
    assert place_from_text(text).key == key


def test_a_document_segment_names_a_smaller_city_abroad_only_with_its_country():
    # Santander, Spain has 170,000 people, and a bank of that name posts internships.
    assert place_from_text("Analyst Intern - Santander") is None
    assert place_from_text("Analyst Intern - Santander, Spain").key == "city:ES-santander"


@pytest.mark.parametrize(
    ("query", "key"),
    [
        ("boston (hybrid)", "city:US-MA-boston"),
        ("Boston, MA (Hybrid)", "city:US-MA-boston"),
        ("hybrid boston", "city:US-MA-boston"),
        ("onsite - seattle, wa", "city:US-WA-seattle"),
        ("seattle wa onsite", "city:US-WA-seattle"),
        ("in-office austin", "city:US-TX-austin"),
        ("remote - us", "remote"),
        ("remote us", "remote"),
        ("us remote", "remote"),
        ("US-Remote (hybrid)", "remote"),
    ],
)
def test_words_about_how_one_works_do_not_break_a_place(query, key):
    match = resolve_place(query)
    assert match.place.key == key
    assert match.how == "exact"


@pytest.mark.parametrize("query", ["hybrid", "(onsite)", "in office"])
def test_such_words_alone_are_no_place(query):
    assert resolve_place(query) is None


def test_a_city_named_like_a_season_is_not_noise():
    assert resolve_place("fall river").place.key == "city:US-MA-fall-river"


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("Bengaluru, Karnataka, India", "city:IN-bengaluru"),
        ("Noida, Uttar Pradesh, India", "city:IN-noida"),
        ("London, England, United Kingdom", "city:GB-london"),
        ("Munich, Bavaria, Germany", "city:DE-munich"),
        ("Mexico City, CDMX, Mexico", "city:MX-mexico-city"),
    ],
)
def test_a_city_its_region_and_its_country_read_as_the_city(written, key):
    assert place_from_text(f"Data Analyst - {written}").key == key
    assert resolve_place(written).place.key == key
