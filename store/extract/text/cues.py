"""Rarer words a text holds anywhere, looked for once a text, so that the rules of
``store.extract.figures`` reading them run only in texts that have them.

    >>> text_cues("The minimum wage pays $7.25 an hour.")
    TextCues(limits=True, affords=False, credits=False, payers=True)
"""

from __future__ import annotations

from typing import NamedTuple


class TextCues(NamedTuple):
    """Rarer words a text holds anywhere, looked for once a text: the rules reading them
    run only in texts that have them."""

    limits: bool  # "minimum", "maximum": a bound some sentence may set
    affords: bool  # "afford", "live comfortably": an income needed to afford something
    credits: bool  # "applied", "credited": an amount credited towards something
    payers: bool  # "pays": who pays, perhaps a benefit


def text_cues(scan: str) -> TextCues:
    """The rarer words ``scan`` holds (see the module's example)."""
    return TextCues(
        "imum" in scan,
        "fford" in scan or "comfortabl" in scan,
        "applied" in scan or "credited" in scan,
        "pays " in scan,
    )
