"""What stands between the network and Bolt: size limits, signatures, replays and retries.

    application = guarded(bolt_wsgi, signing_secret="...")   # a WSGI app for gunicorn

Every POST to ``/slack/events`` is checked here before Bolt sees a byte of it:

* a body over ``MAX_BODY_BYTES`` (Slack's payloads are a few KB) gets 413 before it
  is read, and the connection is closed rather than drained;
* a request without a valid Slack signature, or with a timestamp that is not a
  whole number within five minutes, gets 401; a signed body that is not UTF-8, or
  not the form or JSON it claims to be, gets 400. Nothing unauthenticated is parsed,
  so no malformed body can reach a parser, and none is ever logged;
* a replayed request (the same signature) gets the first one's answer again, and a
  Slack retry (``X-Slack-Retry-Num``) of something already received is acknowledged
  without running it a second time (``RecentKeys``);
* every refusal is one log line: status, reason and size, never the body.

The time a request arrived (``RECEIVED_HEADER``) is passed on so the command's time
budget counts from then, not from when a listener got round to it.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import logging
import threading
import time
import urllib.parse
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

log = logging.getLogger("salary.http")

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"
MAX_BODY_BYTES = 1_048_576
# Slack's own rule: a timestamp more than five minutes from now is refused.
MAX_CLOCK_SKEW_S = 300
# How long a request is remembered for replays and retries: longer than a timestamp
# stays valid (five minutes either side of now) and than Slack's three retries take
# (at once, after a minute, after five), so nothing that can be resent is forgotten.
REMEMBER_S = 15 * 60
REMEMBER_MAX = 200_000
# A replay of a request still being answered waits this long for the first answer.
REPLAY_WAIT_S = 2.5
RECEIVED_HEADER = "X-Salary-Received-At"
MAX_JSON_DEPTH = 64

WSGIApp = Callable[[dict, Callable], Iterable[bytes]]


@dataclass
class _Seen:
    done: threading.Event = field(default_factory=threading.Event)
    status: str = "200 OK"
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""


class RecentKeys:
    """Keys seen in the last ``ttl`` seconds, each with the answer given to it.

    >>> seen = RecentKeys()
    >>> first, entry = seen.claim("sig")    # True: run it, then entry.done.set()
    >>> seen.claim("sig")[0]                # False: it ran (or is running) already
    False
    """

    def __init__(self, ttl: float = REMEMBER_S, max_entries: int = REMEMBER_MAX) -> None:
        self.ttl = ttl
        self.max_entries = max_entries
        self._lock = threading.Lock()
        self._entries: OrderedDict[str, tuple[float, _Seen]] = OrderedDict()

    def claim(self, *keys: str) -> tuple[bool, _Seen]:
        """``(True, new entry)`` if none of ``keys`` was seen; else ``(False, its entry)``.

        All ``keys`` are remembered for the new entry, so a request can be found
        again by its signature or by its event id.
        """
        now = time.monotonic()
        with self._lock:
            self._expire(now)
            for key in keys:
                if key in self._entries:
                    return False, self._entries[key][1]
            entry = _Seen()
            for key in keys:
                self._entries[key] = (now, entry)
            return True, entry

    def forget(self, *keys: str) -> None:
        with self._lock:
            for key in keys:
                self._entries.pop(key, None)

    def _expire(self, now: float) -> None:
        while self._entries:
            _key, (when, _) = next(iter(self._entries.items()))
            if now - when <= self.ttl and len(self._entries) < self.max_entries:
                return
            self._entries.popitem(last=False)


class Refused(Exception):
    def __init__(self, status: str, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


def verify_signature(secret: str, headers: dict[str, str], body: bytes, now: float) -> None:
    """Raise ``Refused`` (401) unless ``body`` is signed by Slack, now, with ``secret``."""
    timestamp = headers.get("x-slack-request-timestamp", "")
    signature = headers.get("x-slack-signature", "")
    if not timestamp or not signature:
        raise Refused("401 Unauthorized", "unsigned")
    if not (timestamp.isascii() and timestamp.isdigit() and len(timestamp) <= 12):
        raise Refused("401 Unauthorized", "timestamp is not a number")
    if abs(now - int(timestamp)) > MAX_CLOCK_SKEW_S:
        raise Refused("401 Unauthorized", "stale timestamp")
    base = b"v0:" + timestamp.encode() + b":" + body
    expected = "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected.encode(), signature.encode("utf-8", "replace")):
        raise Refused("401 Unauthorized", "bad signature")


def _depth_ok(text: str, limit: int = MAX_JSON_DEPTH) -> bool:
    """Whether JSON ``text`` nests at most ``limit`` deep (counted without parsing)."""
    depth = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > limit:
                return False
        elif char in "]}":
            depth -= 1
    return True


def check_payload(body: bytes, content_type: str) -> dict:
    """The signed body as Bolt will read it; ``Refused`` (400) if it is not what it claims."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise Refused("400 Bad Request", "body is not UTF-8") from None
    try:
        if content_type.startswith("application/json"):
            if not _depth_ok(text):
                raise Refused("400 Bad Request", "JSON nested too deep")
            parsed = json.loads(text)
            if not isinstance(parsed, dict):
                raise Refused("400 Bad Request", "JSON body is not an object")
            return parsed
        form = dict(urllib.parse.parse_qsl(text, keep_blank_values=True))
        if "payload" in form:
            if not _depth_ok(form["payload"]):
                raise Refused("400 Bad Request", "JSON nested too deep")
            payload = json.loads(form["payload"])
            if not isinstance(payload, dict):
                raise Refused("400 Bad Request", "payload is not an object")
            return payload
        return form
    except (ValueError, RecursionError):
        raise Refused("400 Bad Request", "malformed body") from None


