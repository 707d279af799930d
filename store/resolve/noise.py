"""Words around a role and a place that name neither: dropped before reading a question.

    >>> drop_noise("ML intern salary Boston (hybrid) summer 2026?")
    'ML intern Boston'
    >>> drop_noise("how much does a registered nurse make in houston")
    'registered nurse in houston'
    >>> drop_noise("remote - us")
    'remote - us'
    >>> drop_noise("swe within 50 miles of boston")
    'swe boston'
    >>> drop_noise("accountant range: $41,064.00 - $61,596.00 (17) wilson, nc")
    'accountant wilson, nc'
    >>> drop_noise("12-month, 8-hour, day shift custodian logan, ohio")
    'custodian logan, ohio'
    >>> drop_noise("senior backend engineer remote united states usd 110k - 130k")
    'senior backend engineer remote united states'
    >>> drop_noise("financial analyst gs-0501-11 fort knox, ky")
    'financial analyst fort knox, ky'

The words live in ``store/data/query.json``: what is asked about ("salary", "hourly"),
how the job is done ("hybrid", "full time"), a season or a year ("summer 2026"), a radius
("within 50 miles of"), pay pasted with a posting's title ("$18/hr"), the post's terms
("fy26", "2025-26", "12-month", "1.0 fte"), a federal pay plan and grade ("gs-0501-11"), and
question words ("how much does a ... make"). It also lists the words that join a role and
a place ("in", "near") and those that compare two places ("vs", "or").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from store.vocabulary import vocabulary

_YEAR = r"(?:19|20)\d\d"
# A radius around a place: "within 50 miles of", "30 mi from".
_DISTANCE = r"(?:within\s+)?\d{1,3}\s*(?:miles?|mi|km|kilometers?|kilometres?)\s+(?:of|from|around)"
# Pay pasted with a posting's title: "range: $41,064.00 - $61,596.00 (17)", "$18/hr",
# "$15.50 per hour", "$2.13/hr + tips"; a grade in parentheses after the figures is the
# pay grade.
_FIGURE = r"\d[\d,]*(?:\.\d+)?\s?k?"
_PER = (
    r"(?:\s*(?:/\s*|per\s+|an?\s+)?"
    r"(?:hr|hour|hourly|yr|year|yearly|annually|annual|wk|week|weekly|mo|month|monthly)\b)?"
)
# A currency written as a code ("usd 110k - 130k", "$120k-150k usd") is a dollar sign.
_CURRENCY = r"(?:\$|\busd\b)"
_PAY = (
    rf"(?:\b(?:pay|salary|wage|rate|range)\s*:\s*)?{_CURRENCY}\s?{_FIGURE}"
    rf"(?:\s*(?:-|–|—|to)\s*{_CURRENCY}?\s?{_FIGURE})?{_PER}(?:\s*(?:\+|plus)\s*tips\b)?"
    r"(?:\s*\(\s*\d{1,3}\s*\))?(?:\s*\busd\b)?"
    # A range in thousands needs no currency: "110k - 130k", "95k-120k usd".
    r"|\b\d{2,3}(?:\.\d)?k\s*(?:-|–|—|to)\s*\d{2,3}(?:\.\d)?k\b(?:\s*usd\b)?"
)

# The terms of a post pasted with its title: a fiscal or school year ("fy26", "2025-26"),
# months a year and hours a day ("12-month, 8-hour"), a share of full time ("1.0 fte").
_TERMS = (
    rf"\bfy\s?'?\d\d(?:\d\d)?(?:\s*[-/]\s*\d\d(?:\d\d)?)?\b"
    rf"|\b{_YEAR}\s*[-/–]\s*(?:{_YEAR}|\d\d)\b"
    r"|\b\d{1,2}(?:\.\d)?[\s-]+(?:months?|hours?|hrs?)\b(?:\s+(?:per|a)\s+(?:day|week))?"
    r"|\b(?:\d?\.\d{1,2}\s*|\d\s+)?fte\b"
    # A federal pay plan, series and grades: "gs-0501-11", "gs-0810-09/11", "cg-1160-13/14",
    # "wg-5703-07", "gs 11-12".
    r"|\b(?:gs|gg|gl|gm|cg|wg|wl|ws|nf|vn)[\s-]?(?:\d{4}[\s-])?\d{1,2}(?:\s*[-/]\s*\d{1,2})*\b"
)


@dataclass(frozen=True)
class _QueryWords:
    noise: re.Pattern[str]
    joiners: frozenset[str]
    comparison: re.Pattern[str]


@cache
def query_words() -> _QueryWords:
    data = vocabulary("query.json")
    noise = sorted(data["noise"], key=len, reverse=True)
    seasons = "|".join(data["seasons"])
    words = "|".join(re.escape(w).replace(r"\ ", r"[\s-]+") for w in noise)
    return _QueryWords(
        noise=re.compile(
            rf"{_PAY}|{_TERMS}|\b(?:(?:{seasons})\s+{_YEAR}|{_YEAR}|{_DISTANCE}|{words})\b"
            r"|(?<=\w)[?!]+|[()\[\]]",
            re.IGNORECASE,
        ),
        joiners=frozenset([*data["joiners"], *data["articles"], "@", "-", "–", "—"]),
        comparison=re.compile(
            r"\s(?:" + "|".join(map(re.escape, data["comparisons"])) + r")\.?\s", re.IGNORECASE
        ),
    )


def drop_noise(text: str) -> str:
    """The text without words that name neither role nor place."""
    kept = query_words().noise.sub(" ", text)
    return re.sub(r"\s+", " ", kept).strip(" ,;:/|")
