"""Slack Web API clients that retry what is worth retrying, against ``SLACK_API_URL``.

    client = make_web_client(settings)                  # the bot token from settings
    client.chat_postMessage(channel="C123", text="Weekly digest")

Rate limits (HTTP 429) wait for Slack's ``Retry-After``; server errors (500/503)
and dropped connections are retried with backoff. Errors such as
``not_in_channel`` are not retried: they raise ``SlackApiError`` at once.
"""

from __future__ import annotations

from slack_sdk import WebClient
from slack_sdk.http_retry import RetryHandler
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)

from bot.settings import Settings


def retry_handlers() -> list[RetryHandler]:
    """slack_sdk's own retry handlers: connection errors, rate limits, server errors."""
    return [
        ConnectionErrorRetryHandler(max_retry_count=2),
        RateLimitErrorRetryHandler(max_retry_count=3),
        ServerErrorRetryHandler(max_retry_count=2),
    ]


def make_web_client(settings: Settings, token: str | None = None) -> WebClient:
    """A ``WebClient`` for ``token`` (default: the bot token) at ``settings.slack_api_url``."""
    if token is None and settings.slack_bot_token is not None:
        token = settings.slack_bot_token.get_secret_value()
    return WebClient(token=token, base_url=settings.slack_api_url, retry_handlers=retry_handlers())
