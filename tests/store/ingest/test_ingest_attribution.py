"""Whose figure is it on a real-looking page: the failures bench/eval_documents.py found."""

from __future__ import annotations

from tests.store.ingest.test_ingest_rules import parse_results, stored


def test_a_level_label_may_name_the_job_in_the_pages_own_words():
    parsed = parse_results(
        {
            "title": "Graphic Designer Salary in Peoria, IL",
            "url": "https://www.example-careers.com/graphic-designer/peoria-il",
            "content": "Graphic designer salaries by experience:\n"
            "Entry-level designer (0-2 years of agency work): $38,000 - $47,000\n"
            "Senior Designer 5-10 years $65,000 - $80,000\n"
            "Senior Accountant $90,000 per year",
        }
    )

    assert stored(parsed) == [
        ("entry-level-graphic-designer", "city:US-IL-peoria", 38000, 47000, "year"),
        ("senior-graphic-designer", "city:US-IL-peoria", 65000, 80000, "year"),
    ]  # the accountant's figure is not the designer's; read loosely, it is skipped
    assert [s.reason for s in parsed.skipped] == [
        "labelled 'Senior Accountant', not Graphic Designer"
    ]


def test_pay_restated_in_another_period_keeps_the_row_label_of_the_figure_before_it():
    parsed = parse_results(
        {
            "title": "Plumber Salary Guide",
            "url": "https://www.example-trades.com/plumber-salary",
            "content": "What plumbers earn, by experience and by state:\n\n"
            "Senior plumber (8+ years): $45-$60/hour ($94,000-$125,000 annually)\n\n"
            "Oregon: $42-$55/hour ($87,000-$114,000 annually). Portland pays most.\n\n"
            "Plumbers earn $30 an hour, or $62,400 a year.",
        }
    )

    assert stored(parsed) == [
        ("senior-plumber", None, 45, 60, "hour"),
        ("senior-plumber", None, 94000, 125000, "year"),
        ("plumber", "state:US-OR", 42, 55, "hour"),
        ("plumber", "state:US-OR", 87000, 114000, "year"),
        ("plumber", None, 30, 30, "hour"),
        ("plumber", None, 62400, 62400, "year"),
    ]


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
        ("welder", "city:US-WA-seattle", 31, 31, "hour"),
    ]
    assert stored(placeless) == [
        ("welder", "state:US-TX", 24, 24, "hour"),
        ("welder", "state:US-OH", 26, 26, "hour"),
    ]


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


def test_a_summary_cards_figure_under_a_pay_label_is_kept_and_a_charts_axis_is_not():
    parsed = parse_results(
        {
            "title": "Welder in Tulsa, OK",
            "url": "https://www.example-careers.com/welder/tulsa-ok",
            "content": "Home / Careers / Tulsa\n\nWelder in Tulsa, OK\n\n"
            "Median Salary\n\n$48,210\n\nAbove National Avg\n\n"
            "Salary distribution\n\n$30,000\n\n$50,000\n\n$70,000",
        }
    )

    assert stored(parsed) == [("welder", "city:US-OK-tulsa", 48210, 48210, "year")]
    assert [s.what.split(": ", 1)[1] for s in parsed.skipped] == ["$30,000", "$50,000", "$70,000"]


def test_a_figure_restated_in_another_period_takes_the_period_the_sizes_agree_on():
    parsed = parse_results(
        {
            "title": "Welder Salary Guide",
            "url": "https://www.example-trades.com/welder-salary",
            "content": "Welders in the survey came in at $53,030, or $25.50 per hour. "
            "Some shops quote $900, or $25.50 per hour, for a short week.",
        }
    )

    # 2,080 hours of $25.50 is $53,040; $900 fits no period of $25.50 an hour (stated
    # twice, the hourly rate is stored once).
    assert stored(parsed) == [
        ("welder", None, 53030, 53030, "year"),
        ("welder", None, 25.5, 25.5, "hour"),
    ]


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


def test_a_wage_tables_annual_figure_beside_the_same_pay_hourly_is_not_bare():
    parsed = parse_results(
        {
            "title": "Human Resources Managers: Occupational Wages",
            "url": "https://www.example-statistics.gov/oes/human-resources-managers",
            "content": "Employment estimate and mean wage estimates:\n\n"
            "Employment\nMean hourly\nwage\nMean annual\nwage\n"
            "136,310 0.6 % $59.38 $123,510 0.3 %\n\n"
            "Employment\nMean hourly\nwage\nMedian\nwage\n"
            "14,200 0.5 % $41.00 $99,000 0.4 %\n",
        }
    )

    assert stored(parsed) == [
        ("hr-manager", None, 59.38, 59.38, "hour"),
        ("hr-manager", None, 123510, 123510, "year"),
        ("hr-manager", None, 41, 41, "hour"),
    ]  # $99,000 is not $41.00 an hour for a year: nothing says what it is


