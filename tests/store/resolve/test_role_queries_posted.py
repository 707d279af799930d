"""Titles as postings write them: words put before or inside a known title, specialties, recruits
and trainees, licences, supervisors, and names several fields use."""

from __future__ import annotations

import pytest

from store.answer.parse import parse_salary_query
from store.resolve.role_queries import resolve_role


@pytest.mark.parametrize("query", ["school bus attendant", "bus paraprofessional", "bus aide"])
def test_the_aide_who_rides_the_school_bus_is_a_bus_monitor_not_a_teaching_assistant(query):
    assert resolve_role(query).role.soc == "33-9094"


@pytest.mark.parametrize(
    ("query", "slug"),
    [
        ("2d and 3d graphic designer", "graphic-designer"),
        ("senior 2d and 3d graphic designer", "senior-graphic-designer"),
        ("print and web graphic designer", "graphic-designer"),
    ],
)
def test_a_title_of_several_words_is_read_past_the_words_a_posting_puts_before_it(query, slug):
    # Up to four words of media, subject or programme before a title that ends the text.
    assert resolve_role(query).role.slug == slug


@pytest.mark.parametrize(
    ("query", "slug"),
    [
        ("middle school bilingual teacher", "middle-school-teacher"),
        ("first grade dual language teacher", "elementary-school-teacher"),
        ("physical therapy travel assistant", "pta"),
    ],
)
def test_words_a_posting_puts_inside_a_known_title_are_read_past(query, slug):
    assert resolve_role(query).role.slug == slug


@pytest.mark.parametrize(
    ("query", "slug"),
    [
        ("licensed vocational charge nurse", "lpn"),
        ("heavy equipment diesel mechanic", "heavy-equipment-mechanic"),
    ],
)
def test_a_title_read_around_inserted_words_beats_a_shorter_one_inside_them(query, slug):
    # "charge nurse" alone is an RN; the words around it make a licensed vocational nurse.
    assert resolve_role(query).role.slug == slug


@pytest.mark.parametrize(
    ("query", "slug"),
    [
        ("1st grade teacher", "elementary-school-teacher"),
        ("3rd grade dual language teacher", "elementary-school-teacher"),
    ],
)
def test_ordinals_written_in_figures_read_as_the_word(query, slug):
    assert resolve_role(query).role.slug == slug


@pytest.mark.parametrize(
    ("query", "not_slug"),
    [("software quality engineer", "software-engineer"), ("developer wrangler", "developer")],
)
def test_inserted_and_leading_words_never_make_a_shorter_title_of_another_job(query, not_slug):
    match = resolve_role(query)
    assert match is None or match.role.slug != not_slug


@pytest.mark.parametrize(
    ("query", "slug"),
    [
        ("hospitalist physician", "hospitalist"),
        ("psychiatrist physician", "psychiatrist"),
        ("crna nurse", "nurse-anesthetist"),
    ],
)
def test_a_specialty_named_before_its_profession_reads_as_the_specialty(query, slug):
    assert resolve_role(query).role.slug == slug


def test_two_titles_of_different_occupation_groups_are_no_one_role():
    assert resolve_role("barista cashier") is None


@pytest.mark.parametrize(
    "query",
    ["behavioral health technician", "mental health tech", "behavioral health technician ii"],
)
def test_mental_and_behavioral_health_technicians_are_psychiatric_technicians(query):
    assert resolve_role(query).role.soc == "29-2053"


@pytest.mark.parametrize(
    "query", ["sterile processing technician i", "spd tech", "central service technician"]
)
def test_sterile_processing_technicians_are_medical_equipment_preparers(query):
    # They clean and sterilise the instruments; surgical technologists hand them in the OR.
    assert resolve_role(query).role.soc == "31-9093"


@pytest.mark.parametrize(
    "query", ["water treatment plant operator", "wastewater operator", "water plant operator ii"]
)
def test_water_and_wastewater_plant_operators_read_as_their_occupation(query):
    assert resolve_role(query).role.soc == "51-8031"


@pytest.mark.parametrize(
    "query", ["kindergarten teacher aide", "special education teacher assistant"]
)
def test_of_two_overlapping_names_the_one_ending_the_title_is_the_job(query):
    # "kindergarten teacher" and "teacher aide" overlap: the aide is the job.
    assert resolve_role(query).role.slug == "teaching-assistant"


