"""The OAuth installation database, which holds every workspace's bot token, is owner-only."""

from __future__ import annotations

import os

from bot.app import oauth_database_path, oauth_settings
from bot.settings import load_settings


def test_the_oauth_database_is_created_owner_only_whatever_the_umask(tmp_path):
    settings = load_settings(
        database_path=tmp_path / "data" / "salary.db",
        slack_client_id="1.2",
        slack_client_secret="s",
    )
    old = os.umask(0)
    try:
        oauth_settings(settings)
    finally:
        os.umask(old)
    assert oauth_database_path(settings).stat().st_mode & 0o777 == 0o600


def test_an_existing_oauth_database_is_made_owner_only(tmp_path):
    settings = load_settings(
        database_path=tmp_path / "salary.db", slack_client_id="1.2", slack_client_secret="s"
    )
    path = oauth_database_path(settings)
    path.write_bytes(b"")
    path.chmod(0o644)

    oauth_settings(settings)

    assert path.stat().st_mode & 0o777 == 0o600
