"""Dates boards write relative to the day the page was saved: "Posted 3 days ago", "Just posted".

>>> from datetime import date
>>> posted_on("Posted 3 days ago", date(2026, 6, 1))
datetime.date(2026, 5, 29)
>>> posted_on("30+ days ago", date(2026, 6, 1)), posted_on("2 weeks ago", date(2026, 6, 1))
(datetime.date(2026, 5, 2), datetime.date(2026, 5, 18))
>>> posted_on("Just posted", date(2026, 6, 1)), posted_on("30d+", date(2026, 6, 1))
(datetime.date(2026, 6, 1), datetime.date(2026, 5, 2))

A "30+ days ago" is dated 30 days back, the latest the posting can be. An
absolute date ("Posted May 12, 2026", "Opened 05/01/2026") is read as written.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from store.extract.dates.written import parse_date

_DAYS_PER = {"minute": 0, "hour": 0, "day": 1, "week": 7, "month": 30, "year": 365}
_UNIT = (
    r"(?P<unit>min(?:ute)?s?|h(?:ours?|rs?)?|d(?:ays?)?|w(?:eeks?|ks?)?|mo(?:nths?)?"
    r"|y(?:ears?|rs?)?)"
)
_AGO = re.compile(
    rf"^(?:(?:posted|reposted|active|updated|listed)\s+)?(?P<count>\d{{1,3}}|an?|one)\+?\s*"
    rf"{_UNIT}\.?\+?\s*(?:ago)?$",
    re.IGNORECASE,
)
_TODAY = re.compile(
    r"^(?:(?:posted|reposted|active)\s+)?(?:just posted|just now|today|new|posted today|"
    r"moments? ago|few hours ago)$",
    re.IGNORECASE,
)
_YESTERDAY = re.compile(r"^(?:(?:posted|reposted)\s+)?yesterday$", re.IGNORECASE)
_ABSOLUTE = re.compile(
    r"^(?:posted|reposted|opened|open|date posted|listed)(?:\s+on)?\s*:?\s+", re.IGNORECASE
)
_UNITS = {"m": "month", "h": "hour", "d": "day", "w": "week", "y": "year"}


def _unit(word: str) -> str:
    word = word.lower()
    if word.startswith("min"):
        return "minute"
    if word.startswith("mo"):
        return "month"
    return _UNITS[word[0]]


def days_ago(phrase: str) -> int | None:
    """How many days back a relative phrase points; None when it is not one.

    >>> days_ago("Reposted 5 Days Ago"), days_ago("an hour ago"), days_ago("Full-time")
    (5, 0, None)
    """
    phrase = phrase.strip().strip(".·•")
    if _TODAY.match(phrase):
        return 0
    if _YESTERDAY.match(phrase):
        return 1
    match = _AGO.match(phrase)
    if match is None or not (match["unit"] and ("ago" in phrase.lower() or len(phrase) <= 4)):
        return None
    count = match["count"].lower()
    number = 1 if count in ("a", "an", "one") else int(count)
    return number * _DAYS_PER[_unit(match["unit"])]


def posted_on(phrase: str, doc_date: date) -> date | None:
    """The date a board's "posted" phrase names, relative ones counted back from ``doc_date``."""
    back = days_ago(phrase)
    if back is not None:
        return doc_date - timedelta(days=back)
    absolute = _ABSOLUTE.match(phrase.strip())
    return parse_date(phrase[absolute.end() :]) if absolute else None
