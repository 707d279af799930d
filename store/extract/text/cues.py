"""Rarer words a text holds anywhere, looked for once a text, so that the rules of
``store.extract.figures`` reading them run only in texts that have them.

    >>> text_cues("The minimum wage pays $7.25 an hour.")
    TextCues(limits=True, affords=False, credits=False, payers=True, changes=False,
             naming=False, gaps=False, minimums=True)
"""

from __future__ import annotations

from typing import NamedTuple

from store.extract.meaning.changes import CHANGE_WORDS
from store.extract.meaning.other_money import GAP_CUES, NAMED_NEXT_CUES
from store.extract.text.context import MINIMUM_NAMED


class TextCues(NamedTuple):
    """Rarer words a text holds anywhere, looked for once a text: the rules reading them
    run only in texts that have them."""

    limits: bool  # "minimum", "maximum": a bound some sentence may set
    affords: bool  # "afford", "live comfortably": an income needed to afford something
    credits: bool  # "applied", "credited": an amount credited towards something
    payers: bool  # "pays": who pays, perhaps a benefit
    changes: bool  # "increase", "raise", "by ": a change of pay named around a figure
    naming: bool  # "Such ", "These ": a next sentence naming the money before it
    gaps: bool  # "difference", "gap", "écart": a gap between pays, or an employer's cost
    minimums: bool  # "minimum", "Mindestlohn", "SMI", "living wage": a statutory floor named


def text_cues(scan: str) -> TextCues:
    """The rarer words ``scan`` holds (see the module's example)."""
    return TextCues(
        "imum" in scan,
        "fford" in scan or "comfortabl" in scan,
        "applied" in scan or "credited" in scan,
        "pays " in scan,
        any(word in scan for word in CHANGE_WORDS),
        any(word in scan for word in NAMED_NEXT_CUES),
        any(word in scan for word in GAP_CUES),
        MINIMUM_NAMED.search(scan) is not None,
    )
