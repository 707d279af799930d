"""The layout registry, and a page that fits no other layout read as a generic page."""

from __future__ import annotations

import doctest
from datetime import UTC, datetime

import pytest

import store.ingest.layouts
from store.ingest.documents import parse_document
from store.ingest.layouts import LAYOUTS
from store.ingest.parsed import DocumentError

NOW = datetime(2026, 6, 1, 12, tzinfo=UTC)

PAGE = (
    "# Data Analyst Intern pay at Acme, Austin, TX\n\n"
    "Posted on https://careers.acme-analytics.example/jobs/4821 (updated May 12, 2026)\n\n"
    "Acme pays its Data Analyst Interns $24 - $28 per hour in Austin, TX.\n"
)


def test_each_layout_is_one_entry_of_one_list_and_the_generic_page_comes_last():
    assert [layout.name for layout in LAYOUTS][-1] == "page"
    assert doctest.testmod(store.ingest.layouts).failed == 0


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('[{"title": "x", "url": "https://a.example", "content": "y"}]', "json"),
        ("source_kind,role_published,period,min_amount\n", "csv"),
        ("Job Title,Location,Base Min,Base Max,Pay Type,Source URL\n", "pay_table"),
        ('[{"role": "Cook", "city": "Reno", "wage": 18, "link": "https://a.ex"}]', "pay_table"),
        ('[{"title": "Cook", "url": "https://a.example", "content": "$18 an hour"}]', "json"),
        (PAGE, "page"),
    ],
)
def test_the_first_layout_that_fits_reads_the_text(text, kind):
    assert next(layout.name for layout in LAYOUTS if layout.fits(text)) == kind


def test_a_page_that_fits_no_layout_is_read_for_its_pay_with_its_title_and_url():
    parsed = parse_document(PAGE.encode(), path="acme.txt", now=NOW)

    assert parsed.kind == "page"
    assert parsed.title == "Data Analyst Intern pay at Acme, Austin, TX"
    [figure] = parsed.observations or [o for p in parsed.postings for o in p.observations]
    assert (figure.role, figure.place_key) == ("data-analyst-intern", "city:US-TX-austin")
    assert (figure.min_amount, figure.max_amount, figure.period) == (24, 28, "hour")
    assert figure.url == "https://careers.acme-analytics.example/jobs/4821"


def test_a_saved_page_opening_with_its_address_and_date_is_titled_by_its_first_line_of_words():
    text = "\n".join(
        [
            "https://staffing.example/salary-guide/accounting",
            "Saved: 2026-11-02",
            "2026 Salary Guide: Accounting and Finance in Denver",
            "",
            "Staff Accountant: $62,000 - $78,000",
            "Controller: $140,000 - $175,000",
        ]
    )
    parsed = parse_document(text.encode(), path="guide.txt", now=NOW)

    assert parsed.title == "2026 Salary Guide: Accounting and Finance in Denver"
    assert {(o.role, o.place_key, o.max_amount) for o in parsed.observations} == {
        ("accountant", "city:US-CO-denver", 78_000),
        ("financial-manager", "city:US-CO-denver", 175_000),
    }


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "In Austin they earn $31 an hour. https://example.org/austin",
            "names no job title",
        ),
        (
            "Data analyst interns in Austin earn $31 an hour.",
            "has no URL, so its figures could not be cited: "
            "ingest it with --url ADDRESS, or put its address on the file's first line",
        ),
    ],
)
def test_a_page_that_cannot_be_attributed_says_why(text, reason):
    parsed = parse_document(text.encode(), path="p.txt", now=NOW)

    assert parsed.kind == "page" and parsed.observations == [] and parsed.postings == []
    assert [skip.reason for skip in parsed.skipped] == [reason]


def test_a_page_about_any_occupation_is_attributed_to_it():
    text = "Plumbers in Austin earn $31 an hour. https://example.org/plumbers"
    [figure] = parse_document(text.encode(), path="p.txt", now=NOW).observations
    assert (figure.role, figure.place_key, figure.min_amount) == (
        "plumber",
        "city:US-TX-austin",
        31,
    )


def test_text_without_pay_is_still_refused_with_its_reason():
    with pytest.raises(DocumentError, match="unknown layout"):
        parse_document(b"Lunch with the team on Friday.\n", path="notes.txt", now=NOW)
