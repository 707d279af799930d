"""One job seen on several sites is one posting; each sighting is kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from store.db import open_store
from store.ingest.run import ingest_paths
from tests.store.ingest_support import write


@pytest.fixture
def db(tmp_path: Path):
    return open_store(tmp_path / "salary.db")


def report(*results: dict) -> str:
    return (
        "# Market Research for machine learning intern\n\nA summary that is not a source.\n\n"
        "## Detailed Results\n\n" + json.dumps(list(results), indent=2)
    )


def result(title: str, url: str, content: str) -> dict:
    return {"title": title, "url": url, "content": content, "score": 0.5}


def job_page(board: str, pay: str = "$35/hr", status: str = "") -> str:
    return f"""Machine Learning Intern Jobs in Boston, MA

Machine Learning Intern

Acme Robotics

Boston, MA • Onsite

{pay}

Internship

{status}

Job description

Build and ship models with our perception team during the internship
(June 1 - August 21, 2026). Pay for this role is {pay}.

Sourced by {board}
"""


def test_the_same_site_job_id_is_one_posting(db, tmp_path):
    first = write(tmp_path / "a.txt", report(result(
        "Machine Learning Intern - LinkedIn",
        "https://www.linkedin.com/jobs/search/?currentJobId=4000000001&keywords=ml",
        "Base pay range for this role: $40 - $45 per hour. Apply now.",
    )))  # fmt: skip
    later = write(tmp_path / "b.txt", report(result(
        "Machine Learning Intern - LinkedIn",
        "https://www.linkedin.com/jobs/view/4000000001/",
        "Base pay range for this role: $40 - $45 per hour. No longer accepting applications.",
    )))  # fmt: skip

    ingest_paths(db, [first, later])

    [posting] = db.query("select * from postings")
    assert posting["site_job_id"] == "4000000001"
    assert posting["status"] == "expired" and posting["closed_at"] is not None
    sightings = list(db.query("select * from posting_sightings order by id"))
    assert [(s["posting_id"], s["status"]) for s in sightings] == [
        (posting["id"], "open"),
        (posting["id"], "expired"),
    ]


def test_the_same_canonical_url_is_one_posting(db, tmp_path):
    first = write(tmp_path / "a.txt", report(result(
        "Machine Learning Intern - Example Robotics",
        "https://careers.example-robotics.com/job/ml-intern?utm_source=linkedin",
        "Pay range for this role: $38 per hour. Apply now.",
    )))  # fmt: skip
    later = write(tmp_path / "b.txt", report(result(
        "ML Intern (Summer 2026) - Example Robotics",
        "https://CAREERS.example-robotics.com/job/ml-intern/#apply",
        "Pay range for this role: $38 per hour. Apply now.",
    )))  # fmt: skip

    report_ = ingest_paths(db, [first, later])

    assert [(r.postings_new, r.postings_updated) for r in report_.documents] == [(1, 0), (0, 1)]
    [posting] = db.query("select * from postings")
    assert posting["canonical_url"] == "https://careers.example-robotics.com/job/ml-intern"
    assert db["posting_sightings"].count == 2


def test_the_same_company_title_and_place_from_two_boards_is_one_posting(db, tmp_path):
    zip_page = write(tmp_path / "zip.txt", job_page("ZipRecruiter"))
    indeed_page = write(
        tmp_path / "indeed.txt",
        job_page("Indeed", status="This job post has expired."),
    )

    ingest_paths(db, [zip_page, indeed_page])

    [posting] = db.query("select * from postings")
    assert (posting["company"], posting["place_key"], posting["workplace"]) == (
        "Acme Robotics", "city:US-MA-boston", "onsite",
    )  # fmt: skip
    assert (posting["start_date"], posting["end_date"]) == ("2026-06-01", "2026-08-21")
    assert posting["status"] == "expired"
    sightings = db.query("select source from posting_sightings order by id")
    sources = [row["source"] for row in sightings]
    assert sources == ["ZipRecruiter", "Indeed"]
    # Each board's copy of the pay is its own snapshot of the one posting, 12 weeks long.
    pay = list(db.query("select * from observations where posting_id = ?", [posting["id"]]))
    assert [(o["source"], o["min_amount"], o["term_weeks"]) for o in pay] == [
        ("ZipRecruiter", 35, 12),
        ("Indeed", 35, 12),
    ]


def test_postings_without_a_company_are_not_merged_on_title_alone(db, tmp_path):
    page = write(tmp_path / "a.txt", report(
        result("Machine Learning Intern - LinkedIn",
               "https://www.linkedin.com/jobs/view/4000000002/", "Apply now."),
        result("Machine Learning Intern - LinkedIn",
               "https://www.linkedin.com/jobs/view/4000000003/", "Apply now."),
    ))  # fmt: skip

    ingest_paths(db, [page])

    assert db["postings"].count == 2


def test_two_ids_on_the_same_site_are_two_jobs_even_with_the_same_title(db, tmp_path):
    page = write(tmp_path / "a.txt", report(
        result("Machine Learning Intern - Acme Robotics | Built In",
               "https://builtin.com/job/machine-learning-intern/1111111",
               "Pay range for this role: $38 per hour. This role is remote. Apply now."),
        result("Machine Learning Intern - Acme Robotics | Built In",
               "https://builtin.com/job/machine-learning-intern/2222222",
               "Pay range for this role: $40 per hour. This role is remote. Apply now."),
        result("Machine Learning Intern - Acme Robotics",
               "https://boards.greenhouse.io/acmerobotics/jobs/555",
               "Pay range for this role: $40 per hour. This role is remote. Apply now."),
    ))  # fmt: skip

    [result_] = ingest_paths(db, [page]).documents

    assert (result_.postings_new, result_.postings_updated) == (2, 1)
    ids = [r["site_job_id"] for r in db.query("select site_job_id from postings order by id")]
    assert ids == ["1111111", "2222222"]  # Greenhouse's copy joined the first same-named job


@pytest.mark.parametrize(
    ("title", "company"),
    [
        ("Respiratory Therapist - Night Shift", ""),
        ("Registered Nurse - Nights (3x12)", ""),
        ("Software Engineer - Remote", ""),
        ("Data Analyst - Boston, MA", ""),
        ("Cashier - Part Time", ""),
        ("Machine Learning Intern - Summer 2026", ""),
        ("Night Auditor - Days Inn", "Days Inn"),
        ("Process Engineer - Boston Scientific", "Boston Scientific"),
        ("Data Analyst - Globex", "Globex"),  # no guess at a place: not Globe, AZ
        ("Assembler - Ford", "Ford"),
    ],
)
def test_a_shift_a_schedule_or_a_place_after_a_titles_dash_is_no_company(
    db, tmp_path, title, company
):
    page = write(tmp_path / "a.txt", report(
        result(title, "https://careers.example.org/jobs/17", "Pay is $30 an hour. Apply now."),
    ))  # fmt: skip

    ingest_paths(db, [page])

    [posting] = db["postings"].rows
    assert posting["company"] == company


def test_a_single_posting_saved_as_a_page_keeps_its_company_type_and_posted_date(db, tmp_path):
    page = write(tmp_path / "posting.txt", "\n".join([
        "Respiratory Therapist - Night Shift",
        "https://careers.mercyvalley.example/openings/4411",
        "Mercy Valley Hospital · Fresno, CA · Full-time",
        "Posted on May 27, 2026",
        "",
        "Mercy Valley Hospital is hiring a respiratory therapist for nights (3x12).",
        "The pay is $38 - $46 an hour.",
    ]))  # fmt: skip
    fields = write(tmp_path / "fields.txt", "\n".join([
        "Managing Editor",
        "https://jobs.dailyledger.example/openings/88",
        "The Daily Ledger",
        "Location: Boston, MA",
        "Job Type: Full_time",
        "Date Posted: May 20, 2026",
        "",
        "The salary for this role is $90,000 - $110,000 a year.",
    ]))  # fmt: skip

    ingest_paths(db, [page, fields])

    rows = {row["title"]: row for row in db["postings"].rows}
    therapist, editor = rows["Respiratory Therapist"], rows["Managing Editor"]
    assert (therapist["company"], therapist["employment_type"], therapist["posted_date"]) == (
        "Mercy Valley Hospital", "Full-time", "2026-05-27",
    )  # fmt: skip
    assert therapist["place_key"] == "city:US-CA-fresno"
    assert (editor["company"], editor["employment_type"], editor["posted_date"]) == (
        "The Daily Ledger", "Full-time", "2026-05-20",
    )  # fmt: skip


def test_a_blog_posts_byline_and_date_do_not_make_it_a_posting(db, tmp_path):
    page = write(tmp_path / "blog.txt", "\n".join([
        "What Respiratory Therapists Earn",
        "https://www.example-careers.com/respiratory-therapist-pay",
        "Jane Doe",
        "Posted 5 days ago",
        "",
        "Respiratory therapists earn $38 - $46 an hour in most hospitals.",
    ]))  # fmt: skip

    ingest_paths(db, [page])

    assert db["postings"].count == 0
    assert db["observations"].count == 1
