"""The one place the Bolt App is built from settings.

    app = build_app(load_settings())               # HTTP: bot token or OAuth
    app = build_app(settings, socket_mode=True)     # Socket Mode: no signing secret needed

Signature verification is Bolt's own and always on for HTTP. With
``SLACK_CLIENT_ID``/``SLACK_CLIENT_SECRET`` the app installs into several
workspaces over OAuth (installations in a SQLite file beside the store);
otherwise it serves one workspace with ``SLACK_BOT_TOKEN``. Every Web API
client, per-workspace ones included, talks to ``SLACK_API_URL``.

Listeners run inside the request (``process_before_response=True``): the
answer is the command's own HTTP response, about 1 ms instead of the ~12 ms
that Bolt's threaded ack path spends polling (see bench/README.md). Slow work
moves to ``executor`` explicitly (see handlers/commands.py).
"""

from __future__ import annotations

import logging
import os
import threading
import time
import urllib.error
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from slack_bolt import App, BoltContext, BoltRequest
from slack_bolt.error import BoltError
from slack_bolt.logger.messages import warning_client_prioritized_and_token_skipped
from slack_bolt.oauth.oauth_settings import OAuthSettings
from slack_sdk.errors import SlackApiError
from slack_sdk.oauth.installation_store.sqlite3 import SQLite3InstallationStore
from slack_sdk.oauth.state_store.sqlite3 import SQLite3OAuthStateStore
from sqlite_utils import Database

import handlers
from bot.http_guard import RECEIVED_HEADER
from bot.settings import Settings, SettingsError
from bot.slack_client import make_web_client
from handlers.commands import AnswerCache
from store.db import connect, open_store

# `commands` for /salary, `chat:write` for digests in channels the bot is in, and
# `chat:write.public` so a public channel can subscribe without inviting the bot;
# `channels:history`/`groups:history` because digest delivery looks in conversations.history
# for its own message metadata before any re-post, so it never double-posts;
# `files:write` and `im:write` for the Chart button (a PNG to a channel, or to the asker's DM).
BOT_SCOPES = (
    "commands",
    "chat:write",
    "chat:write.public",
    "channels:history",
    "groups:history",
    "files:write",
    "im:write",
)

INSTALL_PATH = "/slack/install"
REDIRECT_PATH = "/slack/oauth_redirect"
ANSWER_BUDGET_S = 2.0
MIN_BUDGET_S = 0.05
WORKER_THREADS = 8
OAUTH_STATE_TTL_S = 600

log = logging.getLogger(__name__)


class _TokenFromClientFilter(logging.Filter):
    """Bolt reads SLACK_BOT_TOKEN from the environment itself and warns that our client
    (which carries that token and SLACK_API_URL) wins; that is intended, so say nothing."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.getMessage() != warning_client_prioritized_and_token_skipped()


logging.getLogger("slack_bolt.App").addFilter(_TokenFromClientFilter())


class ThreadConnections:
    """One store connection per thread, opened on first use; SQLite connections aren't shared.

    >>> connections = ThreadConnections(Path("data/salary.db"))
    >>> connections.get() is connections.get()   # same thread, same connection
    True
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()

    def get(self) -> Database:
        db = getattr(self._local, "db", None)
        if db is None:
            db = self._local.db = connect(self.path)
        return db


def require_slack_settings(settings: Settings, *, socket_mode: bool = False) -> None:
    """Stop with one line naming the first Slack setting this mode lacks."""
    if socket_mode:
        if settings.slack_app_token is None:
            raise SettingsError(
                "Setting SLACK_APP_TOKEN is missing: Socket Mode needs an app-level token "
                "(xapp-..., Basic Information > App-Level Tokens, scope connections:write)."
            )
        if settings.slack_bot_token is None:
            raise SettingsError("Setting SLACK_BOT_TOKEN is missing: Socket Mode needs it.")
        return
    if settings.slack_signing_secret is None:
        raise SettingsError(
            "Setting SLACK_SIGNING_SECRET is missing: copy it from your app's Basic Information "
            "page (see docs/slack-setup.md)."
        )
    if settings.slack_bot_token is None and not settings.oauth_enabled:
        raise SettingsError(
            "Setting SLACK_BOT_TOKEN is missing: set it (xoxb-...) for one workspace, or "
            "SLACK_CLIENT_ID and SLACK_CLIENT_SECRET to install over OAuth."
        )


