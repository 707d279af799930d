"""Pay mentioned in passing in the news: amounts said of hires or staff of many jobs at
once, or going on a sentence about another job, are no figure of the page's job. The
fourteenth round's fresh batch (bench/eval_documents.py, d194-d199), where the story's
first job took every figure the page had."""

from __future__ import annotations

from tests.store.ingest.test_ingest_rules import parse_results, stored


def test_pay_of_summer_hires_is_no_pay_of_a_job_the_story_names_first():
    parsed = parse_results(
        {
            "title": "Career fair at the convention center on Friday",
            "url": "https://www.example-news.com/news/career-fair-friday",
            "content": "Employers at the fair are hiring a night auditor, a pastry cook and "
            "front desk clerks.\n\nPay varies. Most employers say they will pay summer hires "
            "$11 or more per hour. About a third of the employers say they'll pay more than "
            "fifteen dollars per hour.\n\nA pastry cook at the hotel earns $16.50 an hour.\n",
        }
    )

    # Before, both amounts of hires at large were filed as the night auditor's floors
    assert stored(parsed) == [("baker", None, 16.5, 16.5, "hour")]


def test_new_hires_on_a_page_about_one_job_are_that_jobs():
    parsed = parse_results(
        {
            "title": "Warehouse Associate - Night Shift",
            "url": "https://www.example-jobs.com/postings/warehouse-associate-night",
            "content": "Pick, pack and ship orders in our fulfillment center. New hires are "
            "paid $18.50 per hour.\n",
        }
    )

    assert stored(parsed) == [("warehouse-associate", None, 18.5, 18.5, "hour")]


def test_what_public_safety_workers_currently_make_is_no_starting_pay():
    parsed = parse_results(
        {
            "title": "Council approves raises for police officers",
            "url": "https://www.example-news.com/council-approves-raises-for-police",
            "content": "The council passed a $2.1-billion budget on Wednesday. New police "
            "officers will start at a salary of $58,500. Public safety workers currently "
            "making more than $58,500 will get a four percent raise.\n",
        }
    )

    # Before, "more than $58,500" was stored as a floor of police pay
    assert stored(parsed) == [("police-officer", None, 58500.0, 58500.0, "year")]


def test_a_figure_going_on_another_jobs_sentence_is_not_the_pages_job():
    parsed = parse_results(
        {
            "title": "Budget hearing at the town hall",
            "url": "https://www.example-news.com/budget-hearing-town-hall",
            "content": "The budget adds pay for new hires in public safety.\nNew police "
            "officers will receive $49,800 next year.\nParamedics will receive $47,300 "
            "compared to the previous salary of $43,900.\n",
        }
    )

    # Before, the paramedics' old pay was filed as a police officer's
    assert (43900.0, 43900.0) not in {row[2:4] for row in stored(parsed)}
    assert ("police-officer", None, 49800.0, 49800.0, "year") in stored(parsed)


def test_a_salary_a_share_of_employers_pays_is_a_threshold_not_pay():
    parsed = parse_results(
        {
            "title": "Starting Nurse Pay Survey",
            "url": "https://www.example-union.org/research/starting-nurse-pay",
            "content": "The average starting registered nurse salary was $61,200 this year. "
            "A growing number of hospitals now have a starting nurse salary of at least "
            "$60,000. Still, 40% of rural hospitals have a starting nurse salary below "
            "$55,000.\n",
        }
    )

    # Before, both thresholds were stored as a floor and a cap of nurses' pay
    assert stored(parsed) == [("registered-nurse", None, 61200.0, 61200.0, "year")]
