"""What ingest says about each file, and about a whole run.

>>> DocumentResult(path="inbox/a.txt", status="failed", reason="the file is empty").summary()
'inbox/a.txt: not ingested: the file is empty'
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from store.ingest.parsed import Skip, StoreTable
from store.models import DocumentKind

Status = Literal["stored", "would_store", "already_ingested", "failed"]


class DocumentResult(BaseModel):
    """What happened to one file."""

    path: str
    status: Status
    kind: DocumentKind | None = None
    table: StoreTable | None = Field(default=None, description="For CSV/JSON: which table.")
    reason: str | None = Field(default=None, description="Why a failed file was not used.")
    observations: int = 0
    postings_new: int = 0
    postings_updated: int = 0
    rows_restored: int = 0
    already_stored: int = 0
    skipped: list[Skip] = Field(
        default_factory=list, description="What was left out and why; given to on_document only."
    )
    skipped_count: int = 0

    def summary(self) -> str:
        """One line for people: what was stored, or why nothing was."""
        if self.status == "failed":
            return f"{self.path}: not ingested: {self.reason}"
        if self.status == "already_ingested":
            return f"{self.path}: already ingested; nothing added"
        verb = "would store" if self.status == "would_store" else "stored"
        postings = self.postings_new + self.postings_updated
        parts = []
        if self.table is None or self.observations:
            parts.append(f"{self.observations} observation{'s' * (self.observations != 1)}")
        if self.table is None or postings:
            parts.append(
                f"{postings} posting{'s' * (postings != 1)} "
                f"({self.postings_new} new, {self.postings_updated} updated)"
            )
        if self.table is not None:
            parts.append(f"{self.rows_restored} {self.table} row{'s' * (self.rows_restored != 1)}")
        line = f"{self.path} [{self.kind}]: {verb} " + ", ".join(parts)
        if self.already_stored:
            line += f"; {self.already_stored} already in the store"
        if self.skipped_count:
            line += f"; skipped {self.skipped_count}"
        return line

    def skip_lines(self) -> list[str]:
        return [f"  skipped {skip.what}: {skip.reason}" for skip in self.skipped]


class IngestReport(BaseModel):
    """Every file's result from one run."""

    documents: list[DocumentResult] = Field(default_factory=list)
    dry_run: bool = False

    @property
    def ok(self) -> bool:
        return all(result.status != "failed" for result in self.documents)

    @property
    def failed(self) -> list[DocumentResult]:
        return [result for result in self.documents if result.status == "failed"]

    def totals(self) -> str:
        stored = [r for r in self.documents if r.status in ("stored", "would_store")]
        observations = sum(r.observations + r.rows_restored for r in stored)
        postings = sum(r.postings_new for r in stored)
        verb = "would add" if self.dry_run else "added"
        return (
            f"{len(self.documents)} file(s): {len(stored)} {verb} {observations} rows and "
            f"{postings} new postings; "
            f"{sum(r.status == 'already_ingested' for r in self.documents)} already ingested; "
            f"{len(self.failed)} failed"
        )
