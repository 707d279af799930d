"""A pay table's rows and files that cannot be used are left out with their reason, and no other
layout's file is taken for a pay table."""

from __future__ import annotations

from datetime import date
from importlib.util import find_spec
from pathlib import Path

import pytest

from store.db import open_store
from store.export import export_store
from store.ingest.files import MAX_BYTES, decode_text
from store.ingest.layouts import LAYOUTS
from store.ingest.paytable import looks_like_pay_table
from store.ingest.run import ingest_paths
from tests.store.ingest.paytable_support import (
    EXAMPLES,
    PAY_TABLE_EXAMPLE,
    ROOT,
    SAMPLE,
    ingest_table,
    kept,
    left_out_reasons,
    one_figure,
)
from tests.store.ingest_support import JOB_PAGE_SEED, REPORT_SEED, dump, seed, write


def test_a_location_that_names_no_place_keeps_the_figure_and_says_so(tmp_path):
    figure = one_figure(
        tmp_path, "title,location,salary,url", "Cook,Qwxzv Flats,18,https://a.example/1"
    )
    assert figure["place_key"] is None
    assert "Its location 'Qwxzv Flats' is no place we know." in figure["note"]


BAD_ROWS = {
    "Cook,Denver,18,,": "row 1 (Cook): has no URL, so it could not be cited",
    "Cook,Denver,18,,see website": (
        "row 2 (Cook): its url 'see website' is no link, so it could not be cited"
    ),
    ",Denver,18,,https://a.example/3": "row 3 (untitled): names no job title",
    "Cook,Denver,=cmd|' /C calc'!A0,,https://a.example/4": (
        "row 4 (Cook): its salary cell is a spreadsheet formula; formulas are never read"
    ),
    "@SUM(A1),Denver,18,,https://a.example/5": (
        "row 5 (@SUM(A1)): its title cell is a spreadsheet formula; formulas are never read"
    ),
    "Cook,+HYPERLINK(1),18,,https://a.example/6": (
        "row 6 (Cook): its location cell is a spreadsheet formula; formulas are never read"
    ),
    "Cook,Denver,-18,,https://a.example/7": "row 7 (Cook): its salary is negative (-18)",
    "Cook,Denver,TBD,,https://a.example/8": "row 8 (Cook): no amount in 'TBD'",
    "Cook,Denver,0.50,hour,https://a.example/9": (
        "row 9 (Cook): its salary 0.50 is not believable as pay per hour in USD"
    ),
    "Cook,Denver,5000000,year,https://a.example/10": (
        "row 10 (Cook): its salary 5000000 is not believable as pay per year in USD"
    ),
    "Cook,Denver,3000,,https://a.example/11": (
        "row 11 (Cook): its salary 3000 states no pay period and is not sized like one"
    ),
    "Cook,Denver,18,fortnightly,https://a.example/12": (
        "row 12 (Cook): its pay type 'fortnightly' is no period we know "
        "(annual, monthly, weekly, daily, hourly)"
    ),
    "Cook,Denver,18,hour,https://a.example/13,extra": (
        "row 13: has 6 cells for the header's 5 columns (a cell holding the delimiter needs "
        "quotes); not read"
    ),
    "Cook,Denver,18": (
        "row 14: has 3 cells for the header's 5 columns (a cell holding the delimiter needs "
        "quotes); not read"
    ),
    "Cook,Denver,18,hour,https://a.example/15": None,
    "Cook,Denver,18,hourly,https://a.example/15": "row 16 (Cook): the same figure as row 15",
    "12345,Denver,18,hour,https://a.example/17": "row 17 (12345): its title '12345' names no job",
}


def test_each_row_left_out_says_which_and_why_and_the_rest_are_stored(tmp_path):
    text = "\n".join(["title,location,salary,pay type,url", *BAD_ROWS])
    db, result = ingest_table(tmp_path, "p.csv", text)

    expected = [reason for reason in BAD_ROWS.values() if reason]
    assert sorted(left_out_reasons(result)) == sorted(expected)
    assert (result.observations, result.skipped_count) == (1, len(expected))
    assert f"stored 1 observation, 0 postings (0 new, 0 updated); skipped {len(expected)}" in (
        result.summary()
    )
    [row] = kept(db)
    assert (row["url"], row["min_amount"], row["period"]) == ("https://a.example/15", 18, "hour")
    assert not [o for o in kept(db) if str(o["role_published"]).startswith(("=", "+", "-", "@"))]


def test_a_min_above_its_max_is_a_reversed_range_only_as_extraction_reads_one(tmp_path):
    header = "title,city,min,max,url"
    rows = [
        "Analyst,Denver,$100000,$75000,https://a.example/1",  # marked: put in order
        "Analyst,Boston,100000,75000,https://a.example/2",  # bare: no range
        "Analyst,Austin,20,150000,https://a.example/3",  # too far apart
    ]
    db, result = ingest_table(tmp_path, "p.csv", "\n".join([header, *rows]))

    [figure] = kept(db)
    assert (figure["min_amount"], figure["max_amount"], figure["place_key"]) == (
        75000,
        100000,
        "city:US-CO-denver",
    )
    assert "given high to low" in figure["note"]
    assert left_out_reasons(result) == [
        "row 2 (Analyst): min 100000 is above max 75000, with no currency mark to read it by",
        "row 3 (Analyst): min 20 and max 150000 are too far apart to be one range",
    ]


