"""The Chart button: the PNG goes through files_upload_v2's three steps to the right place."""

from __future__ import annotations

import io
import json

import pytest
from matplotlib.image import imread

from display.answer import CHART_ACTION_ID, CHART_TO_CHANNEL_ACTION_ID
from display.chart import PNG_SIGNATURE
from store.db import open_store
from tests.store_rows import seed_answers


@pytest.fixture(scope="module", autouse=True)
def seeded_store(app_store_path):
    db = open_store(app_store_path)
    seed_answers(db)
    db.close()


def completed(standin):
    """The one completed upload, once the stand-in has seen all three steps."""
    return standin.wait_for(
        lambda: (
            [u for u in standin.uploads() if u.completed]
            and standin.calls("files.completeUploadExternal")
        )
    )


def test_chart_from_a_private_answer_goes_to_the_askers_dm(signed_client, slack_standin):
    private = signed_client.slash_command("ml-intern boston").json()
    buttons = next(b for b in private["blocks"] if b["type"] == "actions")["elements"]
    chart = next(b for b in buttons if b["action_id"] == CHART_ACTION_ID)
    response_url = slack_standin.new_response_url()

    click = signed_client.block_action(
        CHART_ACTION_ID, chart["value"], user_id="U777", response_url=response_url
    )

    assert click.status == 200
    completed(slack_standin)
    [opened] = slack_standin.calls("conversations.open")
    assert opened.body["users"] == "U777"
    [asked] = slack_standin.calls("files.getUploadURLExternal")
    [upload] = slack_standin.uploads()
    assert upload.content.startswith(PNG_SIGNATURE)
    assert int(asked.body["length"]) == len(upload.content)  # the declared size is the real one
    assert asked.body["filename"] == upload.filename == "pay-ml-intern-boston-ma.png"
    assert "Boston" in asked.body["alt_txt"]
    assert imread(io.BytesIO(upload.content), format="png").shape[1] == 1200
    [complete] = slack_standin.calls("files.completeUploadExternal")
    assert complete.body["channel_id"] == "DU777"  # the DM, never the channel
    assert json.loads(complete.body["files"])[0]["id"] == upload.file_id
    assert "Machine Learning Intern" in upload.title
    [note] = slack_standin.wait_for(lambda: slack_standin.response_posts(response_url))
    assert note.body["response_type"] == "ephemeral"
    assert "direct message" in note.body["text"]


def test_chart_from_a_shared_answer_goes_to_its_channel(signed_client, slack_standin):
    signed_client.block_action(
        CHART_TO_CHANNEL_ACTION_ID, "ml-intern boston", channel_id="C555", user_id="U1"
    )

    completed(slack_standin)
    [complete] = slack_standin.calls("files.completeUploadExternal")
    assert complete.body["channel_id"] == "C555"
    assert slack_standin.calls("conversations.open") == []
    assert slack_standin.uploads()[0].content.startswith(PNG_SIGNATURE)


def test_a_channel_that_refuses_the_file_gets_a_dm_and_a_private_note(signed_client, slack_standin):
    slack_standin.fail_next("files.completeUploadExternal", error="not_in_channel")
    response_url = slack_standin.new_response_url()

    signed_client.block_action(
        CHART_TO_CHANNEL_ACTION_ID, "ml-intern boston", channel_id="C999", user_id="U2",
        response_url=response_url,
    )  # fmt: skip

    [note] = slack_standin.wait_for(lambda: slack_standin.response_posts(response_url))
    assert "/invite" in note.body["text"] and "direct message" in note.body["text"]
    first, second = slack_standin.calls("files.completeUploadExternal")
    assert first.body["channel_id"] == "C999" and first.status == 200
    assert second.body["channel_id"] == "DU2"
    assert [u.completed for u in slack_standin.uploads()] == [False, True]


def test_a_chart_for_a_question_that_no_longer_answers_is_explained(signed_client, slack_standin):
    response_url = slack_standin.new_response_url()

    signed_client.block_action(
        CHART_ACTION_ID, "underwater basket weaver boston", response_url=response_url
    )

    [post] = slack_standin.wait_for(lambda: slack_standin.response_posts(response_url))
    assert post.body["response_type"] == "ephemeral"
    assert "I don't know the role" in json.dumps(post.body, ensure_ascii=False)
    assert slack_standin.uploads() == []
