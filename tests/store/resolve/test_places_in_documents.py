"""Places as documents write them: a page's text read for the rung it names."""

from __future__ import annotations

import pytest

from store.resolve.places import (
    place_from_text,
)
from tests.store.resolve.places_support import found_key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Machine Learning Intern Salary in Boston, MA", "city:US-MA-boston"),
        ("Machine Learning Engineer Salary in Boston 2025 (Updated Daily)", "city:US-MA-boston"),
        ("Salary in Boston 2025 (Updated Daily)", "city:US-MA-boston"),
        ("Machine Learning Engineer Intern Salary in Massachusetts", "state:US-MA"),
        (
            "The avg MACHINE LEARNING ENGINEER INTERN SALARY in Massachusetts, as of Mar",
            "state:US-MA",
        ),
        ("North Bethesda, MD • Hybrid", "city:US-MD-north-bethesda"),
        ("Data Scientist Intern - Boston, MA - Hybrid", "city:US-MA-boston"),
        ("ML Intern | Seattle, WA", "city:US-WA-seattle"),
        ("Jobs in New York, NY", "city:US-NY-new-york-city"),
        ("Salary in Washington, DC", "city:US-DC-washington"),
        ("Austin, Texas", "city:US-TX-austin"),
        ("St. Louis, MO 63101", "city:US-MO-st-louis"),
        ("Jobs in Waltham", "city:US-MA-waltham"),
        ("Salary in MA", "state:US-MA"),
        ("Intern in the San Francisco Bay Area", "region:US-san-francisco-bay-area"),
        ("Jobs in Greater Boston", "metro:US-boston-ma"),
        ("Machine Learning Intern Salary in the United States", "country:US"),
        ("Software Engineer Intern - Remote", "remote"),
        ("Data Scientist (Remote, US)", "remote"),
        ("Remote - US", "remote"),
        ("Data Scientist - Remote in USA", "remote"),
        ("Hybrid - Boston, MA, US", "city:US-MA-boston"),
        ("Location: NEW YORK, NY 10001", "city:US-NY-new-york-city"),
        ("Headquarters location Gaithersburg, MD, US", "city:US-MD-gaithersburg"),
        ("Research Intern - Phoenix", "city:US-AZ-phoenix"),
        # A region's name beats a city that has it only as another name of its own.
        ("Long Island, NY", "metro:US-new-york-ny"),
        ("Long Island City, NY", "city:US-NY-long-island-city"),
    ],
)
def test_places_named_in_titles_and_snippets(text, key):
    assert found_key(text) == key


def test_washington_in_a_title_is_the_state_with_a_note():
    place = place_from_text("Machine Learning Intern Jobs in Washington (NOW HIRING)")
    assert place.key == "state:US-WA"
    assert "Washington, DC" in place.note


def test_washington_in_a_title_settled_by_the_page_around_it():
    page = "Machine Learning Intern\nXometry\nNorth Bethesda, MD • Hybrid\n$27/hr"
    title = "Machine Learning Intern Jobs in Washington (NOW HIRING)"
    assert found_key(title, context=page) == "city:US-DC-washington"
    assert found_key(title, context="Cities in Washington: Seattle, Redmond") == "state:US-WA"


def test_new_york_in_a_document_is_the_state_with_a_note():
    place = place_from_text("Data Scientist Salary in New York")
    assert place.key == "state:US-NY"
    assert "New York City" in place.note


def test_an_unknown_town_with_a_state_code_gives_the_state_with_a_note():
    place = place_from_text("Zzyzxville, KS 66002")
    assert place.key == "state:US-KS"
    assert "Zzyzxville" in place.note


@pytest.mark.parametrize(
    "text",
    [
        "Machine Learning Engineer, PhD Intern - Instacart | Built In Boston",  # site name
        "Machine Learning Intern - LinkedIn",
        "Staff Software Engineer, Storage",
        "Machine Learning Engineer, PhD Intern",
        "experience in Python and SQL",
        "Intern in Mobile Development",
        "Shift: Day Travel: None Workplace Type: Onsite",
        "Base pay by state\n\nCA, NY, NJ\n\n$50 USD\n\nWA\n\n$47 USD\n\nAll other states",
        "",
    ],
)
def test_texts_naming_no_place_give_none(text):
    assert place_from_text(text) is None


def test_the_first_place_named_wins():
    assert found_key("Boston, MA or Seattle, WA") == "city:US-MA-boston"


def test_the_union_is_no_town():
    # "in the Union" was Union, NJ; a town written with its article still is one
    assert place_from_text("The Average Salary of a Welder in the Union") is None
    assert place_from_text("Welders in the Bronx earn more").key == "city:US-NY-the-bronx"
    assert place_from_text("Welders in the Rochester area").key == "metro:US-rochester-ny"


def test_a_part_of_a_state_written_with_a_compass_word_is_the_state():
    # "western Washington" has no key of its own; it was read as no place at all
    assert found_key("Apprentices for the union in western Washington earn") == "state:US-WA"
    assert found_key("Welders in central Texas") == "state:US-TX"
    assert found_key("Welders in Northern California") == "region:US-northern-california"
