"""A PDF read as its text: staffing firms' salary guides, pay schedules and job postings
are often published as PDFs. The text goes to the first text layout that fits it, as a
saved web page's does; the address a guide prints (its first URL) cites its figures.

    >>> pdf_text(b"%PDF-1.4 not really a PDF")
    Traceback (most recent call last):
    ...
    store.ingest.parsed.DocumentError: a PDF that could not be read (it may be damaged)

**Why pypdf.** It is pure Python (nothing to compile on a fresh machine), well kept, and
bounds what a hostile file can make it decompress; its text extraction follows a page's
reading order well enough for lines of pay.
"""

from __future__ import annotations

import io
import logging

from store.ingest.parsed import DocumentError

PDF_MAGIC = b"%PDF-"
MAX_PAGES = 300  # a salary guide runs to a few dozen; a huge file is read this far
MAX_TEXT_CHARS = 4_000_000


def is_pdf(data: bytes) -> bool:
    """Whether ``data`` is a PDF by its first bytes (some writers put a few bytes before).

    >>> is_pdf(b"%PDF-1.7\\n..."), is_pdf(b"\\n %PDF-1.4"), is_pdf(b"Job title, pay")
    (True, True, False)
    """
    return PDF_MAGIC in data[:1024]


def pdf_text(data: bytes) -> str:
    """The text of a PDF's pages, a blank line between pages; a ``DocumentError`` for a
    damaged, encrypted or image-only PDF, saying which."""
    from pypdf import PdfReader  # loaded only when a PDF comes: 9 MB in every process else

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentError("an encrypted PDF: save a copy without a password")
        pages, size = [], 0
        for page in reader.pages[:MAX_PAGES]:
            text = page.extract_text() or ""
            pages.append(text)
            size += len(text)
            if size > MAX_TEXT_CHARS:
                break
    except DocumentError:
        raise
    except Exception:
        raise DocumentError("a PDF that could not be read (it may be damaged)") from None
    text = "\n\n".join(page.strip() for page in pages if page.strip())
    if not text:
        raise DocumentError("a PDF with no text in it (a scanned image?): nothing to read")
    return text


# pypdf logs what it mends in a damaged file; the run's own line says what became of it.
logging.getLogger("pypdf").setLevel(logging.ERROR)
