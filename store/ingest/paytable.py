"""A pay table in its publisher's own columns: CSV (comma, semicolon, tab or bar), a JSON
array of objects, or JSON lines, recognised and read into rows of cells by meaning.

    >>> text = "Job Title;Location;Base Min;Base Max;Pay Type;Source URL\\n"
    >>> looks_like_pay_table(text)
    True
    >>> looks_like_pay_table("source_kind,role_published,period,min_amount\\n")  # the store's
    False

A file is one when its columns name a job title and pay (``store.ingest.tables.paycolumns``)
and are not the store's own columns or a JobSpy export, which have layouts of their own.
``read_pay_table`` gives each row's cells under their meaning (``title``, ``location``,
``pay:low:`` ...), the rows it cannot read with the reason, and the columns it ignored.
``store.ingest.tables.payrows`` turns the rows into figures.
"""

from __future__ import annotations

import csv
import io
import json
import re
from typing import Any, Literal

from pydantic import BaseModel, Field

from store.collect.jobspy_rows import DISTINCTIVE, REQUIRED, json_lines
from store.ingest.parsed import DocumentError, Skip
from store.ingest.table import table_for_columns
from store.ingest.tables.paycolumns import ColumnMeaning, column_meaning

_DELIMITERS = (",", ";", "\t", "|")
_SNIFF_CHARS = 4096
_MAX_HEADER_CELL = 60  # a header names columns; a longer first "cell" is a line of prose
# A key of the first JSON object: enough to tell a pay table from other JSON unparsed.
_MARKDOWN_RULE = re.compile(r"\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")
_JSON_KEY = re.compile(r'"((?:[^"\\\n]|\\.){1,60})"\s*:')


class PayRow(BaseModel):
    """One data row: its number (the header is row 0) and its cells by meaning."""

    number: int
    cells: dict[str, Any]


class PayTable(BaseModel):
    """A pay table's columns by meaning (``"pay:low:"`` for a pay column), and its rows."""

    kind: Literal["csv", "json"]
    columns: dict[str, str] = Field(description="Meaning key -> the column's own name.")
    meanings: dict[str, ColumnMeaning]
    rows: list[PayRow]
    skipped: list[Skip] = Field(default_factory=list)


def meaning_key(meaning: ColumnMeaning) -> str:
    """``"title"``, ``"url"`` ... for a field; for a pay column its kind and any period its
    name states (``"pay:median:"``, ``"pay:point:hour"``), so that "Hourly Rate" and
    "Annual Salary" are two columns with figures of their own."""
    if meaning.field != "pay":
        return meaning.field
    return f"pay:{meaning.kind}:{meaning.period or ''}"


def _meanings(names: list[str]) -> dict[str, tuple[str, ColumnMeaning]]:
    """Each meaning the names carry, from the first column that carries it."""
    found: dict[str, tuple[str, ColumnMeaning]] = {}
    for name in names:
        meaning = column_meaning(name)
        if meaning is not None:
            found.setdefault(meaning_key(meaning), (name, meaning))
    return found


def _is_pay_table(names: list[str]) -> bool:
    """Whether columns so named are a pay table, not the store's columns or JobSpy's."""
    keys = set(_meanings(names))
    columns = {name.strip() for name in names}
    jobspy = columns >= REQUIRED and bool(DISTINCTIVE & columns)
    return (
        "title" in keys
        and any(key.startswith("pay:") for key in keys)
        and table_for_columns(columns) is None
        and not jobspy
    )


def _csv_header(text: str) -> tuple[str, list[str]] | None:
    """The delimiter and column names of a first line read as a CSV header, the delimiter
    being the one that makes the most columns we know; None when no delimiter splits it."""
    first_line = text[: _SNIFF_CHARS + 1].lstrip("\ufeff").split("\n", 1)[0].rstrip("\r")
    best: tuple[int, str, list[str]] | None = None
    for delimiter in _DELIMITERS:
        if delimiter not in first_line:
            continue
        try:
            names = next(csv.reader([first_line], delimiter=delimiter), [])
        except csv.Error:
            continue
        known = len(_meanings(names))
        if best is None or known > best[0]:
            best = (known, delimiter, names)
    if best is None or any(len(name) > _MAX_HEADER_CELL for name in best[2]):
        return None
    return best[1], best[2]


