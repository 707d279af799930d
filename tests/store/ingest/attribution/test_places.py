"""Which place in the US a figure on a real-looking page is filed under: the failures
bench/eval_documents.py found (its dev pages and fresh batches). Which country a page or
its money names, and what a page's address says, are in test_countries.py."""

from __future__ import annotations

from tests.store.ingest.test_ingest_rules import parse_results, stored


def test_a_page_that_opens_on_two_places_side_by_side_is_about_neither():
    parsed = parse_results(
        {
            "title": "What a First-Year Welder Earns",
            "url": "https://www.example-trades.com/first-year-welder",
            "content": "First-year welders earn more in Alaska and in Houston, TX.\n\n"
            "The average welder salary is $48,000 a year.",
        }
    )

    assert stored(parsed) == [("welder", None, 48000, 48000, "year")]


def test_on_a_national_page_or_one_of_no_place_a_sentence_naming_a_place_files_it_there():
    national = parse_results(
        {
            "title": "Welder Salary in the United States",
            "url": "https://www.example-trades.com/welder-salary-us",
            "content": "The average welder salary is $48,000 a year. "
            "Welders in the Seattle area make $31 an hour.",
        }
    )
    placeless = parse_results(
        {
            "title": "Welder Salary Guide",
            "url": "https://www.example-trades.com/welder-salary-guide",
            "content": "Welders earn most in Alaska and in Houston, TX. "
            "Welders in Texas earn $24 an hour. Welders in Ohio make $26 an hour.",
        }
    )

    assert stored(national) == [
        ("welder", "country:US", 48000, 48000, "year"),
        ("welder", "metro:US-seattle-wa", 31, 31, "hour"),  # "the Seattle area"
    ]
    assert stored(placeless) == [
        ("welder", "state:US-TX", 24, 24, "hour"),
        ("welder", "state:US-OH", 26, 26, "hour"),
    ]


def test_each_figure_of_a_sentence_takes_the_place_its_own_words_name():
    parsed = parse_results(
        {
            "title": "Welder Salary Guide",
            "url": "https://www.example-trades.com/welder-pay-by-state",
            "content": "Welders earn most in Alaska and in Houston, TX.\n\n"
            "Yearly pay varied most in the South, where welders earned the highest "
            "salaries, $67,000, in Washington, D.C., and the lowest, $33,000, in Mississippi. "
            "Welders in Ohio earn $24 an hour, and in Oregon $27 an hour.",
        }
    )

    assert stored(parsed) == [
        ("welder", "city:US-DC-washington", 67000, 67000, "year"),
        ("welder", "state:US-MS", 33000, 33000, "year"),
        ("welder", "state:US-OH", 24, 24, "hour"),
        ("welder", "state:US-OR", 27, 27, "hour"),
    ]


def test_a_ranked_list_files_each_items_figures_under_the_place_heading_it():
    parsed = parse_results(
        {
            "title": "Best cities for a welder/fabricator",
            "url": "https://www.example-careers.com/welder/best-cities",
            "content": "The best cities for welders are Tulsa, OK, Wichita, KS and Omaha, NE.\n"
            "1. Tulsa, OK\n"
            "Total welder/fabricator jobs: 12 Average annual salary: $46,100 2. Wichita, KS\n"
            "Total welder/fabricator jobs: 9 Average annual salary: $44,800\n"
            "3) Omaha, NE - $45,300 a year",
        }
    )

    # Flattened to text, an item's heading ends the line above its figures.
    assert stored(parsed) == [
        ("welder", "city:US-OK-tulsa", 46100, 46100, "year"),
        ("welder", "city:US-KS-wichita", 44800, 44800, "year"),
        ("welder", "city:US-NE-omaha", 45300, 45300, "year"),
    ]  # and "welder/fabricator" is a welder: a slash's second name is the same job's


