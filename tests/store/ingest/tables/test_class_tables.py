"""A public employer's class table (store/ingest/tables/classtables.py), or its grade schedule
saved one cell a line (store/ingest/tables/cellgrids.py): each job class with its pay as bare
cells, filed under its own role at the employer's place."""

from __future__ import annotations

from tests.store.ingest.test_ingest_rules import parse_results, stored

TABLE = (
    "| CLASS TITLE |\n|---|\n| (B) PUBLIC WORKS |\n|---|\n"
    "| Street Maintenance Supervisor * | 6120.40 |\n|---|\n"
    "| Electrician *1 | 5710.25 |\n|---|\n"
    "| CLASS TITLE | Entrance | Step 2 | Step 3 | Step 4 |\n|---|\n"
    "| Heavy Equipment Operator *2 | 4102.11 | 4290.50 | 4480.07 | 4705.93 |\n|---|\n"
    "* Denotes a 40-Hour Work Week.\n"
    "1 Electricians who hold a master license receive a monthly stipend of two percent."
)


def test_each_class_of_a_class_table_is_stored_at_the_employers_city():
    parsed = parse_results(
        {
            "title": "Public Works Class B - Web View",
            "url": "https://www.boulder.us/2210/Public-Works-Class-B",
            "content": TABLE,
        }
    )

    assert stored(parsed) == [
        # A street crew's supervisor is filed with maintenance supervisors (49-1011).
        ("maintenance-supervisor", "city:US-CO-boulder", 6120.4, 6120.4, "month"),
        ("electrician", "city:US-CO-boulder", 5710.25, 5710.25, "month"),
        ("heavy-equipment-operator", "city:US-CO-boulder", 4102.11, 4705.93, "month"),
    ]


def test_a_class_table_whose_page_names_two_periods_gives_nothing():
    parsed = parse_results(
        {
            "title": "Public Works Class B - Web View",
            "url": "https://www.boulder.us/2210/Public-Works-Class-B",
            "content": TABLE + "\nOvertime is paid hourly.",
        }
    )

    assert stored(parsed) == []


# A city police department's wage schedule: a row per step, the base rate then shift
# differentials, one row broken across lines as the saved copy printed it. (Its leave
# tables come first, as on the real page: an "Entry" in a page's first 500 characters
# would make every figure entry-level, a reading of its own.)
STEPS = (
    "Personal Leave\n\nEach eligible employee receives personal leave on November 1st.\n\n"
    "Months of Service Hours of Personal Leave\nLess than 6 months\n40 Hours\n"
    "6 to 24 months\n60 Hours\nMore than 24 months\n80 Hours\n\n"
    "Police Officers shall accrue vacation according to the following schedule:\n\n"
    "Completed Years of Service\nHours Accrued per Biweekly Pay Period\n"
    "0 to end of year 3\n3.73\n4 through 6\n4.42\n7 through 9\n4.81\n10 through 12\n5.54\n"
    "13 through 15\n6.15\n16 through 19\n6.77\n20 or more\n7.69\n\n"
    "Current Pay Wage Schedule\n\nYears of\ncompleted\nservice\n\nBase Pay\nRate\n\n"
    "Afternoon\nRate\n+ 2.5%\n\n"
    "Entry $31.10 $31.88\n2 $32.97 $33.79\n4\n\n$34.95\n\n$35.82\n6 $37.04 $37.97\n \n"
    "Next Pay Wage Schedule\n\nEffective July 1, 2027\n\nBase Pay\nRate\n\n"
    "Entry $32.05 $32.85\n2 $33.97 $34.82\n4 $36.01 $36.91\n6 $38.17 $39.12"
)


def test_a_wage_schedules_steps_are_its_base_columns_span_at_the_city_its_gov_host_names():
    parsed = parse_results(
        {
            "title": "Wages and Salary",
            "url": "https://police.nyc.gov/careers/join/wages-and-salary",
            "content": STEPS,
        }
    )

    assert stored(parsed) == [
        ("police-officer", "city:US-NY-new-york-city", 31.10, 37.04, "hour"),
        ("police-officer", "city:US-NY-new-york-city", 32.05, 38.17, "hour"),
    ]


