"""A pay table in its publisher's own columns ingests row by row and answers /salary, linked."""

from __future__ import annotations

import json
from datetime import date
from importlib.util import find_spec
from pathlib import Path

import pytest
from sqlite_utils import Database

from store.answer.salary import answer_salary
from store.db import open_store
from store.export import export_store
from store.ingest.files import MAX_BYTES, decode_text
from store.ingest.layouts import LAYOUTS
from store.ingest.paytable import looks_like_pay_table
from store.ingest.results import DocumentResult
from store.ingest.run import ingest_paths
from tests.store.ingest_support import JOB_PAGE_SEED, REPORT_SEED, dump, seed, write

ROOT = Path(__file__).resolve().parents[3]
EXAMPLES = ROOT / "docs" / "examples"
PAY_TABLE_EXAMPLE = EXAMPLES / "pay-table.csv"
TODAY = date(2026, 12, 1)
SAMPLE = """\
Job Title,Location,Base Min,Base Max,Pay Type,Source URL
Software Engineer II,"Austin, TX",135000,165000,Annual,https://careers.example.com/jobs/1
Warehouse Associate,"Reno, NV",19.50,23.00,Hourly,https://careers.example.com/jobs/2
"""


def _ingest(folder: Path, name: str, text: str) -> tuple[Database, DocumentResult]:
    db = open_store(folder / "salary.db")
    skipped: list[DocumentResult] = []
    report = ingest_paths(db, [write(folder / name, text)], on_document=skipped.append)
    [result] = report.documents
    return db, result.model_copy(update={"skipped": skipped[0].skipped})


def _stored(db: Database) -> list[dict]:
    return list(db.query("select * from observations order by id"))


def _one(folder: Path, header: str, row: str, name: str = "pay.csv") -> dict:
    db, result = _ingest(folder, name, f"{header}\n{row}\n")
    assert result.status == "stored", result.reason
    [figure] = _stored(db)
    return figure


def _reasons(result: DocumentResult) -> list[str]:
    return [f"{skip.what}: {skip.reason}" for skip in result.skipped]


def test_the_recruiters_table_answers_salary_for_each_role_and_place_with_its_link(tmp_path):
    db, result = _ingest(tmp_path, "comp.csv", SAMPLE)

    assert (result.status, result.kind, result.observations) == ("stored", "csv", 2)
    answer = answer_salary(db, "software engineer austin", today=TODAY)
    [source] = answer.sources
    assert answer.answered_at.key == "city:US-TX-austin"
    assert source.observation.url == "https://careers.example.com/jobs/1"
    assert source.published == "$135,000 - $165,000 / year"
    hourly = answer_salary(db, "warehouse associate reno", today=TODAY)
    [source] = hourly.sources
    assert (source.observation.min_amount, source.observation.max_amount) == (19.5, 23)
    assert (source.observation.period, source.observation.kind) == ("hour", "range")
    assert source.observation.source == "example.com"


def test_the_same_table_as_a_json_array_and_as_json_lines_reads_the_same(tmp_path):
    rows = [
        {"Job Title": "Software Engineer II", "Location": "Austin, TX", "Base Min": 135000,
         "Base Max": 165000, "Pay Type": "Annual", "Source URL": "https://careers.example.com/1"},
        {"Job Title": "Warehouse Associate", "Location": "Reno, NV", "Base Min": 19.5,
         "Base Max": 23, "Pay Type": "Hourly", "Source URL": "https://careers.example.com/2"},
    ]  # fmt: skip
    array_db, array = _ingest(tmp_path / "a", "comp.json", json.dumps(rows))
    lines_db, lines = _ingest(tmp_path / "l", "comp.jsonl", "\n".join(map(json.dumps, rows)))

    for db, result in ((array_db, array), (lines_db, lines)):
        assert (result.status, result.kind, result.observations) == ("stored", "json", 2)
        stored = [(o["role"], o["place_key"], o["min_amount"], o["period"]) for o in _stored(db)]
        assert stored == [
            ("software-engineer", "city:US-TX-austin", 135000, "year"),
            ("warehouse-associate", "city:US-NV-reno", 19.5, "hour"),
        ]