def test_a_lone_amount_reads_with_the_short_pay_caption_under_it():
    parsed = parse_results(
        {
            "title": "Dental Hygienist Salary in Ohio",
            "url": "https://www.example-careers.com/dental-hygienist-ohio",
            "content": "Key figures\n\n$78,000\n\nAverage dental hygienist salary\n\n"
            "4.4%\n\nGrowth from last year\n\nChart\n$100,000\n$50,000\nSalary\n",
        }
    )

    assert stored(parsed) == [("dental-hygienist", "state:US-OH", 78000, 78000, "year")]
    assert [s.reason for s in parsed.skipped] == ["a bare amount; nothing says what it is"] * 2


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


def test_a_level_the_figures_own_words_give_the_pages_job_is_that_level():
    parsed = parse_results(
        {
            "title": "Product Designer Salary",
            "url": "https://www.example-careers.co.uk/product-designer/salary",
            "content": "A junior designer will often begin on a salary of £14,000 to £20,000. "
            "The most senior designers can earn £65,000 a year. "
            "Designers with a portfolio earn £30,000 a year; a design lead, £35,000.",
        }
    )

    assert stored(parsed) == [
        ("junior-product-designer", "country:GB", 14000, 20000, "year"),
        ("senior-product-designer", "country:GB", 65000, 65000, "year"),
        ("product-designer", "country:GB", 30000, 30000, "year"),
        ("product-designer", "country:GB", 35000, 35000, "year"),
    ]


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


def test_a_ranked_lists_items_take_their_period_from_the_line_that_introduces_the_list():
    parsed = parse_results(
        {
            "title": "Truck driver pay by state",
            "url": "https://www.example-trucking.com/truck-driver-pay-by-state",
            "content": "Here is how truck driver salaries rank by state, lowest first.\n"
            "3. Ohio: $43,990\n2. North Dakota: $53,020\n1. Alaska: $56,250\n\n"
            "And how much a truck costs by state:\n2. Ohio: $143,990\n1. Alaska: $156,250",
        }
    )

    assert stored(parsed) == [
        ("truck-driver", "state:US-OH", 43990, 43990, "year"),
        ("truck-driver", "state:US-ND", 53020, 53020, "year"),
        ("truck-driver", "state:US-AK", 56250, 56250, "year"),
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


def test_a_sentence_wrapped_across_fixed_width_lines_is_read_as_one():
    parsed = parse_results(
        {
            "title": "Occupational Employment and Wages, May 2012",
            "url": "https://www.example-statistics.gov/news.release/ocwage.htm",
            "content": "  --Several newly defined occupations earned high wages in May 2012.\n"
            "    Nurse anesthetists had an annual mean salary in May 2012\n"
            "    of $154,390, nurse practitioners, $91,450, and nurse midwives,\n"
            "    $91,070. Phlebotomists had employment of 100,380.\n",
        }
    )

    assert stored(parsed) == [
        ("nurse-anesthetist", None, 154390, 154390, "year"),
        ("nurse-practitioner", None, 91450, 91450, "year"),
        ("nurse-midwife", None, 91070, 91070, "year"),
    ]


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


def test_a_level_phrase_about_the_jobs_positions_gives_its_figure_that_level():
    parsed = parse_results(
        {
            "title": "Dental Hygienist Pay: What to Expect",
            "url": "https://www.example-careers.com/dental-hygienist-pay",
            "content": "Dental hygienists earn $70,000 to $80,000 per year for entry-level "
            "positions, $80,000 to $90,000 per year for mid-level positions and more later.\n"
            "Senior-level salaries can reach $95,000 to $110,000 per year.",
        }
    )

    assert stored(parsed) == [
        ("entry-level-dental-hygienist", None, 70000, 80000, "year"),
        ("dental-hygienist", None, 80000, 90000, "year"),
        ("senior-dental-hygienist", None, 95000, 110000, "year"),
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


def test_a_lists_bare_item_takes_the_period_the_item_above_it_states():
    parsed = parse_results(
        {
            "title": "Top employers of welders",
            "url": "https://www.example-trades.com/welder-pay-by-employer",
            "content": "Welders average $52,000 a year. Job boards list the top employers:\n\n"
            "  • Acme Fabrication – structural steel for bridges and towers – $31.40 an hour\n"
            "  • Bolt Works – pipeline construction and repair on the Gulf Coast – $29.75\n"
            "  • Coastal Yards – shipbuilding and repair of naval and cargo ships – $28.10\n"
            "1. Dock Co – Founded in 1950 by three brothers from the Gulf Coast – $27.20\n",
        }
    )

    assert stored(parsed) == [
        ("welder", None, 52000, 52000, "year"),
        ("welder", None, 31.40, 31.40, "hour"),
        ("welder", None, 29.75, 29.75, "hour"),
        ("welder", None, 28.10, 28.10, "hour"),
    ]  # an item of another list (numbered) takes no period from the bullets


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


def test_cadets_in_running_text_are_the_pages_job_in_training():
    parsed = parse_results(
        {
            "title": "What Firefighters Earn",
            "url": "https://www.example-careers.com/firefighter-pay",
            "content": "Firefighters train for months before they are sworn in. "
            "Cadets in Denver earn $41,000 a year, and sworn firefighters earn $68,000.",
        }
    )

    assert [(o.role, o.min_amount) for o in parsed.observations] == [
        ("firefighter-intern", 41000),
        ("firefighter", 68000),
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
