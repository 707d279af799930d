"""Reading a question's title: written head first, with years or a level code, with a unit, a
specialty or a gloss beside it, shortened, as posted, at an employer."""

from __future__ import annotations

import pytest

from store.answer.parse import parse_salary_query


@pytest.mark.parametrize(
    ("question", "role", "place"),
    [
        ("electrician journeyman denver", "electrician", "city:US-CO-denver"),
        ("nurse registered boston", "registered-nurse", "city:US-MA-boston"),
        ("engineer civil sacramento", "civil-engineer", "city:US-CA-sacramento"),
        # "clerk" alone is a role too, but its leftover words ("data entry remote") place
        # nothing, while the whole title's place does.
        ("clerk data entry remote", "data-entry-clerk", "remote"),
    ],
)
def test_a_title_written_head_first_reads_as_the_title(question, role, place):
    query = parse_salary_query(question)
    assert (query.role.slug, query.place.key) == (role, place)
    assert query.notes[0].endswith(f"as {query.role.name}.")


@pytest.mark.parametrize(
    ("question", "role", "note"),
    [
        ("swe 5 years experience nyc", "senior-software-engineer", "as senior."),
        ("data analyst 0-1 years chicago", "entry-level-data-analyst", "as entry-level."),
        ("rn 3 yoe boston", "registered-nurse", "as mid-level (no level word)."),
        ("senior swe 1 year experience nyc", "senior-software-engineer", "not “1 year exp"),
        ("ml intern 2 years boston", "ml-intern", "not “2 years”."),
    ],
)
def test_years_of_experience_set_the_level_the_title_does_not(question, role, note):
    query = parse_salary_query(question)
    assert query.role.slug == role
    assert query.place is not None and query.place.level == "city"
    assert any(note in n for n in query.notes), query.notes


@pytest.mark.parametrize(
    ("question", "role", "says"),
    [
        ("swe l5 seattle", "software-engineer", "“L5” mean different things"),
        ("senior swe e5 menlo park", "senior-software-engineer", "are not read."),
    ],
)
def test_a_company_level_code_is_set_aside_with_a_note(question, role, says):
    query = parse_salary_query(question)
    assert query.role.slug == role and query.place.level == "city"
    assert any(says in note for note in query.notes), query.notes


@pytest.mark.parametrize(
    ("question", "role", "place", "aside"),
    [
        (
            "nurse manager - medical-surgical unit chicago",
            "healthcare-administrator",
            "Chicago, IL",
            "medical-surgical unit",
        ),
        (
            "cws case manager - family preservation / 61045679 29210",
            "social-worker",
            "Columbia, SC",
            "family preservation / 61045679",
        ),
        (
            "content moderators for a social network remote, usa",
            "content-moderator",
            "Remote",
            "social network",
        ),
        (
            "nurse @ mercy hospital st. louis, mo",
            "registered-nurse",
            "St. Louis, MO",
            "mercy hospital",
        ),
        ("data analyst w/ sql experience remote", "data-analyst", "Remote", "w/ sql experience"),
    ],
)
def test_a_unit_or_code_after_the_title_is_set_aside_with_a_note(question, role, place, aside):
    # Postings set a unit, a code, a skill or an employer off the title with a dash, a
    # slash, an "@", "for" or "with"; without such a break other words make another job
    # ("developer wrangler sf").
    query = parse_salary_query(question)
    assert (query.role.slug, query.place.name) == (role, place)
    assert f"Set aside “{aside}”" in query.notes[0]


def test_words_in_parentheses_after_the_title_are_set_aside_like_those_after_a_dash():
    # "ms" after Tupelo is also a degree word, so the city must be found past the words
    # in parentheses, as past a dash.
    query = parse_salary_query(
        "dispatcher (open to both u.s. citizens and federal employees) tupelo, ms"
    )
    assert (query.role.slug, query.place.name) == ("dispatcher", "Tupelo, MS")
    assert "Set aside “open to both u.s. citizens and federal employees”" in query.notes[0]


@pytest.mark.parametrize(
    ("question", "role"),
    [
        (
            "engineering technician (civil) (open to all applicants) tupelo, ms",
            "civil-engineering-technician",
        ),
        ("civil engineer (highway) (direct hire) juneau, ak", "civil-engineer"),
    ],
)
def test_a_specialty_in_parentheses_after_the_title_makes_the_specialist(question, role):
    # "(civil)" makes a known title of "engineering technician"; "(highway)" none.
    query = parse_salary_query(question)
    assert (query.role.slug, query.place.state) == (role, question[-2:].upper())


def test_a_title_glossed_in_parentheses_reads_around_the_gloss_at_its_level():
    # "(Senior Engineer)" restates the title with its level: read alone, the words make
    # no one title ("swe senior engineer").
    query = parse_salary_query("ecommerce swe l3 (senior engineer) remote")
    assert (query.role.slug, query.place.key) == ("senior-software-engineer", "remote")
    assert query.text == "ecommerce swe l3 (senior engineer) remote"