def _sniffed_json_keys(text: str) -> list[str]:
    """The keys of the first object in a JSON text, read from its start without parsing."""
    start = text.find("{")
    end = text.find("}", start, start + _SNIFF_CHARS)
    return _JSON_KEY.findall(text[start : end if end != -1 else start + _SNIFF_CHARS])


def looks_like_pay_table(text: str) -> bool:
    """True for CSV or JSON whose columns name a job title and pay and no store table; a
    Markdown table (its header ruled off by "|---|") is part of a page, read as one."""
    head = text[:_SNIFF_CHARS].lstrip("\ufeff \t\r\n")
    if head[:1] in ("[", "{"):
        return _is_pay_table(_sniffed_json_keys(head))
    if _MARKDOWN_RULE.match(head.split("\n", 2)[1] if head.count("\n") else ""):
        return False
    header = _csv_header(text)
    return header is not None and _is_pay_table(header[1])


def _columns(names: list[str]) -> tuple[dict[str, str], dict[str, ColumnMeaning], list[Skip]]:
    """Each meaning's column, and what was ignored; a name used twice is refused."""
    meanings = _meanings(names)
    used = {name for name, _meaning in meanings.values()}
    for name in used:
        if names.count(name) > 1:
            raise DocumentError(
                f"the header names the column '{name}' {names.count(name)} times, so which "
                "one holds it is unclear; rename or remove the others"
            )
    skipped = []
    ignored = [name for name in names if name not in used and name.strip()]
    if ignored:
        skipped.append(Skip(what=", ".join(ignored), reason="columns not read: no known meaning"))
    columns = {key: name for key, (name, _meaning) in meanings.items()}
    return columns, {key: meaning for key, (_name, meaning) in meanings.items()}, skipped


def _table(
    kind: Literal["csv", "json"], names: list[str], raw_rows: list[tuple[int, dict[str, Any]]]
) -> PayTable:
    columns, meanings, skipped = _columns(names)
    if "url" not in columns:
        raise DocumentError(
            "the pay table has no URL column: add a `url` column with each row's link "
            "(the store keeps every figure with the link it can be checked at)"
        )
    if not raw_rows:
        raise DocumentError("the pay table has a header but no rows")
    rows = [
        PayRow(number=number, cells={key: raw.get(name) for key, name in columns.items()})
        for number, raw in raw_rows
    ]
    return PayTable(kind=kind, columns=columns, meanings=meanings, rows=rows, skipped=skipped)


def _read_csv(text: str) -> PayTable:
    delimiter, names = _csv_header(text)  # type: ignore[misc]
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=delimiter)
    raw_rows: list[tuple[int, dict[str, Any]]] = []
    ragged: list[Skip] = []
    try:
        next(reader)
        for number, cells in enumerate(reader, start=1):
            if not any(cell.strip() for cell in cells):
                continue  # a blank line
            if len(cells) != len(names):
                reason = (
                    f"has {len(cells)} cells for the header's {len(names)} columns "
                    "(a cell holding the delimiter needs quotes); not read"
                )
                ragged.append(Skip(what=f"row {number}", reason=reason))
                continue
            raw_rows.append((number, dict(zip(names, cells, strict=True))))
    except csv.Error as error:
        raise DocumentError(f"not valid CSV (line {reader.line_num}: {error})") from None
    table = _table("csv", names, raw_rows)
    return table.model_copy(update={"skipped": table.skipped + ragged})


def _read_json(text: str) -> PayTable:
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped.startswith("["):
        try:
            rows = json.loads(stripped)
        except json.JSONDecodeError as error:
            where = f"line {error.lineno} column {error.colno}"
            raise DocumentError(f"not valid JSON ({error.msg} at {where})") from None
    else:
        rows = json_lines(stripped)
        if rows is None:
            raise DocumentError("not valid JSON lines (one JSON object a line)")
    if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
        raise DocumentError("the JSON is not an array of objects, one a row of the pay table")
    names = list(dict.fromkeys(key for row in rows for key in row))
    if not _is_pay_table(names):
        raise DocumentError("the JSON rows name no job title and pay columns")
    return _table("json", names, list(enumerate(rows, start=1)))


def read_pay_table(text: str) -> PayTable:
    """The rows of a text ``looks_like_pay_table`` took, or a ``DocumentError``."""
    if text.lstrip("\ufeff \t\r\n")[:1] in ("[", "{"):
        return _read_json(text)
    return _read_csv(text)
