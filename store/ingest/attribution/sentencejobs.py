"""Whose pay each figure is on a page that names no job in its title or opening: a
forum post or a story naming its jobs only in its paragraphs.

    jobs = sentence_jobs(text)   # [(role, [its figures]), ...]; [] when no figure has one

"I joined a hospital as a nurse. They're making $38 an hour." names the job a sentence
before its figure: a figure's job is the one its own words before it name, else the
one the nearest earlier sentence of its paragraph naming any job names alone (a
sentence naming two jobs leaves it unclear, and nothing across a blank line counts).
Used by ``store.ingest.report`` only when the page names no job (before, nothing on
such a page was stored).
"""

from __future__ import annotations

import re

from store.extract.figures import extract_pay
from store.ingest.attribution.nearestjob import job_before
from store.ingest.attribution.subjects import PAY_WORDS
from store.ingest.tables.schedules import with_step_grids
from store.models import PayFigure, Role

# Pay as a post says it besides ``PAY_WORDS``: "They're making $15 an hour".
_MAKES = re.compile(r"\bmak(?:e|es|ing)\b|\ban hour\b|/\s?hr\b")
_MONEY = re.compile(r"[$£€₹]\s?\d|\d\s?(?:dollars|an hour|per hour)\b")  # a cheap look first


def sentence_jobs(text: str) -> list[tuple[Role, list[PayFigure]]]:
    """The page's figures grouped by the job ``job_before`` gives each, in order of first
    figure; figures with no job are left out.

    >>> [(r.slug, len(f)) for r, f in sentence_jobs("Our nurses work nights. They make $38.")]
    [('registered-nurse', 1)]
    """
    if not _MONEY.search(text) or not (PAY_WORDS.search(text) or _MAKES.search(text)):
        return []  # no money, or none of it said to be pay (rents, prices): cheap looks
    groups: dict[str, tuple[Role, list[PayFigure]]] = {}
    for figure in with_step_grids(text, extract_pay(text)):
        role = job_before(text, figure.span[0])
        if role is not None:
            groups.setdefault(role.slug, (role, []))[1].append(figure)
    return list(groups.values())
