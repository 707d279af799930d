"""The job a figure's words point back to when they name none: the nearest earlier
sentence of its paragraph that names one job.

    job_before(text, start)                       # that job, or None
    referred_job(text, start, sentence, role)     # a pronoun's job, else ``role``
    paragraph_level(text, start, role)            # the job at its paragraph's level

"Go to college to become a welding engineer, expect a bump in pay. You can start off at
over $50,000 a year." is a welding engineer's figure on a page about welders: the
sentence's "You" is the one the sentence before names, not the page's job.
"""

from __future__ import annotations

import re

from store.ingest.attribution.ownlevels import leveled_by_own_words
from store.ingest.attribution.plainjobs import plain_jobs
from store.models import Role
from store.resolve.roles import roles_named

PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“(])")
# A sentence whose subject is a person named before it: "You can start off at", "They earn".
_PRONOUN_SUBJECT = re.compile(r"\s*(?:you|they|he|she)\b", re.IGNORECASE)


def job_before(text: str, start: int) -> Role | None:
    """The job of a figure starting at ``start``: its own sentence's words before it name
    it, else the nearest earlier sentence of its paragraph that names any job, alone.

    >>> job_before("I work as a nurse. The pay: $38 an hour.", 30).slug
    'registered-nurse'
    >>> job_before("Nurses and software engineers met. The pay: $38 an hour.", 45) is None
    True
    """
    named = _nearest_naming(text, start)[1]
    return named[0] if len(named) == 1 else None


def _nearest_naming(text: str, start: int) -> tuple[str, list[Role]]:
    """The nearest sentence of a figure's paragraph up to it that names jobs, and those
    jobs ("", [] when none does)."""
    breaks = [m.end() for m in PARAGRAPH_BREAK.finditer(text, 0, start)]
    paragraph = text[breaks[-1] if breaks else 0 : start]
    for sentence in reversed(_SENTENCE_BREAK.split(paragraph)):
        named = roles_named(sentence) or plain_jobs(sentence)  # "a female Pharmacist"
        if named:
            return sentence, named
    return "", []


def referred_job(text: str, start: int, sentence_before: str, role: Role) -> Role:
    """The job a figure's sentence opening on a pronoun ("You can start off at") points
    back to, when the nearest earlier sentence of its paragraph names one; else ``role``.

    >>> from store.resolve.roles import get_role
    >>> text = "Become a welding engineer. You can start off at $50,000 a year."
    >>> referred_job(text, 48, "You can start off at ", get_role("welder")).slug
    'manufacturing-engineer'
    >>> referred_job(text, 48, "Welders can start off at ", get_role("welder")).slug
    'welder'
    """
    if not _PRONOUN_SUBJECT.match(sentence_before):
        return role  # the usual case: the sentence has its own subject
    return job_before(text, start) or role


def paragraph_level(text: str, start: int, role: Role) -> Role:
    """The page's job at no level where a figure's paragraph names the job itself before
    it and the figure's words name no job: on an entry-level welder's page, "The 10th
    percentile made up to $23,940" after "The average salary for a welder was $37,370"
    is any welder's. ``role`` as it is otherwise (or when it has no level, or is a
    trainee's).

    >>> from store.resolve.roles import get_role
    >>> text = "The average salary for a welder was $37,370. The median was $35,450."
    >>> paragraph_level(text, text.rindex("$"), get_role("entry-level-welder")).slug
    'welder'
    >>> text = "Entry-level welders earn $30,000. The median was $35,450."
    >>> paragraph_level(text, text.rindex("$"), get_role("entry-level-welder")).slug
    'entry-level-welder'
    """
    if role.level is None or role.is_intern:
        return role  # the usual case: nothing to take away
    sentence, named = _nearest_naming(text, start)
    if len(named) != 1 or named[0].title != role.title:
        return role
    return leveled_by_own_words(sentence, role)  # "a welder": plain; "Entry-level welders"
