"""What the words of a wage say about its period beyond the hour "wage" hints in English.

    >>> qualified_wage({"month": 3, "minimum": 5, "hour": 5, "pay": 5})
    'month'

``store.extract.meaning.periods`` asks these when the words before a figure hint an hour:
a period word qualifying the same wage ("the monthly minimum wage rate") names its period
(split from periods.py, which had passed 400 lines), and where wages are set by the day or
the month, a wage too large for an hour's pay there takes that period.
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


# Where wages are set by the day or the month, a "wage" from this size (in the currency's
# own units) is no hour's pay: the period it has there, and the size from which a daily
# wage is a month's. Philippine minimum wages are set by the day ("P695 for
# non-agriculture workers"), Malaysian, Nigerian and Kenyan ones by the month ("RM1,100",
# "N30,000", "Sh15,000").
_WAGES_SET_BY: dict[str, tuple[float, Period, float]] = {
    "PHP": (200.0, "day", 2_000.0),
    "MYR": (100.0, "month", 0.0),
    "NGN": (5_000.0, "month", 0.0),
    "KES": (3_000.0, "month", 0.0),
}


def wage_set_abroad(amount: float, currency: str | None) -> Period | None:
    """The period a wage hinted hourly has where wages are set by the day or the month,
    when it is too large for an hour's pay there; None elsewhere.

    >>> wage_set_abroad(695, "PHP"), wage_set_abroad(4_500, "PHP"), wage_set_abroad(900, "MYR")
    ('day', 'month', 'month')
    >>> print(wage_set_abroad(8.17, "MYR"), wage_set_abroad(695, "USD"))
    None None
    """
    rule = _WAGES_SET_BY.get(currency or "")
    if rule is None or amount < rule[0]:
        return None
    _, period, monthly_from = rule
    return "month" if period == "day" and amount >= monthly_from else period
