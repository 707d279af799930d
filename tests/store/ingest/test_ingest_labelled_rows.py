"""Rows and list items labelled by a level, a place or the whole country: whose figure is it?"""

from __future__ import annotations

from tests.store.ingest.test_ingest_rules import parse_results, stored


def software_engineers(content: str, *, place: str = "Austin, TX"):
    return parse_results(
        {
            "title": f"Software Engineer Salary in {place}",
            "url": "https://www.example-salaries.com/software-engineer/austin-tx",
            "content": content,
        }
    )


def test_rows_labelled_by_a_level_are_the_pages_title_at_that_level():
    parsed = software_engineers(
        "Software engineer salary by experience level:\n"
        "- Entry: $70,000–$110,000\n"
        "| Senior level | $150,000 per year |\n"
        "Mid-Level (3–5 yrs) $95k–$120k\n"
        "Junior $60k a year\n"
        "Lead/Principal: $180,000 per year\n"
        "Average software engineer salary: $120,000 per year"
    )

    assert stored(parsed) == [
        ("entry-level-software-engineer", "city:US-TX-austin", 70000, 110000, "year"),
        ("senior-software-engineer", "city:US-TX-austin", 150000, 150000, "year"),
        ("software-engineer", "city:US-TX-austin", 95000, 120000, "year"),
        ("junior-software-engineer", "city:US-TX-austin", 60000, 60000, "year"),
        ("principal-software-engineer", "city:US-TX-austin", 180000, 180000, "year"),
        ("software-engineer", "city:US-TX-austin", 120000, 120000, "year"),
    ]
    assert parsed.observations[0].role_published == "Entry-Level Software Engineer"


def test_a_glued_level_label_and_years_of_experience_label_the_figure_after_them():
    parsed = software_engineers(
        "Software engineer pay: $22–$35/hrEntry: $70,000–$110,000 salary\n"
        "0-1 years of experience: $68,000 per year\n"
        "5-8 years: $140,000 per year"
    )

    assert stored(parsed) == [
        ("software-engineer", "city:US-TX-austin", 22, 35, "hour"),
        ("entry-level-software-engineer", "city:US-TX-austin", 70000, 110000, "year"),
        ("entry-level-software-engineer", "city:US-TX-austin", 68000, 68000, "year"),
        ("senior-software-engineer", "city:US-TX-austin", 140000, 140000, "year"),
    ]


def test_on_an_intern_page_a_class_year_is_no_career_level():
    parsed = parse_results(
        {
            "title": "Data Science Intern Salary in Boston, MA",
            "url": "https://www.example-salaries.com/data-science-intern/boston-class",
            "content": "Data science intern hourly pay by class:\nSenior: $30 per hour",
        }
    )

    assert stored(parsed) == [("data-science-intern", "city:US-MA-boston", 30, 30, "hour")]


def test_a_page_about_austin_files_bay_area_rows_under_the_bay_area():
    parsed = software_engineers(
        "Software engineer hourly pay by area:\n"
        "Bay Area: $85 per hour\n"
        "| Silicon Valley | $90 per hour |\n"
        "| Austin, TX | $60 per hour |"
    )

    assert stored(parsed) == [
        ("software-engineer", "region:US-san-francisco-bay-area", 85, 85, "hour"),
        ("software-engineer", "metro:US-san-jose-ca", 90, 90, "hour"),  # its core
        ("software-engineer", "city:US-TX-austin", 60, 60, "hour"),
    ]


def test_a_figure_for_the_whole_country_is_not_forced_onto_the_pages_place():
    parsed = software_engineers(
        "Software engineers in Austin earn $120,000 per year. "
        "Nationally, software engineers earn $115,000 per year. "
        "The national average software engineer salary is $112,000 per year. "
        "Across the US, software engineers make $110,000 per year. "
        "In the United States the median software engineer salary is $108,000 per year."
    )

    assert stored(parsed) == [
        ("software-engineer", "city:US-TX-austin", 120000, 120000, "year"),
        ("software-engineer", "country:US", 115000, 115000, "year"),
        ("software-engineer", "country:US", 112000, 112000, "year"),
        ("software-engineer", "country:US", 110000, 110000, "year"),
        ("software-engineer", "country:US", 108000, 108000, "year"),
    ]


def test_the_national_average_on_a_london_page_is_the_uks():
    parsed = software_engineers(
        "Software engineers in London earn £65,000 a year. The national average "
        "software engineer salary is £52,000 a year.",
        place="London",
    )

    assert [(o.place_key, o.min_amount) for o in parsed.observations] == [
        ("city:GB-london", 65000),
        ("country:GB", 52000),
    ]


def test_a_figure_is_another_roles_only_when_its_own_words_name_that_role():
    parsed = parse_results(
        {
            "title": "Data Science Intern Salary in Boston, MA",
            "url": "https://www.example-salaries.com/data-science-intern/boston-compared",
            "content": "Data scientists in Boston earn $120,000 a year, and interns $40 an hour. "
            "Data science interns earn $38 an hour, while data engineers make $130,000 a year. "
            "Compared to data engineers, data science interns make $45 an hour. "
            "Data engineers earn $130,000 a year, and $62 an hour as contractors.",
        }
    )

    assert stored(parsed) == [
        ("data-scientist", "city:US-MA-boston", 120000, 120000, "year"),
        ("data-science-intern", "city:US-MA-boston", 40, 40, "hour"),
        ("data-science-intern", "city:US-MA-boston", 38, 38, "hour"),
        ("data-engineer", "city:US-MA-boston", 130000, 130000, "year"),
        ("data-science-intern", "city:US-MA-boston", 45, 45, "hour"),
    ]
    # The $62 names no role of its own in a sentence about another: unclear, skipped.
    assert [skip.reason for skip in parsed.skipped] == [
        "about Data Engineer, not Data Science Intern"
    ]
