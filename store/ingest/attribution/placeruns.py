"""A paragraph's run of parallel sentences about one place: "First-year apprentices in
Rochester earn $12.40 per hour. Second-year apprentices earn $15.50 per hour, and
third-year apprentices earn $18.29." Each sentence after the first names no place, but
its subject is the same kind of worker as the first's, so its figure is Rochester's too.

    carried, run = run_place(text, figure, around, run, named)

Used by ``store.ingest.attribution.figures`` for each figure kept: ``named`` is the place
its own words named (``filing.filed_under``), ``run`` the run it may go on.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from store.ingest.attribution.nearestjob import PARAGRAPH_BREAK
from store.ingest.attribution.ownlevels import last_clause
from store.ingest.attribution.subjects import clause_around
from store.models import PayFigure, Place

# A clause's subject: its first plural noun, past an article, a training's year and up to
# two words before it ("Second-year apprentices", "the new staff nurses").
_SUBJECT = re.compile(
    r"^\W*(?:(?:the|new|our|(?:first|second|third|fourth|fifth|\d(?:st|nd|rd|th))[- ]year)"
    r"\s+)*(?:[A-Za-z-]+\s+){0,2}?([A-Za-z]{4,}s)\b",
    re.IGNORECASE,
)


class Run(NamedTuple):
    place: Place
    subject: str  # the plural noun the sentences share, lower-cased
    end: int  # where the last figure of the run ends


def subject_noun(clause: str) -> str | None:
    """The plural noun a clause opens on as its subject, lower-cased, or None.

    >>> subject_noun(", and third-year apprentices earn "), subject_noun("The median was ")
    ('apprentices', None)
    """
    found = _SUBJECT.match(last_clause(clause).strip())
    return found[1].lower() if found else None


def run_place(
    text: str,
    figure: PayFigure,
    around: tuple[int, int],
    run: Run | None,
    named: Place | None,
) -> tuple[Place | None, Run | None]:
    """The place a figure goes under as part of a run (None: its own or the page's), and
    the run after it: a figure whose words name a place starts one; a figure naming none
    whose clause has the run's subject, in the same paragraph, goes on it.

    >>> from store.extract.figures import extract_pay
    >>> from store.resolve.places import get_place
    >>> text = ("Apprentices in Rochester earn $12.40 per hour. Second-year apprentices "
    ...         "earn $15.50 per hour. The median was $17.04 per hour.")
    >>> first, second, third = extract_pay(text)
    >>> rochester = get_place("city:US-NY-rochester")
    >>> _, run = run_place(text, first, (0, second.span[0]), None, rochester)
    >>> carried, run = run_place(text, second, (first.span[1], third.span[0]), run, None)
    >>> carried.key, run_place(text, third, (second.span[1], len(text)), run, None)[0]
    ('city:US-NY-rochester', None)
    """
    if named is None and run is None:
        return None, None  # the usual case: no place named in the paragraph so far
    noun = subject_noun(clause_around(text, *figure.span, *around)[0])
    if named is not None:
        return None, Run(named, noun, figure.span[1]) if noun else None
    if run is None or noun != run.subject or PARAGRAPH_BREAK.search(text, run.end, figure.span[0]):
        return None, run
    return run.place, run._replace(end=figure.span[1])
