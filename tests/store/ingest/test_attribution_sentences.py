"""Which job, level and place a figure on a news story, listing or forum post is filed
under when its own sentence says less than the page around it: the tenth round's
failures (bench/eval_documents.py, fresh batch d152-d158 and known leftovers)."""

from __future__ import annotations

from tests.store.ingest.test_ingest_rules import parse_results, stored


def test_a_level_word_in_a_sentence_naming_no_job_sets_no_level():
    parsed = parse_results(
        {
            "title": "Post office hiring across the region",
            "url": "https://www.example-news.com/post-office-hiring",
            "content": "The open positions include city carrier assistants and rural "
            "carrier associates. Some of the jobs could lead to permanent placement. "
            "The hourly wages range from $16.55 to $18.56.",
        }
    )

    # "placement" is a word for an internship, but not in the sentence naming the job
    assert stored(parsed) == [("postal-service-mail-carrier", None, 16.55, 18.56, "hour")]


def test_a_level_word_in_a_sentence_naming_the_job_sets_its_level():
    parsed = parse_results(
        {
            "title": "What the police academy pays",
            "url": "https://www.example-careers.com/police-academy-pay",
            "content": "Police officers learn the job at an academy. Most departments "
            "pay police officers as cadets while they train. They earn $40,000 a year.",
        }
    )

    assert stored(parsed) == [("police-officer-intern", None, 40000, 40000, "year")]
