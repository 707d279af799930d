"""Attacks on the served HTTP app: stalled and dripping connections, huge and chunked bodies,
malformed, forged, fuzzed and replayed requests, mentions typed into commands.
"""

import contextlib
import re
import socket
import time
from pathlib import Path

from bench.attacks import MB
from store.db import open_store
from store.digest.subscriptions import list_subscriptions
from tests.signed_requests import FORM, JSON, SignedClient, http_request, slack_signature
from tests.slack_standin import SIGNING_SECRET, TEAM_ID, SlackStandin


def connect(port: int, data: bytes = b"") -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", port), timeout=10)
    if data:
        sock.sendall(data)
    return sock


def response_of(sock: socket.socket, timeout: float = 10) -> bytes:
    sock.settimeout(timeout)
    data = b""
    with contextlib.suppress(OSError):
        while chunk := sock.recv(65536):
            data += chunk
            head, sep, rest = data.partition(b"\r\n\r\n")
            length = re.search(rb"(?i)content-length:\s*(\d+)", head)
            if sep and length and len(rest) >= int(length[1]):
                break
    return data


def status(data: bytes) -> int:
    return int(data.split(b" ", 2)[1]) if data.startswith(b"HTTP/") else 0


def raw_post(body: bytes, headers: dict[str, str], content_type: str = FORM) -> bytes:
    lines = [
        "POST /slack/events HTTP/1.1",
        "Host: 127.0.0.1",
        f"Content-Type: {content_type}",
        f"Content-Length: {len(body)}",
        *(f"{k}: {v}" for k, v in headers.items()),
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8") + body


class Served:
    def __init__(self, server, client: SignedClient, standin: SlackStandin, store: Path) -> None:
        self.server, self.client, self.standin, self.store = server, client, standin, store

    @property
    def port(self) -> int:
        return self.server.port


def stalled_connections(app: Served, tries: int) -> int:
    """50 stalled connections (no bytes, half a header, half a body, a bad request and then
    silence) are open; a signed command not answered 200 within 1 s is a failure."""
    body = app.client.slash_command_body("help").encode()
    signed = app.client.signed_headers(body.decode(), FORM)
    signed.pop("Content-Type")
    half_body = raw_post(body, signed)[: -len(body) // 2]
    bad_then_silent = raw_post(b"", {"Content-Type": "twice"})
    shapes = [b"", b"POST /slack/events HTTP/1.1\r\nHost: x\r\nX-A", half_body, bad_then_silent]
    socks = [connect(app.port, shapes[i % 4]) for i in range(50)]
    failures = 0
    try:
        time.sleep(0.5)
        for _ in range(tries):
            began = time.monotonic()
            answered = app.client.slash_command("help").status == 200
            failures += not answered or time.monotonic() - began >= 1.0
    finally:
        for sock in socks:
            sock.close()
    return failures


def dripping_header(app: Served, tries: int) -> int:
    """A header sent a line a second: not cut off within 15 s is a failure (3 in parallel)."""
    socks = [connect(app.port, b"POST /slack/events HTTP/1.1\r\n") for _ in range(tries)]
    began, alive = time.monotonic(), set(range(tries))
    while alive and time.monotonic() - began < 20:
        for i in list(alive):
            try:
                socks[i].sendall(b"X-Drip: a\r\n")
            except OSError:
                alive.discard(i)
        time.sleep(1)
    for sock in socks:
        sock.close()
    return len(alive) + (time.monotonic() - began > 15 and tries > len(alive))


def oversized_body(app: Served, tries: int) -> int:
    """Content-Length of 50 MB: anything but 413 within 2 s, or the body in the log, fails."""
    failures = 0
    marker = b"OVERSIZED-MARKER"
    head = raw_post(b"", {}).replace(b"Content-Length: 0", f"Content-Length: {50 * MB}".encode())
    for _ in range(tries):
        began = time.monotonic()
        sock = connect(app.port, head + marker * 1000)
        answer = response_of(sock)
        sock.close()
        failures += status(answer) != 413 or time.monotonic() - began > 2
    return failures + (marker.decode() in app.server.output())


def chunked_body(app: Served, tries: int) -> int:
    """A chunked body that keeps coming past 1 MB: anything but 413 fails."""
    failures = 0
    head = (
        b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        b"Transfer-Encoding: chunked\r\n\r\n"
    )
    chunk = b"%x\r\n" % 65536 + b"a" * 65536 + b"\r\n"
    for _ in range(tries):
        sock = connect(app.port, head)
        with contextlib.suppress(OSError):
            for _ in range(20):
                sock.sendall(chunk)
        failures += status(response_of(sock)) != 413
        sock.close()
    return failures


def _malformed() -> list[tuple[bytes, dict[str, str], str]]:
    now = str(int(time.time()))
    deep = b"[" * 100_000 + b"]" * 100_000
    return [
        (b"{not json", {"X-Slack-Request-Timestamp": now}, JSON),
        (b"\xff\xfe\x00bad", {"X-Slack-Request-Timestamp": now}, FORM),
        (deep, {"X-Slack-Signature": "v0=00"}, JSON),
        (b"payload=" + deep, {"X-Slack-Signature": "v0=00"}, FORM),
        (b"a=b", {"X-Slack-Request-Timestamp": "abc", "X-Slack-Signature": "v0=1"}, FORM),
        (b"a=b", {"X-Slack-Request-Timestamp": "1e9", "X-Slack-Signature": "v0=1"}, FORM),
        (b"a=b", {"X-Slack-Request-Timestamp": "-1", "X-Slack-Signature": "v0=1"}, FORM),
        (b"a=b", {"X-Slack-Request-Timestamp": "9" * 40, "X-Slack-Signature": "v0=1"}, FORM),
        (b"a=b", {"X-Slack-Request-Timestamp": now, "X-Slack-Signature": "\u00e9"}, FORM),
        (b"", {}, FORM),
    ]


def malformed_unauthenticated(app: Served, tries: int) -> int:
    """Bad JSON, non-UTF-8, deep nesting, odd timestamps, no signature: anything but
    400/401, a traceback, or more than one log line for a request fails."""
    failures = 0
    cases = _malformed()
    for i in range(tries):
        body, headers, content_type = cases[i % len(cases)]
        before = len(app.server.output())
        raw = raw_post(body, {}, content_type)
        extra = "".join(f"{k}: {v}\r\n" for k, v in headers.items()).encode("utf-8")
        sock = connect(app.port, raw.replace(b"\r\n\r\n", b"\r\n" + extra + b"\r\n", 1))
        answer = response_of(sock)
        sock.close()
        time.sleep(0.05)
        added = app.server.output()[before:]
        failures += (
            status(answer) not in (400, 401) or "Traceback" in added or len(added.splitlines()) > 1
        )
    return failures


def fuzzed_requests(app: Served, tries: int) -> int:
    """Random methods, paths, headers and bytes: a 200 or 5xx answer, or a traceback in
    the log, fails (a 4xx, or the connection closed, is right)."""
    import random

    rng = random.Random(11)
    methods = [b"POST", b"GET", b"PUT", b"PATCH", b"\x00\xff", b"POST" * 50]
    paths = [
        b"/slack/events",
        b"/slack/events?x=%ff",
        b"/slack/events/../x",
        b"*",
        b"/" + b"a" * 5000,
    ]
    headers = [
        b"Content-Type: application/json", b"Content-Type: application/x-www-form-urlencoded",
        b"X-Slack-Request-Timestamp: " + str(int(time.time())).encode(),
        b"X-Slack-Signature: v0=" + b"0" * 64, b"Transfer-Encoding: chunked",
        b"Content-Length: 5", b"Content-Length: -1", b"Content-Length: 99999999999999999999",
        b"X-Slack-Retry-Num: 1", b"Expect: 100-continue", b"Bad Header: x", b"\xff: \xfe",
    ]  # fmt: skip
    failures = 0
    before = len(app.server.output())
    for _ in range(tries):
        head = rng.choice(methods) + b" " + rng.choice(paths) + b" HTTP/1.1\r\nHost: x\r\n"
        head += b"".join(h + b"\r\n" for h in rng.sample(headers, rng.randrange(0, 5)))
        body = bytes(rng.randrange(256) for _ in range(rng.randrange(0, 300)))
        sock = connect(app.port, head + b"\r\n" + body)
        code = status(response_of(sock, timeout=12))
        sock.close()
        failures += code == 200 or code >= 500
    return failures + ("Traceback" in app.server.output()[before:])


def forged_requests(app: Served, tries: int) -> int:
    """Bad signature, no signature, stale timestamp: anything but 401, or anything run
    (a call to the stand-in), fails."""
    failures = 0
    app.standin.reset()
    for i in range(tries):
        url = app.standin.new_response_url()
        body = app.client.slash_command_body("ml-intern boston", response_url=url)
        tamper = [
            {"signature": "v0=" + "0" * 64},
            {"signed": False},
            {"timestamp": int(time.time()) - 6 * 60},
        ][i % 3]
        failures += app.client.post(body, FORM, **tamper).status != 401
    time.sleep(0.3)
    return failures + len(app.standin.calls()) + len(app.standin.response_posts())


def replayed_unsubscribe(app: Served, tries: int) -> int:
    """`/salary unsubscribe #id` replayed three times (same signature and timestamp): a
    second run (another subscription gone, or a different answer) fails."""
    failures = 0
    for attempt in range(tries):
        channel = f"C-replay-{attempt}-{time.time_ns()}"
        for place in ("boston", "seattle", "remote"):
            app.client.slash_command(f"subscribe ml-intern {place}", channel_id=channel)
        db = open_store(app.store)
        ids = [s.id for s in list_subscriptions(db, TEAM_ID, channel)]
        body = app.client.slash_command_body(f"unsubscribe {ids[0]}", channel_id=channel)
        ts = int(time.time())
        signature = slack_signature(SIGNING_SECRET, str(ts), body)
        answers = [app.client.post(body, FORM, timestamp=ts, signature=signature) for _ in range(3)]
        left = [s.id for s in list_subscriptions(db, TEAM_ID, channel)]
        db.close()
        failures += len({a.text for a in answers}) != 1 or left != ids[1:]
    return failures


def retried_event(app: Served, tries: int) -> int:
    """An event and Slack's retry of it (X-Slack-Retry-Num): two Home publishes fail."""
    failures = 0
    for _ in range(tries):
        app.standin.reset()
        body = app.client.event_body({"type": "app_home_opened", "user": "U1", "tab": "home"})
        app.client.post(body, JSON)
        headers = {
            **app.client.signed_headers(body, JSON, timestamp=int(time.time()) + 1),
            "X-Slack-Retry-Num": "1",
        }
        http_request(app.client.base_url + "/slack/events", body.encode(), headers)
        with contextlib.suppress(TimeoutError):
            app.standin.wait_for(lambda: app.standin.calls("views.publish"))
        time.sleep(0.5)
        failures += len(app.standin.calls("views.publish")) != 1
    return failures


_LIVE = re.compile(r"<([!@#][^>]*|https://evil\.example/\|x)>")


def mention_injection(app: Served, tries: int) -> int:
    """Mentions and links typed into commands (raw and as Slack escapes them): a live
    <!everyone>, <@U…>, <#C…> or the typed link in any reply fails."""
    hostile = ["<!everyone>", "<@U0VICTIM>", "<#C0SECRET>", "<https://evil.example/|x>"]
    forms = hostile + [h.replace("<", "&lt;").replace(">", "&gt;") for h in hostile]
    shapes = [
        "{x}", "ml-intern {x}", "subscribe ml-intern boston at {x}",
        "subscribe ml-intern boston tz: {x}", "subscribe ml-intern boston on {x}",
        "unsubscribe {x}", "subscriptions {x}", "subscribe {x} boston",
    ]  # fmt: skip
    failures = 0
    for i in range(tries):
        text = shapes[i % len(shapes)].format(x=forms[i % len(forms)])
        answer = app.client.slash_command(text, channel_id="C-inject")
        failures += answer.status != 200 or bool(_LIVE.findall(answer.text))
    return failures
