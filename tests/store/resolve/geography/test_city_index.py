"""A city's alternate name that is another town's own name (geonames lists "Jackson" among
Byron, GA's former names) gives way to that town."""

from __future__ import annotations

import pytest

from store.answer.parse import parse_salary_query
from store.resolve.geography.gazetteer import gazetteer


@pytest.mark.parametrize(
    ("question", "town"),
    [
        # Read through Byron's and El Paso's alternates before.
        ("nurse jackson, ga", "Jackson, GA"),
        ("nurse franklin, tx", "Franklin, TX"),
    ],
)
def test_a_town_is_not_a_far_city_that_once_bore_its_name(question, town):
    assert parse_salary_query(question).place.name == town


def test_a_county_whose_seat_is_such_a_town_is_its_own_metro():
    # Butts County, GA (seat Jackson) is in the Atlanta metro; it read Warner Robins (Byron's).
    place = parse_salary_query("equipment operator ii butts county, ga").place
    assert place.name == "Atlanta-Sandy Springs-Roswell, GA"


def test_an_alternate_name_no_other_town_bears_still_finds_its_city():
    index = gazetteer().city_in_state
    assert index.get(("GA", "jackson")) is None and ("GA", "jackson") not in index
    assert parse_salary_query("nurse saint louis, mo").place.name == "St. Louis, MO"
    assert parse_salary_query("nurse new york city").place.name == "New York City, NY"
