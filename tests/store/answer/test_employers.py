"""An employer's name ending a question: its town is the place, unless another is written."""

from __future__ import annotations

import pytest

from store.answer.parse import parse_salary_query


@pytest.mark.parametrize(
    ("question", "soc", "place"),
    [
        ("accounts payable specialist - billings clinic", "43-3031", "Billings, MT"),
        ("accounts payable associate wooster community hospital", "43-3031", "Wooster, OH"),
        ("registered nurse boston medical center", "29-1141", "Boston, MA"),  # no Center, TX
        ("math teacher newark public schools", "25-2031", "Newark, NJ"),
        ("911 dispatcher city of tustin", "43-5031", "Tustin, CA"),
        # A police department's name may say how far it reaches (was no place).
        (
            "police dispatcher professional i las vegas metropolitan police department",
            "43-5031",
            "Las Vegas, NV",
        ),
        ("police officer louisville metro police department", "33-3051", "Louisville, KY"),
        ("911 dispatcher dallas police dept", "43-5031", "Dallas, TX"),
        # A hotel named by its brand and its town, the property's words after it (was no
        # place).
        ("banquet server- marriott norfolk waterside", "35-3031", "Norfolk, VA"),
        ("front desk agent hyatt regency chicago", "43-4081", "Chicago, IL"),
        ("line cook - courtyard by marriott reno", "35-2014", "Reno, NV"),
    ],
)
def test_an_employer_named_for_its_town_places_a_question_that_writes_no_place(
    question, soc, place
):
    asked = parse_salary_query(question)
    assert (asked.role.soc, asked.place.name) == (soc, place)
    assert any("employer" in note for note in asked.notes)


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("nurse quincy, ma - boston medical center", "Quincy, MA"),
        ("nurse - boston medical center quincy, ma", "Quincy, MA"),
        ("math teacher - newark public schools jersey city, nj", "Jersey City, NJ"),
    ],
)
def test_an_employers_town_never_misleads_when_another_place_is_written(question, place):
    assert parse_salary_query(question).place.name == place


def test_an_employer_that_names_no_town_is_no_place():
    asked = parse_salary_query("nurse at mercy hospital")  # Mercy is no town
    assert asked.role.soc == "29-1141"
    assert not any("employer" in note for note in asked.notes)


def test_a_states_letters_in_an_employers_name_are_no_town():
    asked = parse_salary_query("nurse va medical center")  # Veterans Affairs, not Virginia
    assert not any("employer" in note for note in asked.notes)


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("facility maintenance technician i - maryland department of transportation", "Maryland"),
        ("accountant texas department of transportation", "Texas"),
        ("civil engineer houston department of public works", "Houston, TX"),
        ("clerk new york city department of education", "New York City, NY"),
    ],
)
def test_a_public_employers_department_places_a_question_at_its_state_or_town(question, place):
    asked = parse_salary_query(question)
    assert asked.place.name == place
    assert any("employer" in note for note in asked.notes)


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("nurse ohio department of health columbus, oh", "Columbus, OH"),  # a place written
        ("nurse va department of veterans affairs", None),  # Veterans Affairs, not Virginia
    ],
)
def test_a_departments_name_never_misleads(question, place):
    asked = parse_salary_query(question)
    assert (asked.place.name if asked.place else None) == place


@pytest.mark.parametrize(
    ("question", "soc", "metro"),
    [
        # A county's schools, government or department employ; the state may follow (each
        # was read as no place, or as the state).
        ("substitute custodians preston county schools, wv", "37-2011", "Morgantown, WV"),
        ("custodian - sangamon county highway department", "37-2011", "Springfield, IL"),
        ("payroll clerk monterey county government", "43-3051", "Salinas, CA"),
        (
            "deputy sheriff cook county sheriffs office il",
            "33-3051",
            "Chicago-Naperville-Elgin, IL-IN",
        ),
    ],
)
def test_a_countys_employer_places_a_question_at_the_county(question, soc, metro):
    asked = parse_salary_query(question)
    assert (asked.role.soc, asked.place.name) == (soc, metro)
    assert any("as its county" in note for note in asked.notes)


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("nurse - harris county hospital district houston, tx", "Houston, TX"),  # a place written
        ("rn case manager - home health - bergen county, nj", "New York-Newark-Jersey City, NY-NJ"),
    ],
)
def test_a_countys_employer_never_hides_a_place_written(question, place):
    assert parse_salary_query(question).place.name == place