def test_a_numbered_list_of_steps_or_roles_gives_no_place():
    parsed = parse_results(
        {
            "title": "Welder Salary in Tulsa, OK",
            "url": "https://www.example-careers.com/welder/tulsa-ok",
            "content": "How welders in Tulsa, OK get paid more:\n"
            "1. Earn a certification\n"
            "Certified welders make $52,000 a year.",
        }
    )

    assert stored(parsed) == [("welder", "city:US-OK-tulsa", 52000, 52000, "year")]


def test_a_salary_titles_place_may_follow_its_pay_word_with_no_in():
    parsed = parse_results(
        {
            "title": "Data Scientist Salary Chicago 2026 | $119,790 Average",
            "url": "https://www.example-salaries.com/data-scientist-salary-chicago-2026",
            "content": "The $119,790 annual mean salary positions the city well.",
        },
        {
            "title": "Data Scientist Salary Guide",
            "url": "https://www.example-salaries.com/data-scientist-salary-guide",
            "content": "Data scientists earn $100,560 a year.",
        },
    )

    assert stored(parsed) == [
        ("data-scientist", "city:US-IL-chicago", 119790, 119790, "year"),
        ("data-scientist", None, 100560, 100560, "year"),
    ]


def test_a_ranked_lists_item_files_its_figure_under_the_city_it_names_within_its_state():
    parsed = parse_results(
        {
            "title": "The highest-paying metros for nurse practitioners",
            "url": "https://www.example-news.com/highest-paying-metros-nurse-practitioners",
            "content": "Salaries of nurse practitioners by metro area:\n\n"
            "16. Springfield (Ohio): $133,850\n\n"
            "23. Sacramento-Roseville-Arden-Arcade (Calif.): $130,040\n\n"
            "24. Ohio (nonmetropolitan): $120,000",
        }
    )

    assert stored(parsed) == [
        ("nurse-practitioner", "city:US-OH-springfield", 133850, 133850, "year"),
        ("nurse-practitioner", "city:US-CA-sacramento", 130040, 130040, "year"),
        ("nurse-practitioner", "state:US-OH", 120000, 120000, "year"),
    ]


def test_a_national_heading_files_the_figure_under_it_in_the_whole_country():
    parsed = parse_results(
        {
            "title": "The highest-paying metros for nurse practitioners",
            "url": "https://www.example-news.com/nurse-practitioners-by-metro",
            "content": "#6. Nurse practitioners\nJackson, TN\n"
            "- Annual mean salary: $86,480\n- Employment: 230\n"
            "National\n- Annual mean salary: $114,510\n- Employment: 211,280\n",
        }
    )

    assert stored(parsed) == [
        ("nurse-practitioner", "city:US-TN-jackson", 86480, 86480, "year"),
        ("nurse-practitioner", "country:US", 114510, 114510, "year"),
    ]


def test_a_place_owning_a_clauses_subject_files_that_clauses_figure_there():
    uk = parse_results(
        {
            "title": "Marketing manager pay in the UK",
            "url": "https://www.example-business.com/marketing-managers-pay",
            "content": "A survey of pay for marketing managers.\n\nCentral Glasgow's marketing "
            "managers receive an average salary of £38,200, below the best paid managers "
            "in East Anglia, who earn £45,400.",
        }
    )
    police = parse_results(
        {
            "title": "Police Officer Salary",
            "url": "https://www.example-careers.com/police-officer-pay",
            "content": "Police officers are paid by their city. Chicago officers earn $72,000 "
            "a year.",
        }
    )

    assert [(o.place_key, o.min_amount) for o in uk.observations + police.observations] == [
        ("city:GB-glasgow", 38200),
        ("country:GB", 45400),
        ("city:US-IL-chicago", 72000),
    ]


