"""`python -m bot serve`: gunicorn with Bolt's WSGI adapter, verified signatures, clean start-up."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from bot.cli import build_parser
from bot.commands_slack import run_socket
from store.db import open_store
from tests.handlers.test_subscriptions import subscribe_for
from tests.served_app import START_UP_SECONDS, app_env, bot_process_env, run_bot, serve_app
from tests.signed_requests import FORM, SignedClient, http_request, slack_signature
from tests.slack_standin import BOT_TOKEN, SIGNING_SECRET, TEAM_ID


def test_healthz_answers_ok(running_server):
    response = http_request(running_server.url + "/healthz")

    assert (response.status, response.text) == (200, "ok")


def test_other_paths_are_not_found(running_server):
    assert http_request(running_server.url + "/slack/install").status == 404  # no OAuth here


def test_a_signed_command_is_answered(signed_client):
    assert signed_client.slash_command("help").status == 200


@pytest.mark.parametrize(
    "tamper",
    [
        pytest.param({"signature": "v0=" + "0" * 64}, id="bad signature"),
        pytest.param({"signed": False}, id="missing signature"),
        pytest.param({"timestamp": int(time.time()) - 6 * 60}, id="stale timestamp"),
    ],
)
def test_an_unverified_request_is_refused_and_runs_nothing(signed_client, slack_standin, tamper):
    response_url = slack_standin.new_response_url()
    body = signed_client.slash_command_body("ml-intern boston", response_url=response_url)

    response = signed_client.post(body, FORM, **tamper)

    assert response.status == 401
    assert "blocks" not in response.text
    time.sleep(0.2)  # anything a handler started would have reached the stand-in by now
    assert slack_standin.calls() == [] and slack_standin.response_posts() == []


def test_a_stale_timestamp_is_refused_even_when_signed_for_it(signed_client):
    stale = int(time.time()) - 6 * 60
    body = signed_client.slash_command_body("help")
    signature = slack_signature(SIGNING_SECRET, str(stale), body)

    assert signed_client.post(body, FORM, timestamp=stale, signature=signature).status == 401


def test_secrets_never_reach_the_logs(running_server, signed_client, slack_standin):
    signed_client.slash_command("ml-intern boston")
    signed_client.slash_command("<@U1> nonsense")
    signed_client.event({"type": "app_home_opened", "user": "U1", "tab": "home"})
    slack_standin.wait_for(lambda: slack_standin.calls("views.publish"))

    output = running_server.output()
    assert "Booting worker" in output  # the log is really being captured
    assert BOT_TOKEN not in output and SIGNING_SECRET not in output


def test_a_missing_signing_secret_stops_start_up_with_one_line(tmp_path, slack_standin):
    env = app_env(slack_standin, tmp_path / "salary.db")
    del env["SLACK_SIGNING_SECRET"]

    result = run_bot(["serve"], env, tmp_path)

    assert result.returncode == 2
    assert result.stderr.strip().startswith("Setting SLACK_SIGNING_SECRET is missing")
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_malformed_token_stops_start_up_naming_it(tmp_path, slack_standin):
    env = app_env(slack_standin, tmp_path / "salary.db", SLACK_BOT_TOKEN="xoxp-user-token")

    result = run_bot(["serve"], env, tmp_path)

    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "Setting SLACK_BOT_TOKEN is invalid: Value error, must start with xoxb-"
    ]
    assert "xoxp-user-token" not in result.stderr + result.stdout


def test_a_token_slack_refuses_stops_start_up_without_printing_it(tmp_path, slack_standin):
    slack_standin.fail_next("auth.test", error="invalid_auth")

    result = run_bot(["serve"], app_env(slack_standin, tmp_path / "salary.db"), tmp_path)

    assert result.returncode == 2
    assert "SLACK_BOT_TOKEN" in result.stderr and "invalid_auth" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert BOT_TOKEN not in result.stderr + result.stdout


@pytest.fixture
def oauth_server(tmp_path, slack_standin):
    """The server installing into several workspaces over OAuth (no bot token)."""
    env = app_env(
        slack_standin,
        tmp_path / "salary.db",
        SLACK_CLIENT_ID="1234.5678",
        SLACK_CLIENT_SECRET="client-secret-value",
    )
    del env["SLACK_BOT_TOKEN"]
    with serve_app(env, tmp_path / "oauth.log") as server:
        yield server


def test_oauth_mode_serves_the_install_page(oauth_server, tmp_path):
    page = http_request(oauth_server.url + "/slack/install")
    forged = http_request(oauth_server.url + "/slack/oauth_redirect?code=x&state=forged")

    assert page.status == 200
    assert "client_id=1234.5678" in page.text
    assert "scope=commands,chat:write,chat:write.public" in page.text
    assert forged.status == 400  # a state the app never issued is refused
    assert (tmp_path / "salary-oauth.db").stat().st_mode & 0o777 == 0o600  # owner only
    assert "client-secret-value" not in oauth_server.output()


def test_a_workspace_installed_over_oauth_is_answered_with_its_own_token(
    oauth_server, slack_standin
):
    slack_standin.answer(
        "oauth.v2.access",
        {
            "app_id": "A0STANDIN",
            "authed_user": {"id": "U0INSTALLER"},
            "scope": "commands,chat:write,chat:write.public",
            "token_type": "bot",
            "access_token": "xoxb-installed-workspace-token",
            "bot_user_id": "U0BOT",
            "team": {"id": "T0SECOND", "name": "Second"},
            "enterprise": None,
            "is_enterprise_install": False,
        },
    )
    page = http_request(oauth_server.url + "/slack/install")
    state = page.headers["set-cookie"].split("slack-app-oauth-state=", 1)[1].split(";", 1)[0]

    installed = http_request(
        f"{oauth_server.url}/slack/oauth_redirect?code=the-code&state={state}",
        headers={"Cookie": f"slack-app-oauth-state={state}"},
    )
    assert installed.status == 200, installed.text
    assert slack_standin.calls("oauth.v2.access")[0].body["code"] == "the-code"

    second = SignedClient(oauth_server.url, SIGNING_SECRET, slack_standin, team_id="T0SECOND")
    second.event({"type": "app_home_opened", "user": "U9", "tab": "home"})

    [publish] = slack_standin.wait_for(lambda: slack_standin.calls("views.publish"))
    assert publish.token == "xoxb-installed-workspace-token"
    assert "client-secret-value" not in oauth_server.output()
    assert "xoxb-installed-workspace-token" not in oauth_server.output()


def test_socket_mode_without_an_app_token_stops_with_one_line(tmp_path, slack_standin):
    result = run_bot(["socket"], app_env(slack_standin, tmp_path / "salary.db"), tmp_path)

    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "Setting SLACK_APP_TOKEN is missing: Socket Mode needs an app-level token "
        "(xapp-..., Basic Information > App-Level Tokens, scope connections:write)."
    ]


def test_socket_runs_the_clock_in_process_only_when_asked():
    assert build_parser().parse_args(["socket"]).with_clock is False
    with_clock = build_parser().parse_args(["socket", "--with-clock"])
    assert with_clock.with_clock is True and with_clock.run is run_socket


def test_socket_with_clock_schedules_the_digests_before_connecting(tmp_path, slack_standin):
    # Slack's WebSocket is refused here, so only the clock can do anything.
    slack_standin.answer("apps.connections.open", {"url": "ws://127.0.0.1:9/"})
    subscribe_for(open_store(tmp_path / "salary.db"), TEAM_ID, "C-digest")
    env = app_env(slack_standin, tmp_path / "salary.db", SLACK_APP_TOKEN="xapp-1-A1-123")
    log_path = tmp_path / "socket.log"
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", "socket", "--with-clock"],
            cwd=tmp_path,
            env=bot_process_env(env),
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        # Both happen in their own threads; on a busy machine either may come first.
        deadline = time.monotonic() + START_UP_SECONDS
        while time.monotonic() < deadline and not (
            "subscriptions synced" in log_path.read_text()
            and slack_standin.calls("apps.connections.open")
        ):
            time.sleep(0.05)
    finally:
        process.terminate()
        process.wait(timeout=10)
    assert "subscriptions synced: {'added': [1]" in log_path.read_text()
    assert slack_standin.calls("apps.connections.open")  # and Socket Mode was started too
