"""manifest.yml declares what the app serves: its paths, scopes and events."""

from __future__ import annotations

import re
from pathlib import Path

from bot.app import BOT_SCOPES, REDIRECT_PATH

MANIFEST = (Path(__file__).resolve().parent.parent / "manifest.yml").read_text()


def listed_under(key: str) -> list[str]:
    """The ``- item`` lines of the first YAML list under ``key:`` (comments skipped)."""
    lines = MANIFEST.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip() == f"{key}:")
    items = []
    for line in lines[start + 1 :]:
        stripped = line.strip()
        if stripped.startswith("#") or not stripped:
            continue
        if not stripped.startswith("- "):
            break
        items.append(stripped[2:].strip())
    return items


def test_requests_go_to_bolts_events_path_and_the_oauth_redirect():
    urls = re.findall(r"(?:url|request_url): (\S+)", MANIFEST)

    assert len(urls) == 3 and all(url.endswith("/slack/events") for url in urls)
    assert listed_under("redirect_urls")[0].endswith(REDIRECT_PATH)


def test_bot_scopes_are_those_the_oauth_flow_requests():
    assert tuple(listed_under("bot")) == BOT_SCOPES


def test_the_bot_may_read_history_so_a_digest_is_never_posted_twice():
    # bot/digest_post.py checks conversations.history for its own metadata before a re-post.
    assert {"channels:history", "groups:history"} <= set(listed_under("bot"))


def test_events_are_those_the_app_listens_for():
    assert set(listed_under("bot_events")) == {
        "app_home_opened",
        "app_uninstalled",
        "tokens_revoked",
    }


def test_salary_command_home_tab_and_http_mode_by_default():
    assert "- command: /salary" in MANIFEST
    assert "home_tab_enabled: true" in MANIFEST
    assert "socket_mode_enabled: false" in MANIFEST
    assert "org_deploy_enabled: false" in MANIFEST