@pytest.mark.parametrize(
    ("query", "slug"),
    [
        ("police officer recruit", "police-officer-intern"),
        ("firefighter recruit", "firefighter-intern"),
    ],
)
def test_a_recruit_after_the_jobs_own_words_is_a_trainee(query, slug):
    # As "trainee" and "cadet" are: the intern level (house convention).
    assert resolve_role(query).role.slug == slug


def test_recruit_alone_or_in_recruiter_is_no_level():
    assert resolve_role("nurse recruiter").role.slug == "recruiter"
    assert resolve_role("recruit") is None


@pytest.mark.parametrize(
    ("query", "slug"),
    [
        ("store manager in training", "store-manager-intern"),
        ("pharmacist in training", "pharmacist-intern"),
        ("store manager trainee", "store-manager-intern"),
    ],
)
def test_in_training_is_the_trainee_level(query, slug):
    # "In training" is how retail and pharmacy write a trainee: the intern level.
    assert resolve_role(query).role.slug == slug


@pytest.mark.parametrize(
    ("query", "slug"),
    [
        ("lpn charge nurse", "lpn"),
        ("lvn charge nurse", "lpn"),
        ("rn charge nurse", "registered-nurse"),
        ("rn recruiter", "recruiter"),  # another field's title is the job
        ("rn nurse practitioner", "nurse-practitioner"),  # a second licence is the job
    ],
)
def test_a_licence_written_before_a_duty_title_keeps_its_licence(query, slug):
    # A question reads the whole title, not "charge nurse" (an RN's title) with "lpn" left.
    assert parse_salary_query(query).role.slug == slug


@pytest.mark.parametrize(
    ("query", "soc"),
    [
        ("housekeeping supervisor", "37-1011"),
        ("manufacturing supervisor", "51-1011"),
        ("production manager", "11-3051"),  # no product manager
        ("warehouse supervisor", "53-1047"),
        ("customer service supervisor", "43-1011"),
        ("maintenance supervisor", "49-1011"),
        ("construction foreman", "47-1011"),
        ("grounds supervisor", "37-1012"),
        ("security supervisor", "33-1091"),
    ],
)
def test_first_line_supervisors_read_as_their_family(query, soc):
    assert resolve_role(query).role.soc == soc


def test_a_shift_supervisor_is_asked_which_kind():
    from store.resolve.role_suggestions import roles_meant

    meant = roles_meant("shift supervisor")
    assert meant.several
    assert [r.soc for r in meant.roles] == ["35-1012", "41-1011", "51-1011"]
    asked = parse_salary_query("shift supervisor")
    assert asked.role is None and asked.place is None  # no Superior, WI


@pytest.mark.parametrize(
    ("title", "kinds", "field_first"),
    [
        ("design engineer", ["mechanical-engineer", "electrical-engineer", "civil-engineer"],
         ("mechanical design engineer", "mechanical-engineer")),
        ("superintendent", ["construction-manager", "school-administrator"],
         ("construction superintendent", "construction-manager")),
    ],
)  # fmt: skip
def test_a_title_several_fields_use_is_asked_which_kind_unless_the_field_is_named(
    title, kinds, field_first
):
    from store.resolve.role_suggestions import roles_meant

    meant = roles_meant(title)
    assert meant.several and [r.slug for r in meant.roles] == kinds
    assert parse_salary_query(f"{title} denver").role is None
    named, slug = field_first
    assert parse_salary_query(f"{named} denver").role.slug == slug


@pytest.mark.parametrize(
    ("question", "soc"),
    [
        # O*NET's titles for Public Safety Telecommunicators: a public-safety word before
        # "communications officer" (was a public relations specialist).
        ("police communications officer salisbury, md, us", "43-5031"),
        ("emergency communications officer ii denver", "43-5031"),
        ("communications officer boston", "27-3031"),  # a company's stays in PR
    ],
)
def test_a_public_safety_communications_officer_is_a_dispatcher(question, soc):
    assert parse_salary_query(question).role.soc == soc


def test_a_title_whose_own_head_noun_follows_is_not_turned_head_first():
    # "Assistant Engineer II (Office)": "assistant" qualifies "engineer", and the unit
    # after it is no title; turning the words read an office assistant (an office clerk).
    assert resolve_role("assistant engineer ii office", typos=False) is None
    # A head noun written first still reads as the known phrase it ends.
    assert resolve_role("engineer system protection control", typos=False) is not None
