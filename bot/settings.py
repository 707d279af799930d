"""Settings from environment variables and a `.env` file; `.env.example` lists every one.

    >>> settings = load_settings()
    >>> settings.database_path
    PosixPath('data/salary.db')

A missing or malformed setting stops start-up with one line naming it
(``SettingsError``); secrets are ``SecretStr`` so they never print.
"""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class SettingsError(Exception):
    """A setting is missing or malformed; the message names it."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", env_ignore_empty=True, extra="ignore"
    )

    # Slack
    slack_bot_token: SecretStr | None = None
    slack_signing_secret: SecretStr | None = None
    slack_app_token: SecretStr | None = None
    slack_client_id: str | None = None
    slack_client_secret: SecretStr | None = None
    slack_api_url: str = "https://slack.com/api/"

    # Store and server
    database_path: Path = Path("data/salary.db")
    port: int = Field(default=3000, ge=1, le=65535)

    # Pay basis, and how old a figure may be and still count
    internship_weeks: float = Field(default=12, gt=0, le=52)
    recency_months: int = Field(default=18, ge=1, le=120)

    # Digests
    digest_day: str = "mon"
    digest_time: str = "09:00"
    digest_timezone: str = "America/New_York"
    pay_change_threshold_pct: float = Field(default=2.0, ge=0)
    digest_catchup_hours: float = Field(default=72, ge=0)

    # Collection: research reports (Tavily), job-board postings (JobSpy), the drop folder
    tavily_api_key: SecretStr | None = None
    tavily_api_url: str = "https://api.tavily.com"
    tavily_monthly_searches: int = Field(default=1000, ge=0)
    tavily_timeout_seconds: float = Field(default=30, gt=0, le=120)
    research_folder: Path = Path("data/research")
    postings_sites: str = "indeed,linkedin,zip_recruiter"
    postings_results: int = Field(default=20, ge=1, le=200)
    inbox_folder: Path | None = None
    refresh_lead_hours: float = Field(default=2, ge=0, le=72)
    refreshes_per_team_per_day: int = Field(default=5, ge=0)

    @field_validator("slack_bot_token")
    @classmethod
    def _bot_token_shape(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not value.get_secret_value().startswith("xoxb-"):
            raise ValueError("must start with xoxb-")
        return value

    @field_validator("slack_app_token")
    @classmethod
    def _app_token_shape(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not value.get_secret_value().startswith("xapp-"):
            raise ValueError("must start with xapp-")
        return value

    @field_validator("slack_api_url")
    @classmethod
    def _api_url_shape(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("must be an http(s) URL")
        return value if value.endswith("/") else value + "/"

    @field_validator("tavily_api_url")
    @classmethod
    def _tavily_url_shape(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("must be an http(s) URL")
        return value.rstrip("/")

    @field_validator("digest_day")
    @classmethod
    def _day_name(cls, value: str) -> str:
        day = value.strip().lower()[:3]
        if day not in DAY_NAMES:
            raise ValueError(f"must be a day name ({', '.join(DAY_NAMES)})")
        return day

    @field_validator("digest_time")
    @classmethod
    def _clock_time(cls, value: str) -> str:
        hour, _, minute = value.partition(":")
        if not (hour.isdigit() and minute.isdigit() and int(hour) < 24 and int(minute) < 60):
            raise ValueError("must be HH:MM on a 24-hour clock")
        return f"{int(hour):02d}:{int(minute):02d}"

    @field_validator("digest_timezone")
    @classmethod
    def _time_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError("must be an IANA time zone such as America/New_York") from None
        return value

    @property
    def postings_site_list(self) -> list[str]:
        """The boards JobSpy asks; ``POSTINGS_SITES=none`` turns postings off."""
        sites = [site.strip().lower() for site in self.postings_sites.split(",") if site.strip()]
        return [] if sites in (["none"], ["off"]) else sites

    @property
    def has_slack_credentials(self) -> bool:
        return self.slack_signing_secret is not None and (
            self.slack_bot_token is not None or self.oauth_enabled
        )

    @property
    def oauth_enabled(self) -> bool:
        return self.slack_client_id is not None and self.slack_client_secret is not None


def load_settings(**overrides: object) -> Settings:
    """Read settings, turning a validation failure into one line naming the setting."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as error:
        first = error.errors()[0]
        name = str(first["loc"][0]).upper() if first["loc"] else "settings"
        raise SettingsError(f"Setting {name} is invalid: {first['msg']}") from None
