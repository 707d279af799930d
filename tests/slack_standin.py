"""A local stand-in for Slack: the Web API, response URLs, and signed requests to our app.

The app under test talks to real HTTP on 127.0.0.1 instead of slack.com:

    >>> standin = SlackStandin().start()
    >>> client = WebClient(token="xoxb-test", base_url=standin.api_url)
    >>> client.chat_postMessage(channel="C1", text="hi")["ts"]
    '1700000000.000001'
    >>> standin.calls("chat.postMessage")[0].body["text"]
    'hi'
    >>> standin.fail_next("chat.postMessage", status=429, retry_after=0)   # then rate limited
    >>> standin.fail_next("chat.postMessage", error="not_in_channel")      # then refused

It also hands out response URLs (``standin.new_response_url()``) and records what
the app posts to them. Requests to the app, signed as Slack signs them, are in
``tests/signed_requests.py``; the app served in a subprocess is ``tests/served_app.py``.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from tests.slack_standin_files import FileUploads, Upload

TEAM_ID = "T0STANDIN"
BOT_USER_ID = "U0BOT"
BOT_ID = "B0BOT"
SIGNING_SECRET = "standin-signing-secret"
BOT_TOKEN = "xoxb-standin-bot-token-0123456789"


@dataclass
class RecordedCall:
    """One request the stand-in received: a Web API call or a response-URL post."""

    method: str
    body: dict[str, Any]
    headers: dict[str, str]
    status: int = 200

    @property
    def token(self) -> str | None:
        """The bearer token the call carried (from the header or the form)."""
        auth = self.headers.get("authorization", "")
        if auth.lower().startswith("bearer "):
            return auth[7:]
        return self.body.get("token")

    @property
    def blocks(self) -> list[dict[str, Any]]:
        """The call's blocks, decoded when they were sent as a JSON string in a form."""
        blocks = self.body.get("blocks") or self.body.get("view", {}).get("blocks") or []
        return json.loads(blocks) if isinstance(blocks, str) else blocks


@dataclass
class _Failure:
    status: int
    error: str | None
    retry_after: int | None


