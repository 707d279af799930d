"""extract_pay on the two real sample documents in ../shared/seeds.

The samples live outside the repository; these tests skip when they are absent.
Each search result's content is read from the report's JSON as the ingest step
would, and the raw report text (with its JSON escapes) is read as well.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from store.extract.figures import extract_pay

SEEDS = Path(__file__).resolve().parents[3].parent / "shared" / "seeds"
REPORT = SEEDS / "000_64a02e43457dca21.txt"
JOB_PAGE = SEEDS / "003_2e5ff8a8742c85d1.txt"

pytestmark = pytest.mark.skipif(
    not (REPORT.exists() and JOB_PAGE.exists()),
    reason=f"sample documents not found in {SEEDS}",
)


def results() -> dict[str, str]:
    """The report's search results, url -> content."""
    text = REPORT.read_text(encoding="utf-8")
    detail = json.loads(text.split("## Detailed Results", 1)[1])
    return {result["url"]: result["content"] for result in detail}


def content(site: str) -> str:
    [found] = [text for url, text in results().items() if site in url]
    return found


def described(text: str) -> list[tuple]:
    return [
        (f.min_amount, f.max_amount, f.period, f.currency, f.kind, f.covers, f.region)
        for f in extract_pay(text)
    ]


def test_salary_com_range() -> None:
    assert described(content("salary.com")) == [
        (124052, 184190, "year", "USD", "range", None, None)
    ]


def test_built_in_summary_figures() -> None:
    found = described(content("builtinboston.com/salaries"))
    assert found[:5] == [
        (44000, 170000, "year", "USD", "range", None, None),
        (164700, 164700, "year", "USD", "average", None, None),
        (164700, 164700, "year", "USD", "average", None, None),
        (10000, 10000, "year", "USD", "average", "additional_cash", None),
        (174700, 174700, "year", "USD", "average", "total", None),
    ]


def test_built_in_salary_table_reads_average_column_and_min_max_ranges() -> None:
    table = described(content("builtinboston.com/salaries"))[5:]
    assert table[:4] == [
        (70857, 70857, "year", "USD", "average", None, None),
        (45000, 103000, "year", "USD", "range", None, None),
        (75000, 75000, "year", "USD", "average", None, None),
        (75000, 75000, "year", "USD", "range", None, None),
    ]
    assert len(table) == 16  # eight job titles, an average and a range each


def test_linkedin_regions() -> None:
    assert described(content("linkedin.com")) == [
        (137800, 155000, "year", "USD", "range", "base", "Region 1"),
        (117100, 131800, "year", "USD", "range", "base", "Region 2"),
    ]


def test_instacart_state_table() -> None:
    assert described(content("builtinboston.com/job")) == [
        (50, 50, None, "USD", "range", None, "CA, NY, CT, NJ"),
        (47.5, 47.5, None, "USD", "range", None, "WA"),
        (
            45,
            45,
            None,
            "USD",
            "range",
            None,
            "OR, DE, ME, MA, MD, NH, RI, VT, DC, PA, VA, CO, TX, IL, HI",
        ),
        (42, 42, None, "USD", "range", None, "All other states"),
    ]


def test_ziprecruiter_hourly_and_yearly_average() -> None:
    assert described(content("ziprecruiter.com")) == [
        (22.36, 22.36, "hour", "USD", "average", None, None),
        (46507, 46507, "year", "USD", "average", None, None),
    ]


def test_report_summary_and_raw_escaped_json_give_the_same_figures() -> None:
    raw = REPORT.read_text(encoding="utf-8")
    summary, detail = raw.split("## Detailed Results", 1)
    assert described(summary) == [
        (124052, 184190, "year", "USD", "range", None, None),
        (164700, 164700, "year", "USD", "average", None, None),
    ]
    from_json = [figure for text in results().values() for figure in described(text)]
    assert described(detail) == from_json
    for figure in extract_pay(raw):
        assert raw[figure.span[0] : figure.span[1]] == figure.text


def test_job_page_figures() -> None:
    found = described(JOB_PAGE.read_text(encoding="utf-8"))
    assert (48230, 48230, "year", "USD", "average", None, None) in found
    assert (36800, 52100, "year", "USD", "range", None, None) in found
    assert (23.2, 23.2, "hour", "USD", "average", None, None) in found
    assert (27, 27, "hour", "USD", "point", None, None) in found  # "$27/hr" on the card
    assert (27, 27, "hour", "USD", "point", "base", None) in found  # "$27.00 per hour"
    assert found[:3] == [  # the site's low / typical / high markers, "$28.9K" ...
        (28900, 28900, "year", "USD", "point", None, None),
        (48200, 48200, "year", "USD", "point", None, None),
        (99700, 99700, "year", "USD", "point", None, None),
    ]
    assert len(found) == 9


@pytest.mark.parametrize(
    "noise",
    [
        "501 - 1,000 Employees",
        "3.5 GPA",
        "40 hours/week",
        "June 8 - August 14, 2026",
        "2013",
        "58%",
        "NASDAQ: XMTR",
        "Fortune 1000",
        "December 20, 2021",
        "Showing results 1-20",
    ],
)
def test_job_page_noise_is_not_pay(noise: str) -> None:
    text = JOB_PAGE.read_text(encoding="utf-8") + REPORT.read_text(encoding="utf-8")
    assert noise in text
    for figure in extract_pay(text):
        assert noise not in figure.text
        assert not (figure.span[0] <= text.index(noise) < figure.span[1])
