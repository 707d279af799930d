"""The stand-in itself: response URLs are recorded, and requests are signed as Slack signs them."""

from __future__ import annotations

from urllib.parse import parse_qsl

from slack_sdk.signature import SignatureVerifier
from slack_sdk.webhook import WebhookClient

from tests.slack_standin import SignedClient, slack_signature


def test_records_posts_to_the_response_urls_it_hands_out(slack_standin):
    url = slack_standin.new_response_url()

    WebhookClient(url).send(text="done", response_type="in_channel")

    [post] = slack_standin.response_posts(url)
    assert post.body == {"text": "done", "response_type": "in_channel"}
    assert slack_standin.response_posts(slack_standin.new_response_url()) == []


def test_signatures_verify_with_slack_sdks_own_verifier():
    body, timestamp = "command=%2Fsalary&text=help", "1700000000"

    verifier = SignatureVerifier("secret", clock=type("C", (), {"now": lambda self: 1.7e9})())

    assert verifier.is_valid(body, timestamp, slack_signature("secret", timestamp, body))
    assert not verifier.is_valid(body, timestamp, slack_signature("other", timestamp, body))


def test_slash_command_bodies_carry_what_slack_sends(slack_standin):
    client = SignedClient("http://127.0.0.1:9", "secret", slack_standin)

    body = dict(parse_qsl(client.slash_command_body("ml-intern boston")))

    assert body["command"] == "/salary" and body["text"] == "ml-intern boston"
    for key in ("user_id", "channel_id", "team_id", "trigger_id"):
        assert body[key]
    assert body["response_url"].startswith(slack_standin.base_url + "/response/")
