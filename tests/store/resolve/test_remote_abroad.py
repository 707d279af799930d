"""Remote within a country abroad, and the parts of the world postings abroad write."""

from __future__ import annotations

import pytest

from store.answer.parse import parse_salary_query


@pytest.mark.parametrize(
    ("question", "country"),
    [
        ("senior product designer portugal (remote)", "PT"),  # was Remote: the US
        ("swe germany remote", "DE"),
        ("product designer remote portugal", "PT"),  # was Portugal with "no city 'remote'"
        ("senior product designer portugal / european union (remote)", "PT"),
        ("data analyst portugal / european union", "PT"),  # was Union, NJ
        # was Remote (the US): "nigeria" had been read as a word of the title
        ("marketing graphic designer (part-time) nigeria - fully remote", "NG"),
        ("marketing graphic designer nigeria remote", "NG"),
    ],
)
def test_remote_within_a_country_abroad_is_that_country(question, country):
    asked = parse_salary_query(question)
    assert asked.place.key == f"country:{country}"
    assert not any("No city" in note for note in asked.notes)


@pytest.mark.parametrize("question", ["swe remote - emea", "swe remote - apac"])
def test_a_part_of_the_world_is_no_us_place(question):
    asked = parse_salary_query(question)
    assert asked.place is None or asked.place.country != "US"


@pytest.mark.parametrize(
    ("question", "key"),
    [
        ("swe remote", "remote"),
        ("swe remote - east coast", "remote"),
        ("swe remote, tx", "remote"),
        ("nurse union, nj", "city:US-NJ-union"),
    ],
)
def test_remote_in_the_us_and_us_places_read_as_before(question, key):
    assert parse_salary_query(question).place.key == key
