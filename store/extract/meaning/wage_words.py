"""What the words of a wage say about its period beyond the hour "wage" hints in English.

    >>> qualified_wage({"month": 3, "minimum": 5, "hour": 5, "pay": 5})
    'month'

``store.extract.meaning.periods`` asks these when the words before a figure hint an hour:
a period word qualifying the same wage ("the monthly minimum wage rate") names its period
(split from periods.py, which had passed 400 lines).
"""

from __future__ import annotations

from store.models import Period

# How many words before an hour word another period word may qualify the same noun.
_QUALIFIER_REACH = 2


def qualified_wage(before: dict[str, int]) -> Period | None:
    """The period a word at most two words before the nearest hour word names: "the
    monthly minimum wage", "the daily wage" (whose "wage" hints an hour).

    >>> print(qualified_wage({"month": 1, "hour": 6}))  # "monthly, at an hourly wage"
    None
    """
    hour = before.get("hour", -1)
    for period in ("day", "week", "month", "year"):
        at = before.get(period)
        if at is not None and 0 <= hour - at <= _QUALIFIER_REACH:
            return period  # type: ignore[return-value]
    return None
