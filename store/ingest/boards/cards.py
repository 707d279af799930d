"""Posting cards on a board page: a few short text lines (title, company), then the card's facts.

    cards = find_cards(read_lines(text, INDEED, date(2026, 6, 1)), INDEED)
    [(card.title, card.company, card.place) for card in cards][:1]
    [('Software Engineer Intern', 'Lumen Harbor Analytics', 'Boston, MA 02110')]

A card starts where a run of plain text lines meets a line of card facts (a
place, pay, a date, a status): the last lines of the run are its header, in
the board's order (``Board.header``); earlier ones were the previous card's
snippet or the page's own furniture. The card's facts run until the next
header. A card without a place is no card; the unseen board also asks for pay.
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, Field

from store.ingest.boards.board import Board
from store.ingest.boards.lines import CardLine, read_line
from store.ingest.pagelines import split_lines
from store.models import PostingStatus, Workplace


class Card(BaseModel):
    """One posting card, its facts read from its lines."""

    title: str
    company: str = ""
    place: str | None = None
    workplace: Workplace | None = None
    pay_line: str | None = None
    estimate: bool = False
    employment: str | None = None
    posted: date | None = None
    closes: date | None = None
    term: tuple[date, date] | None = None
    status: PostingStatus | None = None
    facts: list[str] = Field(default_factory=list, description="The card's lines after its header.")


def read_lines(text: str, board: Board, doc_date: date) -> list[CardLine]:
    """Every line of ``text``, read for ``board``."""
    return [read_line(line, board, doc_date) for line in split_lines(text)]


def _header(run: list[str], board: Board) -> Card:
    named = dict(zip(board.header, run[-len(board.header) :], strict=True))
    return Card(title=named["title"], company=named.get("company", ""))


def _add(card: Card, line: CardLine) -> None:
    card.facts.append(line.text)
    if line.kind == "pay":
        card.pay_line = card.pay_line or line.text
    card.estimate = card.estimate or line.estimate
    card.place = card.place or line.place
    card.workplace = card.workplace or line.workplace
    card.employment = card.employment or line.employment
    card.posted = card.posted or line.posted
    card.closes = card.closes or line.closes
    card.term = card.term or line.term
    card.status = line.status or card.status


def _is_card(card: Card, board: Board) -> bool:
    return bool(card.place or card.workplace) and (card.pay_line is not None or not board.needs_pay)


def find_cards(page: list[CardLine], board: Board) -> list[Card]:
    """The cards on a read page, in order (see the module docstring)."""
    cards: list[Card] = []
    current: Card | None = None
    run: list[str] = []
    for line in page:
        if line.kind in ("blank", "noise"):
            continue
        if line.kind == "text":
            run.append(line.text)
            continue
        if line.kind == "prose":  # a card's snippet: never a title or company
            run = []
            continue
        if line.kind == "stat":  # the board's own statistics end the cards above them
            current, run = None, []
            continue
        if len(run) >= len(board.header):
            current = _header(run, board)
            cards.append(current)
        if current is not None:
            _add(current, line)
        run = []
    return [card for card in cards if _is_card(card, board)]
