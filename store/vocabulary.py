"""The project's own word lists and tables, kept as JSON in ``store/data/``: one place that
finds and reads them, whichever sub-package asks.

    >>> vocabulary("levels.json")["levels"][0]["level"]
    'intern'
    >>> DATA.name
    'data'
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data"


@cache
def vocabulary(name: str) -> Any:
    """The parsed contents of ``store/data/<name>``, read once per process.

    Shared by every caller, so read it, never change it: build your own tables from it.
    """
    return json.loads((DATA / name).read_text("utf-8"))
