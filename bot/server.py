"""Serving the app: gunicorn in HTTP mode, or Socket Mode over a WebSocket.

    serve_http(load_settings())      # `python -m bot serve`: POST /slack/events on $PORT
    serve_socket(load_settings())    # `python -m bot socket`: needs SLACK_APP_TOKEN
    serve_socket(settings, with_clock=True)   # `socket --with-clock`: digests too

HTTP mode embeds gunicorn (``BaseApplication``) so it is one Python command:
one worker process with threads, since the store is one SQLite file and an
answer takes about a millisecond; a slow answer holds only its own thread.
``GET /healthz`` answers 200 "ok" for load balancers.

Slow and stalled clients: gunicorn's threaded worker hands a connection to a
thread only once its first bytes arrive, but then reads the rest of the request
with a blocking socket and no deadline, so a client that sends half a header or
half a body holds that thread for as long as it likes. ``GuardedThreadWorker``
keeps gunicorn's design (a selector for idle connections, a thread pool for
requests) and adds what it lacks: every read of a request has a deadline
(``READ_TIMEOUT_S`` per read, ``REQUEST_DEADLINE_S`` for the whole header and
body), after which the connection is closed; the wait for a first byte is
short before an idle connection goes back to the selector; and the pool has
``THREADS`` threads, so 50 stalled connections leave most of it to real
requests. Sizes, signatures, replays and retries are checked by
``bot.http_guard`` before Bolt sees anything.
"""

from __future__ import annotations

import errno
import logging
import socket
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from gunicorn.app.base import BaseApplication
from gunicorn.workers.gthread import TConn, ThreadWorker
from slack_bolt import App, BoltResponse
from slack_bolt.adapter.socket_mode import SocketModeHandler
from slack_bolt.adapter.socket_mode.internals import run_bolt_app, send_response
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_sdk.socket_mode.builtin import client as builtin_client

from bot.app import build_app, require_slack_settings
from bot.clock import start_background_clock
from bot.http_guard import REPLAY_WAIT_S, RecentKeys, guarded
from bot.settings import Settings
from bot.slack_client import make_web_client
from store.answer.parse import warm_up_reading

WSGIApp = Callable[[dict, Callable], Iterable[bytes]]

THREADS = 64
READ_TIMEOUT_S = 5.0
REQUEST_DEADLINE_S = 10.0
WRITE_TIMEOUT_S = 10.0
FIRST_BYTE_WAIT_S = 0.2
KEEPALIVE_S = 5
LINGER_S = 2.0
MAX_LOG_LINE = 300
LINGER_THREADS = 16
# How often Socket Mode pings Slack, and so how soon a dropped socket is noticed.
SOCKET_PING_S = 5
SOCKET_RECEIVE_TIMEOUT_S = 0.5


def wsgi_app(app: App, signing_secret: str) -> WSGIApp:
    """Bolt's WSGI adapter for /slack/events (and the OAuth paths) behind ``http_guard``."""
    return guarded(SlackRequestHandler(app), signing_secret=signing_secret)


class DeadlineSocket(socket.socket):
    """A client socket whose reads end at a deadline: a stalled read looks like the
    client closing, which gunicorn handles quietly (the connection is closed)."""

    deadline = float("inf")

    @classmethod
    def adopt(cls, sock: socket.socket) -> DeadlineSocket:
        return cls(sock.family, sock.type, sock.proto, fileno=sock.detach())

    def start_request(self) -> None:
        self.deadline = time.monotonic() + REQUEST_DEADLINE_S

    def expire_in(self, seconds: float) -> None:
        self.deadline = min(self.deadline, time.monotonic() + seconds)

    def expire(self) -> None:
        """Read nothing more from this client (the answer is sent, then it is closed)."""
        self.deadline = 0.0

    def recv(self, size: int, flags: int = 0) -> bytes:
        remaining = self.deadline - time.monotonic()
        if remaining <= 0:
            return b""
        previous = self.gettimeout()
        if previous is None or previous > 0:  # a blocking read: bound it
            self.settimeout(min(READ_TIMEOUT_S, remaining, previous or READ_TIMEOUT_S))
        try:
            return super().recv(size, flags)
        except TimeoutError:
            self.deadline = 0.0
            return b""

    def sendall(self, data: Any, flags: int = 0) -> None:
        self.settimeout(WRITE_TIMEOUT_S)
        super().sendall(data, flags)