@pytest.mark.parametrize(
    ("question", "soc", "place"),
    [
        # No dash sets the employer off: the title read whole before it, the place after it
        # (the first was no role once the school year no longer parted the words).
        (
            "substitute custodian southeast polk community school district pleasant hill, iowa",
            "37-2011",
            "Pleasant Hill, IA",
        ),
        ("registered nurse mercy general hospital sacramento, ca", "29-1141", "Sacramento, CA"),
    ],
)
def test_an_employer_between_the_title_and_the_place_is_set_aside(question, soc, place):
    asked = parse_salary_query(question)
    assert (asked.role.soc, asked.place.name) == (soc, place)
    assert any(note.endswith(", the employer.") for note in asked.notes)


@pytest.mark.parametrize(
    ("question", "soc", "place"),
    [
        # A bare rank or a title of several fields reads in the field its employer hires
        # in: a ship's captain, no role, a transit bus driver and a counselor before.
        ("captain - houston fire department", "33-1021", "Houston, TX"),
        ("sergeant - dallas police department", "33-1012", "Dallas, TX"),
        ("bus driver - springfield public schools", "53-3051", "Springfield, MO"),
        ("counselor - austin independent school district", "21-1012", "Austin, TX"),
        ("maintainer - sangamon county highway department", "47-4051", "Springfield, IL"),
        (
            "lieutenant - cook county sheriffs office, il",
            "33-1012",
            "Chicago-Naperville-Elgin, IL-IN",
        ),
    ],
)
def test_a_title_reads_in_the_field_its_employer_hires_in(question, soc, place):
    asked = parse_salary_query(question)
    assert (asked.role.soc, asked.place.name) == (soc, place)
    assert any("the field its employer hires in" in note for note in asked.notes)


@pytest.mark.parametrize(
    ("question", "soc"),
    [
        ("math teacher newark public schools", "25-2031"),  # "school math teacher": no title
        ("custodian - dallas independent school district", "37-2011"),  # the same job
        ("captain houston", "53-5021"),  # no employer: a captain stays a ship's
    ],
)
def test_a_title_the_employers_field_does_not_change_reads_as_written(question, soc):
    asked = parse_salary_query(question)
    assert asked.role.soc == soc
    assert not any("the field its employer hires in" in note for note in asked.notes)


@pytest.mark.parametrize(
    ("question", "place"),
    [
        # A district's kind is part of its name, not its town (New York's central and union
        # free districts, California's union high, Illinois' community unit, Ohio's local
        # districts): the first read Central, LA or no place.
        ("custodian - penn yan central school district", "Penn Yan, NY"),
        ("teacher aide - massapequa union free school district", "Massapequa, NY"),
        ("custodian - oxnard union high school district", "Oxnard, CA"),
        ("school nurse - naperville community unit school district", "Naperville, IL"),
        ("teacher aide - chardon local school district", "Chardon, OH"),
    ],
)
def test_a_school_districts_kind_is_no_part_of_its_town(question, place):
    asked = parse_salary_query(question)
    assert asked.place.name == place
    assert any("employer" in note for note in asked.notes)


@pytest.mark.parametrize(
    ("question", "place"),
    [
        # Central and union free districts are New York's, exempted village districts Ohio's:
        # a small town's name alone is no place (Tully read none) or another state's town
        # (Milford, CT).
        ("bus driver - tully central school district", "Tully, NY"),
        ("teacher aide - ellicottville central school district", "Ellicottville, NY"),
        ("teacher aide - milford exempted village school district", "Milford, OH"),
    ],
)
def test_a_kind_of_district_one_state_has_finds_its_town_there(question, place):
    assert parse_salary_query(question).place.name == place


def test_a_districts_state_alone_is_no_town():
    asked = parse_salary_query("custodian - central school district")
    assert asked.place is None or asked.place.name != "New York City, NY"


@pytest.mark.parametrize(
    ("question", "place"),
    [
        # A district's number after its kind is part of its name (was no place).
        ("paraprofessional (ess preschool) flagstaff unified school district #1", "Flagstaff, AZ"),
        ("custodian - eugene school district no. 4j", "Eugene, OR"),
    ],
)
def test_a_districts_number_is_part_of_its_name(question, place):
    assert parse_salary_query(question).place.name == place


def test_a_numbered_districts_kind_still_names_its_field():
    asked = parse_salary_query("bus driver - rockford school district #205")
    assert (asked.role.slug, asked.place.name) == ("school-bus-driver", "Rockford, IL")
