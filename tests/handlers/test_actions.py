"""The Share button: the same answer, posted in the channel through the response URL."""

from __future__ import annotations

import json

import pytest

from display.answer import SHARE_ACTION_ID
from store.db import open_store
from tests.store_rows import seed_answers


@pytest.fixture(scope="module", autouse=True)
def seeded_store(app_store_path):
    db = open_store(app_store_path)
    seed_answers(db)
    db.close()


def test_sharing_posts_the_answer_in_channel_attributed_to_the_sharer(signed_client, slack_standin):
    private = signed_client.slash_command("ml-intern boston").json()
    button = next(b for b in private["blocks"] if b["type"] == "actions")["elements"][0]
    assert button["action_id"] == SHARE_ACTION_ID
    response_url = slack_standin.new_response_url()

    click = signed_client.block_action(
        button["action_id"], button["value"], user_id="U777", response_url=response_url
    )

    assert click.status == 200
    post, delete = slack_standin.wait_for(
        lambda: (posts := slack_standin.response_posts(response_url)) and len(posts) == 2 and posts
    )
    assert delete.body["delete_original"] is True  # the private copy goes
    assert post.body["response_type"] == "in_channel"
    assert post.body["blocks"][0] == private["blocks"][0]  # same header
    text = json.dumps(post.body)
    assert "Shared by <@U777>" in text
    assert SHARE_ACTION_ID not in text  # no Share button in the channel copy
    assert slack_standin.calls("chat.postMessage") == []


def test_a_share_that_no_longer_answers_is_explained_privately(signed_client, slack_standin):
    response_url = slack_standin.new_response_url()

    signed_client.block_action(
        SHARE_ACTION_ID, "underwater basket weaver boston", response_url=response_url
    )

    [post] = slack_standin.wait_for(lambda: slack_standin.response_posts(response_url))
    assert post.body["response_type"] == "ephemeral"
    assert "I don't know the role" in json.dumps(post.body, ensure_ascii=False)
