"""Which place keys hold rows for a role: the lookups digests and answers share."""

from __future__ import annotations

import pytest

from store.answer.lookups import place_keys_with_rows, posting_place_keys_within
from store.db import open_store
from store.resolve.places import get_place
from tests.digest_data import (
    BOSTON,
    BOSTON_METRO,
    CAMBRIDGE,
    MASSACHUSETTS,
    SEATTLE,
    add_posting,
    at,
)


@pytest.fixture
def db(tmp_path):
    db = open_store(tmp_path / "salary.db")
    for company, place_key in [
        ("Acme", BOSTON),
        ("Beta", BOSTON),  # a second posting in the same place: one key
        ("Gamma", CAMBRIDGE),
        ("Delta", BOSTON_METRO),
        ("Echo", SEATTLE),
    ]:
        add_posting(db, company=company, place_key=place_key, first_seen=at("2026-11-02 12:00"))
    add_posting(
        db,
        company="Other",
        role="swe-intern",
        place_key="city:US-MA-worcester",
        first_seen=at("2026-11-02 12:00"),
    )
    return db


def test_place_keys_with_rows_lists_each_key_once_for_the_role_and_prefix(db):
    assert place_keys_with_rows(db, "postings", "ml-intern", "city:US-MA-") == [BOSTON, CAMBRIDGE]
    assert place_keys_with_rows(db, "postings", "ml-intern", "") == [
        BOSTON,
        CAMBRIDGE,
        SEATTLE,
        BOSTON_METRO,
    ]
    assert place_keys_with_rows(db, "latest_figures", "ml-intern", "") == []


def test_a_state_takes_in_its_cities_and_metros_with_postings(db):
    keys = posting_place_keys_within(db, "ml-intern", get_place(MASSACHUSETTS))

    assert keys == [MASSACHUSETTS, BOSTON, CAMBRIDGE, BOSTON_METRO]


def test_a_metro_takes_in_its_cities_and_a_city_only_itself(db):
    metro = posting_place_keys_within(db, "ml-intern", get_place(BOSTON_METRO))

    assert metro[0] == BOSTON_METRO and set(metro[1:]) == {BOSTON, CAMBRIDGE}
    assert posting_place_keys_within(db, "ml-intern", get_place(SEATTLE)) == [SEATTLE]


def test_a_whole_country_is_none_rather_than_a_list_of_keys(db):
    assert posting_place_keys_within(db, "ml-intern", get_place("country:US")) is None
