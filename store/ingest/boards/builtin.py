"""Built In searches (builtin.com and its city sites): company, title, age, workplace, place, pay.

Pay reads "120K-150K Annually" (dollars, the sign left out) or "$160K-$190K
Annually", sometimes under an "Annual Salary" label; a seniority line ("Mid
level") closes the card.
"""

import re

from store.ingest.boards.board import Board

BUILT_IN = Board(
    name="Built In",
    markers=re.compile(
        r"builtin[a-z]*\.com|\| built in\b|\bbuilt in (?:boston|nyc|chicago|"
        r"colorado|austin|la|seattle|sf)\b"
    ),
    header=("company", "title"),
    noise=re.compile(
        r"^(?:easy apply|annual salary|hourly wage|top skills:?|"
        r"\d+ employees|save)$",
        re.I,
    ),
    bare_pay=True,
)
