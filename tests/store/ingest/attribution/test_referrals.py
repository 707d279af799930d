"""Whose figure it is when its words name no job of their own (a pronoun pointing back to
the job named a sentence before, a pay table's statistic rows, another job's trainee
positions), and where a page that names places side by side is. The twelfth round's
failures (bench/eval_documents.py, fresh batch d170-d181, and the eleventh round's
leftovers)."""

from __future__ import annotations

from tests.store.ingest.test_ingest_rules import parse_results, stored


def test_a_pronouns_figure_is_the_job_the_sentence_before_names_not_the_pages():
    parsed = parse_results(
        {
            "title": "Machinist Salary Guide",
            "url": "https://www.example-careers.com/machinist-salary",
            "content": "Machinists earn a median salary of $48,000 a year.\n\n"
            "Some shops train their own staff. If you go on to study and become a "
            "mechanical engineer, the pay jumps. You can start at $70,000 a year.\n",
        }
    )

    # Before, the $70,000 went to the page's machinists
    assert stored(parsed) == [
        ("machinist", None, 48000, 48000, "year"),
        ("mechanical-engineer", None, 70000, None, "year"),
    ]


def test_a_figure_whose_sentence_has_its_own_subject_keeps_the_pages_job():
    parsed = parse_results(
        {
            "title": "Machinist Salary Guide",
            "url": "https://www.example-careers.com/machinist-salary",
            "content": "Machinists often work beside mechanical engineers on the shop "
            "floor. Experienced machinists can earn $60,000 a year.\n",
        }
    )

    assert stored(parsed) == [("machinist", None, 60000, 60000, "year")]


def test_a_pay_tables_statistic_rows_are_the_pages_jobs_pay():
    parsed = parse_results(
        {
            "title": "Dental Hygienists in Tulsa, OK",
            "url": "https://www.example-wages.com/dental-hygienists/tulsa_ok",
            "content": "Dental hygienists clean teeth and examine patients.\n"
            "Annual Pay Distribution | Salary |\n---|---|\n"
            "10th percentile | $61,200.00 |\nmedian (50th percentile) | $82,400.00 |\n"
            "90th percentile | $101,300.00 |\n",
        }
    )

    # Before, each row was skipped as "a table row about 'median (50th percentile)'"
    assert sorted(stored(parsed)) == [
        ("dental-hygienist", "city:US-OK-tulsa", 61200, 61200, "year"),
        ("dental-hygienist", "city:US-OK-tulsa", 82400, 82400, "year"),
        ("dental-hygienist", "city:US-OK-tulsa", 101300, 101300, "year"),
    ]


def test_another_jobs_trainee_positions_are_that_jobs_trainee_not_the_pages():
    parsed = parse_results(
        {
            "title": "Grocer hiring in Toledo: stocker positions and more",
            "url": "https://www.example-news.com/grocer-hiring-toledo",
            "content": "The grocer is hiring in Toledo, Ohio. Openings include stocker "
            "positions that pay $13 per hour, and manager trainee positions that pay "
            "$21 per hour.\n",
        }
    )

    # Before, the $21 went to a stocker in training ("trainee positions" read as a level)
    assert stored(parsed) == [
        ("stocker", "city:US-OH-toledo", 13, 13, "hour"),
        ("manager-intern", "city:US-OH-toledo", 21, 21, "hour"),
    ]


def test_the_country_named_in_passing_beside_a_city_leaves_the_page_at_the_city():
    parsed = parse_results(
        {
            "title": "Hiring event this Saturday",
            "url": "https://www.example-news.com/hiring-event",
            "content": "One of America's favorite grocers is hiring store associates for "
            "its stores in Denver. Store associates earn $16 per hour.\n",
        }
    )

    # Before, "America's" placed the page, and its figure, at the country
    assert stored(parsed) == [("retail-associate", "city:US-CO-denver", 16, 16, "hour")]


def test_two_towns_of_one_metro_side_by_side_place_the_page_at_the_metro():
    parsed = parse_results(
        {
            "title": "Warehouse hiring event",
            "url": "https://www.example-news.com/warehouse-hiring",
            "content": "A distributor is hiring at its sites in Chicago and Gary, Indiana. "
            "Warehouse associates earn $19 per hour.\n",
        }
    )

    # Before, the two places left the page with no place
    assert stored(parsed) == [("warehouse-associate", "metro:US-chicago-il", 19, 19, "hour")]


def test_a_forum_posts_one_word_job_written_as_a_person_names_its_figures_job():
    parsed = parse_results(
        {
            "title": "Re: what the chains pay",
            "url": "https://www.example-forum.com/threads/what-the-chains-pay.123/",
            "content": "Spoke to a female pharmacist who was earning $31 per hour at one of "
            "the discount chains. Not worth the degree.\n\n"
            "Down the road cashiers make $12 an hour.\n",
        }
    )

    # Before, nothing: running text reads one-word jobs from the occupations' names
    # ("pharmacist", "cashier") only in titles
    assert stored(parsed) == [
        ("pharmacist", None, 31.0, 31.0, "hour"),
        ("cashier", None, 12.0, 12.0, "hour"),
    ]


def test_a_one_word_job_not_written_as_a_person_names_nothing():
    parsed = parse_results(
        {
            "title": "Re: what the chains pay",
            "url": "https://www.example-forum.com/threads/what-the-chains-pay.123/",
            "content": "Our business model has to change. We cook at home now, and the "
            "chain wants $31 per hour for delivery.\n",
        }
    )

    assert stored(parsed) == []


def test_you_and_a_job_before_a_pay_verb_is_that_jobs_figure_not_the_one_named_above():
    parsed = parse_results(
        {
            "title": "Working in the trades",
            "url": "https://www.example-blog.com/2016/04/trades",
            "content": "I am an Electrician and Instrumentation Technician by trade. "
            "You average Plumber will earn anywhere from 22-30 dollars an hour.",
        }
    )

    # Before, the figure was the instrumentation technician's named a sentence before
    assert stored(parsed) == [("plumber", None, 22, 30, "hour")]


def test_a_figure_earned_as_a_job_named_right_after_it_is_that_jobs():
    parsed = parse_results(
        {
            "title": "Working in the trades",
            "url": "https://www.example-blog.com/2016/04/trades-pay",
            "content": "I am an Electrician and Instrumentation Technician by trade. "
            "With 7 years of experience I gross around 95k a year as a licensed "
            "Industrial Maintenance Technician.",
        }
    )

    # Before, it was skipped: its sentence named a job other than the page's
    assert stored(parsed) == [("industrial-mechanic", None, 95000, 95000, "year")]
