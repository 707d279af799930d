"""One-word jobs running text names plainly: after an article ("a female Pharmacist",
"the cashier") or as the subject of a pay verb ("cashiers make", "welders earn", "an
Electrician will earn").

    plain_jobs(sentence)   # [Role, ...] in order, each once

Running text is read strictly (``roles_named``): a single word names a job only when it
is one of the catalog's own typed titles, as the occupations' words ("model", "cook",
"pharmacist") are also everyday words. Written as a person is written, after an article
or as the ones a pay verb's figure is about, such a word names its job. Used by
``store.ingest.attribution.nearestjob`` where a forum post or story names no job strictly.

    >>> [r.slug for r in plain_jobs("Talking to a female Pharmacist who was earning")]
    ['pharmacist']
    >>> [r.slug for r in plain_jobs("Cashiers make more here")]
    ['cashier']
    >>> plain_jobs("We changed our business model and cook at home")
    []
    >>> [r.slug for r in plain_jobs("Your average Electrician will earn from")]
    ['electrician']

A pay verb may come after a form of "be" and asides, or in a clause about the job:

    >>> [r.slug for r in plain_jobs("Plumbers are reportedly, on average, earning")]
    ['plumber']
    >>> [r.slug for r in plain_jobs("the yearly earnings of electricians, who earn")]
    ['electrician']
"""

from __future__ import annotations

import re

from store.models import Role
from store.resolve.roles import role_from_title

# Words that say a person before a job's name: "a female pharmacist", "an experienced welder".
_PERSON = r"(?:(?:female|male|young|new|experienced|licensed|certified|former|retired)\s+)?"
_AFTER_ARTICLE = re.compile(rf"\b(?:a|an|the)\s+{_PERSON}([A-Za-z]{{4,}})\b", re.IGNORECASE)
_PAY_VERB = (
    r"(?:make|makes|making|earn|earns|earning|get|gets|paid|are paid|is paid|start at|take home)"
)
# The subject right before a pay verb, which may follow a helping word ("will earn"):
# "cashiers make", "an average Electrician will earn".
_HELPER = r"(?:(?:will|can|may|could|would|might|should|typically|usually|often)\s+)*"
# Or after a form of "be" and asides ("Plumbers are reportedly, on average, earning"), or in
# a clause about the job ("electricians, who earn").
_ASIDE = r"(?:[a-z]+ly|on average|now)"
_BE = rf"(?:(?:are|is|were|was)\s+(?:{_ASIDE},?\s+)*)?"
_SUBJECT_OF_PAY = re.compile(
    rf"\b([A-Za-z]{{4,}})(?:,?\s+who)?\s+{_HELPER}{_BE}{_PAY_VERB}\b", re.IGNORECASE
)


def plain_jobs(sentence: str) -> list[Role]:
    """The jobs a sentence names as one word plainly written as a person, in order."""
    words = [
        (m.start(1), m[1])
        for pattern in (_AFTER_ARTICLE, _SUBJECT_OF_PAY)
        for m in pattern.finditer(sentence)
    ]
    roles: dict[str, Role] = {}
    for _, word in sorted(words):
        role = role_from_title(word)
        if role is not None:
            roles.setdefault(role.slug, role)
    return list(roles.values())
