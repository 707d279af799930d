"""The Web API client retries rate limits and server errors, and stops at Slack's refusals."""

from __future__ import annotations

import pytest
from slack_sdk.errors import SlackApiError

from bot.settings import load_settings
from bot.slack_client import make_web_client
from tests.slack_standin import BOT_TOKEN, SlackStandin


@pytest.fixture
def client(slack_standin: SlackStandin):
    settings = load_settings(slack_bot_token=BOT_TOKEN, slack_api_url=slack_standin.api_url)
    return make_web_client(settings)


def test_posts_to_the_configured_api_url_with_the_bot_token(client, slack_standin):
    response = client.chat_postMessage(channel="C1", text="Weekly digest")

    assert response["ok"] and response["channel"] == "C1" and response["ts"]
    [call] = slack_standin.calls("chat.postMessage")
    assert call.body["text"] == "Weekly digest"
    assert call.token == BOT_TOKEN


def test_waits_out_a_rate_limit_then_succeeds(client, slack_standin):
    slack_standin.fail_next("chat.postMessage", status=429, retry_after=0)

    assert client.chat_postMessage(channel="C1", text="hi")["ok"]
    assert [c.status for c in slack_standin.calls("chat.postMessage")] == [429, 200]


def test_retries_a_server_error(client, slack_standin):
    slack_standin.fail_next("chat.postMessage", status=500)

    assert client.chat_postMessage(channel="C1", text="hi")["ok"]
    assert [c.status for c in slack_standin.calls("chat.postMessage")] == [500, 200]


def test_a_refusal_raises_at_once_without_retrying(client, slack_standin):
    slack_standin.fail_next("chat.postMessage", error="not_in_channel")

    with pytest.raises(SlackApiError) as raised:
        client.chat_postMessage(channel="C1", text="hi")

    assert raised.value.response["error"] == "not_in_channel"
    assert len(slack_standin.calls("chat.postMessage")) == 1


def test_an_explicit_token_wins_over_the_bot_token(slack_standin):
    settings = load_settings(slack_bot_token=BOT_TOKEN, slack_api_url=slack_standin.api_url)

    make_web_client(settings, token="xoxb-installed-workspace").auth_test()

    assert slack_standin.calls("auth.test")[0].token == "xoxb-installed-workspace"
