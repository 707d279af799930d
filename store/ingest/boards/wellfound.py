"""Wellfound (formerly AngelList Talent) startup jobs: company, title, pay and equity, place.

Pay and equity share a line: "$120K – $160K • 0.5% – 1.0%"; a range Wellfound
computed is tagged "Wellfound Est.". Places read "Remote • United States" or
"Austin, TX • In office".
"""

import re

from store.ingest.boards.board import Board

WELLFOUND = Board(
    name="Wellfound",
    markers=re.compile(r"wellfound\.com|\| wellfound\b|angellist talent|wellfound est\."),
    header=("company", "title"),
    noise=re.compile(
        r"^(?:actively hiring|recently funded|top investors|"
        r"\d+-\d+ employees|wellfound est\.)$",
        re.I,
    ),
    estimate=re.compile(r"^wellfound est\.$", re.IGNORECASE),
)
