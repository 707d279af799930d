"""Cities abroad written with their province or state, as Canadian and Australian
postings write them, in questions, in postings' text and in a pay table."""

from __future__ import annotations

from datetime import date

import pytest

from store.answer.parse import parse_salary_query
from store.answer.salary import answer_salary
from store.db import open_store
from store.ingest.run import ingest_paths
from store.resolve.geography.ladder import get_place, ladder
from store.resolve.places import place_from_text, resolve_place


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("vancouver bc", "city:CA-vancouver"),
        ("Vancouver, BC, Canada", "city:CA-vancouver"),
        ("toronto, on", "city:CA-toronto"),
        ("London, ON", "city:CA-london"),
        ("Montreal QC", "city:CA-montreal"),
        ("calgary alberta", "city:CA-calgary"),
        ("Kelowna, BC", "city:CA-kelowna"),
        ("sydney nsw", "city:AU-sydney"),
        ("Perth WA 6000", "city:AU-perth"),
        ("Melbourne, VIC, Australia", "city:AU-melbourne"),
    ],
)
def test_a_city_named_with_its_province_is_that_provinces_city(written, key):
    assert resolve_place(written).place.key == key


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("Kent, WA", "city:US-WA-kent"),  # Western Australia's code, a Washington city
        ("newcastle wa", "city:US-WA-newcastle"),  # Newcastle, Australia is in NSW
        ("Ontario, CA", "city:US-CA-ontario"),
        ("victoria tx", "city:US-TX-victoria"),
        ("riverside san bernardino ontario", "metro:US-riverside-ca"),
    ],
)
def test_us_places_that_share_a_provinces_words_stay_in_the_us(written, key):
    assert resolve_place(written).place.key == key


def test_an_unknown_city_in_a_named_country_is_that_country_with_a_note():
    found = resolve_place("springfield, ontario, canada")
    assert found.place.key == "country:CA"
    assert found.note == "No city 'springfield' in Ontario here; read as Canada."


def test_a_bare_province_code_that_is_a_word_names_no_place():
    assert resolve_place("nurse on") is None
    assert place_from_text("Charge Nurse on") is None


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Registered Nurse - Vancouver, BC", "city:CA-vancouver"),
        ("Analyst - Vancouver, BC, CA", "city:CA-vancouver"),  # Canada, not California
        ("Software Engineer, Toronto, ON", "city:CA-toronto"),
        ("Analyst, Toronto, ON M5V 2T6", "city:CA-toronto"),
        ("Developer - Melbourne VIC 3000", "city:AU-melbourne"),
        ("Nurse in Perth, WA", "city:AU-perth"),
        ("Nurse - Seattle, WA", "city:US-WA-seattle"),
        ("Engineer (San Jose, CA)", "city:US-CA-san-jose"),
    ],
)
def test_a_postings_province_places_it_abroad(text, key):
    assert place_from_text(text).key == key


def test_a_small_city_of_a_province_climbs_to_its_country():
    kelowna = get_place("city:CA-kelowna")
    assert kelowna.name == "Kelowna, Canada"
    assert [p.key for p in ladder(kelowna)] == ["city:CA-kelowna", "country:CA"]


def test_a_question_with_a_province_reads_the_city_abroad():
    query = parse_salary_query("nurse vancouver, bc, ca")
    assert (query.role.slug, query.place.key) == ("registered-nurse", "city:CA-vancouver")


def test_pay_tables_rows_in_provinces_answer_for_their_own_cities(tmp_path):
    (tmp_path / "pay.csv").write_text(
        "Job title,Location,Pay,Source URL,As of\n"
        'Registered Nurse,"Vancouver, BC","CA$45 - CA$55 an hour",https://example.ca/rn,2026-11-01\n'
        'Registered Nurse,"Perth WA 6000","AU$50 an hour",https://example.au/rn,2026-11-01\n'
        'Registered Nurse,"Kent, WA","$48 an hour",https://example.com/rn,2026-11-01\n'
    )
    db = open_store(tmp_path / "store.db")

    assert ingest_paths(db, [tmp_path / "pay.csv"]).failed == []

    for question, url in [
        ("nurse vancouver bc", "https://example.ca/rn"),
        ("nurse perth wa", "https://example.au/rn"),
        ("nurse kent wa", "https://example.com/rn"),
    ]:
        answer = answer_salary(db, question, today=date(2026, 11, 30))
        assert [source.observation.url for source in answer.sources] == [url], question
