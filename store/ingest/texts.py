"""Keeping each document's text beside its hash, so newer rules can read it again.

    kept = keep_text(b"# Market Research for ...", date(2026, 11, 30))
    kept.codec, kept_bytes(kept.codec, kept.data)[:8]
    ('zlib', b'# Market')

The bytes are kept as ingest read them (compressed), not the decoded text, so a
reparse can check them against the document's SHA-256 before trusting them.
Compression runs in the parsing workers (``parse_document``), not in the one
process that writes. Store-table restores (the store's own CSV/JSON) keep no
text: their rows are the store's, and there is nothing to re-read in them.
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Callable
from datetime import date
from functools import cache
from pathlib import Path

from pydantic import BaseModel
from sqlite_utils import Database

CODEC = "zlib"
# How each codec's blob becomes the document's bytes again.
_DECODERS: dict[str, Callable[[bytes], bytes]] = {"zlib": zlib.decompress}
# What reads a document: the code and data whose change can change a reading.
_STORE = Path(__file__).resolve().parents[1]
_RULE_PARTS = ("ingest", "extract", "resolve", "collect", "data", "pay.py", "models.py")


class KeptText(BaseModel):
    """A document's bytes as kept in ``document_texts``, and what its reading depended on."""

    codec: str
    data: bytes
    fallback_date: date
    rules: str | None = None


def keep_text(data: bytes, fallback_date: date) -> KeptText:
    """``data`` compressed, with the date that dates its undated figures and today's rules."""
    return KeptText(
        codec=CODEC, data=zlib.compress(data), fallback_date=fallback_date, rules=rules_label()
    )


def kept_bytes(codec: str, blob: bytes) -> bytes:
    """The document's bytes from a stored blob; ``KeyError`` for a codec this code lacks."""
    return _DECODERS[codec](blob)


@cache
def rules_label() -> str:
    """A short fingerprint of the code and data that read documents, e.g. ``'rules-3fa2b1c07d9e'``.

    It changes whenever any file under ``store/`` that reading depends on changes, so a
    parse records exactly which rules it was made with.
    """
    digest = hashlib.sha256()
    for part in _RULE_PARTS:
        path = _STORE / part
        files = sorted(path.rglob("*")) if path.is_dir() else [path]
        for file in files:
            if file.is_file() and file.suffix in (".py", ".json"):
                digest.update(file.relative_to(_STORE).as_posix().encode() + b"\0")
                digest.update(file.read_bytes())
    return f"rules-{digest.hexdigest()[:12]}"


def store_text(db: Database, document_id: int, kept: KeptText) -> None:
    """Keep ``kept`` as ``document_id``'s text (call inside the document's transaction)."""
    db.execute(
        "insert into document_texts (document_id, codec, text, fallback_date, rules) "
        "values (?, ?, ?, ?, ?)",
        [document_id, kept.codec, kept.data, kept.fallback_date.isoformat(), kept.rules],
    )


def stored_text(db: Database, document_id: int) -> KeptText | None:
    """The text kept for ``document_id``, if any."""
    row = db.execute(
        "select codec, text, fallback_date, rules from document_texts where document_id = ?",
        [document_id],
    ).fetchone()
    if row is None:
        return None
    codec, data, fallback, rules = row
    return KeptText(codec=codec, data=data, fallback_date=date.fromisoformat(fallback), rules=rules)
