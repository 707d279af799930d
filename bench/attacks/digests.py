"""Digests through faults: a crash after posting, a claimant out of time, a posting committed
during a build, two employers on one board page.
"""

import contextlib
import json
import tempfile
from datetime import UTC, timedelta
from pathlib import Path

from bot.delivery import CLAIM_LEASE, send_due
from bot.settings import load_settings
from store.db import open_store
from store.digest.content import build_digest
from store.digest.ledger import runs_for
from store.digest.models import SubscriptionRequest
from store.digest.schedule import digest_trigger
from store.digest.subscriptions import subscribe
from tests.digest_data import add_posting, at
from tests.slack_standin import BOT_TOKEN, SlackStandin
from tests.store_rows import observe


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
