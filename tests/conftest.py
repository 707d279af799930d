"""Shared fixtures: the Slack stand-in, and the app served for real against it.

    def test_answers(signed_client, slack_standin):
        response = signed_client.slash_command("ml-intern boston")
        assert response.status == 200

``running_server`` starts once per test module (``python -m bot serve`` in a
subprocess, store at ``app_store_path``); ``slack_standin`` is reset per test.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC
from pathlib import Path

import pytest
import time_machine

from tests.served_app import RunningServer, app_env, serve_app
from tests.signed_requests import SignedClient
from tests.slack_standin import SIGNING_SECRET, SlackStandin
from tests.store_rows import ANSWER_DAY
from tests.tavily_standin import TavilyStandin


@pytest.fixture(scope="session")
def standin_server() -> Iterator[SlackStandin]:
    """One stand-in for the whole session; use ``slack_standin`` in tests."""
    standin = SlackStandin().start()
    yield standin
    standin.stop()


@pytest.fixture
def answer_day() -> Iterator[None]:
    """Today is ``ANSWER_DAY`` (the clock runs on from there): answers judge a figure's age
    against today, so tests whose figures carry fixed 2026 dates don't go stale in 2027."""
    with time_machine.travel(ANSWER_DAY.replace(tzinfo=UTC), tick=True):
        yield


@pytest.fixture
def slack_standin(standin_server: SlackStandin) -> SlackStandin:
    """The Slack stand-in with nothing recorded and nothing scripted."""
    standin_server.reset()
    return standin_server


@pytest.fixture(scope="module")
def app_store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The store file the module's ``running_server`` reads; insert rows into it freely."""
    return tmp_path_factory.mktemp("store") / "salary.db"


@pytest.fixture(scope="module")
def running_server(
    standin_server: SlackStandin, app_store_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[RunningServer]:
    """`python -m bot serve` on a free port, pointed at the stand-in and ``app_store_path``."""
    log_path = tmp_path_factory.mktemp("server") / "server.log"
    with serve_app(app_env(standin_server, app_store_path), log_path) as server:
        yield server


@pytest.fixture
def signed_client(running_server: RunningServer, slack_standin: SlackStandin) -> SignedClient:
    """Sends signed slash commands, clicks and events to ``running_server``."""
    return SignedClient(running_server.url, SIGNING_SECRET, slack_standin)


@pytest.fixture(scope="session")
def tavily_server() -> Iterator[TavilyStandin]:
    """One Tavily stand-in for the whole session; use ``tavily_standin`` in tests."""
    standin = TavilyStandin().start()
    yield standin
    standin.stop()


@pytest.fixture
def tavily_standin(tavily_server: TavilyStandin) -> TavilyStandin:
    """The Tavily stand-in with no pages, no searches recorded and nothing scripted."""
    tavily_server.reset()
    return tavily_server
