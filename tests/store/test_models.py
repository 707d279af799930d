"""The store's models cross process boundaries intact."""

from __future__ import annotations

import pickle
from datetime import UTC, date, datetime

import pytest
from pydantic import ValidationError

from store.ingest.parsed import Skip
from store.models import Observation, Posting
from tests.store_rows import observation, posting


def test_parsed_rows_survive_the_trip_from_a_parsing_worker():
    rows = [
        observation("city:US-MA-boston", 40, 48, period="hour", region="CA, NY", note="why"),
        posting("ml-intern", "city:US-MA-boston", 1, 42, date(2026, 6, 1)).model_copy(
            update={"status": "expired", "closed_at": datetime(2026, 6, 2, 9, tzinfo=UTC)}
        ),
        Skip(what="$28.9K", reason="a bare amount; nothing says what it is"),
    ]

    arrived = pickle.loads(pickle.dumps(rows))

    assert arrived == rows
    assert [type(row) for row in arrived] == [Observation, Posting, Skip]


def test_a_row_tampered_with_on_the_way_is_refused_on_arrival():
    row = observation("city:US-MA-boston", 40, 48)
    row.__dict__["period"] = "fortnight"  # not a period the store knows

    with pytest.raises(ValidationError, match="period"):
        pickle.loads(pickle.dumps(row))
