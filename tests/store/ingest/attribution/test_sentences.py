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


def test_a_local_papers_school_districts_are_towns_in_the_state_its_host_spells():
    parsed = parse_results(
        {
            "title": "Board approves a pay raise for teachers",
            "url": "https://www.example-ohiotimes.com/local/raises",
            "content": "The board approved a raise for teachers.\n\n"
            "Dayton School District has a beginning salary of $41,000, while Xenia's "
            "starting pay is $40,500. The Nowhereville School District starts its "
            "teachers at $39,000.",
        }
    )

    assert stored(parsed) == [
        ("teacher", "city:US-OH-dayton", 41000, 41000, "year"),
        ("teacher", "city:US-OH-xenia", 40500, 40500, "year"),
        ("teacher", None, 39000, 39000, "year"),  # no town of that name: not Xenia's
    ]


def test_a_page_naming_one_state_places_the_towns_it_names_bare_and_two_states_none():
    page = {
        "title": "Board approves a pay raise for teachers",
        "url": "https://www.example-news.com/teacher-pay",
        "content": "Districts in Ohio are raising pay for teachers.\n\n"
        "Dayton School District has a beginning salary of $41,000.",
    }
    assert stored(parse_results(page)) == [("teacher", "city:US-OH-dayton", 41000, 41000, "year")]

    page["content"] = page["content"].replace("in Ohio", "in Ohio and in Indiana")
    assert stored(parse_results(page)) == [("teacher", None, 41000, 41000, "year")]


def test_a_post_naming_its_jobs_only_in_earlier_sentences_files_each_figure_under_its_own():
    parsed = parse_results(
        {
            "title": "• finn",
            "url": "https://forum.example.org/post/1746979",
            "content": "• finn\n\n"
            + "I moved here when the pandemic began and everyone was asked to help. " * 8
            + "\n\nI started at a clinic a few years ago. Most of my friends there became "
            "nurses. They're making $38 an hour after a year.\n\n"
            "It is worse for software engineers at the hospital. For all that schooling, "
            "they get a $95,000 salary.\n\n"
            "Nurses and software engineers both deserve better. Raises of $2 are rare.",
        }
    )

    assert stored(parsed) == [
        ("registered-nurse", None, 38, 38, "hour"),
        ("software-engineer", None, 95000, 95000, "year"),
    ]  # the last paragraph names two jobs: its $2 is no one's (and a raise)
