"""A pay figure's period: written beside it, or inferred from its words, page or size.

    >>> period_for_size(22.5, "USD", None), period_for_size(2_410, "EUR", None)
    ('hour', 'month')

Period words written right after a figure (``PERIOD_AFTER``, in the languages
read here) state its period outright; ``infer_period`` reads one from the words
around it (``store.extract.text.words``) or its size for its currency, and says which.
``plausible_pay`` tells a wage from a price or a difference by its hourly size.
"""

from __future__ import annotations

import re

from store.extract.amounts.marks import ISO_CODES
from store.extract.amounts.money import rough_usd
from store.extract.meaning.wage_words import qualified_wage, wage_set_abroad
from store.extract.text.words import nearest_role
from store.models import Period, PeriodBasis
from store.pay import to_hourly

# A slash unit may run into the next word: "$22–$35/hrEntry:".
_UNIT_END = r"(?:\b|(?=(?-i:[A-Z])))"
# A footnote's number may be glued to the period: "£170 per week3".
_NOTE_END = r"(?:\b|(?=\d{1,2}\b))"
_PERIOD_WORDS: dict[Period, str] = {
    # English first, then German, French, Spanish, Dutch, Polish, Hungarian, Greek, Hindi;
    # an elided article takes the typeset apostrophe too ("all’anno", "de l’heure").
    "hour": rf"/\s*(?:hour|hr|h|Std|Stunde|heure|hora|uur){_UNIT_END}"
    rf"|(?:per|an?|each)\s+(?:hour|hr){_NOTE_END}|hourly\b|p/hr?\b|p\.\s?h\.|(?-i:ph)\b"
    r"|(?:pro|je)\s+(?:Stunde|Std)\b|de\s+l['’]heure\b|par\s+heure\b|(?:por|la)\s+hora\b"
    r"|per\s+uur\b|za\s+godzin[ęe]|óránként|ανά\s+ώρα|प्रति\s*घंटा|all['’]ora\b|l['’]ora\b"
    # Swedish, Danish, Norwegian ("per time" only after crowns), Czech, Romanian
    r"|i\s+tim(?:men|en)\b|per\s+timme\b|(?<=kroner\s)per\s+time\b|(?<=kr\.\s)per\s+time\b"
    r"|za\s+hodinu\b|pe\s+or[ăa]\b",
    "day": rf"/\s*(?:day|d|Tag|jour|d[íi]a|giorno|dag|dzień){_UNIT_END}"
    rf"|(?:per|a|each)\s+day{_NOTE_END}|daily\b|p/d\b"
    r"|(?:per|each|every)\s+24[\s-]?(?:hours?|hrs?)\b"  # a live-in shift
    r"|pro\s+Tag\b|par\s+jour\b|journalier\b|(?:por|al)\s+d[íi]a\b|diari[oa]s?\b|per\s+dag\b"
    r"|dziennie|naponta"
    r"|ανά\s+ημέρα|प्रति\s*दिन|for\s+(?:the|a)\s+day\b|al\s+giorno\b",
    "week": rf"/\s*(?:week|wk|w|Woche|semaine|semana|settimana){_UNIT_END}"
    rf"|(?:per|a|each)\s+(?:week|wk){_NOTE_END}"
    r"|weekly\b|p/w\b|(?-i:pw)\b|pro\s+Woche\b|w[öo]chentlich|par\s+semaine\b"
    r"|(?:por|a\s+la)\s+semana\b|per\s+week\b|tygodniowo|hetente|ανά\s+εβδομάδα"
    r"|प्रति\s*सप्ताह",
    "month": rf"/\s*(?:month|mo|mth|m|Monat|mois|mes|maand|mies){_UNIT_END}"
    rf"|(?:per|a|each)\s+(?:month|mo|mth){_NOTE_END}|monthly\b|p/m\b|pcm\b|p\.c\.m\."
    r"|(?:pro|im)\s+Monat\b|monatlich|par\s+mois\b|(?:al|por|cada)\s+mes\b"
    r"|mensuel(?:le)?s?\b|mensuellement|mensual(?:es)?\b|mensualmente|per\s+maand\b"
    r"|maandelijks|miesi[ęe]cznie|al\s+mese\b|mensil[ei]\b"
    r"|na\s+miesi[ąa]c|havonta|ανά\s+μήνα|मासिक|प्रति\s*माह|प्रतिमाह"
    r"|(?:por|ao)\s+m[eê]s\b|mensais\b|/\s*(?:m[eê]s|mese|mån)\b"
    r"|(?:i|om|per)\s+m[åa]n(?:aden|eden|ad|ed)\b|månatligen|månedlig\b"
    r"|za\s+měsíc|měsíčně|pe\s+lun[ăa]\b|lunar\b|μηνιαίως|(?:το|τον)\s+μήνα\b",
    "year": rf"/\s*(?:year|yr|y|annum|an|Jahr|año|jaar){_UNIT_END}"
    rf"|(?:per|a|each)\s+(?:year|yr|annum){_NOTE_END}|yearly\b|annually\b|annual\b|p\.\s?a\.?"
    r"|(?-i:pa|PA)\b|(?:pro|im)\s+Jahr\b(?!\s+(?:19|20)\d\d)|j[äa]hrlich|par\s+an\b|annuel(?:le)?s?\b"
    r"|annuellement|anualmente|all['’]anno\b|l['’]anno\b|annu[iaoe]\b"
    r"|(?:al|por)\s+año\b|(?:por|ao)\s+ano\b|anual(?:es)?\b|per\s+jaar\b|jaarlijks|rocznie|na\s+rok\b"
    r"|évente|ανά\s+έτος|प्रति\s*वर्ष|प्रतिवर्ष|सालाना|वार्षिक"
    r"|anuais\b|/\s*(?:anno|ano|år)\b"
    r"|(?:i|om|per)\s+året\b|per\s+år\b|årligt?\b|årligen|ročně|za\s+rok\b|pe\s+an\b"
    r"|ετησίως"
    # A UK posting's full-time salary scaled to the hours: "£24,404 - £25,183 pro rata".
    r"|pro[\s-]rata\b",
}
_PERIOD_ANY = "|".join(f"(?P<{name}>{words})" for name, words in _PERIOD_WORDS.items())
_GROSS = (
    r"brutto|bruttó|gross|netto|nettó|net|nets|netos?|nettes?|bruts?|brutos?|brutes?|pre-tax|"
    r"lord[io]|nett[io]|"
    r"before\s+tax"
)
# A period written right after a figure, maybe after "+", a currency code or "gross".
# Each stretch of spaces belongs to one quantifier, so a miss fails fast.
PERIOD_AFTER = re.compile(
    rf"\s*(?:\+\s*)?(?:\)\s*)?(?:\([^()\n]{{1,24}}\)\s*)?(?:(?:{ISO_CODES})\s*)?(?:(?:{_GROSS})\s*)?"
    rf"(?:{_PERIOD_ANY})",
    re.IGNORECASE,
)

