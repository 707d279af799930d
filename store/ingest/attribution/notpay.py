"""Money a figure's own words say is no job's pay, whoever's page it is on.

    reason = not_pay(before, sentence_before, placed_words, about_words)

Used by ``store.ingest.attribution.subjects`` for each figure it files: a line the law draws (an
exemption's threshold), the law's minimum or living wage, a benefit's money, a
threshold a count of places passes, a price someone charges. Each is looked for
behind a cheap substring test.
"""

from __future__ import annotations

import re

# A line the law draws, not a job's pay: "In accordance with FLSA guidelines, an employee
# whose salary is below $23,660 per year is considered non-exempt", "the salary threshold".
_LEGAL_LINE = re.compile(
    r"\b(?:FLSA|Fair Labor Standards|(?:salary|pay|wage|income|earnings) thresholds?)\b"
)
_LEGAL_CUE = re.compile(r"FLSA|Fair Labor|hreshold")
# The law's floor named right before its figure: "the national minimum wage currently set
# at £12.21", "the federal minimum wage of $7.25", "The minimum wage, for people aged under
# 25, is", "the London Living Wage (currently", "This statutory figure, which applies to
# staff aged 25 and over, is currently" (no job's pay, whoever the page is about; an
# employer's own floor is said with its name: "Amazon's minimum wage", "its minimum wage").
_STATUTORY_WAGE = re.compile(
    r"(?:\b(?:national|federal|state|statutory|legal)\s+(?:minimum|living)\s+wages?|"
    r"\bthe\s+(?:[a-z]+\s+)?(?:minimum|living)\s+wages?|"
    r"\bstatutory\s+(?:figure|rate|amount|minimum|floor))\b[^.;!?$£€]{0,80}$",
    re.IGNORECASE,
)
_STATUTORY_CUES = ("wage", "Wage", "tatutory")
# A benefit's money named right before its figure: "an insurance waiver stipend of
# $2,500 per year", "tuition reimbursement up to $5,250" (whoever's page it is, no pay).
_BENEFIT = re.compile(
    r"\b(?:insurance|waiver|reimburse(?:ment|d)?)\b[^.;!?\d$£€]{0,40}$", re.IGNORECASE
)
# A price its sentence names before the figure: "the cheapest carers i can find in my
# area are £20 per hour", "the £20 to £30 an hour they charge" (what a client pays a
# self-employed worker or a firm, which covers their costs: no wage).
_PRICE = re.compile(
    r"\b(?:cheap(?:er|est)?|(?<!in )charg(?:es?|ed|ing)(?! nurse)|"
    r"pric(?:es?|ed|ing)(?! analyst))\b",
    re.IGNORECASE,
)
_PRICE_CUES = ("heap", "harg", "ric")
# A figure said to hold in a count of places is a threshold they pass, no one place's
# pay: "averages in 307 markets, including nine where the norm is $100,000 or greater",
# "more than $100K in nine metros".
_IN_SO_MANY_PLACES = re.compile(
    r"\b(?:in|across)\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|a dozen)\s+"
    r"(?:metro(?:politan area)?s|markets|states|cities|counties|countries)\b",
    re.IGNORECASE,
)
_SO_MANY_PLACES_CUES = ("metro", "markets", "states", "cities", "counties", "countries")


# A figure a count of employers is said to pay: "An increasing number of school districts
# have a starting teacher salary of at least $50,000", "70% of school districts still have
# a starting salary below", "96% of these school districts with teacher salaries that top"
# (a threshold, no employer's pay).
_SO_MANY_EMPLOYERS = re.compile(
    r"(?:\b(?:number|share|percent|majority|half|third|quarter|most|many|few)|%)\s+of\s+"
    r"(?:the\s+|these\s+|all\s+)?(?:[a-z]+\s+)?(?:districts|employers|companies|firms|"
    r"hospitals|schools|businesses)\b[^.;!?$£€]{0,80}?\b(?:have|has|had|pay|paid|offer|"
    r"offered|with)\b[^.;!?$£€]*$",
    re.IGNORECASE,
)


def _in_so_many_places(words: str) -> bool:
    """Whether a figure's sentence and the words after it say it holds in a count of places.

    >>> _in_so_many_places("Engineers make more than $100K in nine metros")
    True
    >>> _in_so_many_places("Engineers in the United States make $90,000 in 2024")
    False
    """
    lowered = words.lower()
    return any(cue in lowered for cue in _SO_MANY_PLACES_CUES) and bool(
        _IN_SO_MANY_PLACES.search(words)
    )


# The pay a page's openings at large reach, no one job's: "hiring to fill positions that
# pay more than $40 an hour", "is hiring for positions that pay up to $22.75" (a job
# named before them is that job's: "store associate positions that pay $12").
_OPENINGS_AT_LARGE = re.compile(
    r"\b(?:fill|for|with|are|has|have)\s+(?:open\s+|new\s+)?(?:positions|jobs|openings|roles)"
    r"\s+that\s+pay\s+(?:more than|over|up to|at least|as much as|upwards of)?\s*$",
    re.IGNORECASE,
)


