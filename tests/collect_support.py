"""Helpers for collection tests: the sample report's results as Tavily pages, and settings."""

from __future__ import annotations

import json
from pathlib import Path

from store.ingest.report import report_results
from tests.store.ingest_support import REPORT_SEED, seed
from tests.tavily_standin import TavilyStandin


def seed_pages() -> list[dict]:
    """The sample report's search results (real pages, as Tavily returned them)."""
    _, results = report_results(seed(REPORT_SEED).read_text(encoding="utf-8"))
    return [{k: r[k] for k in ("title", "url", "content")} for r in results]


def collect_env(standin: TavilyStandin, tmp_path: Path, **extra: str) -> dict[str, str]:
    """Environment variables for a bot whose searches go to ``standin``."""
    return {
        "DATABASE_PATH": str(tmp_path / "salary.db"),
        "TAVILY_API_KEY": standin.api_key,
        "TAVILY_API_URL": standin.url,
        "RESEARCH_FOLDER": str(tmp_path / "research"),
        **extra,
    }


def report_urls(path: Path) -> list[str]:
    _, results = report_results(path.read_text(encoding="utf-8"))
    return [r["url"] for r in results]


def dumps(value: object) -> str:
    return json.dumps(value, sort_keys=True, default=str)
