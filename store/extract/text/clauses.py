"""Where a figure's own sentence or clause begins, and what closes the text after it.

    >>> clause_before("Rent is $900. The salary is $50,000", 28)
    'The salary is '
    >>> clause_before("Pay in the U.S. rose to $20", 24)
    'Pay in the U.S. rose to '

A full stop ends a sentence unless it ends an abbreviation ("e.g.", "U.S.") or a German
or Polish ordinal day ("1. Juli 2022").
"""

from __future__ import annotations

import re

# Where a sentence or clause ends: figures are judged by the words of their own.
_CLAUSE_BREAKS = ("\n", ";", "|", "•", "·", "\t", ". ", "! ", "? ", ".\u00a0")
_CLAUSE_REACH = 160
AFTER_TEXT = re.compile(r"\)?[^.!?;:,|\n)+$£€₹₱\d–—]{0,50}")  # "($5,000.00) below"

# Lower-case abbreviations that end in a full stop inside a sentence: "e.g. GBP15,825".
_ABBREVIATIONS = frozenset({"e.g", "i.e", "eg", "ie", "approx", "ca", "incl", "vs", "cf"})
# The rupee's mark before its amount: "increased from Rs. 10,000 to Rs. 21,000" is one clause.
_ABBREVIATIONS |= {"rs"}
_ABBREVIATION_LAST = frozenset(word[-1] for word in _ABBREVIATIONS)
# Months written after an ordinal day with a full stop ("1. Juli 2022", "3. maja").
_MONTHS_AFTER_ORDINAL = frozenset(
    {
        "Januar",
        "Jänner",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
        "Jan.",
        "Feb.",
        "Aug.",
        "Sept.",
        "Okt.",
        "Nov.",
        "Dez.",
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
    }
)


def abbreviation_ends(scan: str, dot: int, capitals: bool = True) -> bool:
    """Whether the full stop at ``dot`` ends an abbreviation ("e.g.", and with
    ``capitals`` "U.S."), not a sentence.

    >>> abbreviation_ends("pay scales e.g. GBP15,825", 14), abbreviation_ends("pay. GBP", 3)
    (True, False)
    >>> abbreviation_ends("seit dem 1. Juli 2022", 10), abbreviation_ends("$50,000. The", 7)
    (True, False)
    >>> abbreviation_ends("from Rs. 10,000", 7)
    True
    """
    before = scan[dot - 1 : dot]
    if capitals and before.isupper():
        return True
    if before.isdigit():  # "seit dem 1. Juli": a German ordinal day, not a sentence's end
        return scan[dot + 2 : dot + 12].split(" ", 1)[0].rstrip(",") in _MONTHS_AFTER_ORDINAL
    if before.lower() not in _ABBREVIATION_LAST:
        return False  # "per year.": the usual case, decided by one character
    space = scan.rfind(" ", max(0, dot - 7), dot)
    return scan[space + 1 : dot].lower() in _ABBREVIATIONS


def clause_before(
    scan: str, pos: int, reach: int = _CLAUSE_REACH, breaks: tuple[str, ...] = _CLAUSE_BREAKS
) -> str:
    """The text of the figure's own sentence or clause, up to ``pos``: what follows the
    last of ``breaks`` within ``reach``."""
    start = pos - reach if pos > reach else 0
    # str.rfind per mark beats one regex scan here; each looks only past the latest break.
    for mark in breaks:
        found = scan.rfind(mark, start, pos)
        if mark == ". " and found > 0 and abbreviation_ends(scan, found):
            found = scan.rfind(mark, start, found)  # "U.S. rose": an abbreviation, not an end
        if found != -1:
            start = found + len(mark)
    return scan[start:pos]


# What a figure's label does not reach past: the end of the sentence before ("$3,000
# bonus. $22/hr base pay") or an "and" after another item ("a $3,000 bonus and $22/hr").
_LABEL_ENDS = (". ", "! ", "? ", " and ")


def own_label(scan: str, pos: int, reach: int) -> str:
    """The ``reach`` characters before ``pos`` that can label what is there: "Stock" of
    "Stock $80K", a table cell's "| Bonus | ", never the sentence before or an item before "and".

    >>> own_label("A $3,000 bonus. $22/hr base pay", 16, 12), own_label("| Bonus | $3,000", 10, 12)
    ('', '| Bonus | ')
    >>> own_label("A $3,000 bonus and $22/hr base pay", 19, 12)
    ''
    """
    return clause_before(scan, pos, reach, _LABEL_ENDS)


# Money further on in a figure's sentence, marked before or after ("$16,576", "16.576
# euros"), and the breaks that close the words before it.
_NEXT_MONEY = re.compile(r"[$£€₹₱¥₦]\s?\d|\d[\d.,\s]*\s?(?:[€£₹]|(?i:euros?|dollars?)\b)")
_OWN_BREAKS = (",", ";", "(", "—", "–", " - ")
# Only "or" between a figure and the next amount: the same pay restated in another period.
_OR_RESTATED = re.compile(r"\s*or\s+(?:about\s+|roughly\s+|around\s+)?")


def own_rest(rest_text: str) -> str:
    """The words after a figure that can still describe it: up to the clause before the
    next amount, whose words are that amount's ("£29,000 — a monthly pay of £1,932",
    "£22,001 (£1,833 per month)").

    >>> own_rest(" — a monthly pay of £1,932 after tax"), own_rest(" a year, before tax")
    (' ', ' a year, before tax')
    >>> own_rest(" en 14 pagas, lo que supone 16.576 euros brutos al año")
    ' en 14 pagas'
    """
    money = _NEXT_MONEY.search(rest_text)
    if money is None:
        return rest_text  # the usual case
    head = rest_text[: money.start()]
    if _OR_RESTATED.fullmatch(head):
        return ""  # "$36,510 or $3,042 per month": the month is the restatement's
    cut = max(head.rfind(mark) for mark in _OWN_BREAKS)
    # With no break ("18,000 naira about $50 monthly"), the next amount restates this one.
    return head[:cut] if cut != -1 else rest_text