_AFTER_REACH = 40
_NEXT_AMOUNT = re.compile(r"[\d$€£]")


def words_after(text: str, end: int) -> str:
    """The words right after a figure ending at ``end``, up to the next amount or its
    sentence's end."""
    after = text[end : end + _AFTER_REACH]
    end = _NEXT_AMOUNT.search(after)
    after = after[: end.start()] if end else after
    return after.split(". ")[0]


def _priced(sentence_before: str) -> bool:
    """Whether a figure's sentence, up to it, speaks of a price: what is charged, the
    cheapest on offer (cheap substring cues first).

    >>> _priced("the cheapest carers i can find in my area are ")
    True
    >>> _priced("The nurse in charge earns "), _priced("Charge nurses earn ")
    (False, False)
    """
    lowered = sentence_before.lower()
    return any(cue in lowered for cue in _PRICE_CUES) and _PRICE.search(sentence_before) is not None


def not_pay(before: str, sentence_before: str, placed_words: str, about_words: str) -> str | None:
    """Why a figure is no job's pay, or None: ``before`` is its own words (since its
    sentence's start or the figure before it), ``sentence_before`` its sentence up to it,
    ``placed_words`` that with the words right after it, and
    ``about_words`` its whole sentence (numbers blanked).

    >>> not_pay("the federal minimum wage of ", "", "", "")
    "the law's minimum or living wage, not a job's pay"
    >>> not_pay("or the London Living Wage (currently ", "", "", "")
    "the law's minimum or living wage, not a job's pay"
    >>> not_pay("Acme's minimum wage for hourly employees is still ", "", "", "") is None
    True
    >>> not_pay("Nurses earn ", "Nurses earn ", "Nurses earn  a year", "Nurses earn # a year")
    >>> not_pay("Acme is hiring for positions that pay up to ", "", "", "")
    "what openings at large pay, not one job's pay"
    >>> not_pay("store associate positions that pay ", "", "", "") is None
    True
    >>> s = "70% of school districts still have a starting teacher salary below "
    >>> not_pay(s, s, "", "")
    "a threshold a count of employers passes, not one employer's pay"
    >>> s = "Most of the nurses at the county's hospitals have a salary of "
    >>> not_pay(s, s, "", "") is None
    True
    """
    if _LEGAL_CUE.search(about_words) and _LEGAL_LINE.search(about_words):
        return "a line the law draws (an exemption's threshold), not a job's pay"
    if any(cue in before for cue in _STATUTORY_CUES) and _STATUTORY_WAGE.search(before):
        return "the law's minimum or living wage, not a job's pay"
    if ("nsuranc" in before or "aiver" in before or "eimburs" in before) and _BENEFIT.search(
        before
    ):
        return "a benefit's money (insurance, a waiver, a reimbursement), not pay"
    if _in_so_many_places(placed_words):
        return "a threshold a count of places passes, not one place's pay"
    if " of " in sentence_before and _SO_MANY_EMPLOYERS.search(sentence_before):
        return "a threshold a count of employers passes, not one employer's pay"
    if _priced(sentence_before):
        return "a price someone charges (a fee, a rate to hire), not a wage"
    if "that pay" in before and _OPENINGS_AT_LARGE.search(before):
        return "what openings at large pay, not one job's pay"
    return None


# A percentile group named right after a figure: "as high as $50,640 per year for the
# highest 10%", "as low as $29,640 for the lowest 10 percent".
_GROUP_AFTER = r"^[^.;$€£\d]{0,25}?\b(?:for|among|of|in)\s+the\s+"
_TOP_GROUP = re.compile(
    _GROUP_AFTER + r"(?:highest|top|upper)\s+(?:\d{1,2}|ten)\s*(?:%|percent)", re.IGNORECASE
)
_BOTTOM_GROUP = re.compile(
    _GROUP_AFTER + r"(?:lowest|bottom)\s+(?:\d{1,2}|ten)\s*(?:%|percent)", re.IGNORECASE
)


def percentile_read_backwards(low: float | None, high: float | None, after: str) -> str | None:
    """Why a bound is no cap or floor of the job's pay, or None: the highest group's
    threshold read as a cap ("as high as $50,640 for the highest 10%": they earn at least
    that), or the lowest group's read as a floor. ``after`` is the text right after it.

    >>> percentile_read_backwards(None, 50640, " per year for the highest 10%.")
    "a percentile group's threshold read as the wrong bound, not the job's pay"
    >>> percentile_read_backwards(50640, None, " for the highest 10%.") is None
    True
    >>> percentile_read_backwards(None, 50640, " a year, while the top 10% earn more") is None
    True
    """
    if "%" not in after and "percent" not in after:
        return None  # the usual case: no group named after it
    if low is None and high is not None and _TOP_GROUP.search(after):
        return "a percentile group's threshold read as the wrong bound, not the job's pay"
    if high is None and low is not None and _BOTTOM_GROUP.search(after):
        return "a percentile group's threshold read as the wrong bound, not the job's pay"
    return None
