"""Pages that fit no layout the ingest knows: a figure whose own words name another job
plainly keeps that job, a title that is a job's name and nothing more names the page's
job, a job named by what is done ("truck driving jobs"), a list whose lead-in states the
period, a list item's label that is a job's name alone. The seventeenth round's failures
(bench/eval_documents.py, fresh batch d212-d223, and an older page's, d104)."""

from __future__ import annotations

from tests.store.ingest.test_ingest_rules import parse_results, stored


def test_a_figure_whose_words_name_another_job_plainly_keeps_that_job():
    parsed = parse_results(
        {
            "title": "Which trades pay best",
            "url": "https://www.example-trades.co.uk/which-trades-pay-best",
            "content": "Bricklayers are, on average, earning £29,400 a year. That is below "
            "the pay of carpenters, who earn an average of £30,100. Site managers "
            "have the highest average salary in the study.\n",
        }
    )

    # Before, both went to the site managers the page named strictly
    assert ("mason", "country:GB", 29400, 29400, "year") in stored(parsed)
    assert ("carpenter", "country:GB", 30100, 30100, "year") in stored(parsed)


def test_a_page_naming_its_job_by_the_driving_done_in_it_is_the_drivers():
    parsed = parse_results(
        {
            "title": "Good News for Drivers",
            "url": "https://www.example-fleet.com/blog/good-news-for-drivers",
            "content": "Where do bus driving jobs pay the most? Nevada has the highest annual "
            "mean wage of any state, $51,200.\n",
        }
    )

    # Before, the page named no job ("Drivers" alone is none) and stored nothing
    assert stored(parsed) == [("bus-driver", "state:US-NV", 51200, 51200, "year")]


def test_a_page_titled_by_a_jobs_name_alone_is_about_that_job():
    parsed = parse_results(
        {
            "title": "Village Engineer",
            "url": "https://www.example-municipal.org/listing/village-engineer-4/",
            "content": "Reports to the Village Manager and oversees road and drainage "
            "projects. This full-time position is non-union. Salary is $70K – $80K. "
            "Send a letter of interest and resume to the clerk.\n",
        }
    )

    # Before, the page "named no job title": no "salary" in its title, no catalog job in it
    assert stored(parsed) == [("village-engineer", None, 70000, 80000, "year")]


def test_a_ranked_lists_lead_in_gives_its_items_the_period_it_names():
    parsed = parse_results(
        {
            "title": "Where Opticians Do Best",
            "url": "https://www.example-optics.com/where-opticians-do-best",
            "content": "Optician pay varies a lot between states.\n\n"
            "Here are the top-3 states in order of median hourly incomes for opticians:\n\n"
            "  1. Vermont – 31.20\n  2. Oregon – $29.75\n  3. Maine – $28.10\n",
        }
    )

    # Before, the items had no period: the lead-in has no word for pay, and the first
    # item's lost "$" hid it from the items after
    assert sorted(stored(parsed)) == [
        ("optician", "state:US-ME", 28.10, 28.10, "hour"),
        ("optician", "state:US-OR", 29.75, 29.75, "hour"),
    ]


def test_a_list_items_label_that_is_a_jobs_name_alone_names_that_job():
    parsed = parse_results(
        {
            "title": "Software Engineer Salary and Other Jobs",
            "url": "https://www.example-hiring.com/blog/software-engineer-salary",
            "content": "Average salary by job type. Here is how it breaks down.\n\n"
            "  • Software Engineer. $95,000 a year\n  • Accountant. $61,000 a year\n",
        }
    )

    # Before, "Accountant." (one everyday word, read strictly as running text) was
    # "labelled 'Accountant.', not Software Engineer" and skipped
    assert ("accountant", None, 61000, 61000, "year") in stored(parsed)
