"""The general rules that decide which figures in a result are about its role and place."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from store.ingest.documents import parse_document

NOW = datetime(2026, 6, 1, 12, tzinfo=UTC)


def parse_results(*results: dict):
    text = (
        "# Market Research for data science intern\n\nSummary: interns earn $99 an hour.\n\n"
        "## Detailed Results\n\n" + json.dumps([r | {"score": 0.5} for r in results])
    )
    return parse_document(text.encode(), path="report.txt", now=NOW)


def stored(parsed) -> list[tuple]:
    rows = parsed.observations
    return [(o.role, o.place_key, o.min_amount, o.max_amount, o.period) for o in rows]


def test_a_sentence_about_another_role_is_filed_under_it_and_one_about_another_place_there():
    parsed = parse_results(
        {
            "title": "Data Science Intern Salary in Boston, MA",
            "url": "https://www.indeed.com/career/data-science-intern/salaries/Boston--MA",
            "content": "The average data science intern salary in Boston, MA is $35 per hour. "
            "In Seattle, WA, data science interns earn $41 per hour. "
            "A Data Scientist in Boston, MA earns $120,000 per year.",
        }
    )

    assert stored(parsed) == [
        ("data-science-intern", "city:US-MA-boston", 35, 35, "hour"),
        ("data-science-intern", "city:US-WA-seattle", 41, 41, "hour"),
        ("data-scientist", "city:US-MA-boston", 120000, 120000, "year"),
    ]
    assert parsed.observations[-1].role_published == "Data Scientist"


def test_table_rows_labelled_by_a_place_are_the_pages_role_there_and_by_a_role_that_roles():
    parsed = parse_results(
        {
            "title": "Data Science Intern Salary in Austin, TX",
            "url": "https://www.example-salaries.com/data-science-intern/austin-tx",
            "content": "Data science intern pay by city:\n\n"
            "| City | Hourly pay |\n| --- | --- |\n"
            "| Austin, TX | $30 per hour |\n| Seattle, WA | $40 per hour |\n"
            "| Data Scientist | $60 per hour |\n| Widget Wrangler | $50 per hour |",
        }
    )

    assert stored(parsed) == [
        ("data-science-intern", "city:US-TX-austin", 30, 30, "hour"),
        ("data-science-intern", "city:US-WA-seattle", 40, 40, "hour"),
        ("data-scientist", "city:US-TX-austin", 60, 60, "hour"),
    ]
    assert [skip.reason for skip in parsed.skipped] == [
        "a table row about 'Widget Wrangler', not Data Science Intern"
    ]


def test_the_summary_is_not_a_source_and_a_result_without_a_role_is_skipped():
    parsed = parse_results(
        {
            "title": "Top 10 Tech Hubs in 2026",
            "url": "https://www.example-news.com/hubs",
            "content": "Rents in Austin, TX average $1,900 a month.",
        }
    )

    assert parsed.observations == [] and parsed.postings == []
    assert [skip.reason for skip in parsed.skipped] == ["names no job title"]


def test_a_figure_with_no_period_is_kept_only_when_its_words_say_it_is_pay():
    parsed = parse_results(
        {
            "title": "Data Science Intern Salary in Texas",
            "url": "https://www.ziprecruiter.com/Salaries/Data-Science-Intern-Salary--in-Texas",
            "content": "Typical base pay: $28.\n\n$31\n\nUpdated March 3, 2026.",
        }
    )

    [figure] = parsed.observations
    assert (figure.min_amount, figure.period, figure.place_key) == (28, "hour", "state:US-TX")
    assert "inferred" in figure.note
    assert [skip.what.split(": ", 1)[1] for skip in parsed.skipped] == ["$31"]


def test_a_stated_as_of_date_beats_the_documents_date():
    parsed = parse_results(
        {
            "title": "Data Science Intern Salary in Texas",
            "url": "https://www.indeed.com/career/data-science-intern/salaries/TX",
            "content": "The average data science intern in Texas makes $26.10 an hour. "
            "41 salaries reported, updated at October 14, 2025.",
        },
        {
            "title": "Data Science Intern Salary in Texas",
            "url": "https://www.ziprecruiter.com/Salaries/Data-Science-Intern-Salary--in-Texas",
            "content": "As of Feb 2026, the average data science intern in Texas makes "
            "$26.40 an hour.\n\nAs of Mar 2026, the median is $25.90 an hour."
            "\n\nInterns in Texas earn $25 per hour on average.",
        },
    )

    dated = [(o.min_amount, str(o.as_of)) for o in parsed.observations]
    assert dated == [
        (26.10, "2025-10-14"),  # the page's one stated date, even after the figure
        (26.40, "2026-02-01"),  # its paragraph's own date
        (25.90, "2026-03-01"),
        (25, "2026-06-01"),  # two dates on the page, none for this paragraph: the file's
    ]


def test_source_kinds_come_from_the_site_and_the_text():
    parsed = parse_results(
        {
            "title": "Data Science Intern Salary in Boston, MA",
            "url": "https://www.glassdoor.com/Salaries/boston-data-science-intern-salary.htm",
            "content": "Data science interns in Boston, MA earn $38 per hour, based on "
            "120 salaries submitted anonymously by employees.",
        },
        {
            "title": "Data Science Intern pay in Massachusetts",
            "url": "https://www.mass.gov/info-details/internship-pay",
            "content": "State data science interns are paid $24 an hour.",
        },
        {
            "title": "Data Science Intern - Acme Analytics",
            "url": "https://jobs.lever.co/acme/8b3f1c2e-5d4a-4f6b-9a7c-1e2d3f4a5b6c",
            "content": "The pay range for this role is $30 - $36 per hour. Apply now.",
        },
    )

    kinds = {o.source: o.source_kind for o in parsed.observations}
    assert kinds == {"Glassdoor": "self_reported", "mass.gov": "government"}
    [posting] = parsed.postings
    assert posting.posting.company == "Acme Analytics" and posting.posting.source == "Lever"
    assert [o.source_kind for o in posting.observations] == ["employer_posting"]


def test_a_report_that_dates_itself_dates_its_undated_figures():
    text = (
        "# Market Research for data science intern\n\nDate: 2026-04-02\n\n"
        "## Detailed Results\n\n"
        + json.dumps([{
            "title": "Data Science Intern Salary in Texas",
            "url": "https://www.ziprecruiter.com/Salaries/Data-Science-Intern-Salary--in-Texas",
            "content": "Data science interns in Texas earn $25 per hour on average.",
        }])
    )  # fmt: skip

    parsed = parse_document(text.encode(), path="report.txt", now=NOW)

    assert str(parsed.doc_date) == "2026-04-02"
    assert [str(o.as_of) for o in parsed.observations] == ["2026-04-02"]


def test_a_stated_internship_length_is_kept_with_the_figure():
    parsed = parse_results(
        {
            "title": "Data Science Intern - Acme Analytics",
            "url": "https://jobs.lever.co/acme/8b3f1c2e-5d4a-4f6b-9a7c-1e2d3f4a5b6c",
            "content": "Our 10-week summer internship pays $32 per hour. Apply now.",
        }
    )

    [posting] = parsed.postings
    assert [o.term_weeks for o in posting.observations] == [10]


def test_a_bare_json_array_of_search_results_is_read_like_a_report():
    rows = [
        {
            "title": "Data Science Intern Salary in Texas",
            "url": "https://www.ziprecruiter.com/Salaries/Data-Science-Intern-Salary--in-Texas",
            "content": "Data science interns in Texas earn $25 per hour on average.",
        }
    ]

    parsed = parse_document(json.dumps(rows).encode(), path="results.json", now=NOW)

    assert parsed.kind == "json" and parsed.table is None
    assert stored(parsed) == [("data-science-intern", "state:US-TX", 25, 25, "hour")]


def test_an_unusable_result_is_skipped_and_the_rest_of_the_report_goes_in():
    text = (
        "# Market Research for data science intern\n\n## Detailed Results\n\n"
        + json.dumps([
            "not a result",
            {"title": "Data Science Intern Salary in Texas", "content": "Pays $25 per hour."},
            {"title": "Data Science Intern", "url": "https://www.indeed.com/x", "content": None},
            {
                "title": "Data Science Intern Salary in Texas",
                "url": "https://www.ziprecruiter.com/Salaries/Data-Science-Intern-Salary--in-Texas",
                "content": "Data science interns in Texas earn $25 per hour on average.",
            },
        ])
    )  # fmt: skip

    parsed = parse_document(text.encode(), path="report.txt", now=NOW)

    assert stored(parsed) == [("data-science-intern", "state:US-TX", 25, 25, "hour")]
    reasons = [(skip.what, skip.reason) for skip in parsed.skipped]
    assert reasons[0][0] == "result 1" and reasons[0][1].startswith("unreadable: ")
    assert reasons[1:] == [("result 2", "has no URL, so its figures could not be cited")]


def test_a_job_no_catalog_title_covers_is_stored_under_a_role_of_its_own():
    parsed = parse_results(
        {
            "title": "Doula Salary in Boston, MA",
            "url": "https://www.glassdoor.com/Salaries/boston-doula-salary",
            "content": "The average doula salary in Boston, MA is $52,000 per year.",
        },
        {
            "title": "Registered Nurses Jobs in Houston, TX",
            "url": "https://www.indeed.com/q-registered-nurse-l-houston,-tx-jobs.html",
            "content": "Registered nurses in Houston, TX earn $44 per hour on average.",
        },
    )

    assert stored(parsed) == [
        ("doula", "city:US-MA-boston", 52_000, 52_000, "year"),
        ("registered-nurse", "city:US-TX-houston", 44, 44, "hour"),
    ]
    assert parsed.observations[0].role_published == "Doula"


def test_an_inferred_period_says_where_it_came_from_and_monthly_pay_abroad_is_kept():
    parsed = parse_results(
        {
            "title": "Data Science Intern Salary in London",
            "url": "https://www.example-jobs.co.uk/data-science-intern-london",
            "content": "Data science intern, part time: £800 a month.\n\n"
            "Hourly Rate\n£14.50\n\n"
            "Interns here earn on average £1,900, paid monthly.",
        }
    )

    rows = [(o.min_amount, o.period, o.currency, o.note) for o in parsed.observations]
    assert rows == [
        (800, "month", "GBP", None),  # part-time monthly pay is plausible pay
        (14.5, "hour", "GBP", "The source states no pay period; per hour is inferred from "
         "its label or column header."),
        (1900, "month", "GBP", "The source states no pay period; per month is inferred from "
         "its sentence."),
    ]  # fmt: skip


def test_a_pay_table_row_labelled_by_a_city_is_filed_under_that_city():
    parsed = parse_results(
        {
            "title": "Data Science Intern Salary in Austin, TX",
            "url": "https://www.example-salaries.com/data-science-intern/austin-tx-zones",
            "content": "Data science intern pay by zone:\nSan Francisco: $45 per hour\n"
            "Zone 2: $32 per hour",
        }
    )

    assert stored(parsed) == [
        ("data-science-intern", "city:US-CA-san-francisco", 45, 45, "hour"),
        ("data-science-intern", "city:US-TX-austin", 32, 32, "hour"),
    ]


def test_a_figure_whose_page_states_no_date_is_marked_undated_found_on_the_reports_date():
    parsed = parse_results(
        {
            "title": "Data Science Intern Salary in Boston, MA",
            "url": "https://www.example-pay.com/data-science-intern/boston",
            "content": "Data science interns in Boston, MA earn $35 per hour.",
        },
        {
            "title": "Data Science Intern Salary in Austin, TX",
            "url": "https://www.example-pay.com/data-science-intern/austin",
            "content": "Updated March 3, 2026. Data science interns in Austin earn $30 per hour.",
        },
    )

    undated, dated = parsed.observations
    assert (undated.undated, undated.as_of) == (True, NOW.date())
    assert (dated.undated, dated.as_of.isoformat()) == (None, "2026-03-03")
