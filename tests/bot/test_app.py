"""Building the Bolt App: modes, the answer's time budget, and errors that stay polite.

These tests dispatch signed requests to the App in-process, so that the store
connection it reads can be slowed down or broken for real.
"""

from __future__ import annotations

import json
import logging
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from slack_bolt.request import BoltRequest

from bot.app import ThreadConnections, build_app, oauth_database_path
from bot.server import socket_mode_handler
from bot.settings import SettingsError, load_settings
from store.db import open_store
from tests.signed_requests import FORM, SignedClient
from tests.slack_standin import BOT_TOKEN, SIGNING_SECRET
from tests.store_rows import seed_answers


@pytest.fixture
def env(tmp_path, slack_standin) -> dict:
    """Settings for one workspace over HTTP, against the stand-in."""
    return {
        "slack_bot_token": BOT_TOKEN,
        "slack_signing_secret": SIGNING_SECRET,
        "slack_api_url": slack_standin.api_url,
        "database_path": tmp_path / "salary.db",
    }


@pytest.fixture
def settings(env):
    return load_settings(**env)


@pytest.fixture
def db(settings):
    db = open_store(settings.database_path)
    seed_answers(db)
    return db


def signed_command(slack_standin, text: str, command: str = "/salary") -> BoltRequest:
    """`/salary <text>` as Slack would send it, signed now, with a fresh response URL."""
    client = SignedClient("", SIGNING_SECRET, slack_standin)
    body = client.slash_command_body(
        text, command=command, response_url=slack_standin.new_response_url()
    )
    return client.bolt_request(body, FORM)


def dispatch_command(app, slack_standin, text: str) -> tuple[dict, str]:
    """Send `/salary <text>` in-process; return the response body and the response URL."""
    request = signed_command(slack_standin, text)
    response = app.dispatch(request)
    assert response.status == 200, response.body
    return json.loads(response.body), request.body["response_url"]


def test_a_slow_store_says_working_on_it_then_delivers_by_response_url(settings, db, slack_standin):
    # Every 100 SQLite instructions on the app's own connection now take 50 ms: an answer
    # runs several hundred, so it takes far longer than the 50 ms budget.
    db.conn.set_progress_handler(lambda: time.sleep(0.05) or 0, 100)
    app = build_app(settings, db, answer_budget_s=0.05)

    first, response_url = dispatch_command(app, slack_standin, "ml-intern boston")

    assert first["text"] == "Working on it…" and first["response_type"] == "ephemeral"
    [late] = slack_standin.wait_for(lambda: slack_standin.response_posts(response_url), 30)
    assert late.body["response_type"] == "ephemeral"
    assert late.body["blocks"][0]["text"]["text"] == "Machine Learning Intern · Boston, MA"


def test_a_fast_store_answers_in_the_response_itself(settings, db, slack_standin):
    app = build_app(settings, db)

    message, _ = dispatch_command(app, slack_standin, "ml-intern boston")

    assert message["blocks"][0]["text"]["text"] == "Machine Learning Intern · Boston, MA"
    assert slack_standin.response_posts() == []


def test_a_broken_store_gets_a_polite_private_message_and_a_log_without_secrets(
    settings, db, slack_standin, caplog
):
    db.execute("DROP TABLE observations")
    app = build_app(settings, db)

    with caplog.at_level(logging.INFO):
        message, _ = dispatch_command(app, slack_standin, "ml-intern boston")

    assert message["response_type"] == "ephemeral"
    assert message["text"] == "Sorry, something went wrong."
    assert "no such table: observations" in caplog.text  # the cause is logged ...
    assert BOT_TOKEN not in caplog.text and SIGNING_SECRET not in caplog.text  # ... not secrets


def test_the_bot_token_is_checked_against_the_configured_api_url(settings, slack_standin):
    build_app(settings)

    [call] = slack_standin.calls("auth.test")
    assert call.token == BOT_TOKEN


def test_http_mode_needs_a_signing_secret(settings):
    with pytest.raises(SettingsError, match=r"^Setting SLACK_SIGNING_SECRET is missing"):
        build_app(settings.model_copy(update={"slack_signing_secret": None}))


def test_http_mode_needs_a_bot_token_or_oauth(settings):
    with pytest.raises(SettingsError, match=r"^Setting SLACK_BOT_TOKEN is missing"):
        build_app(settings.model_copy(update={"slack_bot_token": None}))


def test_oauth_mode_keeps_installations_beside_the_store_and_uses_the_api_url(env, settings):
    oauth = load_settings(
        **{**env, "slack_bot_token": None}, slack_client_id="1.2", slack_client_secret="secret"
    )

    app = build_app(oauth)

    assert app.oauth_flow is not None
    assert app.oauth_flow.install_path == "/slack/install"
    assert app.oauth_flow.redirect_uri_path == "/slack/oauth_redirect"
    assert app.oauth_flow.client.base_url == settings.slack_api_url
    assert oauth_database_path(oauth).name == "salary-oauth.db"


def test_socket_mode_is_selected_with_an_app_token(env, settings):
    socket = load_settings(**env, slack_app_token="xapp-1-A1-123")

    handler = socket_mode_handler(socket)

    assert handler.app_token == "xapp-1-A1-123"
    assert handler.client.web_client.base_url == settings.slack_api_url
    assert handler.app.oauth_flow is None


def test_socket_mode_without_an_app_token_says_so_in_one_line(settings):
    with pytest.raises(SettingsError) as raised:
        socket_mode_handler(settings)

    assert str(raised.value).startswith("Setting SLACK_APP_TOKEN is missing")
    assert "\n" not in str(raised.value)


def test_each_thread_reads_through_its_own_connection(tmp_path):
    open_store(tmp_path / "salary.db").close()
    connections = ThreadConnections(tmp_path / "salary.db")

    with ThreadPoolExecutor(2) as pool:
        here = connections.get()
        there = pool.submit(connections.get).result()

    assert here is connections.get()
    assert there is not here


def test_an_error_escaping_any_listener_still_gets_a_polite_reply(settings, db, slack_standin):
    app = build_app(settings, db)

    @app.command("/broken")
    def broken(ack):
        raise RuntimeError("a listener bug")

    response = app.dispatch(signed_command(slack_standin, "anything", command="/broken"))

    assert response.status == 200
    assert json.loads(response.body)["text"] == "Sorry, something went wrong."