_LINGER = ThreadPoolExecutor(max_workers=LINGER_THREADS, thread_name_prefix="linger")


class GuardedConn(TConn):
    """gunicorn's connection with a read deadline per request and a short first-byte wait."""

    def __init__(self, cfg: Any, sock: socket.socket, client: Any, server: Any) -> None:
        super().__init__(cfg, DeadlineSocket.adopt(sock), client, server)

    def wait_for_data(self, timeout: float) -> bool:
        return super().wait_for_data(min(timeout, FIRST_BYTE_WAIT_S))

    def init(self) -> None:
        if isinstance(self.sock, DeadlineSocket):  # not once TLS has wrapped it
            self.sock.start_request()  # called once per request, in its thread
        super().init()

    def close(self, graceful: bool = False) -> None:
        # gunicorn closes connections on its main thread, and a graceful close lingers
        # up to 2 s reading what the client still sends: a client that sends a bad
        # request and then nothing held the whole worker for 2 s per connection. The
        # lingering is done by a few background threads instead.
        if graceful:
            if isinstance(self.sock, DeadlineSocket):
                self.sock.expire_in(LINGER_S)
            _LINGER.submit(super().close, True)
        else:
            super().close(False)


class GuardedThreadWorker(ThreadWorker):
    """gunicorn's gthread worker whose connections are ``GuardedConn``s."""

    def accept(self, listener: socket.socket) -> None:
        try:
            client_sock, client_addr = listener.accept()
        except OSError as error:  # as gunicorn's own accept does
            if error.errno in (errno.EAGAIN, errno.ECONNABORTED, errno.EWOULDBLOCK):
                return
            raise
        self.nr_conns += 1
        client_sock.setblocking(True)
        self.enqueue_req(GuardedConn(self.cfg, client_sock, client_addr, listener.getsockname()))


class EmbeddedGunicorn(BaseApplication):
    """gunicorn serving one WSGI app, configured in code rather than a config file."""

    def __init__(self, application: WSGIApp, options: dict[str, Any]) -> None:
        self.application = application
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self) -> WSGIApp:
        return self.application


def gunicorn_options(port: int) -> dict[str, Any]:
    """One guarded threaded worker on ``0.0.0.0:port``; errors to stderr, no access log."""
    return {
        "bind": f"0.0.0.0:{port}",
        "workers": 1,
        "worker_class": GuardedThreadWorker,
        "threads": THREADS,
        "worker_connections": 1000,
        "timeout": 30,
        "graceful_timeout": 10,
        "keepalive": KEEPALIVE_S,
        # No runtime management socket (gunicornc): nothing to reach, and two servers on
        # one machine would fight over its default path.
        "control_socket_disable": True,
        "limit_request_line": 4094,
        "limit_request_fields": 50,
        "limit_request_field_size": 8190,
        "errorlog": "-",
        "loglevel": "info",
        "proc_name": "salary-bot",
    }


def warm_up() -> None:
    """Load the role catalog, the place gazetteer, ZIP codes and places abroad (about 2 s)
    before the first question, in gunicorn's master so the worker inherits them."""
    warm_up_reading()


def serve_http(settings: Settings) -> None:
    """Serve Slack's HTTP requests on ``settings.port`` until stopped."""
    configure_logging()
    app = build_app(settings)
    assert settings.slack_signing_secret is not None  # build_app required it
    application = wsgi_app(app, settings.slack_signing_secret.get_secret_value())
    warm_up()
    EmbeddedGunicorn(application, gunicorn_options(settings.port)).run()


def delivery_keys(envelope_id: str | None, payload: dict) -> list[str]:
    """What names one delivery of a command, click or event across Slack's redeliveries:
    the envelope, the event id, and a command's or click's trigger id."""
    keys = [f"envelope:{envelope_id}"] if envelope_id else []
    if isinstance(payload.get("event_id"), str):
        keys.append("event:" + payload["event_id"])
    if isinstance(payload.get("trigger_id"), str):
        keys.append("trigger:" + payload["trigger_id"])
    return keys