def oauth_database_path(settings: Settings) -> Path:
    """Where OAuth installations and states live: beside the store, e.g. ``salary-oauth.db``."""
    path = settings.database_path
    return path.with_name(f"{path.stem}-oauth{path.suffix or '.db'}")


def private_file(path: Path) -> Path:
    """Create ``path`` (and its folder) readable and writable by its owner only (0600),
    or make an existing one so, before anything writes a token into it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    os.close(os.open(path, os.O_CREAT | os.O_RDWR, 0o600))
    os.chmod(path, 0o600)
    return path


def oauth_settings(settings: Settings) -> OAuthSettings:
    """Bolt's OAuth flow with slack_sdk's SQLite installation and state stores, in a
    file only this user can read (the installations hold every workspace's bot token)."""
    assert settings.slack_client_id and settings.slack_client_secret
    database = str(private_file(oauth_database_path(settings)))
    return OAuthSettings(
        client_id=settings.slack_client_id,
        client_secret=settings.slack_client_secret.get_secret_value(),
        scopes=list(BOT_SCOPES),
        installation_store=SQLite3InstallationStore(
            database=database, client_id=settings.slack_client_id
        ),
        state_store=SQLite3OAuthStateStore(database=database, expiration_seconds=OAUTH_STATE_TTL_S),
        install_path=INSTALL_PATH,
        redirect_uri_path=REDIRECT_PATH,
    )


def budget_left(budget_s: float, req: BoltRequest) -> float:
    """What is left of the answer's time budget, counted from when the request arrived
    (``http_guard`` stamps it), not from when a listener got to it; at least a little."""
    values = req.headers.get(RECEIVED_HEADER.lower()) or []
    try:
        waited = time.time() - float(values[0])
    except (IndexError, ValueError):
        return budget_s
    return max(MIN_BUDGET_S, budget_s - max(0.0, waited))


def build_app(
    settings: Settings,
    db: Database | None = None,
    *,
    socket_mode: bool = False,
    answer_budget_s: float = ANSWER_BUDGET_S,
    process_before_response: bool = True,
) -> App:
    """The Bolt App with every listener registered.

    ``db`` (tests) is used by every thread; by default each thread opens its own
    connection to ``settings.database_path``, migrated here first.
    ``process_before_response=False`` is Bolt's threaded ack path, kept for the
    benchmark's comparison (bench/bench_slack_latency.py).
    """
    require_slack_settings(settings, socket_mode=socket_mode)
    if db is None:
        open_store(settings.database_path).close()  # migrate once, before any request
        store_for_thread: Callable[[], Database] = ThreadConnections(settings.database_path).get
    else:
        store_for_thread = lambda: db  # noqa: E731 - the one shared test connection
    executor = ThreadPoolExecutor(max_workers=WORKER_THREADS, thread_name_prefix="salary")
    answer_cache = AnswerCache()

    oauth = oauth_settings(settings) if settings.oauth_enabled and not socket_mode else None
    # Over OAuth each workspace's token comes from its installation, never the bot token.
    client_settings = settings.model_copy(update={"slack_bot_token": None}) if oauth else settings
    secret = settings.slack_signing_secret
    try:
        app = App(
            name="salary",
            signing_secret=secret.get_secret_value() if secret else "",
            client=make_web_client(client_settings),
            oauth_settings=oauth,
            process_before_response=process_before_response,
            listener_executor=executor,
        )
    except (BoltError, SlackApiError, urllib.error.URLError) as error:
        raise SettingsError(
            f"Setting SLACK_BOT_TOKEN was not accepted by {settings.slack_api_url}: {error}"
        ) from None

    @app.middleware
    def provide_services(req: BoltRequest, context: BoltContext, next: Callable[[], None]) -> None:
        context["settings"] = settings
        context["db"] = store_for_thread()
        context["store_for_thread"] = store_for_thread
        context["executor"] = executor
        context["answer_budget_s"] = budget_left(answer_budget_s, req)
        context["answer_cache"] = answer_cache
        next()

    handlers.register(app)
    return app
