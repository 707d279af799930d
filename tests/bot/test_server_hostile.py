"""The served app under hostile traffic, over real sockets: stalled clients, oversized and
malformed bodies, replays and retries. Each test talks to `python -m bot serve`."""

from __future__ import annotations

import contextlib
import json
import re
import socket
import time

import pytest

from store.db import open_store
from store.digest.subscriptions import list_subscriptions
from tests.signed_requests import FORM, JSON, http_request, slack_signature
from tests.slack_standin import SIGNING_SECRET, TEAM_ID

MB = 1_048_576


def raw_connection(server, data: bytes = b"") -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", server.port), timeout=10)
    if data:
        sock.sendall(data)
    return sock


def read_response(sock: socket.socket, timeout: float = 10) -> bytes:
    sock.settimeout(timeout)
    chunks = []
    with contextlib.suppress(OSError):
        while chunk := sock.recv(65536):
            chunks.append(chunk)
            if b"\r\n\r\n" in b"".join(chunks):
                head, _, rest = b"".join(chunks).partition(b"\r\n\r\n")
                length = re.search(rb"(?i)content-length:\s*(\d+)", head)
                if length and len(rest) >= int(length[1]):
                    break
    return b"".join(chunks)


def status_of(response: bytes) -> int:
    return int(response.split(b" ", 2)[1]) if response.startswith(b"HTTP/") else 0