def test_a_wage_table_by_place_stores_each_places_average_in_the_pages_country():
    parsed = parse_results(
        {
            "title": "Welder Salary Canada",
            "url": "https://www.example-canada.com/salaries-for-welders.html",
            "content": "Welder Salary Canada\n\nThe table below details the hourly wages for "
            "welders.\n\nAverage (Median) Hourly Wages for Welders in Canada\n\n"
            "Location Low Wage\n$ per hr\nAverage Wage\n$ per hr\nHigh Wage\n$ per hr\nYear\n"
            "Edmonton – Alberta* 21.00 30.50 38.00 2019\n"
            "Windsor / Sarnia – Ontario 18.00 26.25 34.00 2018\n",
        }
    )

    assert stored(parsed) == [
        ("welder", "city:CA-edmonton", 30.5, 30.5, "hour"),
        ("welder", "city:CA-windsor", 26.25, 26.25, "hour"),
    ]
    assert {o.currency for o in parsed.observations} == {"CAD"}


def test_a_grade_schedule_saved_one_cell_a_line_files_each_title_at_its_grades_range():
    parsed = parse_results(
        {
            "title": "Section 4.10 Pay plan",
            "url": "https://codes.example.org/codes/xenia_oh/section-4-10",
            "content": "Employees are paid per the plan below from January 1.\n"
            "GRADE\nPOSITION\nLOW\nHIGH\nSTEP 1\nSTEP 2\n"
            "1\nReceptionist\n$30,100.00\n$39,900.00\n$14.47\n$19.18\nFile Clerk\n"
            "2\nPatrol Officer\n$52,000.00\n$70,200.00\n$25.00\n$33.75\n"
            "Law Director\n$48,000.00\n",
        }
    )

    # Before, the page stored one range from the lowest to the highest amount, or nothing
    assert stored(parsed) == [
        ("receptionist", "city:US-OH-xenia", 30100, 39900, "year"),
        ("file-clerk", "city:US-OH-xenia", 30100, 39900, "year"),
        ("police-officer", "city:US-OH-xenia", 52000, 70200, "year"),
        ("law-director", "city:US-OH-xenia", 48000, 48000, "year"),
    ]


def test_a_grade_schedules_rows_with_no_grade_number_are_each_their_titles_own():
    parsed = parse_results(
        {
            "title": "Section 4.10 Pay plan",
            "url": "https://codes.example.org/codes/xenia_oh/section-4-10",
            "content": "Employees are paid per the plan below from January 1.\n"
            "GRADE\nPOSITION\nLOW\nHIGH\nSTEP 1\nSTEP 2\n"
            "1\nReceptionist\n$30,100.00\n$39,900.00\n$14.47\n$19.18\n"
            "Seasonal\nLifeguard, Laborer\nLow\nHigh\n$12.10\n$15.40\n"
            "Part-time Police\nPolice Officer\n$24.50\n"
            "Fire Full Time - 2912 Hours\nFire Lieutenant\n$57,000.00\n$70,100.00\n"
            "$19.57\n$24.07\n",
        }
    )

    # Before, only the graded row: a title right over amounts of its own was no one's;
    # the titles over the group's column names stay unread (which are the amounts'?)
    assert stored(parsed) == [
        ("receptionist", "city:US-OH-xenia", 30100, 39900, "year"),
        ("police-officer", "city:US-OH-xenia", 24.5, 24.5, "hour"),
        ("fire-officer", "city:US-OH-xenia", 57000, 70100, "year"),
    ]


def test_a_class_title_whose_known_word_only_qualifies_its_head_is_a_role_of_its_own():
    parsed = parse_results(
        {
            "title": "General Employees - Web View",
            "url": "https://www.boulder.us/2210/General-Employees",
            "content": "| CLASS TITLE |\n|---|\n| Admin Services Director | 8184.00 |\n|---|\n"
            "| Account Clerk II | 2237.00 |\n|---|\nThe monthly base pay of each class.",
        }
    )

    # Before, the director was filed as an administrative assistant ("admin" alone
    # names one, but here it only says which director)
    assert stored(parsed) == [
        ("admin-services-director", "city:US-CO-boulder", 8184.0, 8184.0, "month"),
        ("office-clerk", "city:US-CO-boulder", 2237.0, 2237.0, "month"),
    ]
