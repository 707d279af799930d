"""Reading a question: noise words, comparisons and places in recruiters' words."""

from __future__ import annotations

import pytest

from store.answer.parse import parse_salary_query
from store.resolve.noise import drop_noise


@pytest.mark.parametrize(
    ("question", "role", "place"),
    [
        ("ml intern boston summer 2026", "ml-intern", "city:US-MA-boston"),
        ("hourly pay for a cashier in California?", "cashier", "state:US-CA"),
        ("data analyst (hybrid) chicago", "data-analyst", "city:US-IL-chicago"),
        ("software engineer remote - us", "software-engineer", "remote"),
        ("how much does a registered nurse make in houston", "registered-nurse", None),
        ("new grad swe seattle", "entry-level-software-engineer", "city:US-WA-seattle"),
        ("senior software engineer seattle", "senior-software-engineer", "city:US-WA-seattle"),
        ("compensation analyst boston", "compensation-analyst", "city:US-MA-boston"),
        ("data entry remote", "data-entry-clerk", "remote"),
        ("senior swe faang sf", "senior-software-engineer", "city:US-CA-san-francisco"),
        ("swe within 50 miles of boston", "software-engineer", "city:US-MA-boston"),
        ("cna nights pittsburgh", "cna", "city:US-PA-pittsburgh"),
        ("rn prn boston", "registered-nurse", "city:US-MA-boston"),
        # "principal" is a level word, but not in a school's principal.
        ("assistant principal chicago", "school-administrator", "city:US-IL-chicago"),
        ("labor and delivery nurse boston", "registered-nurse", "city:US-MA-boston"),
        # "compensation" is a noise word ("compensation for a nurse"), but not here.
        ("compensation manager boston", "compensation-and-benefits-manager", "city:US-MA-boston"),
        # A ZIP after the city as written: the city, not "I don't know the role ml intern
        # boston ma" at the ZIP's Cambridge.
        ("ml intern boston ma 02139", "ml-intern", "city:US-MA-boston"),
        ("registered nurse houston, tx 77001-1234", "registered-nurse", None),
        # A ZIP in parentheses between the city and its state, as governmentjobs writes it
        # (was no place).
        (
            "sr. accountant charlottesville (22902), va",
            "senior-accountant",
            "city:US-VA-charlottesville",
        ),
        # Posting noise: a repost, a requisition for several hires.
        ("accountant ii (multiple positions) denver", "accountant", "city:US-CO-denver"),
        ("repost case manager boston", "case-manager", "city:US-MA-boston"),
        # Words before a one-word title qualify it: a state's class, an agency's name.
        ("intermediate accountant missouri", "accountant", "state:US-MO"),
        ("dola accountant ii denver", "accountant", "city:US-CO-denver"),
        # The longest known phrase decides, and it wins over a shorter title whose place
        # would leave words unread ("substation engineer" is no place).
        (
            "senior electrical design substation engineer tualatin oregon",
            "senior-electrical-engineer",
            "city:US-OR-tualatin",
        ),
        (
            "registered behavior technician greater delaware valley",
            "behavior-technician",
            "metro:US-philadelphia-pa",
        ),
        ("accountant saipan", "accountant", "city:US-MP-saipan"),
        # A head-first title with a band range: the whole title, the whole place.
        (
            "engineer i-vi system protection & control tucker ga",
            "electrical-engineer",
            "city:US-GA-tucker",
        ),
    ],
)
def test_words_that_are_not_a_role_or_place_do_not_break_a_question(question, role, place):
    query = parse_salary_query(question)
    assert query.role.slug == role
    if place:
        assert query.place.key == place
    else:
        assert query.place.name == "Houston, TX"


def test_a_comparison_reads_the_first_place_and_keeps_the_others_to_compare():
    query = parse_salary_query("swe nyc vs sf")
    assert query.place.name.startswith("New York")
    assert [place.key for place in query.compared] == ["city:US-CA-san-francisco"]
    three = parse_salary_query("data scientist boston or seattle vs austin tx")
    assert three.place.key == "city:US-MA-boston"
    assert [place.name for place in three.compared] == ["Seattle, WA", "Austin, TX"]
    assert parse_salary_query("data analyst or scientist boston").compared == []
    assert parse_salary_query("swe boston vs boston").compared == []  # nothing to compare


def test_noise_words_keep_what_the_user_typed_otherwise():
    assert drop_noise("&lt;!channel&gt; intern") == "&lt;!channel&gt; intern"
    assert drop_noise("Boston (MA)") == "Boston MA"


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("san francisco", "San Francisco, CA"),
        ("02139", "Cambridge, MA"),
        ("the bay area", "San Francisco Bay Area"),
        ("the triangle", "Research Triangle"),
    ],
)
def test_a_place_alone_is_read_as_a_place_with_no_role(question, place):
    query = parse_salary_query(question)

    assert query.role is None
    assert query.role_text == ""
    assert query.place.name == place


def test_the_before_a_place_is_the_places_word_not_the_roles():
    query = parse_salary_query("principal data scientist the dmv")

    assert (query.role_text, query.place.key) == (
        "principal data scientist",
        "metro:US-washington-dc",
    )
    assert parse_salary_query("jr data analyst, the triangle").place.level == "region"


@pytest.mark.parametrize(
    ("question", "place", "also"),
    [
        ("rn boston/cambridge", "Boston, MA", "Cambridge, MA"),
        ("swe sf / oakland", "San Francisco, CA", "Oakland, CA"),
    ],
)
def test_two_places_joined_by_a_slash_are_compared(question, place, also):
    query = parse_salary_query(question)
    assert query.place.name == place
    assert [other.name for other in query.compared] == [also]


def test_a_slash_inside_a_title_stays_in_the_title():
    assert parse_salary_query("ui/ux designer remote").role.slug == "ux-designer"


@pytest.mark.parametrize(
    ("question", "role", "place"),
    [
        ("surgical tech - or - days mobile, al", "surgical-technologist", "Mobile, AL"),
        ("rn - or - nights tucson, az", "registered-nurse", "Tucson, AZ"),
    ],
)
def test_or_compares_places_only_after_a_place(question, role, place):
    # "or" here is the operating room: read as a comparison, the question lost its place
    # and was answered nationally.
    query = parse_salary_query(question)
    assert (query.role.slug, query.place.name, query.compared) == (role, place, [])


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("lpn charge nurse - topeka, ks", "Topeka, KS"),
        ("lpn charge nurse - nights topeka, ks", "Topeka, KS"),
    ],
)
def test_a_longer_title_read_at_a_place_keeps_the_city_out_of_the_title(question, place):
    # Read as the longest title, "lpn charge nurse - topeka" left only the state.
    assert parse_salary_query(question).place.name == place


def test_words_after_a_dash_are_no_part_of_a_longer_title_at_the_place():
    # "teacher aide 2 - kindergarten" read as a kindergarten teacher: the unit after the dash
    # made a longer title read at the whole place.
    query = parse_salary_query("teacher aide 2 - kindergarten lansing, mi")
    assert (query.role.slug, query.place.name) == ("teaching-assistant", "Lansing, MI")
