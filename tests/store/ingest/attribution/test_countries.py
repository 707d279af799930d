"""Which country a figure on a real-looking page is filed in: its money, the country a
page is about or hosted in, US city names that are another country's namesakes, and the
place a page's address names when its words name none (failures bench/eval_documents.py
found)."""

from __future__ import annotations

from tests.store.ingest.test_ingest_rules import parse_results, stored


def test_pay_in_one_countrys_currency_on_a_page_of_no_place_is_that_countrys():
    parsed = parse_results(
        {
            "title": "What Marketing Interns Earn",
            "url": "https://www.example-news.com/marketing-intern-pay",
            "content": "The average monthly wage for a marketing intern is £800. "
            "Marketing interns at agencies earn €1,100 a month.",
        }
    )

    assert stored(parsed) == [
        ("marketing-intern", "country:GB", 800, 800, "month"),
        ("marketing-intern", None, 1100, 1100, "month"),  # the euro names no one country
    ]


def test_a_bare_dollar_filed_in_a_country_with_its_own_dollar_is_that_countrys():
    parsed = parse_results(
        {
            "title": "Registered Nurse Salary Canada",
            "url": "https://www.example-careers.com/registered-nurse-canada",
            "content": "Registered nurses in Canada earn $75,000 – $95,000 a year. "
            "In Calgary, registered nurses earn $46.39 per hour. "
            "Agency nurses quote US$60 per hour.",
        }
    )

    assert [(o.place_key, o.min_amount, o.currency) for o in parsed.observations] == [
        ("country:CA", 75000, "CAD"),
        ("city:CA-calgary", 46.39, "CAD"),
        ("country:CA", 60, "USD"),
    ]


def test_on_a_page_of_no_place_dollars_called_national_are_the_us():
    parsed = parse_results(
        {
            "title": "Dental Hygienist Salary Guide",
            "url": "https://www.example-careers.com/dental-hygienist-guide",
            "content": "The national average dental hygienist salary is $81,360 a year. "
            "Dental hygienists earn $38 an hour.",
        }
    )

    assert stored(parsed) == [
        ("dental-hygienist", "country:US", 81360, 81360, "year"),
        ("dental-hygienist", None, 38, 38, "hour"),
    ]


def test_a_us_city_named_on_a_page_about_another_country_is_that_countrys_namesake():
    parsed = parse_results(
        {
            "title": "Truck Driver pay in Canada",
            "url": "https://www.example-immigration.ca/truck-driver-pay-in-canada",
            "content": "What truck drivers earn in Canada, province by province.\n\n"
            "Annual trucking salaries in the Vancouver area are $58,000 a year. "
            "Drivers based in Ontario earn $52,000 a year.",
        }
    )

    assert [(o.role, o.place_key, o.min_amount, o.currency) for o in parsed.observations] == [
        ("truck-driver", "city:CA-vancouver", 58000, "CAD"),
        ("truck-driver", "country:CA", 52000, "CAD"),
    ]


def test_a_page_whose_words_name_no_place_is_filed_at_the_place_its_address_names():
    def filed_at(url: str) -> list[tuple]:
        page = {
            "title": "Section 2.40. Compensation",
            "url": url,
            "content": "A building inspector is paid $52,000 per year.",
        }
        return [(o.place_key, o.currency) for o in parse_results(page).observations]

    assert filed_at("https://library.example-codes.com/codes/columbus_oh/latest/2-40") == [
        ("city:US-OH-columbus", "USD")
    ]
    assert filed_at("https://ca.example-careers.co/pay/building-inspectors") == [
        ("country:CA", "CAD")
    ]
    # a UK host quoting dollars only is about dollars earned elsewhere
    assert filed_at("https://www.example-trades.co.uk/building-inspector-pay") == [(None, "USD")]
    # a state government's host, and a city and state run together where the path
    # spells the city out again (a code library's layout)
    assert filed_at("https://dps.alaska.gov/jobs/inspector-pay") == [("state:US-AK", "USD")]
    assert filed_at("https://www.dir.ca.gov/jobs/inspector-pay") == [("state:US-CA", "USD")]
    assert filed_at("https://library.example-codes.com/codes/columbusoh/latest/Columbus/2-40") == [
        ("city:US-OH-columbus", "USD")
    ]
    # but not a segment that merely ends in a state's code, nor a .gov host naming none
    assert filed_at("https://www.example.com/codes/salaryguide/latest/2-40") == [(None, "USD")]
    assert filed_at("https://www.bls.gov/ooh/inspectors") == [(None, "USD")]


def test_a_us_city_named_by_a_page_on_another_countrys_host_is_that_countrys_namesake():
    parsed = parse_results(
        {
            "title": "Ontario Electrician Salaries: How Much Can You Make?",
            "url": "https://blog.example-college.ca/trades/ontario-electrician-salaries",
            "content": "The median wage for electricians is $34 per hour in Ontario. "
            "The average wage in Toronto is $36.50 per hour.",
        }
    )

    assert [(o.place_key, o.min_amount, o.currency) for o in parsed.observations] == [
        ("country:CA", 34, "CAD"),
        ("city:CA-toronto", 36.5, "CAD"),
    ]


def test_a_figure_paid_in_a_money_one_other_country_holds_is_filed_in_that_country():
    parsed = parse_results(
        {
            "title": "Data Analyst Salary: What You Can Earn",
            "url": "https://www.example-careers.com/data-analyst-salary",
            "content": "Data analyst pay at a glance:\n"
            "- Starting salary: ₹4–6 LPA | Mid-level: ₹10–16 LPA | US average: $95,000/year\n",
        }
    )

    assert [(o.place_key, o.min_amount, o.currency) for o in parsed.observations] == [
        ("country:IN", 400000, "INR"),
        ("country:IN", 1000000, "INR"),
        ("country:US", 95000, "USD"),
    ]


def test_a_shared_money_on_a_page_about_another_country_is_filed_at_no_place():
    parsed = parse_results(
        {
            "title": "Welder Salary in the United States",
            "url": "https://www.example-trades.com/welder-salary",
            "content": "In the United States, welders earn $48,000 a year. "
            "Salaries in Europe range from €30,000 to €42,000 a year.",
        }
    )

    assert stored(parsed) == [
        ("welder", "country:US", 48000, 48000, "year"),
        ("welder", None, 30000, 42000, "year"),
    ]
