"""Which level of its job a figure on a real-looking page is filed at: level labels in
the page's own words, level phrases, bulleted labels, cadets and trainees, and pay past
the training (failures bench/eval_documents.py found)."""

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


def test_a_trainee_word_right_after_the_jobs_own_word_is_the_job_in_training():
    police = parse_results(
        {
            "title": "Police Officer Pay in Denver, CO",
            "url": "https://www.example-city.gov/police/pay",
            "content": "Police recruits earn $52,000 a year while in the academy. "
            "We recruit officers all year, and sworn police officers earn $71,000 a year.",
        }
    )
    electricians = parse_results(
        {
            "title": "Electrician Salaries in Ohio",
            "url": "https://www.example-trades.com/ohio-electricians",
            "content": "The average wage for electrician apprentices in Ohio is $21.50 per hour. "
            "Licensed electricians earn $31 per hour.",
        }
    )

    assert [(o.role, o.min_amount) for o in police.observations] == [
        ("police-officer-intern", 52000),
        ("police-officer", 71000),
    ]
    assert [(o.role, o.min_amount) for o in electricians.observations] == [
        ("electrician-intern", 21.5),
        ("electrician", 31),
    ]


def test_a_figure_under_a_bulleted_label_naming_the_job_is_that_jobs_at_its_level():
    parsed = parse_results(
        {
            "title": "Starting Wages (base rate, without differentials)",
            "url": "https://dps.example.gov/recruit/pay",
            "content": "Starting Wages (base rate, without differentials)\n\n"
            "  • State Trooper Recruit\n    $30.24 per hour/$62,904 a year\n"
            "  • State Trooper Lateral\n    $32.56 per hour/$67,812 a year\n"
            "  • Benefits\n    $1,200 a year\n",
        }
    )

    assert [(o.role, o.min_amount) for o in parsed.observations] == [
        ("police-officer-intern", 30.24),
        ("police-officer-intern", 62904),
        ("police-officer", 32.56),
        ("police-officer", 67812),
    ]


def test_a_trainee_pages_figure_past_the_training_is_the_jobs_own():
    parsed = parse_results(
        {
            "title": "Pay & Benefits",
            "url": "https://joinpd.example.org/pay",
            "content": "Entry Level / Law Enforcement Trainee Pay\n\nLaw Enforcement Trainees earn "
            "$31.50 per hour while attending the Police Academy.\n\nPay After Graduation\n\n"
            "The starting salary after the academy is $88,000 a year, rising to $104,000 "
            "at Step 5.",
        }
    )

    assert stored(parsed) == [
        ("police-officer-intern", None, 31.5, 31.5, "hour"),
        ("police-officer", None, 88000, 88000, "year"),
        ("police-officer", None, 104000, 104000, "year"),
    ]
