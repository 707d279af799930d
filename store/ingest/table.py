"""CSV and JSON files in the store's own columns, as ``python -m bot export`` writes them.

    rows = parse_table_csv(Path("observations.csv").read_text())
    rows.table, len(rows.rows)
    ('observations', 12)

The table is recognised from the columns, not the file name. Every row is
validated with the store's pydantic model; one bad row rejects the whole file,
naming the row, the column and the problem.
"""

from __future__ import annotations

import csv
import io
import json
import typing
from typing import Any

from pydantic import BaseModel, ValidationError

from store.export import restore_csv_text
from store.ingest.parsed import DocumentError, Skip, StoreTable, TableRows
from store.models import Document, Observation, Posting, PostingSighting
from store.pay import equivalents

_EXTRA, _SHORT = "\x00extra", "\x00short"  # markers for rows with too many or too few cells

TABLE_MODELS: dict[StoreTable, type[BaseModel]] = {
    "documents": Document,
    "postings": Posting,
    "posting_sightings": PostingSighting,
    "observations": Observation,
}
# Columns that only one table has, so a file's header says which table it holds.
_SIGNATURES: dict[StoreTable, set[str]] = {
    "documents": {"sha256", "kind", "path"},
    "postings": {"fingerprint", "company", "title"},
    "posting_sightings": {"posting_id", "seen_at"},
    "observations": {"source_kind", "role_published", "period"},
}


def table_for_columns(columns: set[str]) -> StoreTable | None:
    """Which store table a set of column names belongs to, if any."""
    for table, signature in _SIGNATURES.items():
        if signature <= columns:
            return table
    return None


def looks_like_csv(text: str) -> bool:
    """True when the first line is a CSV header naming one store table's columns."""
    first_line = text.lstrip("\ufeff").split("\n", 1)[0]
    try:
        header = next(csv.reader([first_line]), [])
    except csv.Error:  # a line no CSV reader takes (longer than its field limit) is no header
        return False
    return table_for_columns({name.strip() for name in header}) is not None


def _nullable_columns(model: type[BaseModel]) -> set[str]:
    return {
        name
        for name, field in model.model_fields.items()
        if type(None) in typing.get_args(field.annotation)
    }


def _with_equivalents(row: dict[str, Any]) -> dict[str, Any]:
    """Fill in hourly and annual equivalents a hand-made row left out."""
    period = row.get("period")
    columns = ("hourly_min", "hourly_max", "annual_min", "annual_max")
    if period and all(row.get(column) is None for column in columns) and "min_amount" in row:
        row |= equivalents(row["min_amount"], row["max_amount"], period)
    return row


def _validated(table: StoreTable, raw_rows: list[dict[str, Any]], skipped: list[Skip]) -> TableRows:
    model = TABLE_MODELS[table]
    known = set(model.model_fields)
    unknown = sorted({key for row in raw_rows for key in row} - known)
    if unknown:
        skipped.append(Skip(what=", ".join(unknown), reason=f"not {table} columns; ignored"))
    rows = []
    for number, raw in enumerate(raw_rows, start=1):
        try:
            rows.append(_with_equivalents(model.model_validate(raw).model_dump()))
        except ValidationError as error:
            problem = error.errors()[0]
            column = ".".join(str(part) for part in problem["loc"]) or "row"
            raise DocumentError(f"row {number}, column {column}: {problem['msg']}") from None
    return TableRows(table=table, rows=rows)


def parse_table_csv(text: str, skipped: list[Skip] | None = None) -> TableRows:
    """Rows of a store table from CSV text; empty cells are missing values."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")), restkey=_EXTRA, restval=_SHORT)
    table = table_for_columns(set(reader.fieldnames or ()))
    if table is None:
        raise DocumentError("the CSV header names no store table's columns")
    raw_rows = []
    try:
        for number, row in enumerate(reader, start=1):
            if _EXTRA in row or _SHORT in row.values():
                raise DocumentError(f"row {number} does not have one cell per column")
            raw_rows.append(
                {key: restore_csv_text(value) if isinstance(value, str) else value
                 for key, value in row.items()}
            )  # fmt: skip
    except csv.Error as error:
        raise DocumentError(f"not valid CSV (line {reader.line_num}: {error})") from None
    nullable = _nullable_columns(TABLE_MODELS[table])
    for row in raw_rows:  # CSV has no null: an empty cell is a missing value where one may be
        for key, value in row.items():
            if value == "" and key in nullable:
                row[key] = None
    return _validated(table, raw_rows, skipped if skipped is not None else [])


def load_json_rows(text: str) -> list[dict[str, Any]]:
    """A JSON array of objects, or a ``DocumentError`` saying what is wrong with it."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as error:
        where = f"line {error.lineno} column {error.colno}"
        raise DocumentError(f"not valid JSON ({error.msg} at {where})") from None
    if not isinstance(raw, list) or not all(isinstance(row, dict) for row in raw):
        raise DocumentError("the JSON is not an array of rows in the store's columns")
    return raw


def parse_table_json(
    raw: list[dict[str, Any]], skipped: list[Skip] | None = None
) -> TableRows | None:
    """Rows of a store table from JSON objects (``load_json_rows``); ``None`` if there are none."""
    if not raw:
        return None
    table = table_for_columns(set(raw[0]))
    if table is None:
        raise DocumentError("the JSON rows name no store table's columns")
    return _validated(table, raw, skipped if skipped is not None else [])
