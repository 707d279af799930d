"""Which job a figure on a real-looking page is filed under, or none: the failures
bench/eval_documents.py found (its dev pages and fresh batches). The level a figure takes,
trainees and cadets among them, is in test_role_levels.py."""

from __future__ import annotations

from tests.store.ingest.test_ingest_rules import parse_results, stored


def test_a_title_whose_words_before_pay_are_a_clause_names_no_job_of_its_own():
    parsed = parse_results(
        {
            "title": "Apprentices Are Cheap Labor: Pay Them What They Are Worth",
            "url": "https://www.example-blog.com/apprentices-pay",
            "content": "Most apprentices earn $18 an hour in their first year.",
        }
    )

    assert stored(parsed) == []  # not under a role named "Apprentices Are Cheap Labor"
    assert [s.reason for s in parsed.skipped] == ["names no job title"]


def test_a_wage_release_figure_for_workers_at_large_is_no_jobs_pay():
    parsed = parse_results(
        {
            "title": "Electrician Wages in Ohio",
            "url": "https://www.example-labor.gov/ohio-wages",
            "content": "Electricians in Ohio earn $30 an hour.\n\n"
            "Workers in the State of Ohio had an average hourly wage of $25.10. "
            "The statewide median hourly wage for all occupations was $21.00. "
            "Full-time workers averaged $27.40 per hour.",
        }
    )

    assert stored(parsed) == [("electrician", "state:US-OH", 30, 30, "hour")]
    assert {s.reason for s in parsed.skipped} == {"about workers in general, not one job"}


def test_a_salary_sized_average_of_a_job_named_in_its_sentence_is_that_jobs_yearly_pay():
    parsed = parse_results(
        {
            "title": "How Much Do Nurses Make In Ohio?",
            "url": "https://www.example-careers.com/nurses-ohio",
            "content": "In Ohio the median for nurses came to $71,450, while the national "
            "median for nurses was $77,600. The average nurse owns $2,000 of scrubs.",
        }
    )

    # A plural job word names the job in running text ("nurses"); the scrubs are no pay.
    assert stored(parsed) == [
        ("registered-nurse", "state:US-OH", 71450, 71450, "year"),
        ("registered-nurse", "country:US", 77600, 77600, "year"),
    ]


def test_words_before_pay_that_end_on_and_are_a_topic_beside_pay_not_a_job():
    parsed = parse_results(
        {
            "title": "Occupational Employment and Wages in Austin-Round Rock",
            "url": "https://www.example-statistics.gov/austin-wages",
            "content": "Higher paying occupational groups included management ($66.76) "
            "and legal ($64.25), in mean hourly wages.",
        },
        {
            "title": "Employment & Salaries by Occupation",
            "url": "https://www.example-chamber.org/blog/salaries-by-occupation",
            "content": "Median annual salaries range from $19,630 for food preparation "
            "occupations to $102,610 for management occupations.",
        },
    )

    assert stored(parsed) == []
    assert [s.reason for s in parsed.skipped] == ["names no job title"] * 2


def test_a_salary_sized_range_of_a_job_its_sentence_names_is_that_jobs_yearly_pay():
    parsed = parse_results(
        {
            "title": "Software Developer Salary in Australia in 2026",
            "url": "https://www.example-careers.com.au/software-developer-australia",
            "content": "Many full-time software developer roles in Australia sit around "
            "$85,000 to $130,000 plus super. Bootcamps cost $10,000 to $15,000 "
            "depending on the course.",
        }
    )

    assert [
        (o.role, o.place_key, o.min_amount, o.max_amount, o.period, o.currency)
        for o in parsed.observations
    ] == [
        ("software-engineer", "country:AU", 85000, 130000, "year", "AUD")
    ]  # the bootcamp's price names no job


def test_a_table_row_titled_by_a_kind_of_pay_is_the_pages_job():
    parsed = parse_results(
        {
            "title": "The Senior Software Engineer Salary in Seattle",
            "url": "https://www.example-careers.com/senior-software-engineer-seattle",
            "content": "| Compensation Component | Typical Annual Range |\n|---|---|\n"
            "| Base Salary | $175,000 – $225,000 |\n",
        }
    )

    assert stored(parsed) == [
        ("senior-software-engineer", "city:US-WA-seattle", 175000, 225000, "year")
    ]