@pytest.mark.parametrize("title", ["title", "Job Title", "ROLE", "position", "job"])
def test_each_name_for_the_job_title_is_read(tmp_path, title):
    figure = _one(
        tmp_path, f"{title},city,salary,url", "Data Analyst,Denver,70000,https://a.example/1"
    )
    assert (figure["role"], figure["role_published"]) == ("data-analyst", "Data Analyst")


@pytest.mark.parametrize(
    ("header", "cells", "place_key"),
    [
        ("location", "Boston", "city:US-MA-boston"),
        ("Work Location", '"Austin, TX"', "city:US-TX-austin"),
        ("place", "Texas", "state:US-TX"),
        ("state", "TX", "state:US-TX"),
        ("metro", "Bay Area", "region:US-san-francisco-bay-area"),
        ("city", "DMV", "metro:US-washington-dc"),
        ("location", "02139", "city:US-MA-cambridge"),
        ("location", "Remote", "remote"),
        ("city,state", "Springfield,VA", "city:US-VA-springfield"),
    ],
)
def test_each_form_of_place_is_read_as_a_location_field_is(tmp_path, header, cells, place_key):
    figure = _one(
        tmp_path, f"title,{header},salary,url", f"Data Analyst,{cells},70000,https://a.example/1"
    )
    assert figure["place_key"] == place_key


@pytest.mark.parametrize(
    ("low", "high"),
    [
        ("min", "max"),
        ("Minimum", "Maximum"),
        ("low", "high"),
        ("From", "To"),
        ("Base Min", "Base Max"),
        ("salary_min", "salary_max"),
        ("Pay Min", "Pay Max"),
        ("MinSalary", "MaxSalary"),
    ],
)
def test_each_name_pair_for_the_bounds_makes_a_range(tmp_path, low, high):
    figure = _one(
        tmp_path,
        f"title,city,{low},{high},url",
        "Data Analyst,Denver,60000,80000,https://a.example/1",
    )
    assert (figure["kind"], figure["min_amount"], figure["max_amount"]) == ("range", 60000, 80000)
    assert figure["period"] == "year"


@pytest.mark.parametrize(
    ("pay", "kind"),
    [
        ("salary", "point"),
        ("Pay", "point"),
        ("rate", "point"),
        ("wage", "point"),
        ("amount", "point"),
        ("Base Salary", "point"),
        ("Median", "median"),
        ("Median Salary", "median"),
        ("average", "average"),
        ("Avg Pay", "average"),
        ("Mean Wage", "average"),
    ],
)
def test_one_pay_column_gives_one_figure_whose_kind_its_name_says(tmp_path, pay, kind):
    figure = _one(
        tmp_path, f"title,city,{pay},url", "Data Analyst,Denver,70000,https://a.example/1"
    )
    assert (figure["kind"], figure["min_amount"], figure["max_amount"]) == (kind, 70000, 70000)


def test_a_one_sided_bound_is_a_range_open_at_the_other_end(tmp_path):
    header = "title,city,min,max,url"
    db, _result = _ingest(tmp_path, "p.csv", f"{header}\nCook,Denver,18,,https://a.example/1\n"
                          "Chef,Denver,,90000,https://a.example/2\n")  # fmt: skip
    assert [(o["kind"], o["min_amount"], o["max_amount"]) for o in _stored(db)] == [
        ("range", 18, None),
        ("range", None, 90000),
    ]


@pytest.mark.parametrize("column", ["pay type", "Period", "frequency", "unit", "per", "interval"])
@pytest.mark.parametrize(
    ("value", "amount", "period"),
    [
        ("Annual", 52000, "year"), ("yearly", 52000, "year"), ("year", 52000, "year"),
        ("Hourly", 25, "hour"), ("hour", 25, "hour"), ("Monthly", 4000, "month"),
        ("weekly", 900, "week"), ("DAILY", 200, "day"), ("Annual Salary", 52000, "year"),
        ("Hourly Rate", 25, "hour"),
    ],
)  # fmt: skip
def test_the_period_column_gives_the_period_outright(tmp_path, column, value, amount, period):
    header = f"title,city,salary,{column},url"
    figure = _one(tmp_path, header, f"Nurse,Denver,{amount},{value},https://a.example/1")
    assert (figure["period"], figure["min_amount"], figure["note"]) == (period, amount, None)


