"""The Tavily stand-in answers the real client as the API does: filters, limits and errors."""

from __future__ import annotations

import pytest
import requests
from tavily import TavilyClient
from tavily import errors as tavily_errors

PAGES = [
    {"title": "Data Analyst Salary in Austin, TX", "url": "https://www.salary.com/austin",
     "content": "The salary range for a Data Analyst job is from $60,000 to $80,000 per year."},
    {"title": "Data Analyst - Acme | Built In", "url": "https://builtin.com/job/data-analyst/1",
     "content": "Acme is hiring a Data Analyst in Austin, TX. Pay: $35 - $45 an hour. " * 60},
    {"title": "Analysts earn more this year", "url": "https://news.example.com/analysts",
     "content": "Data analyst pay rose 4% in Austin.", "topic": "news",
     "published_date": "2026-11-20"},
    {"title": "Gardening tips", "url": "https://garden.example.org/", "content": "Roses."},
]  # fmt: skip


@pytest.fixture
def client(tavily_standin):
    tavily_standin.pages = PAGES
    return TavilyClient(api_key=tavily_standin.api_key, api_base_url=tavily_standin.url)


def urls(answer: dict) -> list[str]:
    return [result["url"] for result in answer["results"]]


def test_pages_are_ranked_by_the_query_words_they_hold(client):
    answer = client.search("data analyst salary austin")

    assert urls(answer)[0] == "https://www.salary.com/austin"
    assert "https://garden.example.org/" not in urls(answer)
    assert answer["answer"] is None


def test_domains_max_results_topic_and_depth_are_honoured(client):
    assert urls(client.search("data analyst", include_domains=["builtin.com"])) == [
        "https://builtin.com/job/data-analyst/1"
    ]
    assert "https://builtin.com/job/data-analyst/1" not in urls(
        client.search("data analyst", exclude_domains=["builtin.com"])
    )
    assert len(client.search("data analyst", max_results=1)["results"]) == 1
    news = client.search("data analyst pay", topic="news")
    assert urls(news) == ["https://news.example.com/analysts"]
    assert news["results"][0]["published_date"] == "2026-11-20"
    basic = client.search("data analyst acme", include_domains=["builtin.com"])
    advanced = client.search("data analyst acme", include_domains=["builtin.com"],
                             search_depth="advanced")  # fmt: skip
    assert len(basic["results"][0]["content"]) < len(advanced["results"][0]["content"])
    assert client.search("data analyst", include_answer=True)["answer"]


def test_a_parameter_it_does_not_honour_is_refused(client):
    with pytest.raises(tavily_errors.BadRequestError, match="unsupported"):
        client.search("data analyst", time_range="week")


@pytest.mark.parametrize(
    ("status", "error", "detail"),
    [
        (429, tavily_errors.UsageLimitExceededError, "excessive requests"),
        (432, tavily_errors.ForbiddenError, "plan's set usage limit"),
        (433, tavily_errors.ForbiddenError, "pay-as-you-go limit"),
        (500, requests.HTTPError, "500"),
    ],
)
def test_errors_reach_the_client_as_tavily_sends_them(
    client, tavily_standin, status, error, detail
):
    tavily_standin.fail_next(status)

    with pytest.raises(error, match=detail):
        client.search("data analyst")


def test_a_wrong_key_is_401(tavily_standin):
    client = TavilyClient(api_key="tvly-wrong", api_base_url=tavily_standin.url)
    with pytest.raises(tavily_errors.InvalidAPIKeyError, match="missing or invalid API key"):
        client.search("data analyst")
