"""What the extraction tests share: figures found in a text, as comparable tuples."""

from __future__ import annotations

from store.extract.figures import extract_pay


def figures(text: str) -> list[tuple]:
    """The figures ``extract_pay`` finds in ``text`` as (min, max, period, currency, kind)
    tuples, in order; each figure's span is checked to hold its text on the way."""
    found = extract_pay(text)
    for figure in found:
        assert text[figure.span[0] : figure.span[1]] == figure.text
    return [(f.min_amount, f.max_amount, f.period, f.currency, f.kind) for f in found]
