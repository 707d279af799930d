"""Places: user text and document text read as a rung of city -> metro -> state -> country
(official metros, regions and places abroad have tests of their own)."""

from __future__ import annotations

import pytest

from store.resolve.places import (
    COUNTRY,
    REMOTE,
    PlaceError,
    get_place,
    ladder,
    place_covers,
    place_from_text,
    resolve_place,
    state_places,
    suggest_places,
)


def keys(places):
    return [place.key for place in places]


def resolved_key(query, context=None):
    match = resolve_place(query, context=context)
    return match.place.key if match else None


def found_key(text, context=None):
    place = place_from_text(text, context=context)
    return place.key if place else None


# --- keys and the ladder -------------------------------------------------------------------


def test_places_have_stable_keys_and_readable_names():
    boston = get_place("city:US-MA-boston")
    assert (boston.level, boston.name, boston.state) == ("city", "Boston, MA", "MA")
    assert boston.metro_key == "metro:US-boston-ma"
    assert get_place("metro:US-boston-ma").level == "metro"
    assert get_place("state:US-MA").name == "Massachusetts"
    assert get_place("state:US-DC").name == "District of Columbia"
    assert get_place("country:US") == COUNTRY
    assert get_place("remote") == REMOTE


def test_unknown_key_says_what_keys_look_like():
    with pytest.raises(PlaceError, match="city:US-MA-boston"):
        get_place("city:US-ZZ-nowhere")


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        (
            "city:US-MA-boston",
            ["city:US-MA-boston", "metro:US-boston-ma", "state:US-MA", "country:US"],
        ),
        (
            "city:US-MA-waltham",
            ["city:US-MA-waltham", "metro:US-boston-ma", "state:US-MA", "country:US"],
        ),
        (
            "city:US-MA-cambridge",
            ["city:US-MA-cambridge", "metro:US-boston-ma", "state:US-MA", "country:US"],
        ),
        # Metros cross state lines; the city keeps its own state on the ladder.
        (
            "city:US-MD-north-bethesda",
            ["city:US-MD-north-bethesda", "metro:US-washington-dc", "state:US-MD", "country:US"],
        ),
        (
            "city:US-VA-arlington",
            ["city:US-VA-arlington", "metro:US-washington-dc", "state:US-VA", "country:US"],
        ),
        (
            "city:US-NJ-jersey-city",
            ["city:US-NJ-jersey-city", "metro:US-new-york-ny", "state:US-NJ", "country:US"],
        ),
        (
            "city:US-CA-oakland",
            ["city:US-CA-oakland", "metro:US-san-francisco-ca", "state:US-CA", "country:US"],
        ),
        (
            "city:US-TX-ft-worth",
            ["city:US-TX-ft-worth", "metro:US-dallas-tx", "state:US-TX", "country:US"],
        ),
        ("metro:US-boston-ma", ["metro:US-boston-ma", "state:US-MA", "country:US"]),
        ("state:US-MA", ["state:US-MA", "country:US"]),
        ("country:US", ["country:US"]),
        ("remote", ["remote", "country:US"]),
    ],
)
def test_ladder_climbs_from_the_place_to_the_country(key, expected):
    assert keys(ladder(get_place(key))) == expected


def test_a_city_an_official_metro_name_starts_with_is_in_that_metro():
    for key in ("city:US-MA-boston", "city:US-DC-washington", "city:US-WA-seattle"):
        city = get_place(key)
        metro = get_place(city.metro_key)
        assert metro.name.startswith(city.name.split(",")[0] + "-"), key


def test_nearby_big_cities_keep_their_official_metros():
    # Baltimore is 57 km from Washington and San Jose 68 km from San Francisco.
    assert get_place("city:US-MD-baltimore").metro_key == "metro:US-baltimore-md"
    assert get_place("city:US-CA-san-jose").metro_key == "metro:US-san-jose-ca"
    assert get_place("city:US-CA-san-francisco").metro_key == "metro:US-san-francisco-ca"


def test_remote_towns_have_no_metro_and_climb_straight_to_the_state():
    town = resolve_place("Elko, NV").place  # over 80 km from any metro's listed city
    assert town.metro_key is None
    assert keys(ladder(town)) == [town.key, "state:US-NV", "country:US"]


def test_ladder_keeps_a_noted_place_first():
    washington = resolve_place("washington").place
    assert washington.note
    assert ladder(washington)[0] is washington


@pytest.mark.parametrize(
    ("broad", "narrow", "covers"),
    [
        ("metro:US-boston-ma", "city:US-MA-waltham", True),
        ("state:US-MA", "city:US-MA-boston", True),
        ("country:US", "city:US-MA-boston", True),
        ("country:US", "remote", True),
        ("metro:US-washington-dc", "city:US-MD-north-bethesda", True),
        ("state:US-DC", "city:US-MD-north-bethesda", False),
        ("city:US-MA-boston", "state:US-MA", False),
        ("remote", "city:US-MA-boston", False),
        ("state:US-NY", "city:US-MA-boston", False),
        ("city:US-MA-boston", "city:US-MA-boston", True),
    ],
)
def test_place_covers_follows_the_ladder(broad, narrow, covers):
    assert place_covers(get_place(broad), get_place(narrow)) is covers


# --- what users type -----------------------------------------------------------------------


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


# --- what documents say --------------------------------------------------------------------


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


# --- lists of states -----------------------------------------------------------------------


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


