"""`python -m bot research`: searches through the Tavily stand-in, a report, an ingest."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.cli import main
from store.collect.budget import searches_used
from store.collect.research import SEARCHES
from store.db import open_store
from tests.collect_support import collect_env, report_urls, seed_pages
from tests.store.ingest_support import dump

ANSWER = "Salary.com puts a Machine Learning Intern in Boston, MA at $124,052 to $184,190 a year."


@pytest.fixture
def env(tavily_standin, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no stray .env is read
    values = collect_env(tavily_standin, tmp_path)
    for name, value in values.items():
        monkeypatch.setenv(name, value)
    tavily_standin.pages = seed_pages()
    tavily_standin.answer = ANSWER
    return values


def store(env) -> dict:
    return dump(open_store(env["DATABASE_PATH"]))


def test_research_writes_a_report_in_the_sample_format_and_ingests_it(env, tavily_standin, capsys):
    code = main(["research", "machine learning intern boston"])

    out = capsys.readouterr().out
    assert code == 0, out
    [report] = Path(env["RESEARCH_FOLDER"]).glob("*.txt")
    assert f"report: {report}" in out
    assert f"{report} [report]: stored" in out
    text = report.read_text(encoding="utf-8")
    assert text.startswith("# Market Research for machine learning intern\n\n")
    assert "\n## Detailed Results\n\n[" in text
    assert "Place: Boston, MA" in text
    # The summary is the API's answer, and the results are what the searches found.
    assert text.split("\n\n")[1] == ANSWER
    urls = report_urls(report)
    assert len(urls) == len(set(urls))
    answers = [tavily_standin.search(body)[1] for body in tavily_standin.searches]
    found = [result["url"] for answer in answers for result in answer["results"]]
    assert set(urls) == set(found) and len(found) > len(urls)  # deduplicated by URL
    rows = store(env)
    assert rows["documents"][0]["path"] == str(report)
    salary_com = [o for o in rows["observations"] if o["source"] == "Salary.com"]
    assert salary_com and {o["role"] for o in salary_com} == {"ml-intern"}


def test_each_search_sends_what_the_plan_says(env, tavily_standin):
    assert main(["research", "machine learning intern boston"]) == 0

    sent = tavily_standin.searches
    assert [s["query"] for s in sent] == [
        "Machine Learning Intern salary in Boston, MA",
        "Machine Learning Intern jobs in Boston, MA pay range",
        "Data Scientists wages Boston, MA survey",
    ]
    for body, search in zip(sent, SEARCHES, strict=True):
        assert body["max_results"] == search.max_results
        assert body["search_depth"] == "basic" and body["topic"] == "general"
        assert body.get("include_domains", []) == list(search.include_domains)
        assert body.get("exclude_domains", []) == list(search.exclude_domains)
    assert sent[0]["include_answer"] is True


def test_without_a_key_it_says_how_to_get_one(env, monkeypatch, capsys):
    monkeypatch.setenv("TAVILY_API_KEY", "")

    code = main(["research", "machine learning intern boston"])

    err = capsys.readouterr().err
    assert code == 1
    assert "TAVILY_API_KEY is not set" in err and "https://app.tavily.com" in err
    assert not Path(env["RESEARCH_FOLDER"]).exists()


@pytest.mark.parametrize(
    ("status", "after", "says"),
    [
        (401, 0, "Tavily refused the API key (401)"),
        (429, 0, "rate limiting this key (429)"),
        (432, 1, "plan's monthly limit is reached (432)"),
        (433, 2, "pay-as-you-go limit is reached (433)"),
        (500, 1, "Tavily failed (HTTP 500)"),
        (503, 0, "Tavily failed (HTTP 503)"),
    ],
)
def test_an_api_error_is_one_line_and_stores_nothing(
    env, tavily_standin, capsys, status, after, says
):
    tavily_standin.fail_next(status, after=after)

    code = main(["research", "machine learning intern boston"])

    captured = capsys.readouterr()
    assert code == 1
    assert captured.err.count("\n") == 1 and says in captured.err
    assert "Traceback" not in captured.err
    assert not list(Path(env["RESEARCH_FOLDER"]).glob("*.txt"))
    rows = store(env)
    assert rows["documents"] == [] and rows["observations"] == []
    db = open_store(env["DATABASE_PATH"])
    # The searches Tavily answered before the error are counted: they cost credits.
    assert searches_used(db, now=datetime.now(UTC)) == after


def test_a_wrong_key_is_refused_by_the_api(env, monkeypatch, capsys):
    monkeypatch.setenv("TAVILY_API_KEY", "tvly-dev-wrong")

    assert main(["research", "machine learning intern boston"]) == 1
    assert "Tavily refused the API key (401)" in capsys.readouterr().err


def test_a_timeout_is_one_line(env, tavily_standin, monkeypatch, capsys):
    monkeypatch.setenv("TAVILY_TIMEOUT_SECONDS", "0.5")
    tavily_standin.delay_next(1.5)

    assert main(["research", "machine learning intern boston"]) == 1
    err = capsys.readouterr().err
    assert err.strip() == "research: Tavily did not answer within 0.5 s; try again later"
    assert store(env)["documents"] == []


def test_the_monthly_budget_is_counted_and_respected(env, tavily_standin, monkeypatch, capsys):
    monkeypatch.setenv("TAVILY_MONTHLY_SEARCHES", "5")
    assert main(["research", "machine learning intern boston"]) == 0
    sent = len(tavily_standin.searches)

    code = main(["research", "machine learning intern boston"])

    assert code == 1
    assert "search budget for" in capsys.readouterr().err
    assert len(tavily_standin.searches) == sent == 3  # refused before searching


def test_a_query_without_a_place_it_can_read_is_refused(env, tavily_standin, capsys):
    assert main(["research", "machine learning intern atlantis"]) == 1
    assert "could not place" in capsys.readouterr().err
    assert tavily_standin.searches == []


def test_collect_postings_without_the_extra_says_how_to_install_it(env, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "jobspy", None)  # as if python-jobspy were not installed

    code = main(["collect", "postings", "machine learning intern boston"])

    err = capsys.readouterr().err
    assert code == 1
    assert "python-jobspy is not installed" in err
    assert "pip install -r requirements-postings.lock" in err
