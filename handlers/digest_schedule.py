"""The schedule words of `/salary subscribe`: a day, a time, a time zone and quiet weeks.

    >>> split_schedule("ml-intern boston weekly on fri at 2pm quiet: skip", settings)
    ('ml-intern boston', Schedule(day_of_week='fri', time_of_day='14:00', ...))

Anything left is the role and place; a word that looks like a schedule but can't be read
raises ``ScheduleError`` with what to type instead.
"""

from __future__ import annotations

import re
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel

from bot.settings import Settings
from store.digest.models import DAY_NAMES_IN_FULL, QuietWeeks

_WEEKLY = re.compile(r"\bweekly\b", re.IGNORECASE)
_ON_DAY = re.compile(r"\b(?:on|every)\s+([a-z.]+)", re.IGNORECASE)
_AT_TIME = re.compile(r"\bat\s+(\S+(?:\s*[ap]\.?m\.?\b)?)", re.IGNORECASE)
_CLOCK = re.compile(r"^(\d{1,2})(?:[:.h](\d{2}))?\s*([ap])?\.?(?:m\.?)?$", re.IGNORECASE)
_QUIET = re.compile(r"\bquiet(?:\s+weeks?)?\s*[:=]?\s*([a-z]+)", re.IGNORECASE)
_ZONE = re.compile(r"\b(?:tz|timezone|time\s+zone)\s*[:=]?\s*(\S+)", re.IGNORECASE)


class ScheduleError(ValueError):
    """The schedule part of a subscribe command could not be read; the message says why."""


class Schedule(BaseModel):
    day_of_week: str
    time_of_day: str
    timezone: str
    quiet: QuietWeeks


def parse_day(word: str) -> str:
    """'monday', 'Mon', 'fridays', 'thurs' -> 'mon', 'mon', 'fri', 'thu'."""
    word = word.lower().strip(".")
    for short, full in DAY_NAMES_IN_FULL.items():
        if len(word) >= 3 and (full.startswith(word) or word == f"{full}s"):
            return short
    raise ScheduleError(f"“{word}” is not a day of the week (try monday … sunday).")


def parse_time(text: str) -> str:
    """'9', '9:00', '14:30', '8am', '2:15 pm', 'noon' -> 'HH:MM' on a 24-hour clock."""
    text = text.strip().lower()
    if text == "noon":
        return "12:00"
    match = _CLOCK.match(text)
    if match is None:
        raise ScheduleError(f"“{text}” is not a time of day (try 9:00, 14:30 or 8am).")
    hour, minute, half = int(match[1]), int(match[2] or 0), (match[3] or "").lower()
    if half and not 1 <= hour <= 12:
        raise ScheduleError(f"“{text}” is not a time: with am/pm the hour is 1 to 12.")
    if half:
        hour = hour % 12 + (12 if half == "p" else 0)
    if hour > 23 or minute > 59:
        raise ScheduleError(f"“{text}” is not a time of day (hours 0-23, minutes 0-59).")
    return f"{hour:02d}:{minute:02d}"


def split_schedule(text: str, settings: Settings) -> tuple[str, Schedule]:
    """Take the schedule words out of ``text``: ``(what is left, schedule)``.

    >>> split_schedule("ml-intern boston weekly on fri at 2pm quiet: skip", settings)
    ('ml-intern boston', Schedule(day_of_week='fri', time_of_day='14:00', ...))
    """
    values = {
        "day_of_week": settings.digest_day,
        "time_of_day": settings.digest_time,
        "timezone": settings.digest_timezone,
        "quiet": "say",
    }
    if match := _QUIET.search(text):
        choice = match[1].lower()
        if choice not in ("skip", "say"):
            raise ScheduleError(
                f"For quiet weeks say `quiet: skip` or `quiet: say`, not “{choice}”."
            )
        values["quiet"] = choice
        text = text[: match.start()] + text[match.end() :]
    if match := _ZONE.search(text):
        values["timezone"] = match[1]
        text = text[: match.start()] + text[match.end() :]
    if match := _ON_DAY.search(text):
        values["day_of_week"] = parse_day(match[1])
        text = text[: match.start()] + text[match.end() :]
    if match := _AT_TIME.search(text):
        values["time_of_day"] = parse_time(match[1])
        text = text[: match.start()] + text[match.end() :]
    text = _WEEKLY.sub(" ", text)
    try:
        ZoneInfo(values["timezone"])
    except (ZoneInfoNotFoundError, ValueError):
        raise ScheduleError(
            f"“{values['timezone']}” is not a time zone (try America/New_York)."
        ) from None
    return " ".join(text.split()), Schedule(**values)