def test_a_bulleted_items_label_naming_a_place_files_its_figure_there():
    parsed = parse_results(
        {
            "title": "Registered Nurse in Boston, MA",
            "url": "https://www.example-careers.com/registered-nurse-boston-ma",
            "content": "Registered nurses in Boston earn $89,000 a year.\n"
            "Comparison to other cities:\n"
            "- Worcester: Median ~$80,000 a year\n"
            "- Barnstable (Cape Cod): Median ~$84,000 a year\n"
            "- National Average: $86,000 a year\n"
            "- Charge Nurse: $95,000 a year\n",
        }
    )

    assert [(o.place_key, o.min_amount) for o in parsed.observations] == [
        ("city:US-MA-boston", 89000),
        ("city:US-MA-worcester", 80000),
        ("city:US-MA-barnstable", 84000),
        ("country:US", 86000),
        ("city:US-MA-boston", 95000),
    ]


def test_a_government_or_agency_named_by_its_place_places_the_pay_it_states():
    posting = parse_results(
        {
            "title": "Police Officer",
            "url": "https://www.example-policejobs.com/listing?id=34117",
            "content": "Police Officer\nPolice Force:City of Salinas\nLocation:Central Coast\n"
            "Salary: $5,877.00 - $7,501.00 Monthly",
        }
    )
    guide = parse_results(
        {
            "title": "Police Officer Pay in the United States",
            "url": "https://www.example-careers.com/police-officer-pay",
            "content": "Police officers earn a median $65,000 a year. Some large departments, "
            "such as the Los Angeles Police Department, pay officers salaries that range "
            "from $45,226 to $48,880 in the academy. Its state of the art academy trains "
            "officers, who earn $50,000 a year after it.",
        }
    )

    assert stored(posting) == [("police-officer", "city:US-CA-salinas", 5877, 7501, "month")]
    assert stored(guide) == [
        ("police-officer", "country:US", 65000, 65000, "year"),
        ("police-officer", "city:US-CA-los-angeles", 45226, 48880, "year"),
        ("police-officer", "country:US", 50000, 50000, "year"),
    ]


def test_a_place_written_in_capitals_after_in_files_its_figure_there():
    parsed = parse_results(
        {
            "title": "Administrative Assistant Salaries in the United States",
            "url": "https://www.example-staffing.com/blog/admin-salaries",
            "content": "Administrative assistants earn $35,000 to $60,000 a year. A senior "
            "administrative assistant at a large company in NYC can earn $95,000 a year.",
        }
    )

    assert stored(parsed) == [
        ("administrative-assistant", "country:US", 35000, 60000, "year"),
        ("senior-administrative-assistant", "city:US-NY-new-york-city", 95000, 95000, "year"),
    ]


def test_a_stories_dateline_alone_does_not_place_it():
    national = parse_results(
        {
            "title": "MENLO PARK, CA -- Office salaries will stabilize in 2003.",
            "url": "https://news.example-staffing.com/releases/759",
            "content": "MENLO PARK, CA -- Office salaries will stabilize in 2003. Health care "
            "administrators will see starting pay of $31,250 to $41,500 annually.",
        }
    )
    local = parse_results(
        {
            "title": "JACKSONVILLE, Fla. - Cashier jobs at a grocer",
            "url": "https://www.example-news.com/money/jobs/63",
            "content": "JACKSONVILLE, Fla. - A grocer is hiring cashiers at its stores in "
            "Jacksonville, FL. Cashiers start at $12 - $16 per hour.",
        }
    )

    assert stored(national) == [("healthcare-administrator", None, 31250, 41500, "year")]
    assert stored(local) == [("cashier", "city:US-FL-jacksonville", 12, 16, "hour")]


def test_the_state_of_a_place_in_running_text_places_its_figure():
    # Lower case, "the state of Oregon" is the place, not its government; the national
    # average after the figure is what it is compared with.
    parsed = parse_results(
        {
            "title": "Welder Salaries By State",
            "url": "https://blog.example.com/welder-salaries",
            "content": "In 2024 the average welder in the United States earns $48,000 a "
            "year.\n\nFor example, the state of Oregon pays welders an average of $55,200 "
            "a year, roughly 15% higher than the national average.",
        }
    )

    assert stored(parsed) == [
        ("welder", "country:US", 48000, 48000, "year"),
        ("welder", "state:US-OR", 55200, 55200, "year"),
    ]


