"""The fields every layout's postings share: the fingerprint that matches one job across
boards, the pay as stated and as the posting's own headline, the range of a remote
posting's regional table, and a posting built from its attribution.

    >>> fingerprint("Xometry, Inc.", "Machine Learning Intern", None)
    'xometry|machine learning intern|'

Used by the report, job-page, board, pay-table and JobSpy readers and the demo data, so
none borrows them from another.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from store.ingest.attribution.figures import Attribution
from store.ingest.parsed import ParsedPosting
from store.models import Observation, Place, Posting, PostingStatus, Workplace
from store.pay import equivalents
from store.resolve.places import get_place
from store.resolve.sites import canonical_url, site_job_id


def headline_pay(observations: list[Observation]) -> dict:
    """A posting's own pay fields: its one figure, or the span of its regional table."""
    base = [o for o in observations if o.covers in (None, "base")]
    periods = {o.period for o in base}
    if not base or len(periods) != 1:
        return {}
    period = periods.pop()
    lows = [o.min_amount for o in base if o.min_amount is not None]
    highs = [o.max_amount for o in base if o.max_amount is not None]
    low, high = (min(lows) if lows else None), (max(highs) if highs else None)
    return {
        "min_amount": low,
        "max_amount": high,
        "period": period,
        "currency": base[0].currency,
        **equivalents(low, high, period),
    }


def pay_text(observations: list[Observation]) -> str | None:
    """The pay as stated, region by region: "CA, NY: $50 / hour; WA: $47.50 / hour"."""
    parts: dict[str, None] = {}
    for o in observations:
        amount = " - ".join(
            dict.fromkeys(f"${value:,.2f}".removesuffix(".00")
                          for value in (o.min_amount, o.max_amount) if value is not None)
        )  # fmt: skip
        parts[f"{o.region + ': ' if o.region else ''}{amount} / {o.period}"] = None
    return "; ".join(parts) or None


def fingerprint(company: str, title: str, place: Place | None) -> str:
    """Company + title + place, normalised, so one job on two boards matches.

    >>> fingerprint("Xometry, Inc.", "Machine Learning Intern", None)
    'xometry|machine learning intern|'
    """

    def norm(text: str) -> str:
        text = re.sub(r"\b(?:inc|llc|ltd|corp|co|corporation|company)\b\.?", " ", text.lower())
        return " ".join(re.findall(r"[a-z0-9]+", text))

    return f"{norm(company)}|{norm(title)}|{place.key if place else ''}"


def regional_remote_observation(observations: list[Observation]) -> list[Observation]:
    """For a remote posting with a regional table, its whole range at the Remote place."""
    regional = [o for o in observations if o.region]
    pay = headline_pay(regional)
    if not pay:
        return []
    remote = get_place("remote")
    first = regional[0]
    return [
        first.model_copy(
            update={
                **pay,
                "kind": "range" if pay["min_amount"] != pay["max_amount"] else "point",
                "region": None,
                "place_key": remote.key,
                "place_level": remote.level,
                "location_published": "Remote",
                "note": "The range across the posting's regional pay table.",
            }
        )
    ]


def posting_of(
    about: Attribution,
    company: str,
    observations: list[Observation],
    *,
    now: datetime,
    title: str | None = None,
    posted: date | None = None,
    board_id: str | None = None,
    workplace: Workplace | None = None,
    employment_type: str | None = None,
    status: PostingStatus = "open",
    term: tuple[date, date] | None = None,
) -> ParsedPosting:
    """A job as a posting, with the pay ``observations`` it states; ``about`` is its
    place and URL, and its title unless ``title`` is given (``about.role_published``);
    ``term`` is an internship's start and end."""
    title = title if title is not None else about.role_published
    return ParsedPosting(
        posting=Posting(
            source=about.source,
            site_job_id=site_job_id(about.url) or board_id,
            url=about.url,
            canonical_url=canonical_url(about.url),
            fingerprint=fingerprint(company, title, about.place),
            company=company,
            title=title,
            role=about.role.slug,
            location_published=about.location_published,
            place_key=about.place.key if about.place else None,
            workplace=workplace,
            employment_type=employment_type,
            pay_text=pay_text(observations),
            status=status,
            posted_date=posted,
            start_date=term[0] if term else None,
            end_date=term[1] if term else None,
            first_seen=now,
            last_seen=now,
            closed_at=now if status != "open" else None,
            **headline_pay(observations),
        ),
        observations=observations,
    )
