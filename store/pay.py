"""One stated basis for turning any pay period into hourly, annual and whole-term pay.

    >>> to_hourly(46_507, "year")
    22.36
    >>> to_annual(27, "hour")
    56160.0
    >>> term_pay(27, weeks=12)
    12960.0

Everywhere in the product a year is 2,080 paid hours (52 weeks of 40 hours).
"""

from __future__ import annotations

from store.models import Period

HOURS_PER_WEEK = 40
WEEKS_PER_YEAR = 52
HOURS_PER_YEAR = HOURS_PER_WEEK * WEEKS_PER_YEAR  # 2,080
HOURS_PER_DAY = 8
DEFAULT_TERM_WEEKS = 12

HOURS_IN: dict[str, float] = {
    "hour": 1,
    "day": HOURS_PER_DAY,
    "week": HOURS_PER_WEEK,
    "month": HOURS_PER_YEAR / 12,
    "year": HOURS_PER_YEAR,
}

BASIS_NOTE = (
    f"Hourly and annual equivalents assume {HOURS_PER_YEAR:,} paid hours a year "
    f"({WEEKS_PER_YEAR} weeks of {HOURS_PER_WEEK} hours)."
)


def period_of_same_pay(
    amount: float, other: float, other_period: Period, *, tolerance: float, periods=HOURS_IN
) -> Period | None:
    """The first of ``periods`` in which ``amount`` is the same pay as ``other`` per
    ``other_period`` on this basis (within ``tolerance``, a fraction), or None.

    >>> period_of_same_pay(123_510, 59.38, "hour", tolerance=0.03)
    'year'
    >>> print(period_of_same_pay(90_000, 59.38, "hour", tolerance=0.03))
    None
    """
    hourly = other / HOURS_IN[other_period]
    for period in periods:
        if abs(amount / HOURS_IN[period] / hourly - 1) <= tolerance:
            return period  # type: ignore[return-value]
    return None


def to_hourly(amount: float | None, period: Period | None) -> float | None:
    """The hourly equivalent of ``amount`` paid per ``period``, rounded to cents."""
    if amount is None or period is None:
        return None
    return round(amount / HOURS_IN[period], 2)


def to_annual(amount: float | None, period: Period | None) -> float | None:
    """The annual equivalent of ``amount`` paid per ``period``, rounded to whole units."""
    if amount is None or period is None:
        return None
    return float(round(amount * HOURS_PER_YEAR / HOURS_IN[period]))


def equivalents(
    low: float | None, high: float | None, period: Period | None
) -> dict[str, float | None]:
    """The hourly and annual columns for a figure paid ``low``-``high`` per ``period``.

    >>> equivalents(22, 25, "hour")["annual_max"]
    52000.0
    """
    return {
        "hourly_min": to_hourly(low, period),
        "hourly_max": to_hourly(high, period),
        "annual_min": to_annual(low, period),
        "annual_max": to_annual(high, period),
    }


def term_pay(hourly: float | None, weeks: float = DEFAULT_TERM_WEEKS) -> float | None:
    """Whole-internship pay for a full-time term of ``weeks`` weeks at ``hourly``."""
    if hourly is None:
        return None
    return float(round(hourly * HOURS_PER_WEEK * weeks))