@pytest.mark.parametrize(
    ("question", "role", "place"),
    [
        # "ft/pt" is the schedule, not the "Ft." of a town ("spanish ft" is no Spanish Fort).
        ("bilingual bank teller (spanish) - ft/pt miami, fl", "bank-teller", "Miami, FL"),
        ("bank teller ft myers fl", "bank-teller", "Fort Myers, FL"),
        # How the employer hires says nothing of the job or the place.
        (
            "heavy equipment operator - immediate hire billings, mt",
            "heavy-equipment-operator",
            "Billings, MT",
        ),
        ("lpn - temp to hire greensboro, n.c.", "lpn", "Greensboro, NC"),
    ],
)
def test_schedule_abbreviations_and_hiring_terms_are_noise(question, role, place):
    query = parse_salary_query(question)
    assert (query.role.slug, query.place.name) == (role, place)
    assert not any("names no place" in note for note in query.notes)


@pytest.mark.parametrize(
    ("question", "role"),
    [
        ("maint tech ii - 2nd shift dayton oh", "maintenance-technician"),
        ("admin asst iii salem or", "administrative-assistant"),
        ("mech eng ii houston", "mechanical-engineer"),
        ("sr acct mgr chicago", "senior-account-manager"),
        ("ops mgr - distribution center reno nv", "operations-manager"),
    ],
)
def test_shortened_title_words_are_spelled_out(question, role):
    # Postings shorten title words; spelled out only when the words as written name no title.
    assert parse_salary_query(question).role.slug == role


@pytest.mark.parametrize(
    ("question", "role", "place"),
    [
        ("4th grade bilingual teacher aurora, il", "elementary-school-teacher", "Aurora, IL"),
        ("high school spanish immersion teacher denver, co", "high-school-teacher", "Denver, CO"),
        (
            "senior print and web graphic designer austin, tx",
            "senior-graphic-designer",
            "Austin, TX",
        ),
    ],
)
def test_a_posted_title_with_words_of_its_own_is_read_as_the_title_not_put_into_the_place(
    question, role, place
):
    # Read as no role, the title's words were read as words before the town ("grade
    # bilingual teacher aurora" as Aurora).
    query = parse_salary_query(question)
    assert (query.role.slug, query.place.name) == (role, place)
    assert not any("names no place" in note for note in query.notes)


@pytest.mark.parametrize(
    ("question", "role", "place", "aside"),
    [
        (
            "truck driver class b - local - home nightly kansas city, mo",
            "truck-driver",
            "Kansas City, MO",
            "local - home nightly",
        ),
        (
            "truck driver class b - local kansas city, mo",
            "truck-driver",
            "Kansas City, MO",
            "local",
        ),
    ],
)
def test_a_break_a_word_or_two_past_the_role_sets_off_the_unit_when_the_title_is_the_same_role(
    question, role, place, aside
):
    # The licence or certificate belongs to the title; the unit after the dash is set aside.
    query = parse_salary_query(question)
    assert (query.role.slug, query.place.name) == (role, place)
    assert any(aside in note for note in query.notes), query.notes


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("police officer - lateral entry denver, co", "Denver, CO"),
        ("correctional officer lateral transfer savannah, ga", "Savannah, GA"),
    ],
)
def test_a_lateral_hire_is_no_entry_level(question, place):
    # Lateral entry hires officers already trained elsewhere: its "entry" is no level.
    query = parse_salary_query(question)
    assert (query.role.level, query.place.name) == (None, place)


@pytest.mark.parametrize(
    ("question", "role", "place", "aside"),
    [
        ("cashier at walmart springfield mo", "cashier", "Springfield, MO", "walmart"),
        ("rn at mass general boston", "registered-nurse", "Boston, MA", "mass general"),
    ],
)
def test_at_sets_an_employer_off_the_title_like_the_at_sign(question, role, place, aside):
    query = parse_salary_query(question)
    assert (query.role.slug, query.place.name) == (role, place)
    assert any(f"“{aside}”" in note for note in query.notes), query.notes


@pytest.mark.parametrize(
    ("question", "role_text", "place"),
    [
        ("zorblax wrangler columbus, oh", "zorblax wrangler", "Columbus, OH"),
        (
            "grand zorblax wrangler - acme corp austin, tx",
            "grand zorblax wrangler - acme corp",
            "Austin, TX",
        ),
    ],
)
def test_a_title_no_role_covers_is_asked_about_whole_not_cut_into_the_place(
    question, role_text, place
):
    # The unknown title's last word was read as words before the city.
    query = parse_salary_query(question)
    assert (query.role, query.role_text, query.place.name) == (None, role_text, place)
    assert role_text in query.reading


@pytest.mark.parametrize(
    ("question", "slug"),
    [
        # "police communications officer" is a known title now; a sheriff's is still read
        # inside its words as a PR "communications officer" without the gloss.
        ("sheriff communications officer i (911 dispatcher) tyler, tx", "emergency-dispatcher"),
        (
            "sheriff communications officer i (entry level 911 dispatcher) tustin, ca",
            "entry-level-emergency-dispatcher",
        ),
        ("registered nurse (rn) boston", "registered-nurse"),  # the title itself is known
        ("swe l3 (senior engineer) remote", "senior-software-engineer"),  # no title in it
    ],
)
def test_a_known_title_glossing_an_unknown_one_in_parentheses_is_the_job(question, slug):
    asked = parse_salary_query(question)
    assert asked.role.slug == slug
    assert any("gloss" in note for note in asked.notes) == slug.endswith("emergency-dispatcher")