@dataclass
class SlackStandin:
    """Slack's Web API and response URLs on a free local port, recording every request."""

    host: str = "127.0.0.1"
    calls_log: list[RecordedCall] = field(default_factory=list)
    response_posts_log: list[RecordedCall] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.history_clock: Callable[[], float] | None = None
        self._history: dict[str, list[dict[str, Any]]] = {}
        self._lock = threading.Condition()
        self._failures: dict[str, list[_Failure]] = {}
        self._answers: dict[str, dict[str, Any]] = {}
        self._ids = itertools.count(1)
        self._server: ThreadingHTTPServer | None = None
        self._uploads = FileUploads()

    # -- lifecycle -------------------------------------------------------------------

    def start(self) -> SlackStandin:
        """Serve in a daemon thread; returns self for chaining."""
        self._server = ThreadingHTTPServer((self.host, 0), _handler_for(self))
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def reset(self) -> None:
        """Forget recorded requests, scripted failures and custom answers."""
        with self._lock:
            self.calls_log.clear()
            self.response_posts_log.clear()
            self._failures.clear()
            self._answers.clear()
            self._history.clear()
            self.history_clock = None
            self._uploads.clear()

    @property
    def base_url(self) -> str:
        assert self._server is not None, "call start() first"
        return f"http://{self.host}:{self._server.server_address[1]}"

    @property
    def api_url(self) -> str:
        """The value for SLACK_API_URL / ``WebClient(base_url=...)``."""
        return f"{self.base_url}/api/"

    def new_response_url(self) -> str:
        """A fresh response URL, as Slack puts in each command and action payload."""
        return f"{self.base_url}/response/{next(self._ids)}"

    # -- scripting -------------------------------------------------------------------

    def fail_next(
        self,
        method: str,
        times: int = 1,
        *,
        status: int = 200,
        error: str | None = None,
        retry_after: int | None = None,
    ) -> None:
        """Answer the next ``times`` calls of ``method`` with an error.

        ``status=429`` (with ``Retry-After: retry_after``, default 1) rate-limits,
        ``status=500`` fails as a server error, and ``error="not_in_channel"`` answers
        HTTP 200 ``{"ok": false, "error": ...}``. ``method`` may be ``"response_url"``.
        """
        if status == 429 and retry_after is None:
            retry_after = 1
        if status == 200 and error is None:
            raise ValueError("a 200 failure needs an error string")
        with self._lock:
            self._failures.setdefault(method, []).extend(
                _Failure(status, error, retry_after) for _ in range(times)
            )

    def keep_history(self, clock: Callable[[], float]) -> None:
        """Keep each channel's posted messages for ``conversations.history`` (which then
        honours ``oldest``), stamping them with ``clock()`` (a test's simulated time)."""
        self.history_clock = clock

    def answer(self, method: str, payload: dict[str, Any]) -> None:
        """Make ``method`` answer ``{"ok": true, **payload}`` from now on."""
        with self._lock:
            self._answers[method] = payload

    # -- reading what was recorded ----------------------------------------------------

    def calls(self, method: str | None = None) -> list[RecordedCall]:
        """Web API calls received, oldest first; only ``method``'s when given."""
        with self._lock:
            return [c for c in self.calls_log if method is None or c.method == method]

    def response_posts(self, response_url: str | None = None) -> list[RecordedCall]:
        """Posts received on response URLs; only those to ``response_url`` when given."""
        wanted = response_url.rsplit("/", 1)[-1] if response_url else None
        with self._lock:
            return [p for p in self.response_posts_log if wanted is None or p.method == wanted]

    def uploads(self) -> list[Upload]:
        """Files uploaded through ``files_upload_v2``'s three steps, oldest first."""
        with self._lock:
            return list(self._uploads.by_id.values())

    def wait_for(self, condition: Callable[[], Any], timeout: float = 5.0) -> Any:
        """Wait until ``condition()`` is truthy (re-checked on each request); return it."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while not (result := condition()):
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError("the stand-in did not receive the expected requests")
                self._lock.wait(remaining)
            return result

    # -- answering (called from the server thread) --------------------------------------

    def _record(self, log: list[RecordedCall], call: RecordedCall) -> None:
        with self._lock:
            log.append(call)
            self._lock.notify_all()

    def _take_failure(self, method: str) -> _Failure | None:
        with self._lock:
            pending = self._failures.get(method)
            return pending.pop(0) if pending else None

    def _answer_for(self, method: str, body: dict[str, Any]) -> dict[str, Any]:
        if method in self._answers:
            return {"ok": True, **self._answers[method]}
        ts = f"1700000000.{next(self._ids):06d}"
        if method == "auth.test":
            return {
                "ok": True,
                "url": "https://standin.slack.com/",
                "team": "Stand-in",
                "user": "salarybot",
                "team_id": TEAM_ID,
                "user_id": BOT_USER_ID,
                "bot_id": BOT_ID,
                "is_enterprise_install": False,
            }
        if method == "chat.postMessage" and self.history_clock is not None:
            # A channel with a real history: ts from the test's clock, kept for
            # conversations.history, metadata and all.
            with self._lock:
                ts = f"{self.history_clock() + next(self._ids) / 1e6:.6f}"
                metadata = body.get("metadata")
                metadata = json.loads(metadata) if isinstance(metadata, str) else metadata
                message = {"text": body.get("text"), "ts": ts, "metadata": metadata}
                self._history.setdefault(body.get("channel"), []).append(message)
            return {"ok": True, "channel": body.get("channel"), "ts": ts, "message": message}
        if method == "conversations.history" and self.history_clock is not None:
            oldest = float(body.get("oldest") or 0)
            with self._lock:
                kept = self._history.get(body.get("channel"), [])
                messages = [m for m in reversed(kept) if float(m["ts"]) > oldest]
            return {"ok": True, "messages": messages, "has_more": False}
        if method == "chat.postMessage":
            message = {"text": body.get("text"), "blocks": body.get("blocks"), "ts": ts}
            return {"ok": True, "channel": body.get("channel"), "ts": ts, "message": message}
        if method == "conversations.open":  # a DM with one user: D + the user's id
            return {"ok": True, "channel": {"id": "D" + str(body.get("users", "")).split(",")[0]}}
        if method == "files.getUploadURLExternal":
            with self._lock:
                return self._uploads.get_upload_url(body, self.base_url)
        if method == "files.completeUploadExternal":
            with self._lock:
                return self._uploads.complete(body)
        if method == "chat.postEphemeral":
            return {"ok": True, "message_ts": ts}
        if method == "views.publish":
            view = body.get("view")
            view = json.loads(view) if isinstance(view, str) else (view or {})
            return {"ok": True, "view": {"id": f"V{ts[-6:]}", **view}}
        return {"ok": True}


def _parse_body(raw: bytes, content_type: str) -> dict[str, Any]:
    text = raw.decode("utf-8", errors="replace")
    if "json" in content_type:
        return json.loads(text or "{}")
    return dict(urllib.parse.parse_qsl(text, keep_blank_values=True))


def _handler_for(standin: SlackStandin) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:  # quiet test output
            pass

        def do_POST(self) -> None:
            raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            url = urllib.parse.urlsplit(self.path)
            path = url.path
            if path.startswith("/upload/v1/"):  # file bytes, not a form
                self._upload(path.removeprefix("/upload/v1/"), raw)
                return
            # Slack reads arguments from the query string as well as the body.
            query = dict(urllib.parse.parse_qsl(url.query, keep_blank_values=True))
            body = {**query, **_parse_body(raw, self.headers.get("Content-Type", ""))}
            headers = {k.lower(): v for k, v in self.headers.items()}
            if path.startswith("/api/"):
                self._api(path.removeprefix("/api/"), body, headers)
            elif path.startswith("/response/"):
                self._response_url(path.removeprefix("/response/"), body, headers)
            else:
                self._send(404, {"ok": False, "error": "unknown_path"})

        do_GET = do_POST  # some Web API methods may be called with GET

        def _api(self, method: str, body: dict[str, Any], headers: dict[str, str]) -> None:
            failure = standin._take_failure(method)
            status = failure.status if failure else 200
            standin._record(standin.calls_log, RecordedCall(method, body, headers, status))
            if failure is None:
                self._send(200, standin._answer_for(method, body))
            else:
                self._fail(failure)

        def _response_url(self, rid: str, body: dict[str, Any], headers: dict[str, str]) -> None:
            failure = standin._take_failure("response_url")
            status = failure.status if failure else 200
            standin._record(standin.response_posts_log, RecordedCall(rid, body, headers, status))
            if failure is None:
                self._send(200, {"ok": True})
            else:
                self._fail(failure)

        def _upload(self, file_id: str, content: bytes) -> None:
            with standin._lock:
                received = standin._uploads.receive(file_id, content)
                standin._lock.notify_all()
            data = f"OK - {len(content)}" if received else "Not Found"
            self.send_response(200 if received else 404)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data.encode())

        def _fail(self, failure: _Failure) -> None:
            retry = failure.retry_after
            extra = {"Retry-After": str(retry)} if retry is not None else {}
            if failure.status == 429:
                self._send(429, {"ok": False, "error": "ratelimited"}, extra)
            elif failure.status >= 500:
                self._send(failure.status, {"ok": False, "error": "fatal_error"})
            else:
                self._send(failure.status, {"ok": False, "error": failure.error})

        def _send(self, status: int, payload: dict[str, Any], extra: dict | None = None) -> None:
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            for name, value in (extra or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

    return Handler
