"""Location fields as applicant-tracking systems and networking sites write them: parts in
any order, metros by their first cities, dashes outside ASCII."""

from __future__ import annotations

import pytest

from store.answer.parse import parse_salary_query
from store.resolve.geography.names import norm
from store.resolve.places import place_from_text, resolve_place


@pytest.mark.parametrize(
    ("field", "key"),
    [
        ("US-MA-Boston", "city:US-MA-boston"),
        ("US-CA-San Jose", "city:US-CA-san-jose"),
        ("USA-TX-Austin", "city:US-TX-austin"),
        ("MA - Boston", "city:US-MA-boston"),
        ("USA, Massachusetts, Boston", "city:US-MA-boston"),
        ("United States - California - San Diego", "city:US-CA-san-diego"),
        ("USA - Boston, MA", "city:US-MA-boston"),  # not the whole country
        ("NC-Winston-Salem", "city:US-NC-winston-salem"),
    ],
)
def test_a_location_field_in_parts_is_its_city(field, key):
    assert place_from_text(field).key == key
    assert resolve_place(field).place.key == key


def test_a_state_with_remote_is_remote_within_it():
    found = resolve_place("TX - Remote")
    assert (found.place.key, found.note) == ("remote", "Remote within Texas.")


@pytest.mark.parametrize("field", ["USA - Remote", "United States - Remote", "Remote - US"])
def test_the_country_with_remote_is_remote(field):
    assert place_from_text(field).key == "remote"


@pytest.mark.parametrize("field", ["Engineering - Platform", "Washington, DC - New York, NY"])
def test_parts_that_are_not_one_state_and_its_city_are_not_guessed_from(field):
    found = place_from_text(field)
    assert found is None or found.key in ("city:US-DC-washington", "metro:US-washington-dc")


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("Seattle-Tacoma", "metro:US-seattle-wa"),
        ("Miami-Fort Lauderdale", "metro:US-miami-fl"),
        ("Seattle-Tacoma area", "metro:US-seattle-wa"),
        ("Dallas-Fort Worth Metroplex", "metro:US-dallas-tx"),
        ("Minneapolis–St. Paul", "metro:US-minneapolis-mn"),  # an en dash
    ],
)
def test_a_metro_named_by_its_first_cities_is_that_metro(written, key):
    assert place_from_text(f"Jobs in the {written}").key == key
    assert resolve_place(written).place.key == key
    assert resolve_place(written).how != "fuzzy"


def test_a_dash_outside_ascii_parts_words_as_a_hyphen_does():
    assert norm("Minneapolis–Saint Paul") == norm("Minneapolis-Saint Paul")
    assert norm("Boston • Hybrid") == "boston hybrid"


@pytest.mark.parametrize(
    ("question", "key"),
    [
        # A careers site's code pasted lower-cased (was no place).
        (
            "senior software engineer - observe by snowflake, streaming data products"
            " us-ca-menlo park",
            "city:US-CA-menlo-park",
        ),
        ("swe usa-tx-austin", "city:US-TX-austin"),
    ],
)
def test_a_location_code_in_any_case_is_its_city(question, key):
    assert parse_salary_query(question).place.key == key
