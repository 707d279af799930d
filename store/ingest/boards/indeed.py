"""Indeed search pages: title, company (a rating may follow), place, pay, type, "Posted 3 days ago".

Place lines read "Boston, MA 02110", "Hybrid work in Cambridge, MA" or
"Remote"; pay reads "$32 - $40 an hour", or "Estimated $70K - $90K a year"
when Indeed estimated it. A search page may head its cards with Indeed's own
"Average base salary" for the search.
"""

import re

from store.ingest.boards.board import Board

INDEED = Board(
    name="Indeed",
    markers=re.compile(r"indeed\.com|\| indeed\b|- indeed\b|\bindeed salary\b"),
    header=("title", "company"),
    noise=re.compile(
        r"^(?:easily apply|responsive employer|hiring multiple candidates|"
        r"urgently hiring|new|view similar jobs with this employer)$",
        re.I,
    ),
    estimate=re.compile(r"^estimated\b", re.IGNORECASE),
)
