"""What each short line of a board page is: a place, a pay line, a date, a status, a badge, or text.

    >>> from datetime import date
    >>> from store.ingest.boards.indeed import INDEED
    >>> line = read_line("Hybrid work in Cambridge, MA", INDEED, date(2026, 6, 1))
    >>> line.kind, line.place, line.workplace
    ('place', 'Cambridge, MA', 'hybrid')
    >>> read_line("1 week ago · 47 applicants", INDEED, date(2026, 6, 1)).posted
    datetime.date(2026, 5, 25)

A line may hold several facts split by " · " or " • " ("Internship · Durham,
NC"); each part is read on its own. Lines that are sentences or long are
``prose``: they never become a card's title or company.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel

from store.extract.dates.relative import posted_on
from store.extract.dates.written import date_range, parse_date
from store.extract.figures import extract_pay
from store.ingest.boards.board import Board
from store.ingest.pagelines import EMPLOYMENT, posting_status, workplace_of
from store.models import PostingStatus, Workplace
from store.resolve.places import place_from_text

LineKind = Literal["blank", "prose", "text", "noise", "stat", "pay", "place", "detail"]

MAX_CARD_LINE = 100
_PARTS = re.compile(r"\s+[·•]\s+")
_CURRENCY_DIGIT = re.compile(r"[$€£]\s?\d")
_BARE_THOUSANDS = re.compile(r"(?<![\w$.,])(\d{2,3}(?:\.\d)?K)\b", re.IGNORECASE)
_WORKPLACE = re.compile(
    r"^(?:fully\s+)?(?P<w>remote|hybrid(?: remote)?|on-?site|in[- ]office|in[- ]person)"
    r"(?: ok| friendly| only)?$",
    re.IGNORECASE,
)
_PLACE_WRAP = re.compile(
    r"^(?:(?P<pre>remote|hybrid(?: work| remote)?|on-?site|in[- ]person)\s+in\s+)?"
    r"(?P<loc>.+?)\s*(?:\((?P<post>remote|hybrid|on-?site|in[- ]office|in[- ]person)\))?$",
    re.IGNORECASE,
)
_CITY_STATE = re.compile(
    r"^(?:[A-Z][\w.'-]*\s?){1,4},\s*"
    r"(?:[A-Z]{2}(?:\s+\d{5})?|[A-Z][a-z]+(?: (?:of )?[A-Z][a-z]+){0,2})"
    r"(?:,\s*(?:USA?|United States))?$"
)
_SENTENCE = re.compile(r"[a-z]{2}[.!?]\s+[A-Z]|[a-z]{3}[.!?]$")
_COUNTRY = re.compile(r"^(?:united states|usa|us|canada|united kingdom|anywhere)$", re.IGNORECASE)
_STAT = re.compile(
    r"\b(?:avg\.?|average|median|typical|mean|most likely range|likely range)\b"
    r"(?:\s+(?:base|total|hourly|yearly|annual|monthly))?\s*(?:pay|salary|wage|range)?",
    re.IGNORECASE,
)
_CLOSES = re.compile(
    r"^(?:apply by|closes?(?: on)?|closing date|deadline|applications close)\s*:?\s+(?P<d>.+)$",
    re.IGNORECASE,
)
_OPEN_TO = re.compile(r"^open(?:s|ed)?\s+(?P<a>\S+)\s+(?:to|-|–)\s+(?P<b>\S+)$", re.IGNORECASE)
_BADGES = re.compile(
    r"^(?:\d\.\d\s*★?|★+|new|save|apply|promoted|easy apply|easily apply|"
    r"(?:entry|junior|mid|senior|lead|executive)[- ]level|internship level|"
    r"be (?:one of the first|an early) .*applicants?|(?:over )?\d[\d,]* applicants?|"
    r"\d[\d,]* (?:jobs|results)|https?://\S+|saved? (?:on )?.*\d{4})$",
    re.IGNORECASE,
)


class CardLine(BaseModel):
    """One line of a page, read."""

    text: str
    kind: LineKind
    place: str | None = None
    workplace: Workplace | None = None
    posted: date | None = None
    closes: date | None = None
    term: tuple[date, date] | None = None
    status: PostingStatus | None = None
    employment: str | None = None
    estimate: bool = False


def pay_line(text: str, board: Board) -> str | None:
    """The line as pay is read from it ("120K-150K Annually" -> "$120K-$150K Annually" for a
    board that leaves the sign out), or None when it states no pay."""
    if board.bare_pay and not _CURRENCY_DIGIT.search(text):
        text = _BARE_THOUSANDS.sub(r"$\1", text)
    if not _CURRENCY_DIGIT.search(text):
        return None
    return text if _has_figure(text) else None


@lru_cache(maxsize=4096)
def _has_figure(text: str) -> bool:
    return bool(extract_pay(text))


def place_of(part: str) -> tuple[str | None, Workplace | None] | None:
    """The place and workplace a line states ("Boston, MA (Hybrid)"), or None if it is none."""
    only = _WORKPLACE.match(part)
    if only:
        word = workplace_of(only["w"].split()[0])
        return ("Remote" if word == "remote" else None), word
    wrap = _PLACE_WRAP.match(part)
    if wrap is None:
        return None
    loc = wrap["loc"].strip()
    word = workplace_of((wrap["pre"] or wrap["post"] or "").split(" ")[0] or None)
    if _COUNTRY.match(loc) or (_CITY_STATE.match(loc) and _resolves(loc)):
        return loc, word
    return None


@lru_cache(maxsize=4096)
def _resolves(loc: str) -> bool:
    return place_from_text(loc) is not None


def _read_part(part: str, line: CardLine, board: Board, doc_date: date) -> bool:
    """Fill ``line`` with what one part says; False when the part is plain text."""
    low = part.lower()
    if board.statuses.get(low):
        line.status = board.statuses[low]
        return True
    if posting_status(part) != "open":
        line.status = posting_status(part)
        return True
    if board.estimate is not None and board.estimate.search(part):
        line.estimate = True
        return True
    if (board.noise is not None and board.noise.match(part)) or _BADGES.match(part):
        return True
    posted = posted_on(part, doc_date)
    if posted is not None:
        line.posted = posted
        return True
    return _read_dates(part, line) or _read_kind_of_job(part, line)


def _read_dates(part: str, line: CardLine) -> bool:
    opened = _OPEN_TO.match(part)
    if opened:
        line.posted, line.closes = parse_date(opened["a"]), parse_date(opened["b"])
        return line.closes is not None
    closes = _CLOSES.match(part)
    if closes:
        line.closes = parse_date(closes["d"])
        return line.closes is not None
    term = date_range(part)
    if term and len(part) < 60:
        line.term = term
        return True
    return False


def _read_kind_of_job(part: str, line: CardLine) -> bool:
    if EMPLOYMENT.match(part):
        line.employment = part
        return True
    place = place_of(part)
    if place is None:
        return False
    loc, word = place
    line.place = line.place or loc
    line.workplace = line.workplace or word
    return True


def read_line(text: str, board: Board, doc_date: date) -> CardLine:
    """What one stripped line of a page says."""
    if not text:
        return CardLine(text=text, kind="blank")
    if len(text) > MAX_CARD_LINE or _SENTENCE.search(text):
        return CardLine(text=text, kind="prose")
    if _STAT.search(text) and len(text) < 60:
        return CardLine(text=text, kind="stat")
    pay = pay_line(text, board)
    if pay is not None:
        line = CardLine(text=pay, kind="pay")
        line.estimate = bool(board.estimate and board.estimate.search(text))
        return line
    line = CardLine(text=text, kind="noise")
    plain = [part for part in _PARTS.split(text) if not _read_part(part, line, board, doc_date)]
    if plain:
        line.kind = "text" if len(plain) == len(_PARTS.split(text)) else "detail"
    elif line.place or line.workplace:
        line.kind = "place"
    elif any((line.posted, line.closes, line.term, line.status, line.employment, line.estimate)):
        line.kind = "detail"
    return line
