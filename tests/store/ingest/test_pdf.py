"""PDFs (salary guides, pay schedules, postings) read as their text, and PDFs that cannot
be read refused with the reason, nothing stored."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from store.answer.salary import answer_salary
from store.db import open_store
from store.ingest.documents import parse_document
from store.ingest.parsed import DocumentError
from store.ingest.run import ingest_paths
from tests.store.ingest.pdf_support import pdf_of

NOW = datetime(2026, 11, 30, 12, tzinfo=UTC)
GUIDE = pdf_of(
    [
        "2026 Salary Guide: Accounting and Finance",
        "https://www.example-staffing.com/salary-guide",
        "Staff Accountant (Boston, MA): $62,000 - $78,000 per year",
    ],
    ["Payroll Clerk (Boston, MA): $21 - $25 an hour"],
)


def test_a_pdfs_pages_are_read_for_pay_and_cited_by_the_address_it_prints():
    parsed = parse_document(GUIDE, path="guide.pdf", now=NOW)

    stored = [
        (o.role, o.place_key, o.min_amount, o.max_amount, o.period) for o in parsed.observations
    ]
    assert stored == [
        ("accountant", "city:US-MA-boston", 62000, 78000, "year"),
        ("payroll-specialist", "city:US-MA-boston", 21, 25, "hour"),
    ]
    assert {o.url for o in parsed.observations} == {"https://www.example-staffing.com/salary-guide"}


def test_an_uncompressed_pdf_reads_the_same():
    plain = pdf_of(
        ["https://jobs.example/rn-7", "Registered Nurse - Tucson, AZ", "Pay: $38 - $52 an hour"],
        compress=False,
    )

    parsed = parse_document(plain, path="rn.pdf", now=NOW)

    assert [(o.role, o.min_amount, o.max_amount) for o in parsed.observations] == [
        ("registered-nurse", 38, 52)
    ]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (GUIDE[: len(GUIDE) // 3], "a PDF that could not be read"),  # cut off mid-file
        (b"%PDF-1.4\n" + bytes(range(256)) * 40, "a PDF that could not be read"),
        (pdf_of([]), "a PDF with no text in it"),
    ],
)
def test_a_pdf_that_cannot_be_read_is_refused_with_the_reason(data, reason):
    with pytest.raises(DocumentError, match=reason):
        parse_document(data, path="bad.pdf", now=NOW)


def test_a_pdf_guide_answers_salary_questions_and_a_broken_one_stores_nothing(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "guide.pdf").write_bytes(GUIDE)
    (inbox / "broken.pdf").write_bytes(GUIDE[:500])
    db = open_store(tmp_path / "store.db")

    report = ingest_paths(db, [inbox])

    assert [r.path.endswith("broken.pdf") for r in report.failed] == [True]
    answer = answer_salary(db, "staff accountant boston", today=date(2026, 11, 30))
    assert [f.observation.url for f in answer.sources] == [
        "https://www.example-staffing.com/salary-guide"
    ]
    assert db["documents"].count == 1