def test_pay_restated_in_the_next_sentence_keeps_its_place():
    # "This works out to" restates the national figure, whatever the page's own place.
    parsed = parse_results(
        {
            "title": "Electrician Pay",
            "url": "https://blog.example.com/electrician-pay",
            "content": "Electricians in Tampa, FL are busy this year. In the United States, "
            "the median electrician earns $60,240 a year. This yearly amount works out to "
            "about $28.96 an hour.",
        }
    )

    assert stored(parsed) == [
        ("electrician", "country:US", 60240, 60240, "year"),
        ("electrician", "country:US", 28.96, 28.96, "hour"),
    ]


def test_a_lower_case_part_of_a_state_names_the_state():
    parsed = parse_results(
        {
            "title": "Welder pay",
            "url": "https://forum.example.com/t/welder-pay-1234/",
            "content": "I started as a welder at a shipyard in upstate New York and get paid "
            "$21.50/hr. My cousin welds in rural Maine for $19/hr.",
        }
    )

    assert stored(parsed) == [
        ("welder", "state:US-NY", 21.5, 21.5, "hour"),
        ("welder", "state:US-ME", 19.0, 19.0, "hour"),
    ]


def test_a_salary_schedule_titled_by_its_state_is_that_states():
    rows = "\n".join(
        f"{step} $ {50 + step},000 $ {52 + step},500 $ {55 + step},250" for step in range(1, 5)
    )
    parsed = parse_results(
        {
            "title": "Oregon Teacher Salary Schedule",
            "url": "https://careers.example.org/benefits-salary/",
            "content": f"Oregon Teacher Salary Schedule\n\n2024-25\n\nStep\n{rows}",
        }
    )

    assert stored(parsed) == [("teacher", "state:US-OR", 51000, 59250, "year")]


def test_a_sentence_pairing_places_and_figures_in_order_files_each_at_its_place():
    parsed = parse_results(
        {
            "title": "Welders make more than $60K in five metros",
            "url": "https://news.example.com/welders-metros",
            "content": "The typical welder in the United States is paid $48,000 per year.\n\n"
            "That includes small markets such as Casper, Wyoming, and Odessa, Texas, where "
            "the average annual pay for welders is $71,200 and $64,900, respectively.\n\n"
            "And large metros such as Houston, Seattle and Denver, with corresponding "
            "averages of $62,300, $66,100 and $61,500.",
        }
    )

    assert stored(parsed) == [
        ("welder", "country:US", 48000, 48000, "year"),
        ("welder", "city:US-WY-casper", 71200, 71200, "year"),
        ("welder", "city:US-TX-odessa", 64900, 64900, "year"),
        ("welder", "city:US-TX-houston", 62300, 62300, "year"),
        ("welder", "city:US-WA-seattle", 66100, 66100, "year"),
        ("welder", "city:US-CO-denver", 61500, 61500, "year"),
    ]


def test_a_figure_said_to_hold_in_a_count_of_places_is_no_places_pay():
    parsed = parse_results(
        {
            "title": "Welders make more than $60K in seven metros",
            "url": "https://news.example.com/welders-seven-metros",
            "content": "Welders make more than $60K in seven metros\n\n"
            "The typical welder in the United States is paid $48,000 per year. The BLS "
            "lists welders' pay in 212 markets, including seven where the annual norm is "
            "$60,000 or greater. In Texas, welders make $51,000 a year.",
        }
    )

    assert stored(parsed) == [
        ("welder", "country:US", 48000, 48000, "year"),
        ("welder", "state:US-TX", 51000, 51000, "year"),
    ]
