"""What a job board's pages look like, as data: one ``Board`` per board, read by one card reader.

    >>> from store.ingest.boards.indeed import INDEED
    >>> INDEED.name, INDEED.header
    ('Indeed', ('title', 'company'))

A board says how it is recognised (``markers``, searched in the lowered top of
the page: its host name, its name as the page writes it, phrases only it uses)
and how its posting cards read: which lines stand above the card's place
(``header``, top-down; "-" is a line that is read past), which of its lines are
buttons and badges (``noise``), which status words it uses, how it marks pay it
estimated itself, and whether its pay lines leave the currency sign out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from store.models import PostingStatus

HEADER_FIELDS = frozenset({"title", "company", "-"})


@dataclass(frozen=True, eq=False)  # compared and hashed as itself: one object per board
class Board:
    name: str  # the display name, as store.resolve.sites knows it ("Indeed")
    markers: re.Pattern[str] | None  # None: the unseen board, recognised by its cards alone
    header: tuple[str, ...] = ("title", "company")
    noise: re.Pattern[str] | None = None
    statuses: dict[str, PostingStatus] = field(default_factory=dict)  # lowered line -> status
    estimate: re.Pattern[str] | None = None  # a pay line (or card line) the board estimated
    bare_pay: bool = False  # "120K-150K Annually" is in dollars
    needs_pay: bool = False  # a card counts only with a pay line (the unseen board)
    min_cards: int = 1  # fewer cards than this and the page is not the board's

    def __post_init__(self) -> None:
        if "title" not in self.header or not set(self.header) <= HEADER_FIELDS:
            raise ValueError(f"{self.name}: a card header names 'title' and may name 'company'")

    def recognises(self, top: str) -> bool:
        """Whether the lowered top of a page (``top``) names this board."""
        return self.markers is not None and self.markers.search(top) is not None
