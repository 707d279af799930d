"""The App Home tab is published with what the store covers when a user opens it."""

from __future__ import annotations

import json

import pytest

from store.db import open_store
from tests.slack_standin import BOT_TOKEN
from tests.store_rows import seed_answers


@pytest.fixture(scope="module", autouse=True)
def seeded_store(app_store_path):
    db = open_store(app_store_path)
    seed_answers(db)
    db.close()


def home_opened(user: str, tab: str = "home") -> dict:
    return {"type": "app_home_opened", "user": user, "channel": "D0HOME", "tab": tab}


def test_opening_home_publishes_coverage_and_how_to_ask(signed_client, slack_standin):
    response = signed_client.event(home_opened("U555"))

    assert response.status == 200
    [call] = slack_standin.wait_for(lambda: slack_standin.calls("views.publish"))
    assert call.body["user_id"] == "U555"
    assert call.token == BOT_TOKEN
    view = call.body["view"]
    view = json.loads(view) if isinstance(view, str) else view
    assert view["type"] == "home"
    text = json.dumps(view)
    assert "Machine Learning Intern (`ml-intern`)" in text
    assert "Boston, MA" in text and "salaries.example.org" in text
    assert "/salary ml-intern boston" in text


def test_opening_the_messages_tab_publishes_nothing(signed_client, slack_standin):
    signed_client.event(home_opened("U1", tab="messages"))
    signed_client.event(home_opened("U2"))

    slack_standin.wait_for(lambda: slack_standin.calls("views.publish"))
    assert [c.body["user_id"] for c in slack_standin.calls("views.publish")] == ["U2"]