def test_words_between_the_title_and_a_city_are_set_aside_with_a_note():
    # "Nurse Manager - Medical-Surgical Unit, Irving, TX": the unit is no place.
    match = resolve_place("medical-surgical unit irving, tx")
    assert match.place.key == "city:US-TX-irving"
    assert "'medical surgical unit' names no place" in match.note
    assert resolve_place("medical-surgical unit, tx").place.key == "state:US-TX"


def test_a_small_town_after_words_that_name_no_place_is_that_town():
    # "PRN Physical Therapist - Rehab Services, La Grange, TX": La Grange has under 5,000
    # people, so only the ZIP table knows it; the department before it is no place.
    match = resolve_place("rehab services la grange, tx")
    assert match.place.name == "La Grange, TX"
    assert "'rehab services' names no place" in match.note


@pytest.mark.parametrize(
    ("written", "metro"),
    [
        ("county of monterey", "metro:US-salinas-ca"),  # the whole Salinas metro
        ("Monterey County, CA", "metro:US-salinas-ca"),
        ("westchester county", "metro:US-new-york-ny"),
        ("Prince William County VA", "metro:US-washington-dc"),
    ],
)
def test_a_county_is_the_metro_its_towns_lie_in(written, metro):
    match = resolve_place(written)
    assert match.place.key == metro
    assert "County" in match.note


def test_a_county_after_words_that_name_no_place_is_that_county():
    # "RN Case Manager - Home Health - Bergen County, NJ": the service line is no place.
    match = resolve_place("home health bergen county, nj")
    assert match.place.key == "metro:US-new-york-ny"
    assert "'home health' names no place" in match.note


def test_a_county_name_several_states_share_needs_its_state():
    assert resolve_place("cook county") is None  # Illinois, Georgia, Minnesota
    assert resolve_place("cook county il").place.key == "metro:US-chicago-il"


def test_south_bay_is_the_bay_areas_south_bay_with_a_note():
    match = resolve_place("south bay")
    assert match.place.key == "metro:US-san-jose-ca"
    assert "Torrance" in match.note  # and how to ask for Los Angeles' South Bay
    assert resolve_place("south bay fl").place.key == "city:US-FL-south-bay"


def test_a_town_only_the_zip_table_knows_is_a_city_that_climbs_to_its_state():
    # Pollok, TX has under 5,000 people: not "no city 'pollok', read as Texas".
    match = resolve_place("pollok tx")
    assert match.place.name == "Pollok, TX"
    assert [p.key for p in ladder(match.place)][1:] == ["state:US-TX", "country:US"]
    assert "small town" in match.note
    assert get_place("city:US-TX-pollok").name == "Pollok, TX"  # a key kept by a subscription


@pytest.mark.parametrize(
    "location", ["Perth, WA, Australia", "Perth, WA, AU", "Sydney, NSW, Australia"]
)
def test_a_region_abroad_written_like_a_state_is_never_that_us_state(location):
    place = place_from_text(location)
    assert place is None or place.country != "US"


@pytest.mark.parametrize(
    ("location", "key"),
    [
        ("Portland, OR, US", "city:US-OR-portland"),
        ("Dublin, CA, USA", "city:US-CA-dublin"),
        ("Boston, MA, United States", "city:US-MA-boston"),
    ],
)
def test_a_us_city_and_state_followed_by_the_country_stays_in_the_us(location, key):
    assert place_from_text(location).key == key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Salaries in the Washington metro area are highest", "metro:US-washington-dc"),
        ("Nurses in the Dallas metropolitan area earn", "metro:US-dallas-tx"),
        ("Welders in the Seattle area make", "metro:US-seattle-wa"),
        ("Jobs in Washington state", "state:US-WA"),
    ],
)
def test_in_a_places_area_is_its_metro(text, key):
    assert place_from_text(text).key == key


def test_washington_listed_among_cities_is_the_city_and_beside_a_state_the_state():
    among_cities = resolve_place("washington", context="Pay in Washington, Boston and Denver")
    beside_a_state = place_from_text("Nurses in Washington earn more than in Oregon")

    assert among_cities.place.key == "city:US-DC-washington"
    assert among_cities.note == (
        "'washington' read as Washington, DC, named among other cities (Boston, MA, Denver, CO)."
    )
    assert beside_a_state.key == "state:US-WA"


def test_words_of_job_titles_are_no_misspelt_town():
    from store.resolve.places import resolve_place

    assert resolve_place("supervisor") is None  # not Superior, WI
    assert resolve_place("bostn").place.name == "Boston, MA"


def test_a_county_of_small_towns_is_the_metro_of_their_nearest_cities():
    # Preston County's towns (Kingwood, Terra Alta) are all under 5,000 people; the county
    # lies in the Morgantown metro, as its towns' ZIPs read (was the state).
    assert resolve_place("preston county wv").place.key == "metro:US-morgantown-wv"


@pytest.mark.parametrize(
    ("written", "key"),
    [
        # A job at an airport named for its city (each was no place).
        ("darwin airport, nt", "city:AU-darwin"),
        ("newark airport", "city:US-NJ-newark"),
        ("denver international airport", "city:US-CO-denver"),
        ("boston logan international airport", "city:US-MA-boston"),
    ],
)
def test_an_airport_named_for_its_city_is_that_city(written, key):
    match = resolve_place(written)
    assert match.place.key == key
    assert match.note.startswith("Read the airport as its city")
