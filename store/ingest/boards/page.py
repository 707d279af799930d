"""A board page read whole: the board's statistics for the search and its posting cards.

    page = read_board_page(text, INDEED, doc_date=date(2026, 6, 1), now=now)
    page.site, len(page.postings), page.observations[0].kind
    ('Indeed', 4, 'average')

Figures cite the page's own URL when it states one on the board (a saved
search), else the board's home page, and say so. A page from a board with no
descriptor (``UNSEEN``) is named by the site it names or its URL's site.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

from store.ingest.boards.board import Board
from store.ingest.boards.cards import Card, find_cards, read_lines
from store.ingest.boards.postings import PageSource, posting_from_card
from store.ingest.boards.registry import TOP_CHARS, board_named_in
from store.ingest.boards.stats import label_kind, statements, statistics
from store.ingest.boards.unseen import UNSEEN
from store.ingest.pagelines import first_url, page_site, site_link, split_lines
from store.ingest.parsed import PageParse
from store.resolve.sites import source_name

_PAGE_TITLE = re.compile(
    r"\bjobs?\b|\bsalar(?:y|ies)\b|\bhiring\b|\bopenings?\b|\bsearch results\b", re.IGNORECASE
)
_NOT_A_TITLE = re.compile(r"^(?:https?://|viewing\b|showing\b|\d[\d,]*\s+(?:jobs|results)\b)", re.I)
# A job's own page, with its description: the job-page layout reads those whole.
_DESCRIPTION = re.compile(
    r"^(?:job description|description|about the (?:job|role))\s*:?$", re.I | re.M
)
_FITS_DATE = date(2000, 1, 1)  # recognising cards needs no real date


class BoardPage(PageParse):
    site: str


def page_source(text: str, board: Board, *, dated: bool = False) -> PageSource:
    """The board's name, and the URL and note the page's figures cite."""
    page_url = first_url(text[:TOP_CHARS])
    site = board.name or page_site(text) or (source_name(page_url) if page_url else "")
    site = site or "unknown site"
    if page_url and (not board.name or source_name(page_url) == board.name):
        return PageSource(site=site, url=page_url, dated=dated)
    home, note = site_link(site)
    return PageSource(site=site, url=home, note=note, dated=dated)


@lru_cache(maxsize=4)
def cards_on(text: str, board: Board, doc_date: date) -> tuple[Card, ...]:
    """The cards on a page (cached: recognising a page reads its cards)."""
    return tuple(find_cards(read_lines(text, board, doc_date), board))


def known_board_page(text: str) -> Board | None:
    """The board a page is from, when its top names one and it has cards or statistics."""
    board = board_named_in(text)
    if board is None:
        return None
    if cards_on(text, board, _FITS_DATE) or statements(split_lines(text)):
        return board
    return None


def unseen_board_page(text: str) -> bool:
    """True for a list of clear posting cards from a board with no descriptor (never from
    prose); a job's own page, with its description, is the job-page layout's."""
    if _DESCRIPTION.search(text):
        return False
    return len(cards_on(text, UNSEEN, _FITS_DATE)) >= UNSEEN.min_cards


def page_title(page: list[str]) -> str | None:
    """The first short line naming jobs or salaries: the search the page shows."""
    return next(
        (
            line
            for line in page
            if _PAGE_TITLE.search(line)
            and len(line) < 120
            and not _NOT_A_TITLE.match(line)
            and label_kind(line) is None
        ),
        None,
    )


def read_board_page(
    text: str, board: Board, *, doc_date: date, now: datetime, dated: bool = False
) -> BoardPage:
    """The statistics and postings of one board page; ``doc_date`` is the day it was saved
    (``dated``: as the page itself states)."""
    page = split_lines(text)
    source = page_source(text, board, dated=dated)
    title = page_title(page)
    parse = BoardPage(title=title, site=source.site)
    for card in cards_on(text, board, doc_date):
        posting = posting_from_card(card, source, doc_date=doc_date, now=now, skipped=parse.skipped)
        if posting:
            parse.postings.append(posting)
    observations = statistics(
        page, title=title, site=source.site, url=source.url, note=source.note,
        doc_date=doc_date, now=now, skipped=parse.skipped,
    )  # fmt: skip
    if dated:  # the page's statistics are as of the day it says it was saved
        observations = [o.model_copy(update={"undated": None}) for o in observations]
    parse.observations = observations
    return parse
