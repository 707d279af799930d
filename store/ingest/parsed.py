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
from typing import Any, Literal

from pydantic import BaseModel, Field

from store.ingest.texts import KeptText
from store.models import CompactPickle, DocumentKind, Observation, Posting

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
