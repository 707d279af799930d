"""A pay table in its publisher's own columns ingests row by row and answers /salary, linked: what
each column's name means."""

from __future__ import annotations

import json
from datetime import date

import pytest

from store.answer.salary import answer_salary
from tests.store.ingest.paytable_support import (
    SAMPLE,
    TODAY,
    ingest_table,
    kept,
    left_out_reasons,
    one_figure,
)
from tests.store.ingest_support import dump


def test_the_recruiters_table_answers_salary_for_each_role_and_place_with_its_link(tmp_path):
    db, result = ingest_table(tmp_path, "comp.csv", SAMPLE)

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
    array_db, array = ingest_table(tmp_path / "a", "comp.json", json.dumps(rows))
    lines_db, lines = ingest_table(tmp_path / "l", "comp.jsonl", "\n".join(map(json.dumps, rows)))

    for db, result in ((array_db, array), (lines_db, lines)):
        assert (result.status, result.kind, result.observations) == ("stored", "json", 2)
        stored = [(o["role"], o["place_key"], o["min_amount"], o["period"]) for o in kept(db)]
        assert stored == [
            ("software-engineer", "city:US-TX-austin", 135000, "year"),
            ("warehouse-associate", "city:US-NV-reno", 19.5, "hour"),
        ]


@pytest.mark.parametrize("title", ["title", "Job Title", "ROLE", "position", "job"])
def test_each_name_for_the_job_title_is_read(tmp_path, title):
    figure = one_figure(
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
    figure = one_figure(
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
    figure = one_figure(
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
    figure = one_figure(
        tmp_path, f"title,city,{pay},url", "Data Analyst,Denver,70000,https://a.example/1"
    )
    assert (figure["kind"], figure["min_amount"], figure["max_amount"]) == (kind, 70000, 70000)


def test_a_one_sided_bound_is_a_range_open_at_the_other_end(tmp_path):
    header = "title,city,min,max,url"
    db, _result = ingest_table(tmp_path, "p.csv", f"{header}\nCook,Denver,18,,https://a.example/1\n"
                          "Chef,Denver,,90000,https://a.example/2\n")  # fmt: skip
    assert [(o["kind"], o["min_amount"], o["max_amount"]) for o in kept(db)] == [
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
    figure = one_figure(tmp_path, header, f"Nurse,Denver,{amount},{value},https://a.example/1")
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
    db, result = ingest_table(tmp_path, "p.csv", "\n".join([header, *rows]))
    assert result.skipped == []
    stored = {o["role_published"]: (o["period"], o["min_amount"], o["note"]) for o in kept(db)}
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
    db, result = ingest_table(tmp_path, "p.csv", text)

    assert result.status == "stored", result.reason
    assert left_out_reasons(result) == ["Ort: columns not read: no known meaning"]
    stored = [(o["place_key"], o["min_amount"], o["max_amount"], o["currency"], o["period"])
              for o in kept(db)]  # fmt: skip
    assert stored == [
        ("city:DE-berlin", 3500, 4200.5, "EUR", "month"),
        ("city:US-CO-denver", 60000, 80000, "CAD", "year"),
        ("city:US-MA-boston", 30000, 40000, "GBP", "year"),
    ]


def test_a_tab_separated_table_with_a_currency_in_the_pay_column_name(tmp_path):
    figure = one_figure(
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
    db, _result = ingest_table(tmp_path, "p.csv", f"{header}\nCook,Denver,18,2026-05-01,https://a.example/1\n"
                          "Chef,Denver,25,,https://a.example/2\n")  # fmt: skip
    dated, undated = kept(db)
    assert (dated["as_of"], dated["undated"]) == ("2026-05-01", None)
    assert undated["as_of"] == date.fromtimestamp((tmp_path / "p.csv").stat().st_mtime).isoformat()
    assert undated["undated"] == 1


def test_a_posting_rows_employment_type_and_past_closing_date_are_kept(tmp_path):
    header = "title,location,company,min,max,employment type,closing date,link"
    rows = [
        'Data Analyst,"Austin, TX",Acme Corp,70000,90000,Full-time,2020-01-31,https://acme.example/7',
        'Data Analyst,"Reno, NV",Acme Corp,65000,85000,Contract,,https://acme.example/8',
    ]
    db, result = ingest_table(tmp_path, "p.csv", "\n".join([header, *rows]) + "\n")

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
    db, result = ingest_table(tmp_path, "p.csv", f"{header}\n{row}\n")

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
    [figure] = kept(db)
    assert (figure["posting_id"], figure["source_kind"]) == (posting["id"], "employer_posting")


@pytest.mark.parametrize("column", ["url", "Link", "Source", "Job URL"])
def test_each_name_for_the_link_cites_the_figure(tmp_path, column):
    figure = one_figure(
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
    db, _result = ingest_table(tmp_path, "p.csv", "\n".join([header, *rows]))

    assert [(o["role"], o["place_key"]) for o in kept(db)] == [
        ("senior-data-scientist", "city:US-MA-boston"),
        ("zamboni-driver", "remote"),
    ]
    [source] = answer_salary(db, "zamboni driver remote", today=TODAY).sources
    assert source.observation.url == "https://a.example/2"
