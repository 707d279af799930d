"""What a page's title says about its figures' role and place when it is no salary
page's title: the ninth round's failures from bench/eval_documents.py (a fresh batch of
real pages, d142-d151)."""

from __future__ import annotations

from tests.store.ingest.test_ingest_rules import parse_results, stored


def test_a_headline_on_a_pay_raise_for_a_job_names_the_job_its_figures_are_for():
    parsed = parse_results(
        {
            "title": "The Riverside board approved an average pay raise for teachers this year.",
            "url": "https://www.example-news.com/local/article_1234.html",
            "content": "The board raised the base salary for first-year teachers to $41,200.\n\n"
            "The district's top salary will be $72,500.",
        }
    )

    roles = {role for role, *_ in stored(parsed)}
    amounts = sorted(low for _, _, low, *_ in stored(parsed))
    assert amounts == [41200, 72500]
    assert roles <= {"teacher", "entry-level-teacher"}


def test_a_headline_on_raising_two_jobs_wages_names_the_first_job_they_share():
    parsed = parse_results(
        {
            "title": "Acme raises hourly wages for warehouse and delivery workers",
            "url": "https://www.example-news.com/business/acme-wages",
            "content": "Acme said its workers will now earn between $17 and $24 per hour.",
        }
    )

    assert stored(parsed) == [("warehouse-associate", None, 17, 24, "hour")]


def test_a_headline_on_pay_for_people_at_large_or_a_thing_names_no_job():
    for title in ("Acme raises pay for hourly workers", "Acme moves to pay for performance"):
        parsed = parse_results(
            {
                "title": title,
                "url": "https://www.example-news.com/business/acme-pay",
                "content": "Acme said its workers will now earn between $17 and $24 per hour.",
            }
        )

        assert stored(parsed) == []


def test_a_city_named_right_before_the_job_in_a_pay_title_is_the_pages_place():
    parsed = parse_results(
        {
            "title": "How a Denver Software Engineer Salary Stacks Up",
            "url": "https://www.example-blog.com/denver-software-engineer",
            "content": "Average Base Salary 138,000 USD (Mid-Level)",
        }
    )
    mobile = parse_results(
        {
            "title": "Mobile Developer Salary Guide",
            "url": "https://www.example-blog.com/mobile-developer",
            "content": "The average mobile developer salary is $118,000 a year.",
        }
    )

    assert stored(parsed) == [("software-engineer", "city:US-CO-denver", 138000, 138000, "year")]
    assert stored(mobile) == [("mobile-engineer", None, 118000, 118000, "year")]


def test_a_city_ordinance_on_the_citys_own_host_is_that_citys():
    parsed = parse_results(
        {
            "title": "Laserfiche WebLink",
            "url": "https://documents.redwoodcity.org/WebLink/DocView.aspx?id=12345",
            "content": "SECTION 4. For the officers appointed by the Council, the following "
            "monthly salary ranges are established:\n\n(a) The City Clerk shall receive a "
            "monthly salary rate established within a range of $1,213 to $1,650.\n\n"
            "(b) The City Controller shall receive a monthly salary rate established within "
            "a range of $1,800 to $2,400.",
        }
    )

    assert stored(parsed) == [
        ("city-clerk", "city:US-CA-redwood-city", 1213, 1650, "month"),
        ("financial-manager", "city:US-CA-redwood-city", 1800, 2400, "month"),
    ]


def test_the_laws_minimum_or_living_wage_named_before_a_figure_is_no_jobs_pay():
    parsed = parse_results(
        {
            "title": "Marketing interns are among the worst paid",
            "url": "https://www.example-news.co.uk/marketing-interns-pay",
            "content": "The average monthly wage for an intern in marketing is £800. "
            "This is below the national living wage. This statutory figure, which applies "
            "to staff aged 25 and over, is currently £8.72 an hour, or about £1,327 a month. "
            "The minimum wage, for people aged under 25, is £8.20 an hour. Employers are "
            "urged to pay at least the London Living Wage (currently £10.85 an hour).",
        }
    )

    assert stored(parsed) == [("marketing-intern", "country:GB", 800, 800, "month")]


def test_a_spokesperson_quoted_on_a_figure_says_it_and_is_not_whose_pay_it_is():
    parsed = parse_results(
        {
            "title": "Acme raises hourly wages for warehouse workers",
            "url": "https://www.example-news.com/business/acme-wages",
            "content": "An Acme spokesperson told Reuters that the company's starting wage "
            "for hourly employees in the United States is $17 an hour.",
        }
    )

    assert stored(parsed) == [("warehouse-associate", "country:US", 17, 17, "hour")]
