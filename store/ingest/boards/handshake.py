"""Handshake job lists: employer, title, "Paid · $20–25/hr", "Internship · Durham, NC", deadline.

A card may state its term ("Jun 8, 2026 - Aug 14, 2026") and when
applications close ("Apply by June 20, 2026"); a deadline before the day the
page was saved means the posting has expired.
"""

import re

from store.ingest.boards.board import Board

HANDSHAKE = Board(
    name="Handshake",
    markers=re.compile(r"joinhandshake\.com|\| handshake\b|jobs \| handshake"),
    header=("company", "title"),
    noise=re.compile(r"^(?:paid|unpaid|easy apply|hiring multiple|on-campus)$", re.I),
)
