"""The store and settings each delivery test sends from."""

import pytest

from bot.settings import load_settings
from store.db import open_store
from tests.slack_standin import BOT_TOKEN


@pytest.fixture
def store_path(tmp_path):
    return tmp_path / "salary.db"


@pytest.fixture
def db(store_path):
    return open_store(store_path)


@pytest.fixture
def settings(slack_standin, store_path):
    return load_settings(
        slack_bot_token=BOT_TOKEN, slack_api_url=slack_standin.api_url, database_path=store_path
    )
