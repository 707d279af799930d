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