class GuardedSocketModeHandler(SocketModeHandler):
    """Bolt's Socket Mode handler that runs each delivery once.

    Slack redelivers an envelope that was not acknowledged (a dropped socket, a
    ``disconnect`` while it was being answered), and retries events; a redelivery of
    something already run is acknowledged with the first answer instead of running
    again (``RecentKeys``). Reconnecting is slack_sdk's: on ``disconnect`` envelopes
    at once, on a dropped socket within ``ping_interval``.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        _shorten_socket_receive_timeout()
        super().__init__(*args, **kwargs)
        self.seen = RecentKeys()

    def handle(self, client: Any, req: Any) -> None:
        start = time.time()
        payload = req.payload if isinstance(req.payload, dict) else {}
        keys = delivery_keys(req.envelope_id, payload)
        first, entry = self.seen.claim(*keys) if keys else (True, None)
        if not first:
            entry.done.wait(REPLAY_WAIT_S)
            answer = getattr(entry, "bolt_response", None) or BoltResponse(status=200, body="")
            send_response(client, req, answer, start)
            return
        try:
            answer = run_bolt_app(self.app, req)
        except Exception:
            if keys:
                self.seen.forget(*keys)
                entry.done.set()
            raise
        if entry is not None:
            entry.bolt_response = answer  # type: ignore[attr-defined]
            if answer.status != 200:
                self.seen.forget(*keys)
            entry.done.set()
        send_response(client, req, answer, start)


def _shorten_socket_receive_timeout() -> None:
    """Two fixes to slack_sdk's built-in Socket Mode connection.

    Replacing a connection waits for the old one's reader to let go, which it does only
    when its receive times out: 3 s, long enough for an envelope on the new connection
    to miss Slack's 3 s. Make it 0.5 s. And a dropped socket is noticed at the first
    ping that cannot be sent, not after five.
    """
    if getattr(builtin_client.Connection, "salary_quick_close", False):
        return

    class QuickCloseConnection(builtin_client.Connection):
        salary_quick_close = True

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs.setdefault("receive_timeout", SOCKET_RECEIVE_TIMEOUT_S)
            super().__init__(*args, **kwargs)

        def connect(self) -> None:
            super().connect()
            if self.sock is not None:  # ws:// sockets get a fixed 3 s otherwise
                self.sock.settimeout(SOCKET_RECEIVE_TIMEOUT_S)

        def check_state(self) -> None:
            # A ping that cannot be sent means the socket is gone: close it now, and the
            # client reconnects, instead of after five failed checks (25 s).
            if self.sock is not None:
                try:
                    self.ping("")
                except OSError:
                    self.disconnect()
                    return
            super().check_state()

    builtin_client.Connection = QuickCloseConnection  # type: ignore[misc]


def socket_mode_handler(settings: Settings) -> SocketModeHandler:
    """A Socket Mode handler for the app, connecting with ``SLACK_APP_TOKEN``."""
    require_slack_settings(settings, socket_mode=True)
    assert settings.slack_app_token is not None
    return GuardedSocketModeHandler(
        build_app(settings, socket_mode=True),
        app_token=settings.slack_app_token.get_secret_value(),
        web_client=make_web_client(settings),
        ping_interval=SOCKET_PING_S,
    )


def serve_socket(settings: Settings, *, with_clock: bool = False) -> None:
    """Receive Slack's events over Socket Mode until stopped (no public URL needed);
    ``with_clock`` also runs the digest clock in a background thread of this process."""
    configure_logging()
    handler = socket_mode_handler(settings)
    if with_clock:
        start_background_clock(settings)
    warm_up()
    handler.start()


class ClipLongLines(logging.Filter):
    """gunicorn quotes a bad request line or header in its one warning line; cap it, so
    no request can add more than ``MAX_LOG_LINE`` characters to the log."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if len(message) > MAX_LOG_LINE or "\n" in message:
            record.msg = message.replace("\n", "\\n")[:MAX_LOG_LINE] + "…"
            record.args = ()
        return True


def configure_logging() -> None:
    """INFO to stderr; never DEBUG, whose Web API traces would carry request headers."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    for name in ("gunicorn.error", "salary.http"):
        logging.getLogger(name).addFilter(ClipLongLines())
