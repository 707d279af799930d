"""`/salary refresh` through the real server: acknowledged at once, answered when done,
limited per workspace per day; the App Home tab shows each followed pair's last refresh."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from display.mrkdwn import day
from store.collect.budget import searches_left
from store.collect.ledger import Gathered, claim_refresh, fail_refresh, finish_refresh
from store.db import open_store
from store.digest.models import SubscriptionRequest
from store.digest.subscriptions import subscribe
from tests.collect_support import seed_pages
from tests.served_app import app_env, serve_app
from tests.signed_requests import SignedClient
from tests.slack_standin import SIGNING_SECRET

LIMIT = 2


@pytest.fixture(scope="module")
def tavily_pages(tavily_server):
    return seed_pages()


@pytest.fixture(scope="module")
def running_server(standin_server, tavily_server, app_store_path, tmp_path_factory):
    """The app with collection on: Tavily through the stand-in, postings off."""
    folder = tmp_path_factory.mktemp("research")
    env = app_env(
        standin_server, app_store_path,
        TAVILY_API_KEY=tavily_server.api_key, TAVILY_API_URL=tavily_server.url,
        RESEARCH_FOLDER=str(folder), POSTINGS_SITES="none",
        REFRESHES_PER_TEAM_PER_DAY=str(LIMIT),
    )  # fmt: skip
    with serve_app(env, tmp_path_factory.mktemp("server") / "server.log") as server:
        yield server


@pytest.fixture
def client(running_server, slack_standin, tavily_standin, tavily_pages):
    tavily_standin.pages = tavily_pages
    return SignedClient(running_server.url, SIGNING_SECRET, slack_standin)


def answer_at(slack_standin, url: str) -> str:
    [post] = slack_standin.wait_for(lambda: slack_standin.response_posts(url), 20)
    return post.body["text"]


def test_refresh_is_acknowledged_at_once_then_answered_through_the_response_url(
    client, slack_standin, tavily_standin, app_store_path
):
    url = slack_standin.new_response_url()
    response = client.slash_command("refresh machine learning intern boston", response_url=url)

    assert response.status == 200
    assert response.json()["text"].startswith("Refreshing *Machine Learning Intern in Boston, MA*")
    text = answer_at(slack_standin, url)
    assert text.startswith("Refreshed Machine Learning Intern in Boston, MA: 1 document gathered")
    assert "postings off: no job boards are configured" in text
    assert len(tavily_standin.searches) == 3
    db = open_store(app_store_path)
    assert db.execute("select count(*) from documents where kind = 'report'").fetchone()[0] == 1

    # The same pair again today is answered from the ledger, without searching again.
    url = slack_standin.new_response_url()
    client.slash_command("refresh ml intern boston", response_url=url)
    assert "was refreshed today already: last refresh" in answer_at(slack_standin, url)
    assert len(tavily_standin.searches) == 3

    # Past the workspace's daily limit, a clear message and nothing else.
    over = client.slash_command("refresh data analyst austin")
    assert f"has used its {LIMIT} refreshes for today" in over.json()["text"]
    assert len(tavily_standin.searches) == 3


def test_refresh_without_a_role_and_place_says_what_to_type(client):
    text = client.slash_command("refresh").json()["text"]
    assert "Try `/salary refresh ml intern boston`" in text


def test_home_shows_each_followed_pair_with_its_last_refresh_and_the_budget(
    client, slack_standin, app_store_path
):
    db = open_store(app_store_path)
    now = datetime.now(UTC).replace(microsecond=0)
    for channel, role, place in (
        ("C8", "data-analyst", "city:US-TX-austin"),
        ("C9", "registered-nurse", "city:US-TX-houston"),
    ):
        subscribe(
            db,
            SubscriptionRequest(
                team_id=client.team_id,
                channel_id=channel,
                role=role,
                place_key=place,
                label=f"{role} at {place}",
            ),
            now=now,
        )
    done = claim_refresh(
        db, "data-analyst", "city:US-TX-austin", "week:1", trigger="digest", now=now
    )
    finish_refresh(db, done.id, Gathered(documents=2, figures=17, postings=4), now=now)
    failed = claim_refresh(
        db, "registered-nurse", "city:US-TX-houston", "week:1", trigger="digest", now=now
    )
    fail_refresh(db, failed.id, "research: Tavily failed (HTTP 503)", now=now)
    left = searches_left(db, budget=1000, now=now)

    client.event({"type": "app_home_opened", "user": "U7", "channel": "D0", "tab": "home"})

    [call] = slack_standin.wait_for(lambda: slack_standin.calls("views.publish"), 10)
    view = call.body["view"]
    text = json.dumps(json.loads(view) if isinstance(view, str) else view, ensure_ascii=False)
    assert "Fresh data" in text
    assert (
        f"*data-analyst at city:US-TX-austin*: last refresh {day(now)} {now:%H:%M} UTC · "
        "2 documents gathered, 17 figures added, 4 new postings"
    ) in text
    assert (
        f"⚠️ refresh failed {day(now)} {now:%H:%M} UTC: research: Tavily failed (HTTP 503); next try"
    ) in text
    assert f"Search budget: {left:,} of 1,000 searches left" in text
