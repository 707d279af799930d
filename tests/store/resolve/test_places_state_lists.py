"""Lists of states and metros as pay tables and newspapers write them, and "in" before a country."""

from __future__ import annotations

import pytest

from store.resolve.places import (
    place_from_text,
    resolve_place,
    state_places,
)
from tests.store.resolve.places_support import keys


def test_state_lists_from_pay_tables():
    assert keys(state_places("CA, NY, CT, NJ")) == [
        "state:US-CA",
        "state:US-NY",
        "state:US-CT",
        "state:US-NJ",
    ]
    assert len(state_places("OR, DE, ME, MA, MD, NH, RI, VT, DC, PA, VA, CO, TX, IL, HI")) == 15
    assert keys(state_places(["WA"])) == ["state:US-WA"]
    assert keys(state_places("New York and New Jersey")) == ["state:US-NY", "state:US-NJ"]


@pytest.mark.parametrize("text", ["All other states", "CA, NY, Boston", "", "Region 1"])
def test_state_lists_with_anything_else_give_none(text):
    assert state_places(text) is None


@pytest.mark.parametrize(
    "text", ["in the United States", "in the U.S.", "across the US", "throughout the USA"]
)
def test_the_country_after_in_is_the_country_not_indiana(text: str) -> None:
    assert place_from_text(text).key == "country:US"
    assert resolve_place(text).place.key == "country:US"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # newspapers' state abbreviations, after a comma or in brackets
        ("Nurses in Rochester, Minn. earn most", "city:US-MN-rochester"),
        ("in Rochester (Minn.)", "city:US-MN-rochester"),
        ("in Alexandria (La.)", "city:US-LA-alexandria"),
        ("in Kingston (N.Y.)", "city:US-NY-kingston"),
        # a metro named by its cities is read by its first
        ("in Vallejo-Fairfield, CA", "city:US-CA-vallejo"),
        ("in Sacramento-Roseville-Arden-Arcade (Calif.)", "city:US-CA-sacramento"),
        ("in Leominster-Gardner (Mass.)", "city:US-MA-leominster"),
        ("in Brownsville-Harlingen (Texas)", "city:US-TX-brownsville"),
        ("Wilkes-Barre, PA", "city:US-PA-wilkes-barre"),  # a hyphenated city stays whole
    ],
)
def test_lists_of_metros_name_them_as_newspapers_do(text, key):
    assert place_from_text(text).key == key


@pytest.mark.parametrize("text", ["Physician Assistant (PA) Salary", "Nurse (OR) jobs"])
def test_a_state_code_in_brackets_counts_only_after_a_city_of_that_state(text):
    assert place_from_text(text) is None
