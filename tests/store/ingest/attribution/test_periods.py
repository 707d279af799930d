"""Which period a figure on a real-looking page is read in, and which lone amounts are kept:
the failures bench/eval_documents.py found (its dev pages and fresh batches)."""

from __future__ import annotations

from tests.store.ingest.test_ingest_rules import parse_results, stored


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


def test_a_period_alone_on_the_line_below_its_amount_is_its_period():
    parsed = parse_results(
        {
            "title": "Wildlife Manager IV - State of Colorado",
            "url": "https://www.example-govjobs.com/job/wildlife-manager-iv",
            "content": "Wildlife Manager IV\n\nState of Colorado\n\nSalary\n\n$6,138 - $8,139\n\n"
            "per month\n\nCloses\n\nMarch 11, 2026",
        }
    )

    [posting] = parsed.postings
    assert stored(posting) == [("wildlife-manager", "state:US-CO", 6138, 8139, "month")]


def test_a_postings_hiring_range_of_hourly_size_is_hourly_pay():
    parsed = parse_results(
        {
            "title": "Patient Care Technician II - Inpatient",
            "url": "https://careers.example-health.org/job/patient-care-technician-ii",
            "content": "Patient Care Technician II - Inpatient\n\nExemption Status: Non-Exempt\n\n"
            "Hiring Range: $19.74 - $30.80\n\nPlease note that the final offer may vary.",
        }
    )

    [posting] = parsed.postings
    assert stored(posting) == [("cna", None, 19.74, 30.80, "hour")]


def test_a_salary_scale_one_cell_per_line_stores_its_span():
    # A district's scale saved as text: every cell a bare number on its own line.
    steps = "".join(
        f"{step} |\n{base + 1_000 * step:,} |\n{base + 4_000 + 1_000 * step:,} |\n"
        for step, base in ((n, 46_000) for n in range(1, 11))
    )
    parsed = parse_results(
        {
            "title": "Teacher Salary Scale 2024-25",
            "url": "https://district.example.org/hr/teacher-salary-scale",
            "content": "Teacher Salary Scale 2024-25\n190 Day Contract\nStep |\nBachelors |\n"
            "Masters |\n" + steps + "* Step numbers are not years of service.",
        }
    )

    assert [(o.role, o.min_amount, o.max_amount, o.period) for o in parsed.observations] == [
        ("teacher", 47_000, 60_000, "year")
    ]