# Words inside a written week: "a 38-hour work week", "a basic workweek".
_WEEK_WORDS = r"(?:full[\s-]time|\d+[\s-]hours?|work(?:ing)?|standard|basic|regular|normal)"
# Rarer ways to write a period right after a figure, tried only where they may stand
# (``period_written_after``): joined by hyphens ("$15-an-hour", "$52,000-a-year"), a
# week or day with words inside it ("for a 38-hour work week", "per full day").
_PERIOD_RARE = re.compile(
    r"-(?:an?|per)-(?:(?P<hour>hour|hr)|(?P<day>day)|(?P<week>week)|(?P<month>month)"
    r"|(?P<year>year|annum))\b"
    r"|\s*(?:for\s+)?(?:per|an?|each)\s+(?P<week_>"
    rf"(?:{_WEEK_WORDS}\s+)+week|(?:{_WEEK_WORDS}\s+)*work-?week)\b"
    r"|\s*(?:for\s+)?(?:per|an?|each)\s+(?:full|whole|working|work|calendar)\s+(?P<day_>day)\b"
    r"|\s*full[\s-](?P<day__>day)\b",  # a substitute's "$70.00 full-day/$35.00 half-day"
    re.IGNORECASE,
)
_RARE_REACH = 40


def period_written_after(scan: str, pos: int, limit: int) -> re.Match[str] | None:
    """The period written right after ``pos`` in one of the rarer ways, or None.

    >>> period_written_after("$18-an-hour job", 3, 40).lastgroup
    'hour'
    >>> period_written_after("$882.80 for a 38-hour work week", 7, 47).lastgroup
    'week_'
    >>> period_written_after("$70.00 full-day", 6, 40).lastgroup
    'day__'
    """
    reach = pos + _RARE_REACH
    if scan.startswith("-", pos) or scan.find("week", pos, reach) != -1:
        return _PERIOD_RARE.match(scan, pos, limit)
    if scan.find("day", pos, reach) != -1:  # "per full day"
        return _PERIOD_RARE.match(scan, pos, limit)
    return None


