"""Over OAuth, leaving a workspace also forgets its installation, as Bolt's own listeners do.

The app is built in OAuth mode and sent signed events in-process; the installation
store is slack_sdk's real SQLite one beside the store.
"""

from __future__ import annotations

import pytest
from slack_bolt.request import BoltRequest
from slack_sdk.oauth.installation_store import Installation

from bot.app import build_app
from bot.settings import load_settings
from store.db import connect
from tests.handlers.test_subscriptions import subscribe_for
from tests.signed_requests import JSON, SignedClient
from tests.slack_standin import BOT_ID, BOT_TOKEN, BOT_USER_ID, SIGNING_SECRET, TEAM_ID


@pytest.fixture
def oauth_app(tmp_path, slack_standin):
    """The app over OAuth, with this workspace installed by user U-installer."""
    settings = load_settings(
        slack_signing_secret=SIGNING_SECRET,
        slack_api_url=slack_standin.api_url,
        database_path=tmp_path / "salary.db",
        slack_client_id="1.2",
        slack_client_secret="secret",
    )
    app = build_app(settings)
    app.installation_store.save(
        Installation(
            app_id="A0STANDIN",
            team_id=TEAM_ID,
            user_id="U-installer",
            user_token="xoxp-installer",
            bot_token=BOT_TOKEN,
            bot_id=BOT_ID,
            bot_user_id=BOT_USER_ID,
        )
    )
    return app


def signed_event(event: dict) -> BoltRequest:
    client = SignedClient("", SIGNING_SECRET)
    return client.bolt_request(client.event_body(event), JSON)


def subscriptions(app_db_path):
    return connect(app_db_path).execute("select channel_id, paused_reason from subscriptions")


def test_uninstalling_deletes_the_installation_and_the_subscriptions(oauth_app, tmp_path):
    subscribe_for(connect(tmp_path / "salary.db"), TEAM_ID, "C-gone")
    store = oauth_app.installation_store
    assert store.find_installation(enterprise_id=None, team_id=TEAM_ID) is not None

    response = oauth_app.dispatch(signed_event({"type": "app_uninstalled"}))

    assert response.status == 200
    assert store.find_installation(enterprise_id=None, team_id=TEAM_ID) is None
    assert store.find_bot(enterprise_id=None, team_id=TEAM_ID) is None
    assert subscriptions(tmp_path / "salary.db").fetchall() == []


def test_revoked_bot_token_is_deleted_and_the_subscriptions_paused(oauth_app, tmp_path):
    subscribe_for(connect(tmp_path / "salary.db"), TEAM_ID, "C-paused")
    store = oauth_app.installation_store

    revoked = {"type": "tokens_revoked", "tokens": {"bot": [BOT_USER_ID]}}
    response = oauth_app.dispatch(signed_event(revoked))

    assert response.status == 200
    assert store.find_bot(enterprise_id=None, team_id=TEAM_ID) is None
    [(channel, reason)] = subscriptions(tmp_path / "salary.db").fetchall()
    assert channel == "C-paused" and reason.startswith("tokens_revoked")


def test_revoked_user_token_alone_leaves_the_bot_and_the_subscriptions(oauth_app, tmp_path):
    subscribe_for(connect(tmp_path / "salary.db"), TEAM_ID, "C-kept")
    store = oauth_app.installation_store

    revoked = {"type": "tokens_revoked", "tokens": {"oauth": ["U-installer"]}}
    response = oauth_app.dispatch(signed_event(revoked))

    assert response.status == 200
    installer = store.find_installation(enterprise_id=None, team_id=TEAM_ID, user_id="U-installer")
    assert installer is None
    assert store.find_bot(enterprise_id=None, team_id=TEAM_ID).bot_token == BOT_TOKEN
    assert subscriptions(tmp_path / "salary.db").fetchall() == [("C-kept", None)]
