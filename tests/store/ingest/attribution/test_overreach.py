"""Figures filed under a job or bound their words do not give them: a headline's verb read
as a job, a percentile's threshold read as a cap. The thirteenth round's fresh batch
(bench/eval_documents.py, d182-d193), where a wrong figure is worse than none."""

from __future__ import annotations

from tests.store.ingest.test_ingest_rules import parse_results, stored


def test_a_headlines_verb_after_to_is_no_job_when_the_title_names_one():
    parsed = parse_results(
        {
            "title": "County to host hiring event to fill 20 commercial driver positions",
            "url": "https://www.example-news.com/2019/03/town-hiring-event",
            "content": "The county is seeking licensed drivers for its road crews this year. "
            "The starting pay rate is $18.50 per hour.\n",
        }
    )

    # Before, the county's drivers were filed as restaurant hosts ("to host")
    assert stored(parsed) == [("truck-driver", None, 18.5, 18.5, "hour")]


def test_a_headline_naming_no_other_job_keeps_its_job_after_to():
    parsed = parse_results(
        {
            "title": "A guide to nurse pay",
            "url": "https://www.example-careers.com/guide-to-nurse-pay",
            "content": "Hospitals hire all year round. The starting pay rate is $38.00 per hour.\n",
        }
    )

    assert stored(parsed) == [("registered-nurse", None, 38.0, 38.0, "hour")]


def test_the_highest_groups_threshold_is_no_cap_of_the_jobs_pay():
    parsed = parse_results(
        {
            "title": "Dental Assistant Salary: What They Earn",
            "url": "https://www.example-careers.com/dental-assistant-salary",
            "content": "Dental assistants earned a median salary of $44,820 per year in 2023. "
            "Pay ran from as low as $35,200 for the lowest 10% to as high as $60,110 per "
            "year for the highest 10%.\n",
        }
    )

    # Before, "as high as $60,110" was stored as the job's cap, though the highest
    # tenth earn at least that
    assert (None, 60110.0) not in {row[2:4] for row in stored(parsed)}
    assert ("dental-assistant", None, 44820.0, 44820.0, "year") in stored(parsed)
