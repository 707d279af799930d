"""What parsing one document yields, before anything touches the store.

    parsed = parse_document(Path("report.txt"))          # store.ingest.documents
    [o.min_amount for o in parsed.observations]
    [124052.0]

A ``ParsedDocument`` holds ready-to-write observations and postings (without
database ids) plus every figure or result it skipped and why, so a dry run can
show exactly what a real run would store.
"""

from __future__ import annotations

from datetime import date, datetime
from operator import itemgetter
from typing import Any, Literal

from pydantic import BaseModel, Field, TypeAdapter

from store.ingest.texts import KeptText
from store.models import CompactPickle, DocumentKind, Observation, Posting, checked_already

StoreTable = Literal["documents", "postings", "posting_sightings", "observations"]


class DocumentError(Exception):
    """A file that cannot be used; the message says why in one line."""


class Skip(CompactPickle):
    """Something the parser saw and did not store, with the reason."""

    what: str = Field(description='e.g. "$28.9K" or "result 4 (Top Skills ...)".')
    reason: str


class ParsedPosting(BaseModel):
    """A posting and the pay observations it states (regional rows, headline pay)."""

    posting: Posting
    observations: list[Observation] = Field(default_factory=list)


class PageParse(BaseModel):
    """What a page layout read: its title, figures, postings and what it left out."""

    title: str | None
    observations: list[Observation] = Field(default_factory=list)
    postings: list[ParsedPosting] = Field(default_factory=list)
    skipped: list[Skip] = Field(default_factory=list)


class TableRows(BaseModel):
    """Rows of one store table read from a CSV or JSON file in the store's own columns."""

    table: StoreTable
    rows: list[dict[str, Any]]


class ParsedDocument(BaseModel):
    path: str
    sha256: str
    kind: DocumentKind
    title: str | None = None
    doc_date: date | None = None
    ingested_at: datetime
    observations: list[Observation] = Field(default_factory=list)
    postings: list[ParsedPosting] = Field(default_factory=list)
    table: TableRows | None = None
    skipped: list[Skip] = Field(default_factory=list)
    text: KeptText | None = Field(
        default=None, description="The document's bytes, compressed, kept for reparse."
    )


# A parsing worker sends its observations and postings as their values in field order.
_OBSERVATION_FIELDS = tuple(Observation.model_fields)
_POSTING_FIELDS = tuple(Posting.model_fields)
_observation_values = itemgetter(*_OBSERVATION_FIELDS)
_posting_values = itemgetter(*_POSTING_FIELDS)
_DOCUMENT_FIELDS = tuple(ParsedDocument.model_fields)
# Observations arrive as rows of values, validated in one call per list: the parser builds
# them unvalidated (``figures.observations_from_figures``), and this is where they cross
# from one process to another.
_OBSERVATION_ROWS = TypeAdapter(
    list[tuple[tuple(Observation.model_fields[name].annotation for name in _OBSERVATION_FIELDS)]]  # type: ignore[misc]
)
_PACKED = ("observations", "postings", "skipped")


def packed(parsed: ParsedDocument) -> tuple:
    """``parsed`` as plain values, for a parsing worker to send to the writing process.

        parsed == unpacked(pickle.loads(pickle.dumps(packed(parsed))))
        True

    Its postings were validated as the parser built them; its observations are validated
    on arrival as rows of values (``unpacked``), a third of what building each as a
    validated model costs. A tuple of values pickles in less time and space than a
    model's fields by name.
    """
    head = {name: value for name, value in parsed.__dict__.items() if name not in _PACKED}
    return (
        head,
        [_observation_values(observation.__dict__) for observation in parsed.observations],
        [
            (
                _posting_values(item.posting.__dict__),
                [_observation_values(observation.__dict__) for observation in item.observations],
            )
            for item in parsed.postings
        ],
        [(skip.what, skip.reason) for skip in parsed.skipped],
    )


def unpacked(values: tuple) -> ParsedDocument:
    """The ``ParsedDocument`` that ``packed`` made ``values`` of; raises pydantic's
    ``ValidationError`` for an observation whose values its fields do not hold."""
    head, observations, postings, skipped = values
    read = head | {
        "observations": _observations(observations),
        "postings": [
            checked_already(
                ParsedPosting,
                {
                    "posting": checked_already(
                        Posting, dict(zip(_POSTING_FIELDS, posting, strict=True))
                    ),
                    "observations": _observations(posting_observations),
                },
            )
            for posting, posting_observations in postings
        ],
        "skipped": [checked_already(Skip, {"what": what, "reason": why}) for what, why in skipped],
    }
    return checked_already(ParsedDocument, {name: read[name] for name in _DOCUMENT_FIELDS})


def _observations(rows: list[tuple]) -> list[Observation]:
    return [
        checked_already(Observation, dict(zip(_OBSERVATION_FIELDS, row, strict=True)))
        for row in _OBSERVATION_ROWS.validate_python(rows)
    ]
