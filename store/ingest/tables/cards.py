"""Lone amounts: a summary card's figure, with the label above it or the caption under
it that says it is pay, the bare amounts of a chart's axis that nothing explains, and
the items of a list or table, each a short label and its amount.

    sentence = with_caption(figure, sentence_around(text, *figure.span), text)
    if is_bare(figure, sentence, text): ...  # skipped: nothing says what it is

Used by ``store.ingest.attribution.figures``.
"""

from __future__ import annotations

import re

from store.extract.text.surroundings import previous_line_of
from store.ingest.attribution.headings import bullet_heading_role
from store.ingest.attribution.subjects import PAY_WORDS, without_numbers
from store.models import PayFigure

MONEY_ONLY = re.compile(r"^[\s$€£\d.,kKmM—–\-to]+(?:USD|usd)?[\s/a-z]*$")
# A summary card's label: a few words on the line above its figure ("Median Salary"), or a
# caption under it that may name the job too ("National average starting teacher salary").
_CARD_LABEL_WORDS = 4
_CARD_CAPTION_WORDS = 6
_CARD_REACH = 200  # how far below a card's figure the next line is looked for
_ITEM_LABEL_CHARS = 40  # "49. West Virginia:", "Police Officer Step 2", "Senior |"
_ITEM_EDGES = " #.,:;|-–—*•()"
_AMOUNT = re.compile(r"[$€£¥₹]\s?\d|\d{1,3}(?:,\d{3})+")  # "$38,580", "38,580 CAD"
_CURRENCY_WORDS = re.compile(r"\b(?:USD|CAD|EUR|GBP|per|an?|hr|hour|yr|year|k)\b", re.IGNORECASE)
_LONG_WORD = re.compile(r"[A-Za-z]{5,}")


def is_bare(figure: PayFigure, sentence: str, text: str) -> bool:
    """A figure alone on its line with no words to say what it is (a chart's axis, a teaser).

    A summary card's figure is not bare: salary sites print a short label that says it
    is pay on the line above ("Median Salary", then "$50,390", then "Above National
    Avg"), nor is one under a bulleted item's label that names a job ("• State Trooper
    Recruit" / "$30.24 per hour"); a chart's axis has an amount above or below, a
    sentence above states its own.
    """
    rest = sentence.replace(figure.text, " ")
    if (
        figure.region is not None
        or _LONG_WORD.search(rest)  # no currency word is five letters: the usual sentence
        or re.search(r"[A-Za-z]{2,}", _CURRENCY_WORDS.sub(" ", rest))
    ):
        return False
    above = previous_line_of(text, figure.span[0]) or ""
    if above and bullet_heading_role(text, figure.span[0]) is not None:
        return False  # "• State Trooper Recruit" / "$30.24 per hour/$62,904 a year"
    card = (
        len(above.split()) <= _CARD_LABEL_WORDS
        and PAY_WORDS.search(above) is not None
        and not any(character.isdigit() for character in above)  # a label, not a sentence
        and not MONEY_ONLY.match(_next_line(text, figure.span[1]))
    )
    return not card


def with_caption(figure: PayFigure, sentence: str, text: str) -> str:
    """A lone amount's sentence with the short caption under it that says it is pay, as
    salary sites print cards ("$46,526", then "National average starting teacher
    salary"); the sentence as it is for any other figure, or when the line above is
    an amount too (a chart's axis)."""
    if sentence != figure.text:
        return sentence
    caption, above = _next_line(text, figure.span[1]), previous_line_of(text, figure.span[0])
    if (
        len(caption.split()) > _CARD_CAPTION_WORDS
        or PAY_WORDS.search(caption) is None
        or any(character.isdigit() for character in caption)
        or (above and any(c.isdigit() for c in above) and MONEY_ONLY.match(above))
    ):
        return sentence
    return f"{sentence} {caption}"


def _next_line(text: str, end: int) -> str:
    """The nearest non-blank line below the line holding ``end``."""
    line_end = text.find("\n", end)
    after = text[line_end : line_end + _CARD_REACH].split("\n") if line_end >= 0 else []
    return next((line.strip() for line in after if line.strip()), "")


