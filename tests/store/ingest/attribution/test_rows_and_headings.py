"""Where a figure's own label or heading says whose pay it is and where: the sixteenth
round's failures (bench/eval_documents.py, fresh batch d200-d211): a state table saved
as lines, places before bracketed amounts, a degree named "Doctor of", a
title ranking jobs by pay, a numbered heading that is a job's name alone."""

from __future__ import annotations

from tests.store.ingest.test_ingest_rules import parse_results, stored


def test_a_table_of_states_saved_as_lines_files_each_row_under_its_state():
    parsed = parse_results(
        {
            "title": "How Much Do Dental Hygienists Make an Hour?",
            "url": "https://www.example-guide.org/dental-hygienist-hourly",
            "content": "Dental hygienists earn about $42 an hour across the US.\n\n"
            "State Average Hourly Wage\nWashington $55.10\nNational Average $42.00\n"
            "Texas $38.75\n",
        }
    )

    # Before, the state rows were filed under no place
    assert sorted(stored(parsed)) == [
        ("dental-hygienist", "country:US", 42, 42, "hour"),
        ("dental-hygienist", "state:US-TX", 38.75, 38.75, "hour"),
        ("dental-hygienist", "state:US-WA", 55.1, 55.1, "hour"),
    ]


def test_a_row_label_that_is_no_place_or_a_line_that_goes_on_keeps_the_pages_place():
    parsed = parse_results(
        {
            "title": "Dental Hygienist Salary in Ohio",
            "url": "https://www.example-guide.org/dental-hygienist-ohio",
            "content": "Median $38.20 per hour\nAkron $36 an hour for new hygienists, "
            "says a local clinic owner.\n💰 $81,000 yearly\n",
        }
    )

    assert {place for _, place, *_ in stored(parsed)} == {"state:US-OH"}


def test_places_written_right_before_bracketed_amounts_are_each_figures_place():
    parsed = parse_results(
        {
            "title": "Where Dental Hygienists Earn the Most",
            "url": "https://www.example-news.com/careers/dental-hygienists-where",
            "content": "Dental hygienists earned a mean of $81,360 a year nationally. "
            "The best-paid are in Alaska ($115,050) and Washington ($106,410), and the "
            "top metro areas are Santa Rosa ($130,280) and Napa ($128,500).",
        }
    )

    # Before, all four were filed under the first place the sentence named
    assert sorted(place for _, place, *_ in stored(parsed)) == [
        "city:US-CA-napa",
        "city:US-CA-santa-rosa",
        "country:US",
        "state:US-AK",
        "state:US-WA",
    ]


def test_a_list_ranking_jobs_by_pay_takes_its_first_headed_job_not_a_degrees_doctor():
    parsed = parse_results(
        {
            "title": "America's Best Paying Jobs 2014",
            "url": "https://www.example-news.com/2014/best-paying-jobs?page=3",
            "content": "12. Pharmacist\n\nAverage Salary: $116,670\n\nPharmacists must "
            "hold a Doctor of Pharmacy (Pharm.D.) and a licence.\n\nThe best-paid "
            "pharmacists work in Alaska ($131,120).",
        }
    )

    # Before, the title made a role "paying" and the degree a physician
    assert sorted(stored(parsed)) == [
        ("pharmacist", "country:US", 116670, 116670, "year"),
        ("pharmacist", "state:US-AK", 131120, 131120, "year"),
    ]


def test_apprentices_by_year_are_trainees_and_the_journeyman_rate_is_the_plain_job():
    parsed = parse_results(
        {
            "title": "What Does an Entry Level Plumber Make in the Union?",
            "url": "https://www.example-careers.com/entry-level-plumber-union",
            "content": "Plumbing apprentices in the United States train for five years. "
            "Third-year apprentices earn $19.40 per hour, and the journeyman "
            "rate is $38.80 per hour. First-year Fresno, California, apprentices earn "
            "$16.10 per hour.",
        }
    )

    # Before, all three were entry-level plumbers' in Union, NJ (a first year is one)
    assert stored(parsed) == [
        ("plumber-intern", "country:US", 19.4, 19.4, "hour"),
        ("plumber", "country:US", 38.8, 38.8, "hour"),
        ("entry-level-plumber", "city:US-CA-fresno", 16.1, 16.1, "hour"),
    ]


def test_the_job_itself_on_a_page_about_a_level_of_it_is_the_plain_job():
    parsed = parse_results(
        {
            "title": "The Average Salary of an Entry Level Machinist",
            "url": "https://www.example-careers.com/entry-level-machinist",
            "content": "The average salary for a machinist in the United States was "
            "$48,120 per year. The median was $46,300 per year.\n\n"
            "An entry-level machinist starts near $34,000 per year. The 10th percentile "
            "made $29,500 per year.",
        }
    )

    # Before, all were the entry-level machinist's
    assert stored(parsed) == [
        ("machinist", "country:US", 48120, 48120, "year"),
        ("machinist", "country:US", 46300, 46300, "year"),
        ("entry-level-machinist", "country:US", 34000, 34000, "year"),
        ("entry-level-machinist", "country:US", 29500, 29500, "year"),
    ]


def test_a_table_comparing_two_jobs_files_each_column_under_its_job():
    parsed = parse_results(
        {
            "title": "Staff accountant vs senior accountant",
            "url": "https://www.example-board.com/staff-accountant-vs-senior-accountant",
            "content": "Staff accountant vs senior accountant overview\n\n"
            "Staff AccountantSenior Accountant\nYearly salary$58,200$81,900\n"
            "Hourly rate$27.98$39.38\nGrowth rate6%6%\n",
        }
    )

    # Before, both columns were the job the title's level word made (a senior accountant)
    assert sorted(stored(parsed)) == [
        ("accountant", None, 27.98, 27.98, "hour"),  # a staff accountant is no level
        ("accountant", None, 58200, 58200, "year"),
        ("senior-accountant", None, 39.38, 39.38, "hour"),
        ("senior-accountant", None, 81900, 81900, "year"),
    ]


def test_parallel_sentences_after_one_naming_a_place_are_that_places():
    parsed = parse_results(
        {
            "title": "Electrician Apprentice Pay",
            "url": "https://www.example-careers.com/electrician-apprentice-pay",
            "content": "Apprentices in the United States learn on the job.\n\n"
            "First-year apprentices in Toledo, Ohio, earn $16.20 per hour. Second-year "
            "apprentices earn $18.90 per hour. The national median is $21.50 per hour.\n\n"
            "Third-year apprentices earn $21.60 per hour.",
        }
    )

    # Before, the second was the country's
    assert stored(parsed) == [
        ("electrician-intern", "city:US-OH-toledo", 16.2, 16.2, "hour"),
        ("electrician-intern", "city:US-OH-toledo", 18.9, 18.9, "hour"),
        ("electrician-intern", "country:US", 21.5, 21.5, "hour"),
        ("electrician-intern", "country:US", 21.6, 21.6, "hour"),  # another paragraph
    ]