def test_a_period_in_the_pay_column_name_or_cell_is_stated_and_none_is_inferred_from_the_size(
    tmp_path,
):
    header = "title,city,hourly rate,salary,url"
    rows = [
        "Cook,Denver,18,,https://a.example/1",  # "Hourly Rate"
        "Chef,Denver,,$4500/month,https://a.example/2",  # written in the cell
        "Baker,Denver,,21.50,https://a.example/3",  # by its size: hourly
        "Manager,Denver,,95k,https://a.example/4",  # by its size: yearly
    ]
    db, result = _ingest(tmp_path, "p.csv", "\n".join([header, *rows]))
    assert result.skipped == []
    stored = {o["role_published"]: (o["period"], o["min_amount"], o["note"]) for o in _stored(db)}
    inferred = "The source states no pay period; per {} is inferred from the amount."
    assert stored == {
        "Cook": ("hour", 18, None),
        "Chef": ("month", 4500, None),
        "Baker": ("hour", 21.5, inferred.format("hour")),
        "Manager": ("year", 95000, inferred.format("year")),
    }


def test_a_semicolon_table_with_a_bom_reads_euro_amounts_with_their_currency(tmp_path):
    text = (
        "\ufeffPosition;Ort;City;Salary Min;Salary Max;Currency;Link\n"
        "Data Analyst;Mitte;Berlin;3.500,00 €;4.200,50 €;;https://jobs.example.de/1\n"
        "Data Analyst;;Denver;60000;80000;CAD;https://jobs.example.com/2\n"
        "Data Analyst;;Boston;£30k;£40k;;https://jobs.example.co.uk/3\n"
    )
    db, result = _ingest(tmp_path, "p.csv", text)

    assert result.status == "stored", result.reason
    assert _reasons(result) == ["Ort: columns not read: no known meaning"]
    stored = [(o["place_key"], o["min_amount"], o["max_amount"], o["currency"], o["period"])
              for o in _stored(db)]  # fmt: skip
    assert stored == [
        ("city:DE-berlin", 3500, 4200.5, "EUR", "month"),
        ("city:US-CO-denver", 60000, 80000, "CAD", "year"),
        ("city:US-MA-boston", 30000, 40000, "GBP", "year"),
    ]


def test_a_tab_separated_table_with_a_currency_in_the_pay_column_name(tmp_path):
    figure = _one(
        tmp_path, "Job\tCity\tSalary (EUR)\tURL", "Data Analyst\tBerlin\t52000\thttps://a.example/1"
    )
    assert (figure["currency"], figure["period"], figure["place_key"]) == (
        "EUR",
        "year",
        "city:DE-berlin",
    )


@pytest.mark.parametrize("column", ["date", "As Of", "posted", "Updated", "effective"])
def test_the_date_column_dates_the_figure_else_the_file_does(tmp_path, column):
    header = f"title,city,salary,{column},url"
    db, _result = _ingest(tmp_path, "p.csv", f"{header}\nCook,Denver,18,2026-05-01,https://a.example/1\n"
                          "Chef,Denver,25,,https://a.example/2\n")  # fmt: skip
    dated, undated = _stored(db)
    assert (dated["as_of"], dated["undated"]) == ("2026-05-01", None)
    assert undated["as_of"] == date.fromtimestamp((tmp_path / "p.csv").stat().st_mtime).isoformat()
    assert undated["undated"] == 1


def test_a_posting_rows_employment_type_and_past_closing_date_are_kept(tmp_path):
    header = "title,location,company,min,max,employment type,closing date,link"
    rows = [
        'Data Analyst,"Austin, TX",Acme Corp,70000,90000,Full-time,2020-01-31,https://acme.example/7',
        'Data Analyst,"Reno, NV",Acme Corp,65000,85000,Contract,,https://acme.example/8',
    ]
    db, result = _ingest(tmp_path, "p.csv", "\n".join([header, *rows]) + "\n")

    assert result.postings_new == 2
    postings = sorted(dump(db)["postings"], key=lambda p: p["url"])
    assert [(p["employment_type"], p["status"]) for p in postings] == [
        ("Full-time", "expired"),
        ("Contract", "open"),
    ]