def test_a_ranked_lists_item_heading_names_the_job_of_the_figures_under_it():
    parsed = parse_results(
        {
            "title": "The best-paid jobs without a degree",
            "url": "https://www.example-news.com/best-paid-jobs-without-a-degree",
            "content": "The best-paid jobs you can get without a degree:\n"
            "2. Dental hygienists\nWhat they do: they clean teeth.\n"
            "Median annual wage in 2020: $77,090\n"
            "1. Claims adjusters, examiners, and investigators\n"
            "What they do: they review settled claims.\nMedian annual wage in 2020: $68,270\n",
        }
    )

    assert stored(parsed) == [
        ("dental-hygienist", None, 77090, 77090, "year"),
        ("claims-adjuster", None, 68270, 68270, "year"),
    ]


def test_the_mean_of_all_jobs_that_a_release_compares_jobs_with_is_no_jobs_pay():
    parsed = parse_results(
        {
            "title": "Occupational Employment and Wages, May 2012",
            "url": "https://www.example-statistics.gov/news.release/ocwage-2012.htm",
            "content": "  --Several newly defined occupations earned high wages relative to the\n"
            "    U.S. annual mean of $45,790. Nurse anesthetists had an annual mean\n"
            "    wage of $154,390.\n",
        }
    )

    assert stored(parsed) == [("nurse-anesthetist", None, 154390, 154390, "year")]


def test_a_title_naming_only_a_kind_of_pay_names_no_job():
    parsed = parse_results(
        {
            "title": "Pro rata salary",
            "url": "https://www.example-forum.co.uk/talk/pro-rata-salary",
            "content": "Is the advertised figure the full-time one? If full time is 40 hours "
            "a week, it'd need to be at least £3744 per annum at .25 pro-rata to be legal.",
        }
    )

    assert stored(parsed) == []


def test_a_list_of_jobs_under_a_title_naming_none_is_read_by_its_items_headings():
    parsed = parse_results(
        {
            "title": "Three men meeting together",
            "url": "https://www.example-leads.com/blog/highest-paying-jobs-without-a-degree",
            "content": "The 10 Highest Paying Jobs That Don't Require a College Degree\n\n"
            "Many of these occupations still pay well over $37,040 – the median wage for all "
            "education levels in 2016.\n\n"
            "Methodology: the information in this article is based on data released by the "
            "Bureau of Labor Statistics, from its employment statistics and projections "
            "reports. All occupations whose typical entry-level education was an associate's "
            "degree or lower were included, ranked by the reported median wages; those with "
            "a projected negative growth outlook over the next decade were left out.\n\n"
            "10. Dental Hygienist\n\n2016 Median Salary: $72,910\n\n"
            "9. Claims adjusters, examiners, and investigators\n\n2016 Median Salary: $63,680\n",
        }
    )

    assert stored(parsed) == [
        ("dental-hygienist", None, 72910, 72910, "year"),
        ("claims-adjuster", None, 63680, 63680, "year"),
    ]  # the median of all education levels is no job's


def test_the_office_an_ordinances_shall_clause_pays_is_its_figures_role():
    parsed = parse_results(
        {
            "title": "Article 3. The Clerk.",
            "url": "https://www.example-codes.com/codes/town/article-3",
            "content": "The Clerk shall keep the minutes of the Board. The Town Clerk shall "
            "receive a salary of $41,200 per annum. The Deputy Harbor Master (appointed by "
            "the Board) shall be paid $9,500 per year.",
        }
    )

    assert [(o.role, o.min_amount) for o in parsed.observations] == [
        ("town-clerk", 41200),
        ("deputy-harbor-master", 9500),
    ]


def test_a_job_named_in_brackets_right_after_a_figure_is_that_figures_job():
    parsed = parse_results(
        {
            "title": "Average teacher salaries across Australia",
            "url": "https://www.example-uni.edu.au/news/teacher-salaries",
            "content": "Teaching: stats at a glance\n"
            "Average national salary$99,000 (secondary school teacher) / "
            "$87,000 (early childhood teacher)\n"
            "Graduate teachers start on $79,000 (before tax).\n",
        }
    )

    assert [(o.role, o.min_amount) for o in parsed.observations] == [
        ("high-school-teacher", 99000),
        ("preschool-teacher", 87000),
        ("entry-level-high-school-teacher", 79000),
    ]


