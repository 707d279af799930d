"""Serving the app: gunicorn in HTTP mode, or Socket Mode over a WebSocket.

    serve_http(load_settings())      # `python -m bot serve`: POST /slack/events on $PORT
    serve_socket(load_settings())    # `python -m bot socket`: needs SLACK_APP_TOKEN
    serve_socket(settings, with_clock=True)   # `socket --with-clock`: digests too

HTTP mode embeds gunicorn (``BaseApplication``) so it is one Python command:
one worker process with threads, since the store is one SQLite file and an
answer takes about a millisecond; a slow answer holds only its own thread.
``GET /healthz`` answers 200 "ok" for load balancers.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any

from gunicorn.app.base import BaseApplication
from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler
from slack_bolt.adapter.wsgi import SlackRequestHandler

from bot.app import build_app, require_slack_settings
from bot.clock import start_background_clock
from bot.settings import Settings
from bot.slack_client import make_web_client
from store.answer.parse import warm_up_reading

HEALTH_PATH = "/healthz"
WSGIApp = Callable[[dict, Callable], Iterable[bytes]]


def wsgi_app(app: App) -> WSGIApp:
    """Bolt's WSGI adapter for /slack/events (and the OAuth paths), plus ``GET /healthz``."""
    slack = SlackRequestHandler(app)

    def application(environ: dict, start_response: Callable) -> Iterable[bytes]:
        if environ.get("PATH_INFO") == HEALTH_PATH:
            start_response("200 OK", [("Content-Type", "text/plain"), ("Content-Length", "2")])
            return [b"ok"]
        return slack(environ, start_response)

    return application


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
    """One worker with threads on ``0.0.0.0:port``; errors to stderr, no access log."""
    return {
        "bind": f"0.0.0.0:{port}",
        "workers": 1,
        "worker_class": "gthread",
        "threads": 8,
        "timeout": 30,
        "graceful_timeout": 10,
        "keepalive": 5,
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
    application = wsgi_app(build_app(settings))
    warm_up()
    EmbeddedGunicorn(application, gunicorn_options(settings.port)).run()


def socket_mode_handler(settings: Settings) -> SocketModeHandler:
    """A Socket Mode handler for the app, connecting with ``SLACK_APP_TOKEN``."""
    require_slack_settings(settings, socket_mode=True)
    assert settings.slack_app_token is not None
    return SocketModeHandler(
        build_app(settings, socket_mode=True),
        app_token=settings.slack_app_token.get_secret_value(),
        web_client=make_web_client(settings),
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


def configure_logging() -> None:
    """INFO to stderr; never DEBUG, whose Web API traces would carry request headers."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
