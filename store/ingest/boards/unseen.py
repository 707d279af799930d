"""A board we have no descriptor for: cards of title, company, place and pay, nothing else assumed.

Its pages are read only when at least two cards each state a title, a company,
a place and a pay line, so prose never becomes postings.
"""

from store.ingest.boards.board import Board

UNSEEN = Board(
    name="",  # named by the page: the site it names, else its URL's site
    markers=None,
    header=("title", "company"),
    needs_pay=True,
    min_cards=2,
)