def test_a_page_of_bulleted_jobs_with_their_pay_is_read_each_under_its_job():
    parsed = parse_results(
        {
            "title": "What Is the Average Salary in the U.K.?",
            "url": "https://www.example-hr.com/blog/average-salary-in-the-uk",
            "content": "The average full-time worker in the U.K. makes about £38,500 a year.\n\n"
            + "Pay differs by region, sector and the buying power of each place. " * 8
            + "\n\nAverage salary by job type in the U.K.\n\n"
            "  • Software Engineer. £49,500 (US$67,500)\n"
            "  • Data Scientist. £46,000 (US$63,800)\n",
        }
    )

    assert [(o.role, o.place_key, o.min_amount, o.currency) for o in parsed.observations] == [
        ("software-engineer", "country:GB", 49500, "GBP"),
        ("software-engineer", "country:GB", 67500, "USD"),  # the same pay converted
        ("data-scientist", "country:GB", 46000, "GBP"),
        ("data-scientist", "country:GB", 63800, "USD"),
    ]


def test_a_headline_changing_an_employers_pay_names_no_job_of_its_own():
    parsed = parse_results(
        {
            "title": "Acme Raises Hourly Wages for Warehouse and Transport Workers",
            "url": "https://www.example-news.com/2026/acme-raises-hourly-wages",
            "content": "Acme said on Wednesday that its warehouse and transport workers "
            "will earn at least $21 an hour, up from $18.",
        }
    )

    # not filed under a job "Acme Raises Hourly": under the job the wages are for
    # (the first of the two that share "workers"; see test_attribution_titles.py)
    assert {o.role for o in parsed.observations} == {"warehouse-associate"}


def test_a_line_the_law_draws_is_no_jobs_pay():
    parsed = parse_results(
        {
            "title": "Associate Research Scientist",
            "url": "https://research.example.edu/titles/associate-research-scientist",
            "content": "The suggested starting salary is $64,062 a year. In accordance with "
            "FLSA guidelines, an employee whose salary is below $23,660 per year is "
            "considered non-exempt. Proposed changes could raise the salary threshold to "
            "$47,476 per year.",
        }
    )

    assert stored(parsed) == [("research-scientist", None, 64062, 64062, "year")]


def test_the_laws_minimum_wage_is_no_jobs_pay():
    parsed = parse_results(
        {
            "title": "What do care assistants earn?",
            "url": "https://care.example.co.uk/pay",
            "content": "Care assistants at our homes earn £13.10 an hour. With the national "
            "minimum wage currently set at £11.44p, entry rates are rising everywhere.",
        }
    )

    assert stored(parsed) == [("home-health-aide", "country:GB", 13.1, 13.1, "hour")]


def test_a_benefits_money_is_no_jobs_pay():
    parsed = parse_results(
        {
            "title": "Police Officer Pay & Benefits",
            "url": "https://city.example.gov/police/pay",
            "content": "Police Officers earn $38.40 per hour.\n\n  • Medical - Officers may "
            "be eligible for an insurance waiver stipend of $2,400 per year when all "
            "coverage is waived.\n\n  • Education - tuition reimbursement up to $4,000 a "
            "year.",
        }
    )

    assert stored(parsed) == [("police-officer", None, 38.4, 38.4, "hour")]


def test_a_price_someone_charges_is_no_wage():
    parsed = parse_results(
        {
            "title": "Private tutors' rates",
            "url": "https://forum.example.co.uk/tutors",
            "content": "Tutors at our agency are paid £18 an hour. The cheapest private tutors "
            "near me ask £30 per hour and most are around £40-£50 per hour. Charge nurses "
            "earn £24 an hour.",
        }
    )

    assert stored(parsed) == [
        ("tutor", "country:GB", 18.0, 18.0, "hour"),
        ("registered-nurse", "country:GB", 24.0, 24.0, "hour"),  # the catalog's charge nurse
    ]