@pytest.mark.parametrize("column", ["company", "Employer"])
def test_a_row_naming_a_company_is_a_posting_with_its_pay(tmp_path, column):
    header = f"title,location,{column},min,max,date posted,link"
    row = 'Data Analyst,"Austin, TX",Acme Corp,70000,90000,2026-11-20,https://acme.example/jobs/7'
    db, result = _ingest(tmp_path, "p.csv", f"{header}\n{row}\n")

    assert (result.postings_new, result.observations) == (1, 1)
    [posting] = dump(db)["postings"]
    assert (posting["company"], posting["title"], posting["role"]) == (
        "Acme Corp",
        "Data Analyst",
        "data-analyst",
    )
    assert (posting["min_amount"], posting["max_amount"], posting["period"]) == (
        70000,
        90000,
        "year",
    )
    assert posting["posted_date"] == "2026-11-20"
    [figure] = _stored(db)
    assert (figure["posting_id"], figure["source_kind"]) == (posting["id"], "employer_posting")


@pytest.mark.parametrize("column", ["url", "Link", "Source", "Job URL"])
def test_each_name_for_the_link_cites_the_figure(tmp_path, column):
    figure = _one(
        tmp_path, f"title,city,salary,{column}", "Cook,Denver,18,https://www.bls.gov/oes/x"
    )
    assert (figure["url"], figure["source"], figure["source_kind"]) == (
        "https://www.bls.gov/oes/x", "BLS", "government"
    )  # fmt: skip


def test_levels_in_titles_and_titles_no_occupation_covers_are_read_as_other_layouts_read_them(
    tmp_path,
):
    header = "title,location,salary,url"
    rows = ["Senior Data Scientist,Boston,180000,https://a.example/1",
            "Zamboni Driver,Remote,24,https://a.example/2"]  # fmt: skip
    db, _result = _ingest(tmp_path, "p.csv", "\n".join([header, *rows]))

    assert [(o["role"], o["place_key"]) for o in _stored(db)] == [
        ("senior-data-scientist", "city:US-MA-boston"),
        ("zamboni-driver", "remote"),
    ]
    [source] = answer_salary(db, "zamboni driver remote", today=TODAY).sources
    assert source.observation.url == "https://a.example/2"


def test_a_location_that_names_no_place_keeps_the_figure_and_says_so(tmp_path):
    figure = _one(tmp_path, "title,location,salary,url", "Cook,Qwxzv Flats,18,https://a.example/1")
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
    db, result = _ingest(tmp_path, "p.csv", text)

    expected = [reason for reason in BAD_ROWS.values() if reason]
    assert sorted(_reasons(result)) == sorted(expected)
    assert (result.observations, result.skipped_count) == (1, len(expected))
    assert f"stored 1 observation, 0 postings (0 new, 0 updated); skipped {len(expected)}" in (
        result.summary()
    )
    [kept] = _stored(db)
    assert (kept["url"], kept["min_amount"], kept["period"]) == ("https://a.example/15", 18, "hour")
    assert not [o for o in _stored(db) if str(o["role_published"]).startswith(("=", "+", "-", "@"))]


def test_a_min_above_its_max_is_a_reversed_range_only_as_extraction_reads_one(tmp_path):
    header = "title,city,min,max,url"
    rows = [
        "Analyst,Denver,$100000,$75000,https://a.example/1",  # marked: put in order
        "Analyst,Boston,100000,75000,https://a.example/2",  # bare: no range
        "Analyst,Austin,20,150000,https://a.example/3",  # too far apart
    ]
    db, result = _ingest(tmp_path, "p.csv", "\n".join([header, *rows]))

    [figure] = _stored(db)
    assert (figure["min_amount"], figure["max_amount"], figure["place_key"]) == (
        75000,
        100000,
        "city:US-CO-denver",
    )
    assert "given high to low" in figure["note"]
    assert _reasons(result) == [
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
    db, first = _ingest(tmp_path, "comp.csv", SAMPLE)
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
    db, result = _ingest(tmp_path, "p.csv", "\n".join([header, *rows]))

    assert _reasons(result) == ["row 1 (Cook): its currency 'XYZ' is not one we know"]
    [figure] = _stored(db)
    assert figure["currency"] == "USD" and figure["undated"] == 1
    assert figure["as_of"] == date.fromtimestamp((tmp_path / "p.csv").stat().st_mtime).isoformat()
    assert "Its date 'sometime in spring' could not be read; dated by the file." in figure["note"]
