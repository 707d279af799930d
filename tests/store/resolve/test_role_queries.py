"""What users type as a role: names, abbreviations, typos, and the suggestions offered back."""

from __future__ import annotations

import pytest

from store.answer.parse import parse_salary_query
from store.resolve.role_queries import resolve_role
from store.resolve.role_suggestions import suggest_roles


@pytest.mark.parametrize(
    ("query", "soc"),
    [
        ("SWE", "15-1252"),
        ("MLE", "15-2051"),
        ("PM", "11-2021"),
        ("UX designer", "15-1255"),
        ("SRE", "15-1299"),
        ("devops engineer", "15-1299"),
        ("frontend engineer", "15-1252"),
        ("backend engineer", "15-1252"),
        ("full stack developer", "15-1252"),
        ("data analyst", "15-2051"),
        ("business analyst", "13-1111"),
        ("financial analyst", "13-2051"),
        ("investment banking analyst", "13-2051"),
        ("quant", "13-2099"),
        ("product designer", "15-1255"),
        ("graphic designer", "27-1024"),
        ("registered nurse", "29-1141"),
        ("RN", "29-1141"),
        ("accountant", "13-2011"),
        ("marketing specialist", "13-1161"),
        ("sales representative", "41-4012"),
        ("HR generalist", "13-1071"),
        ("mechanical engineer", "17-2141"),
        ("electrical engineer", "17-2071"),
        ("hardware engineer", "17-2061"),
        ("cybersecurity analyst", "15-1212"),
        ("recruiter", "13-1071"),
        ("plumber", "47-2152"),
        ("Registered Nurses", "29-1141"),
    ],
)
def test_common_titles_read_as_their_occupation(query, soc):
    match = resolve_role(query)
    assert match is not None, query
    assert match.role.soc == soc, (query, match.role)


@pytest.mark.parametrize(
    ("query", "slug"),
    [
        ("mechanical engineering intern", "mechanical-engineer-intern"),
        ("ux research intern", "ux-researcher-intern"),
        ("data entry clerk", "data-entry-clerk"),
        ("staff accountant", "accountant"),
        ("ib summer analyst", "investment-banking-intern"),
    ],
)
def test_misreadings_that_must_not_happen(query, slug):
    assert resolve_role(query).role.slug == slug


@pytest.mark.parametrize(
    ("query", "offered"),
    [("da intern", "data-analyst-intern"), ("ba intern", "business-analyst-intern")],
)
def test_short_ambiguous_queries_are_asked_back_never_substituted(query, offered):
    assert resolve_role(query) is None
    assert offered in [role.slug for role in suggest_roles(query)]


@pytest.mark.parametrize(
    "query",
    [
        "ml-intern",
        "ml intern",
        "ML Intern",
        "machine learning intern",
        "ML engineer intern",
        "MLE intern",
        "Machine Learning Engineer Intern",
        "Machine Learning Engineer, PhD Intern",
        "machine learning internship",
        "Machine Learning Intern Jobs",
        "Senior Machine Learning Engineer Intern",
        "ML Co-op, Summer 2026",
        "  ml_intern  ",
    ],
)
def test_ways_of_saying_ml_intern(query):
    match = resolve_role(query)
    assert match is not None
    assert match.role.slug == "ml-intern"


@pytest.mark.parametrize(
    ("query", "slug"),
    [
        ("Machine Learning Engineer", "ml-engineer"),
        ("ml engineer", "ml-engineer"),
        ("MLE", "ml-engineer"),
        ("Staff Machine Learning Engineer", "staff-ml-engineer"),
        ("Data Science Intern", "data-science-intern"),
        ("data scientist", "data-scientist"),
        ("swe intern", "software-engineer-intern"),
        ("software engineer", "software-engineer"),
        ("data engineering intern", "data-engineer-intern"),
        ("data engineer", "data-engineer"),
        ("AI research intern", "ai-research-intern"),
        ("research scientist", "research-scientist"),
        ("data analyst intern", "data-analyst-intern"),
        ("data analyst", "data-analyst"),
        ("PM intern", "product-manager-intern"),
        ("product manager", "product-manager"),
    ],
)
def test_each_role_resolves_from_its_common_names(query, slug):
    match = resolve_role(query)
    assert match is not None
    assert match.role.slug == slug


def test_how_says_which_reading_was_used():
    assert resolve_role("ml-intern").how == "exact"
    assert resolve_role("machine learning intern").how == "alias"
    assert resolve_role("Machine Learning Intern Jobs").how == "alias"  # "jobs" is noise
    assert resolve_role("machine learning engineer payments").how == "title"
    fuzzy = resolve_role("machien learning intern")
    assert fuzzy.how == "fuzzy"
    assert 85 <= fuzzy.score < 100


@pytest.mark.parametrize(
    ("typo", "slug"),
    [
        ("machien learning intern", "ml-intern"),
        ("ml-inten", "ml-intern"),
        ("ml enginer", "ml-engineer"),
        ("sofware intern", "software-engineer-intern"),
        ("prodct manager", "product-manager"),
        ("data analist", "data-analyst"),
    ],
)
def test_typos_resolve_fuzzily(typo, slug):
    match = resolve_role(typo)
    assert match is not None
    assert (match.role.slug, match.how) == (slug, "fuzzy")


@pytest.mark.parametrize("query", ["zorblax wrangler", "marketing", "", "   ", "!!!"])
def test_unknown_roles_resolve_to_none(query):
    assert resolve_role(query) is None


def test_suggestions_offer_the_likely_role_first():
    assert suggest_roles("data sci intrn")[0].slug == "data-science-intern"
    assert suggest_roles("mchine lerning", limit=2)[0].slug.startswith("ml-")


def test_suggestions_are_distinct_and_limited():
    found = suggest_roles("intern", limit=3)
    assert len(found) <= 3
    assert len({role.slug for role in found}) == len(found)


def test_no_suggestions_for_nonsense_or_empty_queries():
    assert suggest_roles("qqqq") == []
    assert suggest_roles("") == []
    assert suggest_roles("ml intern", limit=0) == []


@pytest.mark.parametrize(
    ("query", "slug"),
    [
        ("Certified Nurse's Aide (C.N.A.)", "cna"),
        ("nurse’s aide", "cna"),
        ("L.P.N.", "lpn"),
        ("r.n.", "registered-nurse"),
        ("children's librarian", "librarian"),
    ],
)
def test_possessives_and_dotted_initials_read_as_the_title(query, slug):
    assert resolve_role(query).role.slug == slug


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
