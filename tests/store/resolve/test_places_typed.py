"""Places as users type them: cities, states, ZIPs, nicknames, typos and remote
(official metros, regions and places abroad have tests of their own).
"""

from __future__ import annotations

import pytest

from store.resolve.places import (
    place_from_text,
    resolve_place,
    suggest_places,
)
from tests.store.resolve.places_support import keys, resolved_key


@pytest.mark.parametrize(
    ("query", "key"),
    [
        ("boston", "city:US-MA-boston"),
        ("Boston", "city:US-MA-boston"),
        ("Boston, MA", "city:US-MA-boston"),
        ("boston ma", "city:US-MA-boston"),
        ("Boston, Massachusetts", "city:US-MA-boston"),
        ("ma", "state:US-MA"),
        ("MA", "state:US-MA"),
        ("massachusetts", "state:US-MA"),
        ("Massachusetts", "state:US-MA"),
        ("ca", "state:US-CA"),
        ("West Virginia", "state:US-WV"),
        ("virginia", "state:US-VA"),
        ("washington state", "state:US-WA"),
        ("District of Columbia", "state:US-DC"),
        ("north bethesda", "city:US-MD-north-bethesda"),
        ("North Bethesda, MD", "city:US-MD-north-bethesda"),
        ("waltham", "city:US-MA-waltham"),
        ("cambridge", "city:US-MA-cambridge"),
        ("cambridge md", "city:US-MD-cambridge"),
        ("portland maine", "city:US-ME-portland"),
        ("kansas city ks", "city:US-KS-kansas-city"),
        ("St. Louis", "city:US-MO-st-louis"),
        ("saint louis", "city:US-MO-st-louis"),
        ("Winston-Salem", "city:US-NC-winston-salem"),
        ("washington dc", "city:US-DC-washington"),
        ("Washington, D.C.", "city:US-DC-washington"),
        ("new york, ny", "city:US-NY-new-york-city"),
        ("new york city", "city:US-NY-new-york-city"),
        ("brooklyn", "city:US-NY-brooklyn"),
        ("greater boston", "metro:US-boston-ma"),
        ("boston area", "metro:US-boston-ma"),
        ("Boston metro", "metro:US-boston-ma"),
        ("san francisco bay area", "region:US-san-francisco-bay-area"),
        ("metro:US-boston-ma", "metro:US-boston-ma"),
        ("city:US-MA-boston", "city:US-MA-boston"),
    ],
)
def test_user_queries_resolve(query, key):
    assert resolved_key(query) == key


@pytest.mark.parametrize(
    "query",
    [
        "remote",
        "Remote",
        "anywhere",
        "Remote - US",
        "remote (usa)",
        "US-Remote",
        "Remote in the United States",
        "anywhere in the us",
        "WFH",
        "fully remote",
    ],
)
def test_remote_queries(query):
    match = resolve_place(query)
    assert match.place.key == "remote"
    assert match.note is None


@pytest.mark.parametrize("query", ["Remote, CA", "remote california", "California - Remote"])
def test_remote_within_a_state_is_remote_with_a_note(query):
    match = resolve_place(query)
    assert match.place.key == "remote"
    assert match.note == "Remote within California."


@pytest.mark.parametrize(
    ("query", "area"),
    [
        ("Remote - East Coast", "East Coast"),
        ("remote (EST)", "EST"),
        ("Remote - Pacific Time Zone", "Pacific Time Zone"),
        ("Midwest - Remote", "Midwest"),
    ],
)
def test_remote_within_a_part_of_the_country_or_a_time_zone_is_remote_with_a_note(query, area):
    match = resolve_place(query)
    assert match.place.key == "remote"
    assert match.note == f"Remote within {area}: answered as Remote."


def test_a_state_code_after_remote_stays_the_state():
    assert resolve_place("Remote, CT").note == "Remote within Connecticut."


@pytest.mark.parametrize(
    ("query", "key"),
    [
        ("Los Angeles (Remote OK)", "city:US-CA-los-angeles"),
        ("Denver, CO - remote eligible", "city:US-CO-denver"),
        ("remote ok", "remote"),
        ("Remote (US only)", "remote"),
    ],
)
def test_words_that_allow_remote_work_leave_the_place_asked_about(query, key):
    # "ok" in "remote ok" is no Oklahoma; alone, the job may be done from anywhere.
    assert resolve_place(query).place.key == key


@pytest.mark.parametrize(
    ("query", "key"),
    [
        ("Boston, MA, USA", "city:US-MA-boston"),
        ("Seattle, WA, United States", "city:US-WA-seattle"),
        ("Massachusetts, US", "state:US-MA"),
    ],
)
def test_a_trailing_country_changes_nothing(query, key):
    assert resolved_key(query) == key


@pytest.mark.parametrize(
    "query", ["us", "US", "usa", "U.S.", "united states", "United States", "national", "nationwide"]
)
def test_country_queries(query):
    assert resolved_key(query) == "country:US"


@pytest.mark.parametrize(
    ("query", "key"),
    [
        ("nyc", "city:US-NY-new-york-city"),
        ("NYC", "city:US-NY-new-york-city"),
        ("sf", "city:US-CA-san-francisco"),
        ("la", "city:US-CA-los-angeles"),
        ("dc", "city:US-DC-washington"),
        ("D.C.", "city:US-DC-washington"),
    ],
)
def test_short_forms_from_the_gazetteer(query, key):
    assert resolved_key(query) == key


