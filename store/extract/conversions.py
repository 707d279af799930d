"""An amount right after a pay figure that is the same pay restated: converted into another
currency in brackets ("70,000 naira ($43)", "SGD5,000 (RM14,806)"), or in another period
after words saying so ("£10 an hour, the equivalent of about £80 a day").

    >>> from store.extract.figures import extract_pay
    >>> [(f.currency, f.period) for f in extract_pay("Interns get $6,746 (5175 euros) a month.")]
    [('USD', 'month'), ('EUR', 'month')]

Used by ``store.extract.neighbours`` once every figure of a text is read.
"""

from __future__ import annotations

import re

from store.models import PayFigure

# Words between a figure and the same pay restated in another period: "£10 an hour, the
# equivalent of about £80 a day", "which equates to a salary of £20,000", and the same in
# the languages read here: "2.797 Euro im Monat, was einem Jahresgehalt von 31.717 Euro
# entspricht", "lo que equivale a", "pari a".
_IN_WORDS = re.compile(
    r"\s*,?\s*(?:(?:(?:which|that)\s+(?:is\s+)?)?(?:the\s+)?(?:equivalent|equates|equal)\s+(?:to|of)"
    r"|(?:was|das)\s+(?:einem|einer|einen)\s+[\w-]+\s+von|das\s+entspricht"
    r"|(?:lo|o)\s+que\s+(?:equivale|corresponde)\s+a|pari\s+a|ovvero)"
    r"\b[^.;:!?()\n$£€₹₱\d]{0,40}",
    re.IGNORECASE,
)
# One of these is written wherever ``_IN_WORDS`` may match: the cheap look first.
RESTATING_CUES = ("equ", "was ein", "das ein", "entspr", "que ", "pari", "ovvero")


def restated_in_words(scan: str, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end``, between two figures, say the second
    restates the first.

    >>> text = "£10 an hour, the equivalent of about £80 a day"
    >>> restated_in_words(text, 11, text.index("£80")), restated_in_words(text, 11, 20)
    (True, False)
    >>> text = "2.797 Euro im Monat, was einem Jahresgehalt von 31.717 Euro entspricht"
    >>> restated_in_words(text, 19, text.index("31"))
    True
    """
    return _IN_WORDS.fullmatch(scan, start, end) is not None


def bracketed(scan: str, figure: PayFigure) -> bool:
    """Whether ``figure`` stands alone in brackets: a restatement of the one before."""
    start, end = figure.span
    return scan[max(0, start - 2) : start].endswith("(") and scan[end : end + 2].startswith(")")


def as_converted(scan: str, figure: PayFigure, converted: PayFigure) -> PayFigure:
    """``converted``, the amount in brackets right after ``figure`` in another currency,
    read as the same pay: its period and bounds, unless it writes a period of its own.

    >>> from store.extract.figures import extract_pay
    >>> [(f.currency, f.min_amount, f.max_amount, f.period) for f in extract_pay(
    ...     "The monthly minimum wage rises to 70,000 naira ($43).")]
    [('NGN', 70000.0, None, 'month'), ('USD', 43.0, None, 'month')]
    """
    if (converted.period and converted.period_basis is None) or not bracketed(scan, converted):
        return converted  # the usual case: a period written beside it, or no brackets
    floor, ceiling = figure.max_amount is None, figure.min_amount is None
    amount = converted.min_amount if converted.min_amount is not None else converted.max_amount
    low, high = None if ceiling else amount, None if floor else converted.max_amount
    if (converted.period, converted.min_amount, converted.max_amount) == (figure.period, low, high):
        return converted  # already read as the same pay
    update = {"period": figure.period, "period_basis": "sentence", "kind": figure.kind}
    return converted.model_copy(update=update | {"min_amount": low, "max_amount": high})