def signed_headers(body: bytes, timestamp: str | None = None) -> dict[str, str]:
    ts = timestamp or str(int(time.time()))
    base = f"v0:{ts}:".encode() + body
    import hashlib
    import hmac

    signature = "v0=" + hmac.new(SIGNING_SECRET.encode(), base, hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": signature}


def request_bytes(body: bytes, headers: dict[str, str], content_type: str = FORM) -> bytes:
    lines = [
        "POST /slack/events HTTP/1.1",
        "Host: 127.0.0.1",
        f"Content-Type: {content_type}",
        f"Content-Length: {len(body)}",
        *(f"{k}: {v}" for k, v in headers.items()),
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def stalled_connections(server, count: int) -> list[socket.socket]:
    """``count`` connections, a third sending nothing, a third half a header, a third half
    a body."""
    socks = []
    body = b"text=help&command=%2Fsalary" * 10
    half_body = request_bytes(body, signed_headers(body))[: -len(body) // 2]
    for i in range(count):
        kind = i % 3
        if kind == 0:
            socks.append(raw_connection(server))
        elif kind == 1:
            socks.append(raw_connection(server, b"POST /slack/events HTTP/1.1\r\nHost: x\r\nX-A"))
        else:
            socks.append(raw_connection(server, half_body))
    return socks


def test_fifty_stalled_connections_leave_commands_answered_at_once(running_server, signed_client):
    socks = stalled_connections(running_server, 50)
    try:
        time.sleep(0.5)  # every stalled connection is being read by now
        for _ in range(5):
            started = time.monotonic()
            response = signed_client.slash_command("help")
            assert response.status == 200
            assert time.monotonic() - started < 1.0
        assert http_request(running_server.url + "/healthz").status == 200
    finally:
        for sock in socks:
            sock.close()


def test_fifty_bad_requests_left_open_do_not_hold_up_the_server(running_server, signed_client):
    # Each is refused at once (400); gunicorn then lingers to drain the socket before
    # closing it, which on its main thread held every other request up for 2 s each.
    bad = b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: a\r\nContent-Type: b\r\n\r\n"
    socks = [raw_connection(running_server, bad) for _ in range(50)]
    try:
        time.sleep(0.5)
        for _ in range(5):
            started = time.monotonic()
            assert signed_client.slash_command("help").status == 200
            assert time.monotonic() - started < 1.0
    finally:
        for sock in socks:
            sock.close()


def test_a_stalled_request_is_closed_after_its_read_deadline(running_server):
    sock = raw_connection(running_server, b"POST /slack/events HTTP/1.1\r\nHost: x\r\n")
    started = time.monotonic()
    sock.settimeout(30)
    try:
        assert sock.recv(100) == b""  # closed by the server, not answered
    except ConnectionResetError:
        pass
    finally:
        sock.close()
    assert time.monotonic() - started < 15


def test_a_dripping_header_is_cut_off_at_the_deadline(running_server):
    sock = raw_connection(running_server, b"POST /slack/events HTTP/1.1\r\n")
    started = time.monotonic()
    closed = False
    try:
        while time.monotonic() - started < 20:
            sock.sendall(b"X-Drip: a\r\n")
            time.sleep(1)
    except OSError:
        closed = True
    finally:
        sock.close()
    assert closed and time.monotonic() - started < 15


def test_an_oversized_body_gets_413_before_it_is_sent(running_server):
    marker = b"OVERSIZED-BODY-MARKER"
    head = request_bytes(b"", {}, FORM).replace(
        b"Content-Length: 0", f"Content-Length: {50 * MB}".encode()
    )
    sock = raw_connection(running_server, head + marker * 100)
    try:
        started = time.monotonic()
        response = read_response(sock)
    finally:
        sock.close()
    assert status_of(response) == 413
    assert time.monotonic() - started < 2
    assert marker.decode() not in running_server.output()


def test_a_chunked_body_over_the_limit_gets_413(running_server):
    head = (
        b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        b"Transfer-Encoding: chunked\r\n\r\n"
    )
    chunk = b"a" * 65536
    sock = raw_connection(running_server, head)
    try:
        with contextlib.suppress(OSError):
            for _ in range(20):
                sock.sendall(b"%x\r\n" % len(chunk) + chunk + b"\r\n")
        response = read_response(sock)
    finally:
        sock.close()
    assert status_of(response) == 413


def _malformed_cases() -> list:
    now = str(int(time.time()))
    deep = b"[" * 100_000 + b"]" * 100_000
    return [
        pytest.param(b"{not json", {"X-Slack-Request-Timestamp": now}, JSON, id="bad JSON"),
        pytest.param(b"\xff\xfe\x00bad", {"X-Slack-Request-Timestamp": now}, FORM, id="not UTF-8"),
        pytest.param(deep, {"X-Slack-Signature": "v0=00"}, JSON, id="deep nesting"),
        pytest.param(b"payload=" + deep, {"X-Slack-Signature": "v0=00"}, FORM, id="deep payload"),
        pytest.param(
            b"a=b",
            {"X-Slack-Request-Timestamp": "abc", "X-Slack-Signature": "v0=1"},
            FORM,
            id="word timestamp",
        ),
        pytest.param(
            b"a=b",
            {"X-Slack-Request-Timestamp": "1e9", "X-Slack-Signature": "v0=1"},
            FORM,
            id="float timestamp",
        ),
        pytest.param(
            b"a=b",
            {"X-Slack-Request-Timestamp": "-1", "X-Slack-Signature": "v0=1"},
            FORM,
            id="negative timestamp",
        ),
        pytest.param(
            b"a=b",
            {"X-Slack-Request-Timestamp": "9" * 40, "X-Slack-Signature": "v0=1"},
            FORM,
            id="huge timestamp",
        ),
        pytest.param(
            b"a=b",
            {"X-Slack-Request-Timestamp": "\u0661\u0662", "X-Slack-Signature": "v0=1"},
            FORM,
            id="non-ASCII digits",
        ),
        pytest.param(
            b"a=b",
            {"X-Slack-Request-Timestamp": now, "X-Slack-Signature": "\u00e9"},
            FORM,
            id="non-ASCII signature",
        ),
        pytest.param(b"", {}, FORM, id="empty"),
    ]


@pytest.mark.parametrize(("body", "headers", "content_type"), _malformed_cases())
def test_unauthenticated_malformed_requests_get_400_or_401_and_one_log_line(
    running_server, body, headers, content_type
):
    before = running_server.output()
    sock = raw_connection(running_server)
    try:
        raw = request_bytes(body, {}, content_type)
        extra = "".join(f"{k}: {v}\r\n" for k, v in headers.items()).encode("utf-8")
        sock.sendall(raw.replace(b"\r\n\r\n", b"\r\n" + extra + b"\r\n", 1))
        response = read_response(sock)
    finally:
        sock.close()
    assert status_of(response) in (400, 401), response[:200]
    time.sleep(0.1)
    added = running_server.output()[len(before) :]
    assert "Traceback" not in added and len(added.splitlines()) <= 1
    if len(body) >= 8:
        assert body[:8].decode("utf-8", "replace") not in added  # no body in the log line


def test_a_signed_malformed_body_gets_400_not_500(running_server, signed_client):
    for body in ("{not json", json.dumps({"a": [[[[]]]]}).replace("]", "", 1)):
        response = signed_client.post(body, JSON)
        assert response.status == 400
    assert "Traceback" not in running_server.output()


def _subscription_ids(app_store_path) -> list[int]:
    return [s.id for s in list_subscriptions(open_store(app_store_path), TEAM_ID, "C-replay")]


def test_a_replayed_command_runs_once_and_is_answered_the_same(
    signed_client, app_store_path, slack_standin
):
    for place in ("boston", "seattle", "remote"):
        response = signed_client.slash_command(
            f"subscribe ml-intern {place}", channel_id="C-replay"
        )
        assert response.status == 200
    ids = _subscription_ids(app_store_path)
    assert len(ids) == 3
    body = signed_client.slash_command_body(f"unsubscribe {ids[0]}", channel_id="C-replay")
    ts = int(time.time())
    signature = slack_signature(SIGNING_SECRET, str(ts), body)

    answers = [signed_client.post(body, FORM, timestamp=ts, signature=signature) for _ in range(3)]

    assert [a.status for a in answers] == [200, 200, 200]
    assert answers[0].text == answers[1].text == answers[2].text
    assert _subscription_ids(app_store_path) == ids[1:]


def test_a_slack_retry_of_an_event_runs_it_once(signed_client, slack_standin):
    body = signed_client.event_body({"type": "app_home_opened", "user": "U1", "tab": "home"})
    first = signed_client.post(body, JSON)
    retry_headers = {
        **signed_client.signed_headers(body, JSON, timestamp=int(time.time()) + 1),
        "X-Slack-Retry-Num": "1",
        "X-Slack-Retry-Reason": "http_timeout",
    }
    retry = http_request(signed_client.base_url + "/slack/events", body.encode(), retry_headers)

    assert (first.status, retry.status) == (200, 200)
    slack_standin.wait_for(lambda: slack_standin.calls("views.publish"))
    time.sleep(0.5)
    assert len(slack_standin.calls("views.publish")) == 1


def test_other_methods_and_paths_are_refused_without_reading_the_body(running_server):
    for method, path in (("POST", "/elsewhere"), ("PUT", "/slack/events"), ("DELETE", "/")):
        raw = (f"{method} {path} HTTP/1.1\r\nHost: x\r\nContent-Length: {10 * MB}\r\n\r\n").encode()
        sock = raw_connection(running_server, raw)
        try:
            assert status_of(read_response(sock)) == 404
        finally:
            sock.close()


def test_an_unsubscribe_names_a_stable_id_not_a_list_position(signed_client, app_store_path):
    for place in ("boston", "seattle"):
        signed_client.slash_command(f"subscribe ml-intern {place}", channel_id="C-ids")
    listing = signed_client.slash_command("subscriptions", channel_id="C-ids").json()["text"]
    ids = [s.id for s in list_subscriptions(open_store(app_store_path), TEAM_ID, "C-ids")]
    assert all(f"#{i}" in listing for i in ids)