def test_a_short_form_that_is_also_a_state_code_says_so():
    match = resolve_place("LA")
    assert match.place.key == "city:US-CA-los-angeles"
    assert "Louisiana" in match.note
    assert match.place.note == match.note


def test_ny_means_the_city_for_users_and_the_state_in_documents():
    typed = resolve_place("ny")
    assert typed.place.key == "city:US-NY-new-york-city"
    assert "New York state" in typed.note
    written = place_from_text("Machine Learning Intern Jobs in NY")
    assert written.key == "state:US-NY"
    assert "New York City" in written.note


def test_dc_is_the_city_without_a_note():
    # The District holds nothing beyond the city's metro, so there is nothing to warn about.
    match = resolve_place("dc")
    assert match.place.key == "city:US-DC-washington"
    assert match.note is None


@pytest.mark.parametrize("code", ["BOS", "SFO", "LAX"])
def test_airport_codes_are_not_short_forms(code):
    # The gazetteer lists them as alternate names, but they are not the city's initials.
    assert resolve_place(code) is None


def test_same_named_cities_take_the_largest_and_name_the_others():
    match = resolve_place("portland")
    assert match.place.key == "city:US-OR-portland"
    assert "Portland, ME" in match.note
    assert resolve_place("boston").note is None  # the other Bostons are small towns


def test_washington_alone_is_the_state_with_a_note():
    match = resolve_place("washington")
    assert match.place.key == "state:US-WA"
    assert "Washington, DC" in match.note


@pytest.mark.parametrize(
    ("context", "key"),
    [
        ("Openings near Seattle and Tacoma", "state:US-WA"),
        ("Spokane, WA", "state:US-WA"),
        ("office in North Bethesda, MD", "city:US-DC-washington"),
        ("D.C.", "city:US-DC-washington"),
        ("DC", "city:US-DC-washington"),
        ("the District of Columbia", "city:US-DC-washington"),
        ("candidates in Maryland or Virginia", "city:US-DC-washington"),
        ("Nothing about places here", "state:US-WA"),
    ],
)
def test_washington_is_settled_by_context(context, key):
    match = resolve_place("Washington", context=context)
    assert match.place.key == key
    assert match.note


def test_context_reading_says_which_places_settled_it():
    match = resolve_place("washington", context="Xometry, North Bethesda, MD")
    assert match.how == "context"
    assert "North Bethesda, MD" in match.note


def test_new_york_means_the_city_for_users_with_a_note():
    match = resolve_place("new york")
    assert match.place.key == "city:US-NY-new-york-city"
    assert "state" in match.note
    assert resolved_key("new york state") == "state:US-NY"


def test_new_york_context_inside_the_city_or_elsewhere_in_the_state():
    assert resolved_key("new york", context="Brooklyn") == "city:US-NY-new-york-city"
    # Buffalo fits both readings equally, so the default stands.
    assert resolved_key("new york", context="Buffalo, NY") == "city:US-NY-new-york-city"


def test_georgia_is_the_state_not_the_country():
    match = resolve_place("Georgia")
    assert match.place.key == "state:US-GA"
    assert "country" in match.note


def test_same_named_cities_settled_by_context():
    assert resolved_key("portland", context="Maine") == "city:US-ME-portland"
    assert resolved_key("arlington", context="Fairfax, VA") == "city:US-VA-arlington"


@pytest.mark.parametrize(
    ("typo", "key"),
    [
        ("bostn", "city:US-MA-boston"),
        ("seatle", "city:US-WA-seattle"),
        ("massachusets", "state:US-MA"),
        ("bostn ma", "city:US-MA-boston"),
    ],
)
def test_typos_resolve_fuzzily_with_a_note(typo, key):
    match = resolve_place(typo)
    assert (match.place.key, match.how) == (key, "fuzzy")
    assert typo.split()[0] in match.note


def test_unknown_city_in_a_known_state_falls_back_to_the_state_with_a_note():
    match = resolve_place("Zzyzxville, KS")
    assert match.place.key == "state:US-KS"
    assert "zzyzxville" in match.note


@pytest.mark.parametrize(
    ("query", "key"),
    [
        ("florence, ala.", "city:US-AL-florence"),
        ("Bellevue, Wash.", "city:US-WA-bellevue"),
        ("pasadena calif", "city:US-CA-pasadena"),
        ("springfield, mass.", "city:US-MA-springfield"),
    ],
)
def test_a_city_before_a_newspaper_abbreviation_of_its_state_is_that_city(query, key):
    assert resolve_place(query).place.key == key


@pytest.mark.parametrize("query", ["car wash", "ala", "critical mass"])
def test_a_newspaper_abbreviation_after_no_city_is_no_state(query):
    assert resolve_place(query) is None


@pytest.mark.parametrize("query", ["atlantis", "xqzv", "", "   ", "!!", "machine learning intern"])
def test_unknown_places_resolve_to_none(query):
    assert resolve_place(query) is None


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("bostn", "Boston, MA"),
        ("seatle", "Seattle, WA"),
        ("massachusets", "Massachusetts"),
        ("sanfrancisco", "San Francisco, CA"),
        ("bostn ma", "Boston, MA"),
    ],
)
def test_suggestions_put_the_likely_place_first(query, first):
    assert suggest_places(query)[0].name == first


def test_suggestions_are_distinct_limited_and_empty_for_nonsense():
    found = suggest_places("sanfrancisco", limit=3)
    assert len(found) <= 3
    assert len(set(keys(found))) == len(found)
    assert suggest_places("xqzv") == []
    assert suggest_places("") == []