@pytest.mark.parametrize(
    ("name", "text", "reason"),
    [
        ("nourl.csv", "title,location,salary\nCook,Denver,18\n", "add a `url` column"),
        ("dup.csv", "title,salary,salary,url\nCook,18,19,https://a.example/1\n",
         "the header names the column 'salary' 2 times"),
        ("empty.csv", "Job Title,Location,Base Min,url\n", "a header but no rows"),
        ("bad.json", '[{"title": "Cook", "salary": 18, "url": "https://a.ex/"', "not valid JSON"),
        ("nourl.json", '[{"title": "Cook", "salary": 18}]', "add a `url` column"),
        ("bad.jsonl", '{"title": "Cook", "salary": 18, "url": "x"}\n{"title": \n', "JSON lines"),
    ],
)  # fmt: skip
def test_a_table_that_cannot_be_used_is_refused_with_its_reason_and_changes_nothing(
    tmp_path, name, text, reason
):
    db = open_store(tmp_path / "salary.db")
    ingest_paths(db, [seed(REPORT_SEED)])
    before = dump(db)

    [result] = ingest_paths(db, [write(tmp_path / name, text)]).documents

    assert result.status == "failed" and reason in result.reason, result.reason
    assert dump(db) == before


def test_a_table_past_the_size_limit_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.csv"
    path.write_text(SAMPLE + "x" * (MAX_BYTES - len(SAMPLE) + 1))
    db = open_store(tmp_path / "salary.db")

    [result] = ingest_paths(db, [path]).documents

    assert result.status == "failed" and result.reason.startswith("too large")
    assert dump(db)["observations"] == []


def test_ingesting_the_same_bytes_again_adds_nothing(tmp_path):
    db, first = ingest_table(tmp_path, "comp.csv", SAMPLE)
    before = dump(db)

    [again] = ingest_paths(db, [tmp_path / "comp.csv"]).documents

    assert (first.status, again.status) == ("stored", "already_ingested")
    assert dump(db) == before


def _other_layouts(folder: Path) -> dict[str, str]:
    db = open_store(folder / "export.db")
    ingest_paths(db, [seed(REPORT_SEED)])
    exported = export_store(db, folder / "csv") + export_store(db, folder / "json", fmt="json")
    files = [*exported, seed(REPORT_SEED), seed(JOB_PAGE_SEED)]
    if find_spec("jobspy") is not None:  # the optional postings extra: JobSpy's exports too
        from tests.jobspy_support import sample_jobs, save

        for name in ("jobs.csv", "jobs.json"):
            save(sample_jobs(), folder / name)
            files.append(folder / name)
    files += sorted((ROOT / "tests" / "fixtures" / "boards").glob("*.txt"))
    files += sorted(path for path in EXAMPLES.iterdir() if path != PAY_TABLE_EXAMPLE)
    return {path.name: decode_text(path.read_bytes()) for path in files}


def test_no_other_layouts_file_is_taken_for_a_pay_table(tmp_path):
    texts = _other_layouts(tmp_path)
    assert len(texts) >= 14

    taken = {
        name: next(layout.name for layout in LAYOUTS if layout.fits(text))
        for name, text in texts.items()
    }

    assert [name for name, text in texts.items() if looks_like_pay_table(text)] == []
    assert "pay_table" not in taken.values()
    assert taken["observations.csv"] == "csv" and taken["observations.json"] == "json"
    if "jobs.csv" in texts:
        assert taken["jobs.csv"] == taken["jobs.json"] == "jobspy"
    assert looks_like_pay_table(PAY_TABLE_EXAMPLE.read_text())


def test_a_markdown_table_opening_a_page_leaves_the_page_to_the_page_layouts():
    page = (
        "| Job Title | Salary |\n| --- | :---: |\n| Data Analyst | $70,000 |\n\n"
        "https://example.org/guide Data analysts in Austin earn $70,000 a year.\n"
    )

    assert not looks_like_pay_table(page)
    assert looks_like_pay_table(page.replace("| --- | :---: |\n", ""))


def test_an_unknown_currency_is_left_out_and_an_unreadable_date_dates_the_figure_by_the_file(
    tmp_path,
):
    header = "title,city,salary,currency,date,url"
    rows = ["Cook,Denver,18,XYZ,2026-05-01,https://a.example/1",
            "Chef,Denver,25,usd,sometime in spring,https://a.example/2"]  # fmt: skip
    db, result = ingest_table(tmp_path, "p.csv", "\n".join([header, *rows]))

    assert left_out_reasons(result) == ["row 1 (Cook): its currency 'XYZ' is not one we know"]
    [figure] = kept(db)
    assert figure["currency"] == "USD" and figure["undated"] == 1
    assert figure["as_of"] == date.fromtimestamp((tmp_path / "p.csv").stat().st_mtime).isoformat()
    assert "Its date 'sometime in spring' could not be read; dated by the file." in figure["note"]
