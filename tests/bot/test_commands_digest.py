"""`python -m bot digest preview|send-due`: the operator's view of the digests."""

from __future__ import annotations

import os
import subprocess
import sys

from bot.cli import main
from store.db import open_store
from store.digest.ledger import runs_for
from store.digest.models import SubscriptionRequest
from store.digest.subscriptions import list_subscriptions, subscribe
from tests.digest_data import add_posting, at, due_in_real_time
from tests.served_app import ROOT
from tests.slack_standin import BOT_TOKEN


def test_preview_prints_a_channels_next_digest_as_text(tmp_path, monkeypatch, capsys):
    path = tmp_path / "salary.db"
    db = open_store(path)
    request = SubscriptionRequest(
        team_id="T1",
        channel_id="C1",
        role="ml-intern",
        place_key="city:US-MA-boston",
        label="Machine Learning Intern in Boston, MA",
    )
    subscribe(db, request, now=at("2020-01-01 00:00"))
    add_posting(db, company="Acme Robotics", first_seen=at("2025-06-01 12:00"))
    monkeypatch.setenv("DATABASE_PATH", str(path))

    assert main(["digest", "preview", "C1"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Weekly digest, Machine Learning Intern in Boston, MA")
    assert "New postings" in out and "Acme Robotics" in out

    assert main(["digest", "preview", "C-none"]) == 1
    assert "no digest subscriptions" in capsys.readouterr().err


def test_send_due_posts_what_is_due_and_says_what_it_did(
    tmp_path, monkeypatch, capsys, slack_standin
):
    path = tmp_path / "salary.db"
    db = open_store(path)
    request = SubscriptionRequest(
        team_id="T1",
        channel_id="C1",
        role="ml-intern",
        place_key="city:US-MA-boston",
        **due_in_real_time(),
    )
    subscribe(db, request, now=at("2020-01-01 00:00"))
    for name, value in {
        "DATABASE_PATH": str(path),
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_API_URL": slack_standin.api_url,
    }.items():
        monkeypatch.setenv(name, value)

    assert main(["digest", "send-due"]) == 0

    assert capsys.readouterr().out.startswith("1 sent")
    [sub] = list_subscriptions(db)
    assert [r.status for r in runs_for(db, sub.id)][-1] == "sent"
    assert len(slack_standin.calls("chat.postMessage")) == 1


def test_the_clock_process_starts_migrates_the_store_and_stops_on_sigterm(tmp_path, slack_standin):
    path = tmp_path / "clock.db"
    env = {
        **os.environ,
        "DATABASE_PATH": str(path),
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_API_URL": slack_standin.api_url,
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "clock"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        first_line = process.stdout.readline()
    finally:
        process.terminate()
        process.wait(timeout=10)

    assert "clock started" in first_line
    assert "subscriptions" in open_store(path).table_names()
