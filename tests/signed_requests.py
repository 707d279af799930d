"""Requests to the app, signed as Slack signs them: slash commands, clicks and events.

    >>> slack_signature("s3cret", "1700000000", "a=b")[:3]
    'v0='

``SignedClient`` posts them to a served app (``tests/served_app.py``) and answers
the app's response URLs through the stand-in (``tests/slack_standin.py``).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from typing import Any

from slack_bolt.request import BoltRequest

from tests.slack_standin import BOT_USER_ID, TEAM_ID, SlackStandin


def slack_signature(secret: str, timestamp: str, body: str) -> str:
    """Slack's v0 signature: HMAC-SHA256 of ``v0:{timestamp}:{body}`` under the secret.

    >>> slack_signature("s3cret", "1700000000", "a=b")[:3]
    'v0='
    """
    base = f"v0:{timestamp}:{body}".encode()
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


@dataclass
class AppResponse:
    """What the app answered: status, headers (names lower-cased) and body."""

    status: int
    headers: dict[str, str]
    text: str

    def json(self) -> Any:
        return json.loads(self.text)


@dataclass
class SignedClient:
    """Sends Slack's requests to the app at ``base_url``, signed with ``signing_secret``.

    >>> app = SignedClient("http://127.0.0.1:3000", "secret", standin)
    >>> app.slash_command("ml-intern boston").json()["blocks"][0]["type"]
    'header'
    """

    base_url: str
    signing_secret: str
    standin: SlackStandin | None = None
    path: str = "/slack/events"
    team_id: str = TEAM_ID

    def signed_headers(
        self,
        body: str,
        content_type: str,
        *,
        timestamp: int | None = None,
        signature: str | None = None,
    ) -> dict[str, str]:
        """Slack's headers for ``body``, signed now unless ``timestamp``/``signature`` say."""
        ts = str(int(time.time()) if timestamp is None else timestamp)
        return {
            "Content-Type": content_type,
            "X-Slack-Request-Timestamp": ts,
            "X-Slack-Signature": signature or slack_signature(self.signing_secret, ts, body),
        }

    def post(
        self,
        body: str,
        content_type: str,
        *,
        timestamp: int | None = None,
        signature: str | None = None,
        signed: bool = True,
        path: str | None = None,
    ) -> AppResponse:
        """POST ``body``; by default signed now. Override ``timestamp``/``signature`` to test."""
        headers = (
            self.signed_headers(body, content_type, timestamp=timestamp, signature=signature)
            if signed
            else {"Content-Type": content_type}
        )
        return http_request(self.base_url + (path or self.path), body.encode(), headers)

    def bolt_request(self, body: str, content_type: str) -> BoltRequest:
        """The same signed request for ``app.dispatch``, in-process, without HTTP."""
        return BoltRequest(body=body, headers=self.signed_headers(body, content_type))

    def slash_command_body(
        self,
        text: str,
        *,
        command: str = "/salary",
        user_id: str = "U123",
        channel_id: str = "C123",
        response_url: str | None = None,
    ) -> str:
        """The form-encoded body Slack sends for a slash command."""
        if response_url is None:
            response_url = self.standin.new_response_url() if self.standin else "http://invalid/"
        return urllib.parse.urlencode(
            {
                "token": "deprecated-verification-token",
                "team_id": self.team_id,
                "team_domain": "standin",
                "channel_id": channel_id,
                "channel_name": "recruiting",
                "user_id": user_id,
                "user_name": "recruiter",
                "command": command,
                "text": text,
                "api_app_id": "A0STANDIN",
                "is_enterprise_install": "false",
                "response_url": response_url,
                "trigger_id": f"{int(time.time())}.trigger",
            }
        )

    def slash_command(self, text: str, **kwargs: Any) -> AppResponse:
        """Send ``/salary <text>`` (or ``command=``) as Slack does."""
        return self.post(self.slash_command_body(text, **kwargs), FORM)

    def block_action(
        self,
        action_id: str,
        value: str,
        *,
        user_id: str = "U123",
        channel_id: str = "C123",
        response_url: str | None = None,
        block_id: str = "actions",
    ) -> AppResponse:
        """Send a button click (``block_actions`` payload) as Slack does."""
        if response_url is None:
            response_url = self.standin.new_response_url() if self.standin else "http://invalid/"
        payload = {
            "type": "block_actions",
            "team": {"id": self.team_id, "domain": "standin"},
            "user": {"id": user_id, "username": "recruiter", "team_id": self.team_id},
            "api_app_id": "A0STANDIN",
            "token": "deprecated-verification-token",
            "container": {"type": "message", "is_ephemeral": True, "channel_id": channel_id},
            "trigger_id": f"{int(time.time())}.trigger",
            "channel": {"id": channel_id, "name": "recruiting"},
            "response_url": response_url,
            "actions": [
                {
                    "type": "button",
                    "action_id": action_id,
                    "block_id": block_id,
                    "value": value,
                    "action_ts": f"{time.time():.6f}",
                }
            ],
        }
        body = urllib.parse.urlencode({"payload": json.dumps(payload)})
        return self.post(body, FORM)

    def event_body(self, event: dict[str, Any]) -> str:
        """The JSON body of an Events API ``event_callback`` wrapping ``event``."""
        return json.dumps(
            {
                "token": "deprecated-verification-token",
                "team_id": self.team_id,
                "api_app_id": "A0STANDIN",
                "event": event,
                "type": "event_callback",
                "event_id": f"Ev{time.time_ns()}",
                "event_time": int(time.time()),
                "authorizations": [
                    {"team_id": self.team_id, "user_id": BOT_USER_ID, "is_bot": True}
                ],
            }
        )

    def event(self, event: dict[str, Any]) -> AppResponse:
        """Send an Events API ``event_callback`` wrapping ``event``, as JSON."""
        return self.post(self.event_body(event), JSON)


FORM = "application/x-www-form-urlencoded"
JSON = "application/json"


def block_kit_violations(message: dict[str, Any]) -> list[str]:
    """Where ``message`` breaks Block Kit's limits (empty when Slack would accept it)."""
    found = []
    blocks = message.get("blocks") or []
    if len(blocks) > 50:
        found.append(f"{len(blocks)} blocks > 50")
    for i, block in enumerate(blocks):
        text = (block.get("text") or {}).get("text", "")
        if block["type"] == "header" and len(text) > 150:
            found.append(f"block {i}: header of {len(text)} chars > 150")
        if block["type"] == "section" and len(text) > 3000:
            found.append(f"block {i}: section of {len(text)} chars > 3000")
        if len(block.get("fields") or []) > 10:
            found.append(f"block {i}: more than 10 fields")
        for element in block.get("elements") or []:
            if len(element.get("value") or "") > 2000:
                found.append(f"block {i}: button value > 2000 chars")
            if isinstance(element.get("text"), str) and len(element["text"]) > 3000:
                found.append(f"block {i}: context text > 3000 chars")
    return found


def http_request(
    url: str, data: bytes | None = None, headers: dict[str, str] | None = None
) -> AppResponse:
    """One HTTP request (POST when ``data`` is given); HTTP errors are returned, not raised."""
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return AppResponse(
                response.status, _lowered(response.headers), response.read().decode()
            )
    except urllib.error.HTTPError as error:
        return AppResponse(error.code, _lowered(error.headers), error.read().decode())


def _lowered(headers: Any) -> dict[str, str]:
    return {name.lower(): value for name, value in headers.items()}
