"""Glassdoor job searches: company (then its rating), title, place, pay with who set it, age.

Pay lines say who set the range: "$28.00 - $34.00 Per Hour (Employer est.)"
or "$30K - $42K (Glassdoor est.)"; ages are "3d", "24h", "30d+". The search's
own figures read "$31 /hr" over "Avg. base salary", and "Most likely range".
"""

import re

from store.ingest.boards.board import Board

GLASSDOOR = Board(
    name="Glassdoor",
    markers=re.compile(r"glassdoor\.|\| glassdoor\b|glassdoor est\.|employer est\."),
    header=("company", "title"),
    noise=re.compile(r"^(?:easy apply|top company|hiring surge|be an early applicant)$", re.I),
    estimate=re.compile(r"\(glassdoor est\.\)", re.IGNORECASE),
)
