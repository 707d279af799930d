"""What the evaluation scripts share: reading a hand-labelled JSONL set, and scoring.

    >>> precision(9, 10), recall(9, 12), round(f1(9, 10, 12), 3)
    (0.9, 0.75, 0.818)
    >>> f1(0, 0, 5)          # nothing reported, nothing right
    0.0

Used by ``bench/eval_extract.py`` (figures in excerpts) and ``bench/eval_documents.py``
(figures stored from whole pages): a figure is right when it matches a labelled one.
"""

from __future__ import annotations

import json
from pathlib import Path


def load_jsonl(path: Path) -> list[dict]:
    """The labelled items of a set, one dict per non-blank line."""
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def precision(matched: int, reported: int) -> float:
    return matched / reported if reported else 1.0


def recall(matched: int, expected: int) -> float:
    return matched / expected if expected else 1.0


def f1(matched: int, reported: int, expected: int) -> float:
    p, r = precision(matched, reported), recall(matched, expected)
    return 2 * p * r / (p + r) if p + r else 0.0
