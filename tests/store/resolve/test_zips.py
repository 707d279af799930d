"""ZIP codes, read offline with the zipcodes package."""

from __future__ import annotations

import pytest

from store.answer.parse import parse_salary_query
from store.resolve.places import resolve_place


@pytest.mark.parametrize("query", ["02139", "02139-4307", " 02139 "])
def test_a_zip_is_its_city_with_a_note(query):
    match = resolve_place(query)
    assert match.place.key == "city:US-MA-cambridge"
    assert match.note == "ZIP 02139 is Cambridge, MA."


def test_a_zip_names_its_own_city_not_a_bigger_namesake():
    assert resolve_place("10001").place.key == "city:US-NY-new-york-city"
    assert resolve_place("94025").place.key == "city:US-CA-menlo-park"


def test_a_zip_whose_town_is_not_in_the_gazetteer_is_its_nearest_citys_metro():
    # Absarokee, MT (ZIP 59001) has ~1,300 people; Laurel, MT nearby is in the Billings metro.
    match = resolve_place("59001")
    assert match.place.key == "metro:US-billings-mt"
    assert "Absarokee, MT" in match.note and "Billings" in match.note


def test_a_zip_with_no_city_or_metro_near_is_its_state():
    match = resolve_place("04854")  # Owls Head, ME
    assert match.place.key == "state:US-ME"
    assert "Owls Head, ME" in match.note


@pytest.mark.parametrize("query", ["99999", "00000"])
def test_an_unknown_zip_is_no_place(query):
    assert resolve_place(query) is None


@pytest.mark.parametrize(
    ("question", "town"),
    [
        # The ZIP table spells out "Saint"; a posting shortens it (read the state only).
        ("cashier st. leonard, md", "Saint Leonard, MD"),
        ("cashier st. michaels, md", "Saint Michaels, MD"),
    ],
)
def test_a_small_towns_shortened_saint_is_found_spelled_out(question, town):
    assert parse_salary_query(question).place.name == town
