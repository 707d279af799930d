"""USAJOBS search results: title, department, agency, duty place, salary, grade, dates, status.

"Salary $72,553 - $94,317 per year" or "Salary Starting at $59,966 per year";
"Open 05/20/2026 to 06/10/2026" (the open date is when it was posted, the
closing date ends applications); the status words are USAJOBS's own: accepting
applications is open, reviewing applications means applications closed
(expired), and hiring complete or a cancelled job is closed.
"""

import re

from store.ingest.boards.board import Board

USAJOBS = Board(
    name="USAJOBS",
    markers=re.compile(r"usajobs\.gov|\| usajobs\b|\busajobs\b"),
    header=("title", "company", "-"),
    noise=re.compile(r"^(?:pay scale & grade|grade|series)\b.*$", re.I),
    statuses={
        "accepting applications": "open",
        "reviewing applications": "expired",
        "hiring complete": "closed",
        "job canceled": "closed",
        "job cancelled": "closed",
    },
)
