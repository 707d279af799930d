"""Reading a file safely: regular files only, size-limited, decoded as UTF-8 or refused in one line.

>>> decode_text(b"# Report")
'# Report'
"""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

from store.ingest.html import declared_charset
from store.ingest.parsed import DocumentError
from store.ingest.pdf import is_pdf, pdf_text
from store.ingest.table import looks_like_csv

MAX_BYTES = 20 * 1024 * 1024


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


_FILE_KINDS = (
    (stat.S_ISDIR, "is a directory"),
    (stat.S_ISFIFO, "is a named pipe, not a regular file"),
    (stat.S_ISSOCK, "is a socket, not a regular file"),
    (stat.S_ISCHR, "is a device, not a regular file"),
    (stat.S_ISBLK, "is a device, not a regular file"),
)


def _not_regular(mode: int) -> str | None:
    if stat.S_ISREG(mode):
        return None
    return next((why for test, why in _FILE_KINDS if test(mode)), "is not a regular file")


def _check_regular(info: os.stat_result) -> None:
    if (why := _not_regular(info.st_mode)) is not None:
        raise DocumentError(why)
    if info.st_size > MAX_BYTES:
        raise DocumentError(
            f"too large ({info.st_size / 1_048_576:.1f} MB; "
            f"the limit is {MAX_BYTES // 1_048_576} MB)"
        )


def read_regular_file(path: Path) -> tuple[bytes, float]:
    """A regular file's bytes and modification time, or a ``DocumentError`` in one line.

    The kind and size are checked before anything is read, on the path and again on
    what was opened (without blocking, so a pipe cannot hang the run): a symlink into
    ``/dev``, a named pipe or a socket is refused, never read, and a file that grows
    after the check is still read no further than the limit.
    """
    try:
        _check_regular(path.stat())
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY)
        try:
            info = os.fstat(fd)
            _check_regular(info)
            with os.fdopen(fd, "rb", closefd=False) as handle:
                data = handle.read(MAX_BYTES + 1)
        finally:
            os.close(fd)
    except PermissionError:
        raise DocumentError("cannot read it: permission denied") from None
    except FileNotFoundError:
        raise DocumentError("no such file") from None
    except IsADirectoryError:
        raise DocumentError("is a directory") from None
    except OSError as error:
        raise DocumentError(f"cannot read it: {error.strerror or error}") from None
    if len(data) > MAX_BYTES:
        raise DocumentError(f"too large (it grew past {MAX_BYTES // 1_048_576} MB while read)")
    return data, info.st_mtime


def read_document_bytes(path: Path) -> bytes:
    """The file's bytes, or a ``DocumentError`` saying in one line why they cannot be had."""
    return read_regular_file(path)[0]


def decode_text(data: bytes) -> str:
    """UTF-8 text (a PDF's text), or a ``DocumentError`` for empty, binary or
    otherwise-encoded files."""
    if not data.strip():
        raise DocumentError("the file is empty")
    if is_pdf(data):
        return pdf_text(data)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DocumentError("UTF-16 text, not UTF-8; save it as UTF-8")
    if b"\x00" in data[:8192] and not _store_csv_header(data):
        raise DocumentError("a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        # A page saved from a browser may be in the character set its <meta> declares.
        charset = declared_charset(data)
        if charset is not None:
            try:
                return data.decode(charset)
            except (LookupError, UnicodeDecodeError):
                pass
        byte = data[error.start]
        raise DocumentError(f"not UTF-8 text (byte 0x{byte:02x} at offset {error.start})") from None


def _store_csv_header(data: bytes) -> bool:
    """Whether ``data`` starts with a CSV header of the store's columns: an export, whose
    text cells may hold any character, NUL included."""
    first_line = data[:4096].split(b"\n", 1)[0]
    try:
        return looks_like_csv(first_line.decode("utf-8-sig"))
    except UnicodeDecodeError:
        return False
