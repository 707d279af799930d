"""Helpers every reader of a board page shares: its lines, the board it names, how to link it.

    >>> split_lines("Data Intern\\n\\n  Acme  \\n")
    ['Data Intern', '', 'Acme']
    >>> previous_nonblank(['a', '', 'b'], 2), workplace_of("In-person")
    (0, 'onsite')
    >>> page_site("Average pay, according to ZipRecruiter salary data")
    'ZipRecruiter'

Used by the ZipRecruiter-like job page (``store.ingest.jobpage``) and by the
other boards' card reader (``store.ingest.boards``), so neither borrows from the other.
"""

from __future__ import annotations

import re

from store.models import PostingStatus, Workplace
from store.resolve.sites import home_url

EMPLOYMENT = re.compile(
    r"^(?:full[- ]time|part[- ]time|internship|intern|temporary|contract(?:or)?|seasonal|"
    r"per diem|other|fellowship|co-?op|apprenticeship|volunteer)$",
    re.IGNORECASE,
)
_STATUS = re.compile(
    r"(?P<expired>(?:job|post|posting) has expired|no longer accepting|"
    r"applications are no longer accepted)|(?P<closed>position (?:has been )?filled|"
    r"job is closed|posting is closed)",
)
_STATUS_PARTS = ("expired", "no longer accept", "filled", "closed")  # one in each phrase
_URL = re.compile(r"https?://[^\s<>()\"'\]]+")
_SITE_NAMED = re.compile(
    r"\b(?i:according to|sourced by|data from|powered by)\s+"
    r"(?P<site>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)",
)


def split_lines(text: str) -> list[str]:
    """The text's lines, stripped; blank lines stay so indices match the text's."""
    return [line.strip() for line in text.splitlines()]


def line_offsets(text: str) -> list[int]:
    """Where each line starts in ``text``, plus its end: ``text[offsets[i]:offsets[j]]``."""
    offsets = [0]
    for raw in text.splitlines(keepends=True):
        offsets.append(offsets[-1] + len(raw))
    return offsets


def previous_nonblank(page: list[str], index: int) -> int | None:
    index -= 1
    while index >= 0 and not page[index]:
        index -= 1
    return index if index >= 0 else None


def next_nonblank(page: list[str], index: int) -> int | None:
    index += 1
    while index < len(page) and not page[index]:
        index += 1
    return index if index < len(page) else None


def first_url(text: str) -> str:
    """The first URL a text states, without trailing punctuation; "" when it states none.

    >>> first_url("Saved from https://www.indeed.com/jobs?q=x.")
    'https://www.indeed.com/jobs?q=x'
    """
    found = _URL.search(text)
    return found.group().rstrip(".,;") if found else ""


def page_site(text: str) -> str | None:
    """The board a page names as its source ("according to ZipRecruiter salary data")."""
    for match in _SITE_NAMED.finditer(text):
        words = match["site"].split()
        for size in range(len(words), 0, -1):
            name = " ".join(words[:size])
            if home_url(name):
                return name
    match = _SITE_NAMED.search(text)
    return match["site"].split()[0] if match else None


def site_link(site: str | None) -> tuple[str, str]:
    """The URL figures from a page without one link to, and the note that says so."""
    home = home_url(site) if site else None
    if home:
        return home, f"The page states no URL; linked to {site}'s home page."
    return "", "The page states no URL and names no site we can link to."


def workplace_of(word: str | None) -> Workplace | None:
    """ "Remote", "Hybrid", "On-site", "In person" as a ``Workplace``."""
    if not word:
        return None
    word = word.lower().replace("-", "").replace(" ", "")
    return {"remote": "remote", "hybrid": "hybrid"}.get(word, "onsite")  # type: ignore[return-value]


def posting_status(text: str) -> PostingStatus:
    """What a posting says about itself: "This job post has expired" -> expired.

    >>> posting_status("Position filled."), posting_status("Apply by May 1")
    ('closed', 'open')
    """
    lowered = text.lower()
    if not any(part in lowered for part in _STATUS_PARTS):
        return "open"  # the usual posting: one look for each part, not the pattern's scan
    match = _STATUS.search(lowered)
    if match is None:
        return "open"
    return "expired" if match["expired"] else "closed"
