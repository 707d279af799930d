"""A digest as a Slack message: safe text, Slack's limits kept, nothing silently dropped."""

from __future__ import annotations

from datetime import timedelta

from display.digest import digest_message, digest_text
from store.db import open_store
from store.digest.content import build_digest
from store.digest.models import SubscriptionRequest
from store.digest.subscriptions import subscribe
from tests.digest_data import add_posting, at

WEEK_END = at("2026-11-09 14:00")


def busy_week(tmp_path, companies: int):
    db = open_store(tmp_path / "s.db")
    sub = subscribe(
        db,
        SubscriptionRequest(
            team_id="T1",
            channel_id="C1",
            role="ml-intern",
            place_key="city:US-MA-boston",
            label="Machine Learning Intern in Boston, MA",
        ),
        now=at("2026-10-01 00:00"),
    )
    for n in range(companies):
        add_posting(db, company=f"<!channel> Co {n} & Sons", first_seen=at("2026-11-04 12:00"))
    return build_digest(
        db, sub, since=WEEK_END - timedelta(days=7), until=WEEK_END, threshold_pct=2.0
    )


def test_a_busy_week_fits_slacks_limits_and_says_how_many_more(tmp_path):
    message = digest_message(busy_week(tmp_path, 60))

    assert len(message["blocks"]) <= 50
    sections = [b["text"]["text"] for b in message["blocks"] if b["type"] == "section"]
    assert all(len(text) <= 3000 for text in sections)
    assert "_+45 more postings_" in "\n".join(sections)
    assert message["text"].endswith("60 new postings")


def test_text_from_postings_cannot_mention_anyone(tmp_path):
    message = digest_message(busy_week(tmp_path, 1))

    shown = str(message["blocks"])
    assert "<!channel>" not in shown and "&lt;!channel&gt; Co 0 &amp; Sons" in shown


def test_each_posting_shows_pay_as_published_and_normalised(tmp_path):
    text = digest_text(busy_week(tmp_path, 1))

    assert "$40 - $45 per hour (≈ $40 – $45/hr · $83,200 – $93,600/yr)" in text
    assert "hybrid" in text and "posted Nov 4, 2026" in text
    assert "• Machine Learning Intern <https://greenhouse.io/jobs/" in text
