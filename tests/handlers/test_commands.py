"""`/salary` end to end: signed slash commands to the real server, answers in its HTTP response.

The server (``python -m bot serve``) runs once for this module against a store
seeded by ``tests.store_rows.seed_answers``.
"""

from __future__ import annotations

import json

import pytest

from bot.settings import load_settings
from handlers import subscriptions
from store.db import open_store, write_transaction
from store.pay import BASIS_NOTE
from tests.signed_requests import block_kit_violations
from tests.store_rows import observation, seed_answers


@pytest.fixture(scope="module", autouse=True)
def seeded_store(app_store_path):
    db = open_store(app_store_path)
    seed_answers(db)
    db.close()


def ask(client, text: str) -> dict:
    """Send `/salary <text>`; the answer is the command's own HTTP response."""
    response = client.slash_command(text)
    assert response.status == 200, response.text
    message = response.json()
    assert message["response_type"] == "ephemeral"
    return message


def header(message: dict) -> str:
    return message["blocks"][0]["text"]["text"]


def reading(message: dict) -> str:
    return message["blocks"][1]["elements"][0]["text"]


def test_ml_intern_boston_answers_from_city_figures(signed_client, slack_standin):
    message = ask(signed_client, "ml-intern boston")
    text = json.dumps(message, ensure_ascii=False)

    assert header(message) == "Machine Learning Intern · Boston, MA"
    assert "answered at the *city* level (Boston, MA)" in reading(message)
    assert message["blocks"][2]["text"]["text"].startswith("*Consensus: $")
    for source in ("salaries.example.org", "payscale.example.com", "fulltime.example.net"):
        assert f"|{source}>" in text
    assert ":warning:" in text  # $124k-$184k for an intern looks like full-time pay
    assert "Open postings with pay" in text
    assert BASIS_NOTE in text
    assert "share_answer" in text
    assert slack_standin.response_posts() == []  # answered in the response itself


@pytest.mark.parametrize(
    ("query", "title", "level"),
    [
        (
            "machine learning intern in Boston, MA",
            "Machine Learning Intern · Boston, MA",
            "answered at the *city* level",
        ),
        (
            "ml intern ma",
            "Machine Learning Intern · Massachusetts",
            "answered at the *state* level",
        ),
        ("data science intern remote", "Data Science Intern · Remote", "from *Remote* figures"),
        ("ml-intern", "Machine Learning Intern · United States", "at the *national* level"),
    ],
)
def test_every_way_of_asking_is_read_and_says_which_level_answered(
    signed_client, query, title, level
):
    message = ask(signed_client, query)

    assert header(message) == title
    assert level in reading(message)


@pytest.mark.parametrize(
    ("query", "level", "place"),
    [
        ("ml-intern cambridge ma", "metro area", "Boston-Cambridge-Newton, MA-NH"),
        ("ml-intern worcester ma", "state", "Massachusetts"),
        ("ml-intern austin tx", "national", "United States"),
    ],
)
def test_a_broader_place_answers_and_says_so(signed_client, query, level, place):
    message = ask(signed_client, query)

    line = reading(message)
    assert f"answered at the *{level}* level ({place})" in line
    assert ":arrow_heading_up: No figures for" in line


def test_an_unknown_role_gets_suggestions_and_what_the_store_covers(signed_client):
    text = json.dumps(ask(signed_client, "data intern boston"), ensure_ascii=False)

    assert "Did you mean:* `data-science-intern`" in text
    assert "Roles with figures" in text
    assert "share_answer" not in text


@pytest.mark.parametrize(
    ("text", "says"),
    [("san francisco", "Which role in San Francisco, CA?"), ("remote", "Which role, Remote?")],
)
def test_a_place_alone_asks_which_role_there(signed_client, text, says):
    text = json.dumps(ask(signed_client, text), ensure_ascii=False)

    assert says in text
    assert "I don't know the role" not in text
    assert "Roles with figures" in text


def test_an_unknown_place_says_where_the_role_has_figures(signed_client):
    text = json.dumps(ask(signed_client, "ml-intern in zzyzxqv"), ensure_ascii=False)

    assert "zzyzxqv" in text
    assert "Machine Learning Intern has figures for" in text


@pytest.mark.parametrize("text", ["help", "", "  "])
def test_help_and_a_bare_command_show_usage_with_examples(signed_client, text):
    message = ask(signed_client, text)

    assert header(message).startswith("What does a role pay?")
    assert "/salary ml-intern boston" in json.dumps(message, ensure_ascii=False)


def test_user_text_is_escaped_and_never_mentions_anyone(signed_client):
    text = json.dumps(ask(signed_client, "<!channel> <@U1> *x* &lt;"), ensure_ascii=False)

    assert "<!channel>" not in text and "<@U1>" not in text
    assert "&lt;!channel&gt;" in text


def test_subscription_subcommands_are_answered_by_the_subscriptions_module(
    signed_client, app_store_path
):
    message = ask(signed_client, "subscriptions")

    db = open_store(app_store_path)
    expected = subscriptions.answer_subscription_command(
        db,
        load_settings(database_path=app_store_path),
        text="subscriptions",
        team_id="T0STANDIN",
        channel_id="C123",
        user_id="U123",
    )
    assert message["text"] == expected["text"]


def test_a_repeated_question_reflects_data_committed_in_between(signed_client, app_store_path):
    before = ask(signed_client, "data science intern")
    assert "No Data Science Intern figures from any source" in json.dumps(
        before, ensure_ascii=False
    )
    assert ask(signed_client, "data science intern") == before

    db = open_store(app_store_path)  # another writer, as an ingest would be
    row = observation(
        "country:US",
        50,
        60,
        role="data-science-intern",
        source="newsource.example.com",
        period="hour",
    )
    with write_transaction(db):
        db["observations"].insert(row.model_dump(exclude={"id"}))

    after = json.dumps(ask(signed_client, "data science intern"), ensure_ascii=False)
    assert "|newsource.example.com>" in after


def test_two_hundred_sources_with_huge_names_and_urls_still_fit_block_kit(
    signed_client, app_store_path
):
    db = open_store(app_store_path)
    rows = [
        observation(
            "state:US-CA",
            20 + n % 9,
            30,
            role="data-analyst-intern",
            source=f"{'very-long-source-' * 20}{n}.com",
            url=f"https://example.com/{'p' * 4000}/{n}",
            period="hour",
        )
        for n in range(200)
    ]
    with write_transaction(db):
        db["observations"].insert_all(row.model_dump(exclude={"id"}) for row in rows)

    message = ask(signed_client, "data analyst intern california")

    assert block_kit_violations(message) == []
    assert "more sources" in json.dumps(message)
