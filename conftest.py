"""Docstring examples in the packages run as doctests (``--doctest-modules``, see pyproject).

Each module's examples get, in their namespace, a real store at ``db`` (seeded with
``tests.store_rows.seed_answers``: ml-intern in Boston and around it), ``settings``
pointing at it, ``answer_salary`` and ``answer``, the store's answer to "ml-intern
boston", and ``at("2026-01-05")``, an aware UTC datetime; they run in
a fresh temporary folder, so files they write go nowhere else. Docstrings in ``tests/``
are notes for test writers, not examples, and are not collected.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from _pytest.doctest import DoctestItem

ROOT = Path(__file__).resolve().parent
DOCTEST_PACKAGES = ("bot", "display", "handlers", "store")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Keep the doctests of the packages only."""
    packages = [ROOT / name for name in DOCTEST_PACKAGES]
    kept, dropped = [], []
    for item in items:
        if isinstance(item, DoctestItem) and not any(p in item.path.parents for p in packages):
            dropped.append(item)
        else:
            kept.append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


@pytest.fixture(autouse=True)
def doctest_store(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """For doctests only: ``db``, ``settings``, ``answer`` and ``seeded`` in their namespace."""
    if not isinstance(request.node, DoctestItem):
        return
    from bot.settings import Settings
    from store.answer.salary import answer_salary
    from store.db import open_store
    from tests.store_rows import SEEDED, seed_answers

    monkeypatch.chdir(tmp_path)
    db = open_store(tmp_path / "salary.db")
    seed_answers(db)
    namespace = request.getfixturevalue("doctest_namespace")
    namespace["db"] = db
    namespace["settings"] = Settings(_env_file=None, database_path=tmp_path / "salary.db")
    namespace["answer"] = answer_salary(db, "ml-intern boston")
    namespace["answer_salary"] = answer_salary
    namespace["at"] = lambda text: datetime.fromisoformat(text).replace(tzinfo=UTC)
    # The day the example store's figures are dated (a few weeks before today).
    namespace["seeded"] = datetime(SEEDED.year, SEEDED.month, SEEDED.day, tzinfo=UTC)
    request.addfinalizer(db.close)
