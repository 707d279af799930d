"""LinkedIn job searches: title, company, place ("New York, NY (Hybrid)"), pay, age.

The age line may count applicants: "1 week ago · 47 applicants".

A card may say "Actively recruiting" or "Promoted"; a closed one says "No
longer accepting applications".
"""

import re

from store.ingest.boards.board import Board

LINKEDIN = Board(
    name="LinkedIn",
    markers=re.compile(r"linkedin\.com|\| linkedin\b"),
    header=("title", "company"),
    noise=re.compile(
        r"^(?:promoted|actively recruiting|easy apply|viewed|"
        r"(?:be (?:one of the first|an early) )?\d*\s*applicants?|"
        r"over \d+ applicants|\d+ applicants)$",
        re.I,
    ),
)
