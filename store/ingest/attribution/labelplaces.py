"""The place a pay figure's own label names: a table's row saved as a line of text, its
label a place and nothing after the amount ("California $57.96", "Silicon Valley, CA
$40"), or a name right before the amount's bracket ("states of Alaska ($125,330) and
Maine ($125,310)", "El Centro ($163,410)").

    place = label_place(text, figure, previous_end, context)

Used by ``store.ingest.attribution.filing`` for a figure no table row with cells places:
the label is nearer the figure than anything its sentence names, so it wins over them.
"""

from __future__ import annotations

import re

from store.ingest.attribution.subjects import LABEL_EDGES, LABEL_REACH
from store.models import PayFigure, Place
from store.resolve.places import place_from_text

# What may follow a row's amount on its line: nothing but its period ("/hr", "per hour").
_ROW_REST = re.compile(
    r"[^A-Za-z]*(?:(?:per|an?|/)\s*(?:hour|hr|year|yr|annum|month|week)\w*)?[^A-Za-z]*"
)
# A name of one to four capitalised words right before the bracket an amount opens.
_NAME_BEFORE_BRACKET = re.compile(
    r"([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})[ \t]*\([ \t]*(?:US)?[$€£]?$"
)
_BRACKET_REACH = 60  # how far back a bracketed amount's name is looked for


def label_place(
    text: str, figure: PayFigure, previous_end: int, context: str | None
) -> Place | None:
    """The place a figure's row label or bracket names, else None; ``previous_end`` is
    where the figure before it ends (a label is the words since then on its line).

    >>> from store.extract.figures import extract_pay
    >>> text = "State Average Hourly Wage\\nCalifornia $57.96\\nHawaii $53.17"
    >>> [label_place(text, f, 0, None).key for f in extract_pay(text)]
    ['state:US-CA', 'state:US-HI']
    >>> text = "It pays best in the states of Alaska ($125,330) and Maine ($125,310)."
    >>> [label_place(text, f, 0, None).key for f in extract_pay(text)]
    ['state:US-AK', 'state:US-ME']

    A label that names no place, or a line that goes on after its amount, is none:

    >>> text = "Median $40\\nBoston $50 for new nurses"
    >>> [label_place(text, f, 0, None) for f in extract_pay(text)]
    [None, None]
    """
    start, end = figure.span
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    if previous_end <= line_start and _ROW_REST.fullmatch(text, end, line_end):
        label = text[line_start:start].strip(LABEL_EDGES)
        if label[:1].isupper() and len(label) <= LABEL_REACH:  # a name, not "💰"
            return _place_named(label, context)
    opening = text[max(previous_end, start - _BRACKET_REACH) : start]
    if "(" not in opening:
        return None
    named = _NAME_BEFORE_BRACKET.search(opening)
    return _place_named(named[1], context) if named else None


def _place_named(name: str, context: str | None) -> Place | None:
    """The place a short label names on its own, as a place of text names it."""
    place = place_from_text(f"in {name}", context=context)
    return place if place is not None and place.level != "remote" else None