def _expire_connection(environ: dict) -> None:
    """Close the connection after this answer instead of draining an unread body."""
    sock = environ.get("gunicorn.socket")
    expire = getattr(sock, "expire", None)
    if expire is not None:
        expire()


def _plain(start_response: Callable, status: str, text: str = "") -> list[bytes]:
    data = text.encode()
    start_response(
        status, [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", str(len(data)))]
    )
    return [data]


def _headers_of(environ: dict) -> dict[str, str]:
    headers = {
        key[5:].replace("_", "-").lower(): value
        for key, value in environ.items()
        if key.startswith("HTTP_") and isinstance(value, str)
    }
    if environ.get("CONTENT_TYPE"):
        headers["content-type"] = environ["CONTENT_TYPE"]
    return headers


def read_body(environ: dict) -> bytes:
    """The request body, at most ``MAX_BODY_BYTES``; ``Refused`` with 413/400/408 otherwise."""
    length_text = environ.get("CONTENT_LENGTH") or ""
    stream = environ["wsgi.input"]
    chunked = "chunked" in (environ.get("HTTP_TRANSFER_ENCODING") or "").lower()
    if length_text:
        if not (length_text.isascii() and length_text.isdigit()):
            raise Refused("400 Bad Request", "bad Content-Length")
        length = int(length_text)
        if length > MAX_BODY_BYTES:
            raise Refused("413 Content Too Large", f"body of {length} bytes")
    elif chunked:
        length = MAX_BODY_BYTES + 1
    else:
        return b""
    try:
        body = stream.read(length)
    except Exception:  # the client went away or stalled past the read timeout
        raise Refused("408 Request Timeout", "body not received in time") from None
    if len(body) > MAX_BODY_BYTES:
        raise Refused("413 Content Too Large", "chunked body over the limit")
    if length_text and len(body) < length:
        raise Refused("408 Request Timeout", "body not received in time")
    return body


def _event_keys(headers: dict[str, str], payload: dict) -> list[str]:
    """Keys that name what Slack delivered, the same across its retries."""
    keys = []
    if isinstance(payload.get("event_id"), str):
        keys.append("event:" + payload["event_id"])
    return keys


def guarded(
    application: WSGIApp,
    *,
    signing_secret: str,
    seen: RecentKeys | None = None,
    clock: Callable[[], float] = time.time,
) -> WSGIApp:
    """``application`` behind the checks in this module's docstring, plus ``GET /healthz``."""
    seen = seen or RecentKeys()

    def guard(environ: dict, start_response: Callable) -> Iterable[bytes]:
        path = environ.get("PATH_INFO") or ""
        method = environ.get("REQUEST_METHOD") or ""
        if path == HEALTH_PATH and method in ("GET", "HEAD"):
            return _plain(start_response, "200 OK", "ok")
        if method in ("GET", "HEAD"):
            if environ.get("CONTENT_LENGTH") not in (None, "", "0"):
                _expire_connection(environ)
                return _plain(start_response, "400 Bad Request")
            return application(environ, start_response)  # the OAuth pages, or 404
        if path != EVENTS_PATH or method != "POST":
            _expire_connection(environ)
            return _plain(start_response, "404 Not Found", "Not Found")
        received = clock()
        size = (environ.get("CONTENT_LENGTH") or "?")[:20]  # the header, never the body
        try:
            body = read_body(environ)
            headers = _headers_of(environ)
            verify_signature(signing_secret, headers, body, received)
            payload = check_payload(body, headers.get("content-type", ""))
        except Refused as refused:
            if not refused.status.startswith(("401", "400")):
                _expire_connection(environ)
            log.warning("refused %s %s: %s (%s bytes)", method, path, refused.reason, size)
            return _plain(start_response, refused.status)
        keys = ["sig:" + headers["x-slack-signature"], *_event_keys(headers, payload)]
        first, entry = seen.claim(*keys)
        if not first:
            return _answer_again(entry, headers, start_response)
        environ = {
            **environ,
            "wsgi.input": io.BytesIO(body),
            "CONTENT_LENGTH": str(len(body)),
            "HTTP_" + RECEIVED_HEADER.upper().replace("-", "_"): f"{received:.6f}",
        }
        captured: dict = {}

        def capture(status: str, response_headers: list, exc_info=None):
            captured["status"], captured["headers"] = status, list(response_headers)
            return start_response(status, response_headers, exc_info)

        try:
            chunks = list(application(environ, capture))
        except Exception as error:
            seen.forget(*keys)  # nothing was answered: a retry may run it
            entry.done.set()
            log.error("a signed request failed: %s", type(error).__name__)
            return _plain(start_response, "500 Internal Server Error")
        entry.status = captured.get("status", "200 OK")
        entry.headers = captured.get("headers", [])
        entry.body = b"".join(chunks)
        if not entry.status.startswith("2"):
            seen.forget(*keys)  # refused by Bolt: nothing ran, so nothing to protect
        entry.done.set()
        return [entry.body]

    return guard


def _answer_again(entry: _Seen, headers: dict[str, str], start_response: Callable) -> list[bytes]:
    """A replay or a retry: the first answer again (or an empty ack), never a second run."""
    retry = headers.get("x-slack-retry-num")
    if not entry.done.wait(REPLAY_WAIT_S) or retry:
        start_response("200 OK", [("Content-Length", "0"), ("X-Slack-No-Retry", "1")])
        return [b""]
    start_response(entry.status, entry.headers)
    return [entry.body]
