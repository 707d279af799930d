"""A figure's pay period where its text does not write one beside it: the one extraction
inferred (its label, sentence, page or size, with a note saying which), a period alone
on the line below its amount ("$6,138 - $8,139" / "per month"), or its size where its
sentence, or the line that introduces its table or list, is about pay.

    period, note = period_for(figure, text, sentence, about_words, regions)

Used by ``store.ingest.attribution.figures`` for each figure it keeps.
"""

from __future__ import annotations

import re

from store.extract.meaning.periods import PERIOD_AFTER, period_for_size
from store.ingest.attribution.subjects import PAY_WORDS
from store.ingest.tables.cards import MONEY_ONLY, is_list_item
from store.models import PayFigure, Period
from store.resolve.roles import role_from_title

# How each basis of an inferred period reads in an observation's note.
_BASIS_WORDS = {
    "label": "its label or column header",
    "sentence": "its sentence",
    "page": "the page's other figures",
    "size": "the amount",
}


def _table_lead_in(text: str, start: int, regions: set[str]) -> str:
    """The line that introduces a pay table or list: walk up past region labels, amounts
    and the items before (``is_list_item``)."""
    position = text.rfind("\n", 0, start)
    while position > 0:
        line_start = text.rfind("\n", 0, position) + 1
        line = text[line_start:position].strip()
        if (
            line
            and line not in regions
            and not MONEY_ONLY.match(line)
            and not is_list_item(line)
            and not _BARE_ITEM.match(line)
        ):
            return line
        position = line_start - 1
    return ""


def period_for(
    figure: PayFigure, text: str, sentence: str, about_words: str, regions: set[str]
) -> tuple[Period | None, str | None]:
    """The figure's period and a note when it had to be inferred; ``None`` when it cannot be."""
    if figure.period and figure.period_basis is None:
        return figure.period, None
    if figure.period:
        how = _BASIS_WORDS[figure.period_basis]  # type: ignore[index]
        return (
            figure.period,
            f"The source states no pay period; per {figure.period} is inferred from {how}.",
        )
    below = _period_below(text, figure.span[1])
    if below is not None:
        return below, None
    context, lead_in = sentence, ""
    if figure.region or is_list_item(sentence):  # a table's row, a list's item
        lead_in = _table_lead_in(text, figure.span[0], regions)
        context += " " + lead_in
    amount = figure.max_amount or figure.min_amount
    if amount is None:
        return None, None
    period = period_for_size(amount, figure.currency, None)
    if period is None or not (
        PAY_WORDS.search(context)
        or _a_jobs_statistic(figure, about_words, period)
        or _lead_in_period(lead_in) == period
    ):
        return None, None
    return period, f"The source states no pay period; per {period} is inferred from the amount."


# A list's lead-in that says how often its amounts are earned: "in order of median hourly
# incomes", "the average annual earnings by state".
_LEAD_IN_PERIOD = re.compile(r"\b(hourly|annual|yearly|monthly|weekly)\b", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
# An item of a ranked list whose amount lost its currency sign: "2. California – 48.48".
_BARE_ITEM = re.compile(r"(?:\d{1,3}[.)]|[•*–-])\s+[^\n\d]{1,40}?\d[\d,]*(?:\.\d+)?$")
_PERIOD_OF = {"hourly": "hour", "annual": "year", "yearly": "year", "monthly": "month"}


def _lead_in_period(lead_in: str) -> Period | None:
    """The one period a list's lead-in names, which its items' amounts are earned by when
    their size agrees, though it has no word for pay ("incomes").

    >>> _lead_in_period("the top-5 states in order of median hourly incomes:")
    'hour'
    >>> _lead_in_period("hourly and annual figures") is None
    True
    >>> _lead_in_period("The annual mean is $80,000. By state, the hourly means:")
    'hour'

    """
    last = _SENTENCE_BREAK.split(lead_in)[-1]  # the sentence that opens the list
    named = {_PERIOD_OF.get(m[1].lower(), "week") for m in _LEAD_IN_PERIOD.finditer(last)}
    return named.pop() if len(named) == 1 else None  # type: ignore[return-value]


def _period_below(text: str, end: int) -> Period | None:
    """A period alone on the line below its amount, as a card prints them: "Salary" /
    "$6,138 - $8,139" / "per month" (one anchored match, for a figure with no period)."""
    found = PERIOD_AFTER.match(text, end)
    if found is None or "\n" not in text[end : found.start(found.lastgroup)]:
        return None
    line_end = text.find("\n", found.end())
    rest = text[found.end() : line_end if line_end != -1 else len(text)]
    return found.lastgroup if not rest.strip() else None  # type: ignore[return-value]


def _a_jobs_statistic(figure: PayFigure, about_words: str, period: Period) -> bool:
    """Whether a salary-sized average, median or range is a job's pay because its sentence
    names the job: "the national average for nurses was $80,010", "software developer
    roles sit around $85,000 to $130,000" (no word for pay, but what else of a job's
    runs to $130,000 a year?)."""
    return (
        period == "year"
        and figure.kind in ("average", "median", "range")
        and role_from_title(about_words, strict=True) is not None
    )
