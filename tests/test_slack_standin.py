"""The stand-in itself: response URLs are recorded, and requests are signed as Slack signs them."""

from __future__ import annotations

from urllib.parse import parse_qsl

import pytest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.signature import SignatureVerifier
from slack_sdk.webhook import WebhookClient

from tests.signed_requests import SignedClient, http_request, slack_signature


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


def test_file_uploads_take_slacks_three_steps_and_answer_its_errors(slack_standin):
    client = WebClient(token="xoxb-test", base_url=slack_standin.api_url)

    shared = client.files_upload_v2(
        channel="C1", content=b"\x89PNG data", filename="a.png", title="A chart"
    )

    assert shared["file"]["title"] == "A chart" and shared["file"]["channels"] == ["C1"]
    [upload] = slack_standin.uploads()
    assert upload.content == b"\x89PNG data" and upload.completed
    assert upload.channel_id == "C1"
    with pytest.raises(SlackApiError) as zero:
        client.files_getUploadURLExternal(filename="a.png", length=0)
    assert zero.value.response["error"] == "missing_argument"
    with pytest.raises(SlackApiError) as again:  # completing twice: the file is gone
        client.files_completeUploadExternal(files=[{"id": upload.file_id}], channel_id="C1")
    assert again.value.response["error"] == "file_not_found"
    issued = client.files_getUploadURLExternal(filename="b.png", length=3)
    with pytest.raises(SlackApiError) as no_bytes:  # the bytes never arrived
        client.files_completeUploadExternal(files=[{"id": issued["file_id"]}])
    assert no_bytes.value.response["error"] == "file_not_found"
    unknown = http_request(slack_standin.base_url + "/upload/v1/F404", b"abc")
    assert unknown.status == 404