def is_list_item(line: str) -> bool:
    """Whether a line is one item of a list or table: a short label and its amount, as
    ranked and stepped lists print them ("49. West Virginia: $40,080").

    >>> is_list_item("49. West Virginia: $40,080"), is_list_item("Senior | $95,000")
    (True, True)
    >>> is_list_item("Truck drivers in Ohio earned $43,990 last year, up 2 percent.")
    False
    >>> is_list_item("Physical Therapist Salary by State 2025")
    False
    """
    if _AMOUNT.search(line) is None:  # a year or a step number is no amount
        return False
    label = without_numbers(line).replace("#", " ").strip(_ITEM_EDGES)
    return len(" ".join(label.split())) <= _ITEM_LABEL_CHARS


# A list item's marker: a bullet, or a number ("•", "-", "12.", "3)"); all numbers alike.
_ITEM_MARK = re.compile(r"[ \t]*(?:([•·*▪◦–-])|\d{1,3}[.)])[ \t]")


def _item_mark(text: str, line_start: int) -> str | None:
    found = _ITEM_MARK.match(text, line_start)
    return None if found is None else found[1] or "#"


def sibling_item(text: str, figure: PayFigure, above: PayFigure) -> bool:
    """Whether ``figure`` sits on a list item right below the item holding ``above``,
    both marked alike, as a list of employers gives its first item's pay a period and
    the rest bare amounts ("• RWR Trucking – $40.12 an hour" / "• Triple Eight – $35.52"),
    or opens the next list marked alike (``_opens_next_list``).

    >>> text = "• One – $40.12 an hour\\n• Two – $35.52\\n\\n1. Three – $31.80"
    >>> one, two, three = (PayFigure(min_amount=1, max_amount=1, text=a,
    ...     span=(text.index(a), text.index(a) + 6)) for a in ("$40.12", "$35.52", "$31.80"))
    >>> sibling_item(text, two, one), sibling_item(text, three, two)
    (True, False)
    """
    line_start = text.rfind("\n", 0, figure.span[0]) + 1
    if line_start == 0 or above.span[0] >= line_start:
        return False
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    if above.span[0] < above_start:  # not on the line right above: a list of its own?
        return _opens_next_list(text, figure, above)
    mark = _item_mark(text, line_start)
    return mark is not None and mark == _item_mark(text, above_start)


# A heading that speaks of pay: "the five lowest-paying states", "what nurses earn".
_SAYS_PAY = re.compile(r"\b(?:pay(?:s|ing)?|paid|salar(?:y|ies)|wages?|earn(?:s|ing)?)\b", re.I)


def _opens_next_list(text: str, figure: PayFigure, above: PayFigure) -> bool:
    """Whether ``figure`` opens a list marked like the list holding ``above``, with only
    the new list's heading between them, one that speaks of pay, as a guide follows "the
    top five states, by the hour" with "the five lowest-paying states" and gives the
    second no period.

    >>> text = "Highest, by the hour:\\n1. Oregon: $23.23\\n\\nLowest-paying:\\n1. Alabama: $16.11"
    >>> one, two = (PayFigure(min_amount=1, max_amount=1, text=a,
    ...     span=(text.index(a), text.index(a) + 6)) for a in ("$23.23", "$16.11"))
    >>> _opens_next_list(text, two, one), _opens_next_list(text.replace("Lowest-paying:", "Costs:"),
    ...     two, one)
    (True, False)
    """
    line_start = text.rfind("\n", 0, figure.span[0]) + 1
    above_end = text.find("\n", above.span[1])
    if line_start == 0 or above_end < 0 or above_end >= line_start:
        return False
    between = [line for line in text[above_end:line_start].split("\n") if line.strip()]
    heading_only = len(between) == 1 and _AMOUNT.search(between[0]) is None
    if not heading_only or not _SAYS_PAY.search(between[0]):
        return False  # "And how much a truck costs by state:" heads no one's pay
    above_start = text.rfind("\n", 0, above.span[0]) + 1
    mark = _item_mark(text, line_start)
    return mark is not None and mark == _item_mark(text, above_start)