# Below this (in US dollars) a figure may be hourly, at or above it yearly.
_HOURLY_CEILING = 500
_SALARY_FLOOR = 10_000
PAY_CEILING = 1_000_000
# By its size alone, on a US-dollar-like scale (``rough_usd``): under this, hourly.
_HOURLY_BY_SIZE = 100
# Where pay is quoted by the month (most of Europe, Latin America, Africa, Asia),
# a figure between these is monthly and one above them yearly.
_MONTHLY_BY_SIZE = (300, 15_000)
_MONTHLY_CURRENCIES = frozenset(
    {"EUR", "CHF", "PLN", "HUF", "CZK", "RON", "SEK", "NOK", "DKK", "ZAR", "BRL", "MXN", "INR"}
    | {"JPY", "CNY", "PHP", "IDR", "VND", "THB", "MYR", "SGD", "HKD", "AED", "SAR", "QAR"}
    | {"EGP", "NGN", "KES", "TWD", "KRW", "ILS", "TRY", "ARS", "COP", "CLP", "UYU"}
)
# Lakh and crore figures are yearly packages ("4.5 lakh", "1.2 Cr").
_YEARLY_SCALES = frozenset({"lpa", "lakh", "lakhs", "lac", "lacs", "l", "crore", "crores", "cr"})

PERIODS = ("hour", "day", "week", "month", "year")
# Hourly equivalents (US-dollar-like) outside this band are not pay: a price, a
# difference, a typo. The floor lets part-time monthly pay (£800 a month) and
# small stipends where pay runs to large numbers (Rs 5,000 a month) through.
PLAUSIBLE_HOURLY = (0.75, 1_000.0)
# A rate stated by the hour is a wage from this up (a US tipped minimum is $2.13);
# below it, "$1.05/hour" is a shift differential or a premium, not a wage.
_HOURLY_WAGE_FLOOR = 2.0


# A period word cannot follow a figure whose next character is one of these.
_NO_PERIOD_NEXT = frozenset(",.;:!?-–—|\n\t\"'0123456789$£€₹₱")


def period_after(scan: str, pos: int, limit: int) -> tuple[Period, int] | None:
    """The period written right after ``pos`` and where it ends; the common "no period"
    case without the regex.

    >>> period_after("$22 an hour", 3, 43), period_after("$22, plus tips", 3, 43)
    (('hour', 11), None)
    >>> period_after("£24,404 pro rata", 7, 47)  # a full-time salary scaled to the hours
    ('year', 16)
    """
    following = scan[pos : pos + 3].lstrip(" ")[:1]
    written = None if following in _NO_PERIOD_NEXT else PERIOD_AFTER.match(scan, pos, limit)
    written = written or period_written_after(scan, pos, limit)
    if written is None:
        return None
    return written.lastgroup.rstrip("_"), written.end()  # type: ignore[union-attr,return-value]


def beyond_pay_ceiling(low: float | None, high: float | None, currency: str | None) -> bool:
    """Whether a figure's top reaches money no one is paid: company money written out in
    full ("$3,000,000"), whatever its period.

    >>> beyond_pay_ceiling(2_500_000, None, "USD"), beyond_pay_ceiling(90_000, 120_000, "USD")
    (True, False)
    """
    size = high if high is not None else low
    return size is not None and rough_usd(size, currency) >= PAY_CEILING


def plausible_pay(
    low: float | None,
    high: float | None,
    period: Period,
    currency: str | None,
    converted: bool = False,
) -> bool:
    """Whether ``low``-``high`` per ``period`` is a believable wage in its currency.

    A rate stated by the hour must reach a wage's floor, unless it is ``converted``
    from a wage in another currency ("R27,58 per hour (USD 1.54)"); a longer period's
    conversion ("70,000 naira ($43)" a month) need only stay under the ceiling, as low
    as that currency's wages run.

    >>> plausible_pay(800, 800, "month", "GBP"), plausible_pay(0.52, 0.70, "hour", "USD")
    (True, False)
    >>> plausible_pay(1.05, 1.05, "hour", "USD"), plausible_pay(2.13, None, "hour", "USD")
    (False, True)
    >>> plausible_pay(43, None, "month", "USD", converted=True)
    True
    """
    floor, ceiling = PLAUSIBLE_HOURLY
    if period == "hour" and not converted:
        floor = _HOURLY_WAGE_FLOOR
    elif converted and period != "hour":
        floor = 0.0
    for amount in (low, high):
        hourly = to_hourly(amount, period)
        if hourly is not None and not floor <= rough_usd(hourly, currency) <= ceiling:
            return False
    return True


def period_for_size(amount: float, currency: str | None, scale: str | None) -> Period | None:
    """The period a pay figure of this size most likely has in its currency, or None.

    >>> period_for_size(22.5, "USD", None), period_for_size(2_410, "EUR", None)
    ('hour', 'month')
    >>> period_for_size(85_000, "USD", None), period_for_size(30_100, "INR", None)
    ('year', 'month')
    >>> print(period_for_size(3_000, "USD", None))  # a week? a month? a stipend?
    None
    """
    if scale in _YEARLY_SCALES:
        return "year"
    usd = rough_usd(amount, currency)
    low, high = _MONTHLY_BY_SIZE
    # Where pay is quoted by the month, a small sum is a difference or a part, not a wage.
    if (currency or "USD") in _MONTHLY_CURRENCIES:
        return "month" if low <= usd < high else "year" if usd >= high else None
    if usd < _HOURLY_BY_SIZE:
        return "hour"
    return "year" if usd >= _SALARY_FLOOR else None


