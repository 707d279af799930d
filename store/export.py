"""Exporting the store as CSV or JSON in its own columns, which ``ingest`` restores losslessly.

    >>> export_store(db, Path("export"), fmt="csv")
    [PosixPath('export/documents.csv'), PosixPath('export/postings.csv'), ...]

One file per table. Documents that hold no rows of their own (the CSV/JSON
files an export was restored from) are left out, so exporting a restored
store gives the same files again. Only current figures are exported: what a
reparse retired, which parse wrote each figure, and the documents' kept texts
are not (they are the store's reparse history, not its data).

CSV text cells that a spreadsheet would run as a formula (starting with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return) are written with a leading
``'``, as are cells that already start with ``'`` followed by one of those or
another ``'``; ``ingest`` takes exactly that one quote off again
(``restore_csv_text``), so the round trip is exact. Numbers are written as numbers.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any, Literal

from sqlite_utils import Database

ExportFormat = Literal["csv", "json"]
EXPORT_TABLES = ("documents", "postings", "posting_sightings", "observations")

_DOCUMENTS_WITH_DATA = """
select {columns} from documents
where kind not in ('csv', 'json')
   or id in (select document_id from observations where document_id is not null)
   or id in (select document_id from postings where document_id is not null)
   or id in (select document_id from posting_sightings where document_id is not null)
order by id
"""
# An export holds the store's current reading: figures a reparse retired, which parse
# wrote a figure, and the documents' kept texts stay in the store (``python -m bot
# reparse`` history), so a restore is exactly what answers read.
_EXPORTED_ROWS = {
    "documents": _DOCUMENTS_WITH_DATA,
    "observations": "select {columns} from observations where retired_by is null order by id",
}
_REPARSE_COLUMNS = ("parse_id", "retired_by")


# What makes a spreadsheet evaluate a cell (OWASP's CSV injection list).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"


def neutralise_csv_text(value: Any) -> Any:
    """A text cell that cannot run as a formula; ``restore_csv_text`` undoes it exactly.

    >>> neutralise_csv_text("=1+1"), neutralise_csv_text("'=x"), neutralise_csv_text(-5.0)
    ("'=1+1", "''=x", -5.0)
    """
    if isinstance(value, str) and value.startswith((*FORMULA_STARTS, QUOTE)):
        return QUOTE + value
    return value


def restore_csv_text(cell: str) -> str:
    """The text ``neutralise_csv_text`` was given (a lone leading quote is left alone)."""
    if cell.startswith(QUOTE) and cell[1:2] in (*FORMULA_STARTS, QUOTE):
        return cell[1:]
    return cell


def table_rows(db: Database, table: str) -> tuple[list[str], list[dict[str, Any]]]:
    """The columns and rows of one table as the export writes them, in id order."""
    columns = [column for column in db[table].columns_dict if column not in _REPARSE_COLUMNS]
    listed = ", ".join(f"[{column}]" for column in columns)
    sql = _EXPORTED_ROWS.get(table, "select {columns} from [{table}] order by id")
    cursor = db.execute(sql.format(columns=listed, table=table))
    return columns, [dict(zip(columns, row, strict=True)) for row in cursor]


def export_store(db: Database, out_dir: Path, *, fmt: ExportFormat = "csv") -> list[Path]:
    """Write every exported table to ``out_dir/<table>.<fmt>``; returns the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for table in EXPORT_TABLES:
        columns, rows = table_rows(db, table)
        path = out_dir / f"{table}.{fmt}"
        if fmt == "csv":
            with path.open("w", newline="", encoding="utf-8") as handle:
                # CRLF rows (RFC 4180): the writer quotes any cell holding a character of
                # its line terminator, so a bare carriage return in text is quoted too.
                writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\r\n")
                writer.writeheader()
                writer.writerows(
                    {key: neutralise_csv_text(value) for key, value in row.items()} for row in rows
                )
        else:
            path.write_text(json.dumps(rows, indent=1, ensure_ascii=False) + "\n", "utf-8")
        written.append(path)
    return written
