"""Words postings write around a title and a place: set aside, never read as the place."""

from __future__ import annotations

import pytest

from store.answer.parse import parse_salary_query


@pytest.mark.parametrize(
    ("question", "place", "aside"),
    [
        ("site reliability engineer - remote gitlab", "Remote", "gitlab"),
        ("cashier springfield, mo walmart", "Springfield, MO", "walmart"),
        ("registered nurse denver acme health partners", "Denver, CO", "acme health partners"),
    ],
)
def test_an_employer_named_after_the_place_is_set_aside(question, place, aside):
    # Before, the place and the employer were read as one unknown place: no place at all.
    asked = parse_salary_query(question)
    assert asked.place.name == place
    assert any(f"“{aside}”" in note for note in asked.notes)


@pytest.mark.parametrize(
    ("question", "role_text", "place"),
    [
        ("developer wrangler sf", "developer wrangler", "San Francisco, CA"),  # a longer title
        ("data analyst boston nurse", "data analyst", None),  # a role: no employer
    ],
)
def test_words_after_a_place_that_name_a_role_are_not_set_aside(question, role_text, place):
    asked = parse_salary_query(question)
    assert asked.role_text == role_text
    assert (asked.place.name if asked.place else None) == place


@pytest.mark.parametrize(
    ("question", "metro"),
    [
        ("buyer - jefferson county; birmingham; bessemer", "metro:US-birmingham-al"),
        ("cashier dallas; plano; frisco", "metro:US-dallas-tx"),
        ("buyer birmingham | hoover | bessemer", "metro:US-birmingham-al"),
    ],
)
def test_a_list_of_locations_in_one_metro_is_that_metro(question, metro):
    # Before, the last location was the place and the others were set aside ("Bessemer").
    asked = parse_salary_query(question)
    assert asked.place.key == metro
    assert any("locations" in note for note in asked.notes)


def test_a_list_of_locations_in_several_metros_compares_them():
    asked = parse_salary_query("swe boston; seattle")
    assert (asked.place.name, [p.name for p in asked.compared]) == ("Boston, MA", ["Seattle, WA"])


def test_a_semicolon_inside_the_title_is_no_list_of_locations():
    asked = parse_salary_query("rn - icu; nights boston")
    assert (asked.role.soc, asked.place.name, asked.compared) == ("29-1141", "Boston, MA", [])


@pytest.mark.parametrize(
    ("question", "slug", "place"),
    [
        (
            "systems engineer, site reliability engineering google mountain view",
            "site-reliability-engineer",  # was a systems engineer, the discipline set aside
            "Mountain View, CA",
        ),
        ("engineering technician (civil) tupelo, ms", "civil-engineering-technician", "Tupelo, MS"),
        ("clinical nurse ii - medical/surgical chicago", "registered-nurse", "Chicago, IL"),
    ],
)
def test_a_discipline_after_the_title_names_the_titles_field(question, slug, place):
    asked = parse_salary_query(question)
    assert (asked.role.slug, asked.place.name) == (slug, place)
