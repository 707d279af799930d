"""``open_bounds`` tries its lead pattern only after a word in ``_LAST_WORDS``, a list kept
by hand beside ``_OPEN_BOUND``. Wherever the pattern finds a lead before an amount of the
evaluation set's dev texts, the word before the amount must be in that list, so a bound
phrase added to the pattern without its last word fails here (as "greater then" did)."""

from __future__ import annotations

import json
from pathlib import Path

from store.extract.amounts.money import find_amounts
from store.extract.amounts.open_bounds import _LEAD_REACH, _OPEN_BOUND, _may_lead
from store.extract.text.readable import readable

ITEMS = Path(__file__).resolve().parents[3] / "bench" / "extract_eval" / "items.jsonl"


def _dev_texts() -> list[str]:
    lines = ITEMS.read_text(encoding="utf-8").splitlines()
    return [item["text"] for item in map(json.loads, lines) if item["split"] == "dev"]


def test_last_words_cover_every_lead() -> None:
    missed = []
    for text in _dev_texts():
        scan = readable(text)
        for amount in find_amounts(scan):
            start = amount.start
            lead = _OPEN_BOUND.search(scan, max(0, start - _LEAD_REACH), start)
            if lead and not _may_lead(scan, start):
                missed.append(scan[max(0, start - _LEAD_REACH) : start])
    assert missed == []
