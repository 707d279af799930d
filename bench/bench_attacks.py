"""Faults and attacks against the served app, each tried several times; a table of failures.

    .venv/bin/python bench/bench_attacks.py          # every row; exits non-zero on a failure
    .venv/bin/python bench/bench_attacks.py --quick  # fewer tries of each

The server is the real one (``python -m bot serve`` on 127.0.0.1, against the local
Slack stand-in); Socket Mode is ``python -m bot socket`` against the local WebSocket
stand-in; ingest is ``python -m bot ingest``; digests run ``send_due`` against the
stand-in with a channel history. Nothing but 127.0.0.1 is contacted. Each row
prints: the attack or fault, how many tries, and how many of them the app got
wrong (what "wrong" means is in each check's docstring).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
from collections.abc import Callable
from datetime import UTC, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.delivery import CLAIM_LEASE, send_due  # noqa: E402
from bot.settings import load_settings  # noqa: E402
from store.db import open_store  # noqa: E402
from store.digest.content import build_digest  # noqa: E402
from store.digest.ledger import runs_for  # noqa: E402
from store.digest.models import SubscriptionRequest  # noqa: E402
from store.digest.schedule import digest_trigger  # noqa: E402
from store.digest.subscriptions import list_subscriptions, subscribe  # noqa: E402
from store.export import export_store  # noqa: E402
from store.ingest.run import ingest_paths  # noqa: E402
from tests.digest_data import add_posting, at  # noqa: E402
from tests.slack_standin import (  # noqa: E402
    BOT_TOKEN,
    FORM,
    JSON,
    SIGNING_SECRET,
    TEAM_ID,
    SignedClient,
    SlackStandin,
    app_env,
    bot_process_env,
    http_request,
    serve_app,
    slack_signature,
)
from tests.socket_standin import SocketModeStandin  # noqa: E402
from tests.store_rows import observe, seed_answers  # noqa: E402

MB = 1_048_576
Row = tuple[str, int, int]


# -- raw HTTP helpers ------------------------------------------------------------------------


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


# -- the served app ------------------------------------------------------------------------


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


# -- files, exports, OAuth ---------------------------------------------------------------------


def special_files(tmp: Path, tries: int) -> int:
    """A FIFO, a socket, symlinks to /dev/zero and /dev/urandom, /dev/null, a sparse 1 GB
    file: `python -m bot ingest` not exiting non-zero within 10 s, or saying anything but
    one line for it, fails."""
    keep = []

    def fifo(folder: Path) -> Path:
        os.mkfifo(folder / "pipe")
        return folder / "pipe"

    def sock(folder: Path) -> Path:
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(folder / "sock"))
        keep.append(server)
        return folder / "sock"

    def link(target: str) -> Callable[[Path], Path]:
        def make(folder: Path) -> Path:
            (folder / "link").symlink_to(target)
            return folder / "link"

        return make

    def sparse(folder: Path) -> Path:
        with (folder / "huge.csv").open("wb") as handle:
            handle.truncate(1024 * MB)
        return folder / "huge.csv"

    makers = [
        fifo,
        sock,
        link("/dev/zero"),
        link("/dev/urandom"),
        lambda f: Path("/dev/null"),
        sparse,
    ]
    failures = 0
    for i in range(tries):
        folder = Path(tempfile.mkdtemp(dir=tmp))
        path = makers[i % len(makers)](folder)
        env = bot_process_env({"DATABASE_PATH": str(folder / "salary.db")})
        try:
            result = subprocess.run(
                [sys.executable, "-m", "bot", "ingest", str(path)],
                cwd=folder, env=env, capture_output=True, text=True, timeout=10,
            )  # fmt: skip
        except subprocess.TimeoutExpired:
            failures += 1
            continue
        failures += result.returncode == 0 or len(result.stderr.strip().splitlines()) != 1
    for server in keep:
        server.close()
    return failures


AWKWARD = [
    '=HYPERLINK("https://evil.example","x")', "+1+1", "-2+3", "@SUM(A1)", "\tTab", "\rCR",
    "'=quoted", "'plain", "bare\rCR inside", "CRLF\r\nand LF\n", 'quote " comma ,', "NUL \x00",
]  # fmt: skip


def csv_round_trip(tmp: Path, tries: int) -> int:
    """Text that a spreadsheet would run, and framing characters: a cell that still starts
    like a formula in the export, or text not restored exactly on re-import, fails."""
    failures = 0
    for attempt in range(tries):
        folder = Path(tempfile.mkdtemp(dir=tmp))
        original = open_store(folder / "a.db")
        rows = [
            {
                "source": text, "source_kind": "self_reported", "url": "https://example.com/",
                "role_published": text, "role": "ml-intern", "place_key": "country:US",
                "place_level": "country", "kind": "median", "min_amount": 47 + attempt,
                "max_amount": 47, "period": "hour", "as_of": "2026-05-10",
                "ingested_at": "2026-05-11T09:00:00+00:00",
            }
            for text in AWKWARD
        ]  # fmt: skip
        (folder / "in.json").write_text(json.dumps(rows))
        ingest_paths(original, [folder / "in.json"])
        export_store(original, folder / "out", fmt="csv")
        with (folder / "out" / "observations.csv").open(newline="", encoding="utf-8") as handle:
            cells = [c for row in csv.reader(handle) for c in row]
        risky = [c for c in cells if c[:1] in "=+-@\t\r" and c and not _number(c)]
        restored = open_store(folder / "b.db")
        ingest_paths(restored, [folder / "out"])
        texts = [r["role_published"] for r in restored.query("select * from observations")]
        failures += bool(risky) or texts != AWKWARD
    return failures


def _number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


def oauth_file_mode(tmp: Path, tries: int) -> int:
    """The OAuth installation database: anything but mode 0600 fails."""
    from bot.app import oauth_database_path, oauth_settings

    failures = 0
    for i in range(tries):
        settings = load_settings(
            database_path=tmp / f"oauth{i}" / "salary.db",
            slack_client_id="1",
            slack_client_secret="s",
        )
        old = os.umask(0)
        try:
            oauth_settings(settings)
        finally:
            os.umask(old)
        failures += oauth_database_path(settings).stat().st_mode & 0o777 != 0o600
    return failures


# -- digests through faults --------------------------------------------------------------------


def _digest_world(tmp: Path, standin: SlackStandin):
    folder = Path(tempfile.mkdtemp(dir=tmp))
    db = open_store(folder / "salary.db")
    settings = load_settings(
        slack_bot_token=BOT_TOKEN, slack_api_url=standin.api_url, database_path=folder / "salary.db"
    )
    sub = subscribe(
        db,
        SubscriptionRequest(team_id="T1", channel_id="C1", role="ml-intern",
                            place_key="city:US-MA-boston", label="ML Intern in Boston"),
        now=at("2026-10-20 12:00"),
    )  # fmt: skip
    trigger = digest_trigger(sub)
    first = trigger.get_next_fire_time(None, at("2026-10-20 12:00"))
    second = trigger.get_next_fire_time(first, first + timedelta(seconds=1))
    return db, settings, sub, first, second


class _Clock:
    def __init__(self, start) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now.timestamp()


def crash_after_posting(tmp: Path, standin: SlackStandin, tries: int) -> int:
    """The clock dies between posting and recording; recovered hours after the lease:
    a second post fails."""
    import bot.delivery as delivery

    failures = 0
    for _ in range(tries):
        standin.reset()
        db, settings, sub, first, _ = _digest_world(tmp, standin)
        clock = _Clock(first + timedelta(seconds=30))
        standin.keep_history(clock)
        record = delivery._record

        def crash(*args, **kwargs):
            raise SystemExit("killed")

        delivery._record = crash
        try:
            with contextlib.suppress(SystemExit):
                send_due(db, settings, clock.now)
        finally:
            delivery._record = record
        clock.now = first + timedelta(hours=5)
        send_due(db, settings, clock.now)
        send_due(db, settings, clock.now + CLAIM_LEASE * 2)
        posts = [c for c in standin.calls("chat.postMessage") if c.status == 200]
        failures += len(posts) != 1 or [r.status for r in runs_for(db, sub.id)] != ["sent"]
    return failures


def out_of_time_claimant(tmp: Path, standin: SlackStandin, tries: int) -> int:
    """A 500 from Slack (maybe posted) and the claimant out of time: it must leave the claim,
    and the takeover after the lease posts once; any other count of posts fails."""
    import bot.delivery as delivery
    import bot.digest_post as digest_post

    failures = 0
    for _ in range(tries):
        standin.reset()
        db, settings, _sub, first, _ = _digest_world(tmp, standin)
        clock = _Clock(first)
        standin.keep_history(clock)
        standin.fail_next("chat.postMessage", status=500)
        window, delivery.POST_WINDOW = delivery.POST_WINDOW, timedelta(seconds=0.5)
        backoff, digest_post.BACKOFF_SECONDS = digest_post.BACKOFF_SECONDS, 1.0
        try:
            send_due(db, settings, first + timedelta(seconds=5))
        finally:
            delivery.POST_WINDOW, digest_post.BACKOFF_SECONDS = window, backoff
        clock.now = first + CLAIM_LEASE + timedelta(minutes=1)
        send_due(db, settings, clock.now)
        send_due(db, settings, clock.now + CLAIM_LEASE * 2)
        posts = [c for c in standin.calls("chat.postMessage") if c.status == 200]
        failures += len(posts) != 1
    return failures


def committed_while_building(tmp: Path, standin: SlackStandin, tries: int) -> int:
    """A posting stamped before a period's end but committed after its digest was built:
    not in the next digest (or in neither) fails."""
    failures = 0
    for i in range(tries):
        standin.reset()
        db, settings, _, first, second = _digest_world(tmp, standin)
        send_due(db, settings, first + timedelta(seconds=5))
        company = f"Straggler {i}"
        add_posting(db, company=company, first_seen=(first - timedelta(minutes=1)).astimezone(UTC))
        send_due(db, settings, second + timedelta(seconds=5))
        posts = [c for c in standin.calls("chat.postMessage") if c.status == 200]
        failures += len(posts) != 2 or company not in json.dumps(posts[-1].body)
    return failures


def two_employers_one_board_page(tmp: Path, tries: int) -> int:
    """Two employers' postings that link to one board page, different pay: reported as a
    pay change fails."""
    failures = 0
    for i in range(tries):
        db = open_store(Path(tempfile.mkdtemp(dir=tmp)) / "salary.db")
        sub = subscribe(
            db,
            SubscriptionRequest(team_id="T1", channel_id="C1", role="ml-intern",
                                place_key="city:US-MA-boston"),
            now=at("2026-01-01 00:00"),
        )  # fmt: skip
        for company, low, when in (
            ("Acme", 40, "2026-10-01 12:00"),
            ("Globex", 60 + i, "2026-11-04 12:00"),
        ):
            posting = add_posting(db, company=company, first_seen=at(when))
            observe(
                db, "city:US-MA-boston", low, low, role="ml-intern", period="hour",
                source="board.example.com", url="https://board.example.com/", kind="range",
                posting_id=posting.id, role_published="ML Intern",
                source_kind="employer_posting", as_of=when[:10],
                ingested_at=at(when).replace(tzinfo=None),
            )  # fmt: skip
        digest = build_digest(
            db, sub, since=at("2026-11-02 14:00"), until=at("2026-11-09 14:00"), threshold_pct=2
        )
        failures += bool(digest.pay_changes)
    return failures


# -- Socket Mode ------------------------------------------------------------------------------


def socket_mode(tmp: Path, standin: SlackStandin, tries: int) -> list[Row]:
    """`python -m bot socket`: envelopes acked within 3 s and answered; disconnects and
    drops reconnect; a redelivered command runs once."""
    standin.reset()
    sockets = SocketModeStandin().start()
    store = tmp / "socket.db"
    db = open_store(store)
    seed_answers(db)
    db.close()
    standin.answer("apps.connections.open", {"url": sockets.url})
    env = app_env(standin, store, SLACK_APP_TOKEN="xapp-1-A0STANDIN-1-secret")
    with open(tmp / "socket.log", "wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", "socket"], cwd=tmp, env=bot_process_env(env),
            stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
    client = SignedClient("http://unused", "unused", standin)

    def command(text: str, channel: str = "C123") -> dict:
        payload = dict(urllib.parse.parse_qsl(client.slash_command_body(text, channel_id=channel)))
        payload["trigger_id"] = f"{time.time_ns()}.trigger"
        return payload

    def acked_in_time(envelope_id: str) -> bool:
        try:
            ack = sockets.wait_for_ack(envelope_id, timeout=10)
        except TimeoutError:
            return False
        return sockets.ack_delay(envelope_id) < 3 and bool(ack.get("payload", {}).get("blocks"))

    rows: list[Row] = []
    try:
        sockets.wait_for_connections(1, timeout=30)
        fails = sum(
            not acked_in_time(sockets.send_envelope("slash_commands", command("ml-intern boston")))
            for _ in range(tries)
        )
        rows.append(("socket mode: command acked in 3 s and answered", tries, fails))
        fails = 0
        for i in range(tries):
            connections = len(sockets.connections)
            reason = ("refresh_requested", "warning")[i % 2]
            sockets.send({"type": "disconnect", "reason": reason})
            try:
                sockets.wait_for_connections(connections + 1, timeout=15)
            except TimeoutError:
                fails += 1
                continue
            fails += not acked_in_time(sockets.send_envelope("slash_commands", command("help")))
        rows.append(("socket mode: disconnect envelope, then a command", tries, fails))
        fails = 0
        for i in range(tries):
            channel = f"C-sock-{i}"
            acked_in_time(
                sockets.send_envelope(
                    "slash_commands", command("subscribe ml-intern boston", channel)
                )
            )
            check = open_store(store)
            [sub] = list_subscriptions(check, TEAM_ID, channel)
            unsubscribe = command(f"unsubscribe #{sub.id}", channel)
            connections = len(sockets.connections)
            sockets.send_envelope("slash_commands", unsubscribe)
            sockets.drop()
            try:
                sockets.wait_for_connections(connections + 1, timeout=30)
                ack = sockets.wait_for_ack(sockets.send_envelope("slash_commands", unsubscribe))
            except TimeoutError:
                fails += 1
                continue
            gone = list_subscriptions(check, TEAM_ID, channel) == []
            fails += not gone or "Unsubscribed" not in json.dumps(ack)
            check.close()
        rows.append(("socket mode: dropped socket, command redelivered", tries, fails))
    finally:
        process.terminate()
        process.wait(timeout=10)
        sockets.stop()
    return rows


# -- the table --------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer tries of each")
    args = parser.parse_args()
    n = 3 if args.quick else 10
    rows: list[Row] = []
    standin = SlackStandin().start()
    with tempfile.TemporaryDirectory(prefix="bench-attacks-") as tmp_name:
        tmp = Path(tmp_name)
        store = tmp / "salary.db"
        db = open_store(store)
        seed_answers(db)
        db.close()
        with serve_app(app_env(standin, store), tmp / "server.log") as server:
            app = Served(server, SignedClient(server.url, SIGNING_SECRET, standin), standin, store)
            for name, check, tries in (
                ("50 stalled connections, then commands", stalled_connections, n),
                ("header dripped a line a second", dripping_header, 3),
                ("50 MB Content-Length", oversized_body, n),
                ("chunked body past 1 MB", chunked_body, n),
                ("malformed unauthenticated requests", malformed_unauthenticated, 3 * n),
                ("forged or stale signatures", forged_requests, 3 * n),
                ("random methods, paths, headers and bytes", fuzzed_requests, 10 * n),
                ("replayed /salary unsubscribe (x3)", replayed_unsubscribe, n),
                ("Slack retry of an event", retried_event, n),
                ("mentions and links typed into commands", mention_injection, 4 * n),
            ):
                rows.append((name, tries, check(app, tries)))
                print(f"{name}: {rows[-1][2]} of {tries} failed", file=sys.stderr, flush=True)
        for name, check, tries in (
            ("ingest: pipe, socket, device, sparse 1 GB", special_files, 2 * n),
            ("CSV export: formulas, CRs, NUL round trip", csv_round_trip, n),
            ("OAuth database created 0600", oauth_file_mode, n),
            ("two employers' postings on one board page", two_employers_one_board_page, n),
        ):
            rows.append((name, tries, check(tmp, tries)))
        for name, fault, tries in (
            ("digest: crash after posting, found after lease", crash_after_posting, n),
            ("digest: claimant out of time, takeover posts once", out_of_time_claimant, 3),
            ("digest: posting committed during a build", committed_while_building, n),
        ):
            rows.append((name, tries, fault(tmp, standin, tries)))
        rows += socket_mode(tmp, standin, 3 if args.quick else 5)
    standin.stop()

    width = max(len(name) for name, _, _ in rows)
    print(f"| {'attack or fault':{width}} | tries | failures |")
    print(f"| {'-' * width} | ----- | -------- |")
    for name, tries, failures in rows:
        print(f"| {name:{width}} | {tries:5} | {failures:8} |")
    return 1 if any(failures for _, _, failures in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
