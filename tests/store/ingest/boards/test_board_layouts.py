"""Which layout reads a board page, what it leaves to other layouts, and odd input."""

from __future__ import annotations

import doctest
import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

import store.ingest.pagelines
from store.db import open_store
from store.ingest.documents import parse_document
from store.ingest.files import decode_text
from store.ingest.layouts import LAYOUTS
from store.ingest.parsed import DocumentError
from store.ingest.run import ingest_paths
from store.resolve.sites import home_url, source_name
from tests.store.ingest_support import write

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures" / "boards"
EXAMPLES = Path(__file__).resolve().parents[4] / "docs" / "examples"
NOW = datetime(2026, 6, 3, 12, tzinfo=UTC)

ZIPRECRUITER_LIKE = """Machine Learning Intern Jobs in Boston, MA

Machine Learning Intern
Acme Robotics
Boston, MA • Onsite
$35/hr
Internship

Job description

Build models with our perception team (June 1 - August 21, 2026). Pay is $35/hr.

Data Science Intern
Acme Robotics
Cambridge, MA • Hybrid
$33/hr
Internship

Job description

Analyse fleet data with the analytics team. Pay is $33/hr.

Sourced by ZipRecruiter
"""


def first_layout(text: str) -> str:
    return next(layout.name for layout in LAYOUTS if layout.fits(text))


@pytest.mark.parametrize(
    ("name", "layout"),
    [(path.name, "cards" if "unseen" in path.name else "board")
     for path in sorted(FIXTURES.glob("*.txt"))],
)  # fmt: skip
def test_board_pages_are_read_by_the_board_layouts(name, layout):
    assert first_layout((FIXTURES / name).read_text()) == layout


def test_other_layouts_keep_their_documents():
    assert first_layout(ZIPRECRUITER_LIKE) == "job_page"  # a job's page with its description
    expected = {
        "jobs-ml-intern-springfield-va.txt": "job_page",
        "report-ml-intern-boston.txt": "report",
        "observations.csv": "csv",
        "observations.json": "json",
        "search-results-ml-intern-washington.json": "json",
        "pay-table.csv": "pay_table",
        "job-page-physical-therapist-mesa.html": "posting_data",
        "salary-guide-ml-engineer-boston.pdf": "job_page",  # a salary page's statistics
    }
    layouts = {
        path.name: first_layout(decode_text(path.read_bytes())) for path in EXAMPLES.iterdir()
    }
    assert layouts == expected


def test_a_board_page_inside_a_report_stays_the_reports():
    report = (
        "# Data analyst intern pay\n\n## Detailed Results\n\n"
        + json.dumps([{"title": "Glassdoor", "url": "https://www.glassdoor.com/x",
                       "content": (FIXTURES / "glassdoor.txt").read_text()}])
    )  # fmt: skip
    assert first_layout(report) == "report"


PROSE = """Software engineer intern pay in Boston - a guide

We looked at Indeed and at indeed.com postings for Boston. Interns at Lumen Harbor
Analytics in Boston, MA earn $32 - $40 an hour, we were told. Others said $45 an hour.
A recruiter told us the typical range in Boston, MA is wide.
https://blog.example.org/boston-intern-pay
"""


def test_prose_that_names_a_board_and_pay_gives_no_postings():
    parsed = parse_document(PROSE.encode(), path="guide.txt", now=NOW)

    assert parsed.kind == "page" and parsed.postings == []


def test_a_single_card_from_an_unknown_board_is_not_enough_to_read_cards():
    one_card = "\n".join((FIXTURES / "unseen_regional.txt").read_text().splitlines()[:13])

    assert first_layout(one_card) != "cards"


def test_cards_from_an_unknown_board_need_pay_lines():
    no_pay = "\n".join(
        line
        for line in (FIXTURES / "unseen_regional.txt").read_text().splitlines()
        if "$" not in line
    )
    assert [layout.name for layout in LAYOUTS if layout.fits(no_pay)] == []
    with pytest.raises(DocumentError, match="unknown layout"):
        parse_document(no_pay.encode(), path="no-pay.txt", now=NOW)


@pytest.mark.parametrize(
    "text",
    [
        "https://www.indeed.com/jobs?q=x\n\n\n",  # a saved page with nothing on it
        "https://www.indeed.com/jobs?q=x\nSoftware Engineer Intern\nLumen\n",  # cut short
        "https://www.usajobs.gov/search\n$$$ - per year\nGS 11\n$ - $ per hour\n",  # noise
        "https://www.glassdoor.com/Job/x\n\n$31 /hr\nAvg. base salary\n",  # statistics alone
    ],
)
def test_odd_board_pages_give_a_reading_or_a_clear_refusal_never_a_traceback(text):
    try:
        parsed = parse_document(text.encode(), path="odd.txt", now=NOW)
    except DocumentError as error:
        assert "unknown layout" in str(error)
        return
    assert parsed.postings == []
    for skip in parsed.skipped:
        assert skip.reason


def test_statistics_on_a_page_that_names_no_job_are_skipped_with_the_reason():
    text = "https://www.glassdoor.com/x\nGlassdoor\n\n$31 /hr\nAvg. base salary\n"

    parsed = parse_document(text.encode(), path="stats.txt", now=NOW)

    assert parsed.observations == []
    assert [(s.what, s.reason) for s in parsed.skipped] == [
        ("Avg. base salary: $31 /hr", "the page names no job title")
    ]


def test_board_pages_go_into_a_real_store_once(tmp_path):
    db = open_store(tmp_path / "salary.db")
    folder = tmp_path / "inbox"
    for path in FIXTURES.glob("*.txt"):
        write(folder / path.name, path.read_text())

    first = ingest_paths(db, [folder])
    again = ingest_paths(db, [folder])

    assert first.ok and {d.status for d in first.documents} == {"stored"}
    assert {d.status for d in again.documents} == {"already_ingested"}
    postings = list(db.query("select * from postings order by id"))
    assert len(postings) == 25
    usajobs = {p["company"]: p for p in postings if p["source"] == "USAJOBS"}
    assert usajobs["Department of Commerce"]["status"] == "closed"
    assert usajobs["Department of Veterans Affairs"]["posted_date"] == "2026-05-20"
    stats = list(db.query("select source, kind from observations where source_kind = ?",
                          ["site_estimate"]))  # fmt: skip
    assert {("Indeed", "average"), ("Glassdoor", "range")} <= {
        (s["source"], s["kind"]) for s in stats
    }


def test_relative_dates_count_back_from_the_day_the_file_was_saved_when_the_page_has_none():
    text = (FIXTURES / "linkedin.txt").read_text().replace("Saved June 1, 2026\n", "")

    parsed = parse_document(text.encode(), path="li.txt", modified=date(2026, 6, 10), now=NOW)

    assert parsed.doc_date == date(2026, 6, 10)
    assert parsed.postings[0].posting.posted_date == date(2026, 6, 3)  # "1 week ago"
    assert all(o.undated is None for o in parsed.postings[0].observations)


def test_the_shared_page_helpers_hold_their_examples():
    assert doctest.testmod(store.ingest.pagelines).failed == 0


@pytest.mark.parametrize(
    ("url", "site"),
    [
        ("https://app.joinhandshake.com/stu/postings?query=x", "Handshake"),
        ("https://wellfound.com/role/r/software-engineer", "Wellfound"),
        ("https://www.usajobs.gov/job/812345600", "USAJOBS"),
    ],
)
def test_the_new_boards_are_known_sites(url, site):
    assert source_name(url) == site and home_url(site).startswith("https://")
