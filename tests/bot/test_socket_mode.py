"""Socket Mode end to end: `python -m bot socket` against a local stand-in of Slack's side.

``apps.connections.open`` (through SLACK_API_URL) hands out a ``ws://127.0.0.1`` URL
served by ``tests.socket_standin``, which says hello, sends slash-command,
interactive and events envelopes, and records the app's acknowledgements. Slack
replaces connections (``disconnect`` envelopes) and networks drop them; the app
reconnects, and nothing is lost or run twice.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

import pytest

from store.db import open_store
from store.digest.subscriptions import list_subscriptions
from tests.served_app import app_env, bot_process_env
from tests.signed_requests import SignedClient
from tests.slack_standin import TEAM_ID
from tests.socket_standin import SocketModeStandin
from tests.store_rows import seed_answers

ACK_WITHIN_S = 3.0


@pytest.fixture
def sockets():
    standin = SocketModeStandin().start()
    yield standin
    standin.stop()


@pytest.fixture
def store_path(tmp_path) -> Path:
    path = tmp_path / "salary.db"
    db = open_store(path)
    seed_answers(db)
    db.close()
    return path


@pytest.fixture
def socket_app(tmp_path, store_path, slack_standin, sockets):
    """`python -m bot socket` connected to the stand-in; yields its log path."""
    slack_standin.answer("apps.connections.open", {"url": sockets.url})
    env = app_env(slack_standin, store_path, SLACK_APP_TOKEN="xapp-1-A0STANDIN-1-secret")
    log_path = tmp_path / "socket.log"
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", "socket"],
            cwd=tmp_path,
            env=bot_process_env(env),
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        sockets.wait_for_connections(1, timeout=30)
        yield log_path
    finally:
        process.terminate()
        process.wait(timeout=10)


def command(text: str, slack_standin, **kwargs) -> dict:
    """A slash command's payload as Socket Mode carries it (the form, as an object)."""
    client = SignedClient("http://unused", "unused", slack_standin)
    body = client.slash_command_body(text, **kwargs)
    payload = dict(urllib.parse.parse_qsl(body))
    payload["trigger_id"] = f"{time.time_ns()}.trigger"
    return payload


def share_click(query: str, slack_standin) -> tuple[dict, str]:
    response_url = slack_standin.new_response_url()
    payload = {
        "type": "block_actions",
        "team": {"id": TEAM_ID, "domain": "standin"},
        "user": {"id": "U123", "username": "recruiter", "team_id": TEAM_ID},
        "api_app_id": "A0STANDIN",
        "container": {"type": "message", "is_ephemeral": True, "channel_id": "C123"},
        "trigger_id": f"{time.time_ns()}.trigger",
        "channel": {"id": "C123", "name": "recruiting"},
        "response_url": response_url,
        "actions": [
            {
                "type": "button",
                "action_id": "share_answer",
                "block_id": "answer_actions",
                "value": query,
                "action_ts": f"{time.time():.6f}",
            }
        ],
    }
    return payload, response_url


def home_event(slack_standin) -> dict:
    client = SignedClient("http://unused", "unused", slack_standin)
    return json.loads(client.event_body({"type": "app_home_opened", "user": "U1", "tab": "home"}))


def acked(sockets, envelope_id: str) -> dict:
    ack = sockets.wait_for_ack(envelope_id)
    assert sockets.ack_delay(envelope_id) < ACK_WITHIN_S
    return ack


def test_hello_then_commands_clicks_and_events_are_acked_and_answered(
    socket_app, sockets, slack_standin
):
    answer = acked(
        sockets, sockets.send_envelope("slash_commands", command("ml-intern boston", slack_standin))
    )
    assert answer["payload"]["blocks"][0]["text"]["text"] == "Machine Learning Intern · Boston, MA"
    helped = acked(sockets, sockets.send_envelope("slash_commands", command("help", slack_standin)))
    assert "subscribe" in json.dumps(helped["payload"])

    click, response_url = share_click("ml-intern boston", slack_standin)
    acked(sockets, sockets.send_envelope("interactive", click))
    [shared] = slack_standin.wait_for(
        lambda: [
            p
            for p in slack_standin.response_posts(response_url)
            if p.body.get("response_type") == "in_channel"
        ],
        timeout=10,
    )
    assert "Shared by <@U123>" in json.dumps(shared.body)

    acked(sockets, sockets.send_envelope("events_api", home_event(slack_standin)))
    slack_standin.wait_for(lambda: slack_standin.calls("views.publish"), timeout=10)


@pytest.mark.parametrize("reason", ["refresh_requested", "warning"])
def test_a_disconnect_envelope_leads_to_a_new_connection_that_answers(
    socket_app, sockets, slack_standin, reason
):
    opened = len(slack_standin.calls("apps.connections.open"))
    sockets.send({"type": "disconnect", "reason": reason, "debug_info": {"host": "standin"}})

    sockets.wait_for_connections(2)
    assert len(slack_standin.calls("apps.connections.open")) == opened + 1
    ack = acked(sockets, sockets.send_envelope("slash_commands", command("help", slack_standin)))
    assert ack["payload"]["blocks"]


def test_a_dropped_socket_reconnects_and_a_redelivered_command_runs_once(
    socket_app, sockets, slack_standin, store_path
):
    subscribe = command("subscribe ml-intern boston", slack_standin, channel_id="C-sock")
    acked(sockets, sockets.send_envelope("slash_commands", subscribe))
    [sub] = list_subscriptions(open_store(store_path), TEAM_ID, "C-sock")
    unsubscribe = command(f"unsubscribe #{sub.id}", slack_standin, channel_id="C-sock")

    # Sent, then the socket drops before Slack sees the ack: Slack sends it again on the
    # new connection (a new envelope, the same command).
    sockets.send_envelope("slash_commands", unsubscribe)
    sockets.drop()
    sockets.wait_for_connections(2, timeout=30)
    again = sockets.send_envelope("slash_commands", unsubscribe)

    ack = acked(sockets, again)
    assert "Unsubscribed this channel" in ack["payload"]["text"]  # the first run's answer
    assert list_subscriptions(open_store(store_path), TEAM_ID, "C-sock") == []


def test_a_redelivered_event_runs_once(socket_app, sockets, slack_standin):
    event = home_event(slack_standin)
    acked(sockets, sockets.send_envelope("events_api", event))
    acked(sockets, sockets.send_envelope("events_api", event, retry_attempt=1))

    slack_standin.wait_for(lambda: slack_standin.calls("views.publish"), timeout=10)
    time.sleep(1)
    assert len(slack_standin.calls("views.publish")) == 1
