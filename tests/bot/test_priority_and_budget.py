"""Under load: batch commands run at a lower priority, and a command's time budget
counts from when its request arrived."""

from __future__ import annotations

import time

import pytest
from slack_bolt import BoltRequest

from bot import cli
from bot.app import MIN_BUDGET_S, budget_left
from bot.http_guard import RECEIVED_HEADER


def _request(received: float | None) -> BoltRequest:
    headers = {} if received is None else {RECEIVED_HEADER: f"{received:.6f}"}
    return BoltRequest(body="", headers=headers)


def test_the_budget_counts_from_arrival():
    assert budget_left(2.0, _request(None)) == 2.0
    assert budget_left(2.0, _request(time.time() - 0.5)) == pytest.approx(1.5, abs=0.05)
    assert budget_left(2.0, _request(time.time() - 10)) == MIN_BUDGET_S
    assert budget_left(2.0, _request(time.time() + 60)) == pytest.approx(2.0, abs=0.05)


@pytest.mark.parametrize(
    ("command", "lowered"),
    [("ingest", True), ("clock", True), ("digest", True), ("serve", False), ("socket", False)],
)
def test_batch_commands_run_at_a_lower_priority(monkeypatch, command, lowered):
    calls = []

    def nice(increment):
        calls.append(increment)
        return 0

    monkeypatch.setattr(cli.os, "nice", nice)
    cli.lower_priority(command)

    assert (calls == [0, cli.BACKGROUND_NICENESS]) is lowered
    assert (calls == []) is not lowered
