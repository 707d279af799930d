"""The store's models cross process boundaries intact."""

from __future__ import annotations

import pickle
from datetime import UTC, date, datetime

import pytest
from pydantic import ValidationError

from store.ingest.documents import parse_document
from store.ingest.parsed import Skip, packed, unpacked
from store.models import Observation, Posting
from tests.store.ingest_support import JOB_PAGE_SEED, REPORT_SEED, seed
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


@pytest.mark.parametrize("name", [REPORT_SEED, JOB_PAGE_SEED])
def test_a_parsed_document_packed_by_a_worker_arrives_as_it_was_parsed(name):
    parsed = parse_document(seed(name).read_bytes(), path=name)
    assert parsed.observations or parsed.postings

    arrived = unpacked(pickle.loads(pickle.dumps(packed(parsed))))

    assert arrived == parsed
    assert arrived.model_dump(exclude={"text"}) == parsed.model_dump(exclude={"text"})
    assert [type(o) for o in arrived.observations] == [Observation] * len(parsed.observations)


def test_an_observation_tampered_with_in_a_packed_report_is_refused_on_arrival():
    # The parser builds observations without validating them; the writing process does.
    head, observations, postings, skipped = packed(
        parse_document(seed(REPORT_SEED).read_bytes(), path=REPORT_SEED)
    )
    tampered = list(observations[0])
    tampered[list(Observation.model_fields).index("period")] = "fortnight"

    with pytest.raises(ValidationError, match="fortnight"):
        unpacked((head, [tuple(tampered), *observations[1:]], postings, skipped))
    assert unpacked((head, observations, postings, skipped)).observations
