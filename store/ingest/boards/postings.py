"""A posting card as a stored posting: its pay as observations, its status and dates.

    parsed = posting_from_card(card, about_page, doc_date=date(2026, 6, 1), now=now, skipped=[])
    parsed.posting.company, parsed.posting.posted_date, parsed.posting.max_amount
    ('Lumen Harbor Analytics', datetime.date(2026, 5, 29), 40.0)

The card's pay line is where the board says pay is, so its figures need no
words of their own; pay the board estimated itself (Indeed's "Estimated",
"Glassdoor est.", "Wellfound Est.") is the board's estimate, not the
employer's. A posted date dates the card's figures. A card whose closing date
is before the day the page was saved has expired.
"""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel

from store.extract.dates.written import term_weeks
from store.extract.figures import extract_pay
from store.ingest.attribution.figures import Attribution, attributed_role, observations_from_figures
from store.ingest.boards.cards import Card
from store.ingest.parsed import ParsedPosting, Skip
from store.ingest.postingfields import fingerprint, headline_pay, regional_remote_observation
from store.models import Posting, PostingStatus
from store.resolve.places import get_place, place_from_text

_ESTIMATED = "The board estimated this pay; the employer did not state it."


class PageSource(BaseModel):
    """Who published the cards: the board, and the URL and note its figures cite."""

    site: str
    url: str
    note: str | None = None  # why the URL is not the page's own
    dated: bool = False  # the page states the day it was saved

    def card_note(self) -> str | None:
        """What a card's figures say about their link: a card has no URL of its own."""
        if self.note:
            return self.note
        return "The posting's own URL is not on the page; linked to the page it was saved from."


def card_status(card: Card, doc_date: date) -> PostingStatus:
    """What the card says, else expired when its applications closed before ``doc_date``."""
    if card.status and card.status != "open":
        return card.status
    if card.closes is not None and card.closes < doc_date:
        return "expired"
    return "open"


def posting_from_card(
    card: Card, source: PageSource, *, doc_date: date, now: datetime, skipped: list[Skip]
) -> ParsedPosting | None:
    """The posting a card describes, or None (with the reason in ``skipped``)."""
    label = f"posting {card.title!r} at {card.company or 'an unnamed company'}"
    role = attributed_role(card.title, job_title=card.title)
    if role is None:
        skipped.append(Skip(what=label, reason="names no job title"))
        return None
    remote = card.workplace == "remote" or (card.place or "").lower() == "remote"
    place = get_place("remote") if remote else place_from_text(card.place or "")
    status = card_status(card, doc_date)
    notes = [source.card_note(), _ESTIMATED if card.estimate else None]
    about = Attribution(
        source=source.site,
        source_kind="site_estimate" if card.estimate else "employer_posting",
        url=source.url,
        title=f"{card.title} - {card.company}" if card.company else card.title,
        role=role,
        role_published=card.title,
        place=place,
        location_published=card.place,
        as_of=card.posted or doc_date,
        term_weeks=term_weeks(*card.term) if card.term else None,
        note=" ".join(note for note in notes if note) or None,
    )
    observations = []
    if card.pay_line:
        found: list[Skip] = []
        observations = observations_from_figures(
            card.pay_line, extract_pay(card.pay_line), about, now=now, skipped=found,
            labelled_until=len(card.pay_line),
        )  # fmt: skip
        skipped += [Skip(what=f"{label}: {s.what}", reason=s.reason) for s in found]
    if card.posted or source.dated:  # the card, or the page, dates its pay
        observations = [o.model_copy(update={"undated": None}) for o in observations]
    posting = Posting(
        source=source.site,
        url=source.url,
        fingerprint=fingerprint(card.company, card.title, place),
        company=card.company,
        title=card.title,
        role=role.slug,
        location_published=card.place,
        place_key=place.key if place else None,
        workplace="remote" if remote else card.workplace,
        employment_type=card.employment,
        pay_text=card.pay_line,
        status=status,
        posted_date=card.posted,
        start_date=card.term[0] if card.term else None,
        end_date=card.term[1] if card.term else None,
        first_seen=now,
        last_seen=now,
        closed_at=now if status != "open" else None,
        **headline_pay(observations),
    )
    extra = regional_remote_observation(observations) if remote else []
    return ParsedPosting(posting=posting, observations=observations + extra)
