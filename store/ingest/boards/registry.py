"""The boards ingest knows, in one list: adding a board is one module and one line here.

    >>> [board.name for board in BOARDS]
    ['Indeed', 'Glassdoor', 'LinkedIn', 'Built In', 'Handshake', 'Wellfound', 'USAJOBS']
    >>> board_named_in("https://www.usajobs.gov/search/results/?k=it").name
    'USAJOBS'

A page is the board's when its top names the board (``Board.markers``); pages
naming none may still be read as the unseen board (``store.ingest.boards.unseen``).
"""

from __future__ import annotations

from store.ingest.boards.board import Board
from store.ingest.boards.builtin import BUILT_IN
from store.ingest.boards.glassdoor import GLASSDOOR
from store.ingest.boards.handshake import HANDSHAKE
from store.ingest.boards.indeed import INDEED
from store.ingest.boards.linkedin import LINKEDIN
from store.ingest.boards.usajobs import USAJOBS
from store.ingest.boards.wellfound import WELLFOUND

BOARDS: list[Board] = [INDEED, GLASSDOOR, LINKEDIN, BUILT_IN, HANDSHAKE, WELLFOUND, USAJOBS]

TOP_CHARS = 1500  # a saved page names its board in its URL and title, near the top


def board_named_in(text: str) -> Board | None:
    """The first board whose markers the top of ``text`` shows, if any."""
    top = text[:TOP_CHARS].lower()
    return next((board for board in BOARDS if board.recognises(top)), None)
