"""Web pages saved as HTML: read as their visible text, cited by their own address, and a
job page's structured posting data (schema.org JobPosting) read as a posting with its pay."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest

from store.answer.salary import answer_salary
from store.db import open_store
from store.ingest.documents import parse_document
from store.ingest.parsed import DocumentError
from store.ingest.run import ingest_paths

NOW = datetime(2026, 11, 30, 12, tzinfo=UTC)
CANONICAL = '<link rel="canonical" href="https://careers.stmarys.example/jobs/4411-rn-icu">'


def page(head: str = CANONICAL, body: str = "", *, before: str = "") -> str:
    return (
        f"{before}<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
        "<title>Registered Nurse - ICU | St. Mary's Hospital</title>"
        f"{head}<style>.pay:after {{ content: '$5 an hour'; }}</style>"
        '<script>window.dataLayer = [{"price": "$99,999 per year"}];</script></head>'
        f"<body><nav>Jobs | Salaries</nav><h1>Registered Nurse - ICU</h1>"
        "<p>St. Mary's Hospital &middot; Tucson, AZ</p>"
        f"{body or '<p>Pay range: $38.50&ndash;$52.75 per hour, based on experience.</p>'}"
        "<noscript>Pay $1 per hour</noscript></body></html>"
    )


def figures(parsed) -> list:
    return parsed.observations + [o for p in parsed.postings for o in p.observations]


def test_only_the_text_a_visitor_sees_is_read_for_pay():
    parsed = parse_document(page().encode(), path="rn.html", now=NOW)

    [figure] = figures(parsed)
    assert (figure.min_amount, figure.max_amount, figure.period) == (38.5, 52.75, "hour")
    assert (figure.role, figure.place_key) == ("registered-nurse", "city:US-AZ-tucson")
    # The script's, the style's and the noscript's numbers were never pay on the page.
    assert not [f for f in figures(parsed) if f.max_amount in (99_999, 5, 1)]


@pytest.mark.parametrize(
    ("head", "before"),
    [
        (CANONICAL, ""),
        ('<meta property="og:url" content="https://careers.stmarys.example/jobs/4411-rn-icu">', ""),
        ("", "<!-- saved from url=(0049)https://careers.stmarys.example/jobs/4411-rn-icu -->\n"),
    ],
)
def test_the_page_is_cited_by_the_address_it_states_for_itself(head, before):
    parsed = parse_document(page(head, before=before).encode(), path="rn.html", now=NOW)

    assert [f.url for f in figures(parsed)] == ["https://careers.stmarys.example/jobs/4411-rn-icu"]


def test_a_page_with_no_address_of_its_own_is_skipped_with_the_reason():
    parsed = parse_document(page(head="").encode(), path="rn.html", now=NOW)

    assert figures(parsed) == []
    assert [s.reason for s in parsed.skipped] == [
        "has no URL, so its figures could not be cited: "
        "ingest it with --url ADDRESS, or put its address on the file's first line"
    ]


def test_a_page_mended_with_its_address_on_the_first_line_is_read():
    mended = "https://careers.stmarys.example/jobs/4411\n" + page(head="")
    parsed = parse_document(mended.encode(), path="rn.html", now=NOW)

    assert {f.url for f in figures(parsed)} == {"https://careers.stmarys.example/jobs/4411"}


def test_table_rows_and_list_items_keep_their_shape():
    body = (
        "<h2>Registered Nurse pay by city</h2><table>"
        "<tr><th>City</th><th>Hourly Rate</th></tr>"
        "<tr><td>Phoenix, AZ</td><td>$44.10</td></tr>"
        "<tr><td>Flagstaff, AZ</td><td>$41.30</td></tr></table>"
    )
    parsed = parse_document(page(body=body).encode(), path="rn.html", now=NOW)

    by_place = {f.place_key: (f.min_amount, f.period) for f in figures(parsed)}
    assert by_place == {
        "city:US-AZ-phoenix": (44.10, "hour"),
        "city:US-AZ-flagstaff": (41.30, "hour"),
    }


def test_a_page_in_the_character_set_its_meta_declares_is_read():
    html = page().replace("utf-8", "windows-1252").replace("&middot;", "\u00b7")
    parsed = parse_document(html.encode("cp1252"), path="rn.html", now=NOW)

    assert [f.min_amount for f in figures(parsed)] == [38.5]


def test_a_web_page_with_no_pay_in_its_text_is_refused_with_that_reason():
    with pytest.raises(DocumentError, match="a web page whose text states no pay"):
        parse_document(page(body="<p>Apply today.</p>").encode(), path="rn.html", now=NOW)


def test_broken_html_is_read_as_far_as_it_goes():
    html = page().replace("</p>", "").replace("</body></html>", "<div><table><tr><td>")
    parsed = parse_document(html.encode(), path="rn.html", now=NOW)

    assert [f.min_amount for f in figures(parsed)] == [38.5]


def posting_data(**changes) -> dict:
    posting = {
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "title": "Physical Therapist - Outpatient",
        "datePosted": "2026-11-18T08:00:00Z",
        "hiringOrganization": {"@type": "Organization", "name": "Banner Health"},
        "jobLocation": {
            "@type": "Place",
            "address": {"addressLocality": "Mesa", "addressRegion": "AZ", "postalCode": "85201"},
        },
        "baseSalary": {
            "@type": "MonetaryAmount",
            "currency": "USD",
            "value": {"minValue": 45, "maxValue": 60, "unitText": "HOUR"},
        },
    }
    return posting | changes


def job_page(*postings: dict | str, body: str = "<p>Join our outpatient team.</p>") -> str:
    blocks = "".join(
        '<script type="application/ld+json">'
        + (p if isinstance(p, str) else json.dumps(p))
        + "</script>"
        for p in postings
    )
    return page(head=CANONICAL + blocks, body=body)


def test_a_job_pages_posting_data_is_a_posting_with_its_pay_company_place_and_date():
    parsed = parse_document(job_page(posting_data()).encode(), path="pt.html", now=NOW)

    assert parsed.kind == "job_page"
    [posting] = parsed.postings
    assert posting.posting.company == "Banner Health"
    assert posting.posting.place_key == "city:US-AZ-mesa"
    assert posting.posting.posted_date == date(2026, 11, 18)
    assert posting.posting.url == "https://careers.stmarys.example/jobs/4411-rn-icu"
    [figure] = posting.observations
    assert (figure.role, figure.min_amount, figure.max_amount, figure.period) == (
        "physical-therapist",
        45,
        60,
        "hour",
    )


@pytest.mark.parametrize(
    ("changes", "employment", "status"),
    [
        ({}, None, "open"),
        ({"employmentType": ["FULL_TIME", "PER_DIEM"]}, "Full time, Per diem", "open"),
        ({"employmentType": "Part-time", "validThrough": "2027-01-31T23:59"}, "Part-time", "open"),
        ({"validThrough": "2026-11-20"}, None, "expired"),  # closed before the page was read
    ],
)
def test_a_postings_employment_type_and_closing_date_are_kept(changes, employment, status):
    parsed = parse_document(job_page(posting_data(**changes)).encode(), path="pt.html", now=NOW)

    [posting] = parsed.postings
    assert (posting.posting.employment_type, posting.posting.status) == (employment, status)


@pytest.mark.parametrize(
    ("changes", "place_key", "bounds", "period"),
    [
        (  # a yearly salary as one value, in an @graph, remote
            {
                "jobLocationType": "TELECOMMUTE",
                "baseSalary": {"currency": "USD", "value": {"value": 98000, "unitText": "YEAR"}},
            },
            "remote",
            (98000, 98000),
            "year",
        ),
        (  # bounds given as strings on the amount itself
            {"baseSalary": {"currency": "USD", "minValue": "70000", "maxValue": "90000"}},
            "city:US-AZ-mesa",
            (70000, 90000),
            "year",
        ),
        (  # several locations (the first is read), the country as an object
            {
                "jobLocation": [
                    {"address": {"addressLocality": "Austin", "addressRegion": "TX",
                                 "addressCountry": {"@type": "Country", "name": "US"}}},
                    {"address": {"addressLocality": "Denver", "addressRegion": "CO"}},
                ]
            },
            "city:US-TX-austin",
            (45, 60),
            "hour",
        ),
        (  # abroad: Perth, WA is in Australia, never Washington state
            {
                "jobLocation": {"address": {"addressLocality": "Perth", "addressRegion": "WA",
                                            "addressCountry": "AU"}},
                "baseSalary": {"currency": "AUD",
                               "value": {"minValue": 140000, "maxValue": 160000,
                                         "unitText": "YEAR"}},
            },
            "city:AU-perth",
            (140000, 160000),
            "year",
        ),
        (  # remote work for applicants in one country abroad is that country's
            {"jobLocationType": "TELECOMMUTE",
             "jobLocation": {"address": {"addressLocality": "Wien", "addressCountry": "AT"}}},
            "country:AT",
            (45, 60),
            "hour",
        ),
    ],
)  # fmt: skip
def test_posting_data_in_the_shapes_publishers_write_it(changes, place_key, bounds, period):
    data = {"@context": "https://schema.org", "@graph": [posting_data(**changes)]}
    parsed = parse_document(job_page(data).encode(), path="pt.html", now=NOW)

    [figure] = figures(parsed)
    assert figure.place_key == place_key
    assert (figure.min_amount, figure.max_amount, figure.period) == (*bounds, period)


def test_posting_data_without_readable_pay_leaves_the_page_to_its_visible_text():
    broken = '{"@type": "JobPosting", "baseSalary": '  # not JSON: passed over
    no_pay = posting_data(baseSalary={"currency": "USD", "value": {"unitText": "HOUR"}})
    visible = "<p>Pay range: $38.50 - $52.75 per hour.</p>"
    html = job_page(broken, no_pay, body=visible)

    parsed = parse_document(html.encode(), path="pt.html", now=NOW)

    assert parsed.kind == "page"
    assert [f.min_amount for f in figures(parsed)] == [38.5]


def test_posting_data_nested_deeper_than_json_reads_is_passed_over():
    deep = "[" * 100_000 + "]" * 100_000
    html = job_page(deep, '{"@type": "JobPosting", "baseSalary": 1}', body="<p>Apply.</p>")

    with pytest.raises(DocumentError, match="a web page whose text states no pay"):
        parse_document(html.encode(), path="deep.html", now=NOW)


def test_a_saved_job_page_answers_salary_questions(tmp_path):
    (tmp_path / "pt.html").write_text(job_page(posting_data()))
    (tmp_path / "rn.html").write_text(page())
    db = open_store(tmp_path / "store.db")

    report = ingest_paths(db, [tmp_path / "pt.html", tmp_path / "rn.html"])

    assert report.failed == []
    answer = answer_salary(db, "physical therapist mesa az", today=date(2026, 11, 30))
    assert [p.company for p in answer.postings] == ["Banner Health"]
    sources = [f.observation.url for f in answer.sources]
    assert "https://careers.stmarys.example/jobs/4411-rn-icu" in sources
