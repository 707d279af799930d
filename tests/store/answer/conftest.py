"""The store the `answer_salary` tests ask: fresh for each test (a module may bring its own)."""

import pytest

from tests.store.answer_support import answer_store


@pytest.fixture
def db(tmp_path):
    return answer_store(tmp_path / "s.db")
