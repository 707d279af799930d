"""Writing a market-research report in the sample format, from search results.

    text = report_text(role_words="machine learning intern", place_name="Boston, MA",
                           answers=["Interns in Boston earn ..."], queries=[...],
                           results=[{"title": ..., "url": ..., "content": ..., "score": 0.9}],
                           retrieved=date(2026, 11, 30))
    text.splitlines()[0]
    '# Market Research for machine learning intern'

The layout is the one ``store.ingest.report`` reads (and the one the sample
reports have): a ``# Market Research for <role>`` title, a summary (the search
API's own answers), then ``## Detailed Results`` and the results as a JSON array.
A ``Retrieved:`` line dates the report, so a stored report re-ingests to the
same figures whenever it is read again.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from store.resolve.sites import canonical_url

# What a report keeps of each result: what the ingester reads, plus a news result's date.
RESULT_FIELDS = ("title", "url", "content", "score", "published_date")
NO_ANSWER = "The search API gave no summary for these searches."


def merge_results(batches: Iterable[list[dict]]) -> list[dict]:
    """Results of several searches, one per page (by canonical URL), best score first.

    >>> [r["url"] for r in merge_results([[{"url": "https://a.com/x/", "score": 0.2}],
    ...                                   [{"url": "https://a.com/x", "score": 0.9}]])]
    ['https://a.com/x']
    """
    best: dict[str, dict] = {}
    for batch in batches:
        for result in batch:
            url = str(result.get("url") or "").strip()
            if not url:
                continue
            kept = {name: result[name] for name in RESULT_FIELDS if result.get(name) is not None}
            key = canonical_url(url)
            if key not in best or (kept.get("score") or 0) > (best[key].get("score") or 0):
                best[key] = kept
    return sorted(best.values(), key=lambda r: r.get("score") or 0, reverse=True)


def report_text(
    *,
    role_words: str,
    place_name: str,
    answers: list[str],
    queries: list[str],
    results: list[dict],
    retrieved: date,
) -> str:
    """The report's text: title, summary, where and when it was searched, the results."""
    summary = "\n\n".join(answer.strip() for answer in answers if answer.strip()) or NO_ANSWER
    searched = "; ".join(f'"{query}"' for query in queries)
    return (
        f"# Market Research for {role_words}\n\n"
        f"{summary}\n\n"
        f"Place: {place_name}\n"
        f"Retrieved: {retrieved.isoformat()}\n"
        f"Searches: {searched}\n\n"
        "## Detailed Results\n\n"
        f"{json.dumps(results, indent=2, ensure_ascii=False)}\n"
    )


def write_report(folder: Path, name: str, text: str) -> Path:
    """Write ``text`` as ``folder/name`` (``name-2``, ... if taken), whole or not at all."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.txt"
    number = 1
    while path.exists():
        number += 1
        path = folder / f"{name}-{number}.txt"
    partial = folder / f".{path.name}.part"  # hidden: ingest and the inbox skip it
    partial.write_text(text, encoding="utf-8")
    os.replace(partial, path)
    return path