# The sizes (on a US-dollar-like scale) a period word can describe: "hourly" near
# $85,000 or "per month" near R374,000 is another figure's period.
_HINT_FITS: dict[str, tuple[float, float]] = {
    "hour": (0, _HOURLY_CEILING),
    "day": (0, 5_000),
    "week": (0, 10_000),
    "month": (0, 40_000),
    "year": (1_000, PAY_CEILING),
}


def _period_hint(
    roles: list[tuple[int, str]], usd: float, monthly: bool, *, capped: bool = True
) -> Period | None:
    """The first period word in ``roles`` (nearest first) that fits a figure of this size.

    Where pay is quoted by the month (``monthly``), a month word is ``capped`` at the
    top of that band: "34.153 euro lordi, circa 1.985 euro al mese" is a year and a
    month. A month word before the figure in its own sentence is not ("the monthly
    salary ... is R151,451").
    """
    for _, hint in roles:
        low, high = _HINT_FITS[hint]
        if hint == "month" and monthly and capped:
            high = _MONTHLY_BY_SIZE[1]
        if low <= usd < high:
            return hint  # type: ignore[return-value]
    return None


def _qualified_fit(roles: dict[str, int], usd: float) -> Period | None:
    """The period qualifying a wage in ``roles`` (``qualified_wage``), if it fits the size."""
    qualified = qualified_wage(roles)
    if qualified and _HINT_FITS[qualified][0] <= usd < _HINT_FITS[qualified][1]:
        return qualified
    return None


def _nearest_first(roles: dict[str, int], before: bool) -> list[tuple[int, str]]:
    """Period words nearest the figure first; a word naming two ("daily wage": a day, and
    "wage" alone an hour) gives the more specific first."""
    found = [(at, role) for role, at in roles.items() if role in PERIODS]
    return sorted(found, reverse=before)


def infer_period(
    label: dict[str, int],
    before: dict[str, int],
    after: dict[str, int],
    amount: float,
    currency: str | None,
    scale: str | None,
    pay_said: bool,
) -> tuple[Period | None, PeriodBasis | None]:
    """The period a figure that states none most likely has, and where it came from.

    In order: its label or column header ("Annual:", "Average Weekly Earnings");
    then, only when its words say it is pay (``pay_said``), the words of its
    sentence before and after it, and its size for its currency
    (``period_for_size``). Hints
    that do not fit the size are passed over: "hourly" near $85,000 is not its
    period. ``(None, None)`` when it stays ambiguous.
    """
    if scale == "lpa":
        return "year", None  # "lakhs per annum" states it
    usd = rough_usd(amount, currency)
    monthly = (currency or "USD") in _MONTHLY_CURRENCIES
    label_hint = _period_hint(_nearest_first(label, before=True), usd, monthly)
    if label_hint == "hour":  # "Your daily wage is", "Minimum Wage | Php 537"
        label_hint = _qualified_fit(label, usd) or wage_set_abroad(amount, currency) or label_hint
    if label_hint:
        return label_hint, "label"  # "Annual: $41,600 - $52,000"
    if not pay_said:
        # No word says it is pay: only a salary-sized K figure is read ("$90k–$120k").
        if usd >= _SALARY_FLOOR and scale in ("k", "thousand"):
            return "year", "size"
        return None, None
    sentence_hint = _period_hint(
        _nearest_first(before, before=True), usd, monthly, capped=False
    ) or _period_hint(_nearest_first(after, before=False), usd, monthly)
    if sentence_hint == "hour":
        # "the daily wage", "the monthly minimum wage rate": the phrase names its period,
        # its "wage" an hour
        # "the minimum wage rates in the region at P695": set by the day there
        sentence_hint = (
            _qualified_fit(before, usd) or wage_set_abroad(amount, currency) or sentence_hint
        )
    if sentence_hint:
        return sentence_hint, "sentence"
    salary_word = "salary" in before or "salary" in after or "salary" in label
    if usd >= _SALARY_FLOOR and (scale in ("k", "thousand") or (salary_word and not monthly)):
        return "year", "size"
    # Salary sites quote additional cash and total compensation by the year.
    if usd >= 1_000 and nearest_role(before, "additional_cash", "total"):
        return "year", "size"
    size_period = period_for_size(amount, currency, scale)
    if size_period:
        return size_period, "size"
    return None, None
