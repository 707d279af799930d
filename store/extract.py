"""Find every pay figure in free text: job pages, salary-site blurbs, market reports.

    >>> [(f.min_amount, f.max_amount, f.period, f.currency, f.kind)
    ...  for f in extract_pay("The range is $124,052 to $184,190 per year.")]
    [(124052.0, 184190.0, 'year', 'USD', 'range')]
    >>> [(f.min_amount, f.period, f.kind) for f in extract_pay(
    ...     "The avg salary is $22.36 an hour or $46507 per year.")]
    [(22.36, 'hour', 'average'), (46507.0, 'year', 'average')]
    >>> f = extract_pay("Base Salary Range Region 2: $117,100 - $131,800.")[0]
    >>> f.region, f.covers, f.period, f.text
    ('Region 2', 'base', 'year', '$117,100 - $131,800')
    >>> extract_pay("Founded 2013; 501 - 1,000 employees; 3.5 GPA; $5,000 signing bonus.")
    []

How it works, in three steps, each with precompiled regexes:

1. ``_AMOUNT`` finds every number that could be money, with its currency mark
   ($, £, €, ₹, US$, CA$, ISO codes, "Rs.") and scale suffix (K, lakh, LPA, crore;
   M/B/million mark company-sized money and are dropped).
2. Neighbouring amounts joined by a dash, "to", "Max:" or "between ... and" become
   ranges; "up to", "from", "starting at" and a trailing "+" make one-sided figures.
3. Each figure is judged by the words around it, within its own sentence: the
   period written after it (or inferred from "salary", "hourly rate", a K suffix),
   its kind (average, median), what it covers (base, additional cash, total), a
   region label from a pay table, and whether it is pay at all (bonus, revenue,
   relocation, equity and similar words rule it out).

Bare numbers with no currency mark count only when a pay word and a stated period
make them unambiguous ("pay rate 25-30/hr"), so years, dates, phone numbers, ZIP
codes, counts and percentages never become figures.

Text dumped from JSON or HTML often still carries escapes ("\\u2014", "\\n",
"&ndash;") and tags ("<b>", "<td>"); these are read as the characters they stand
for (a tag as a space, a line break or a table cell), through a copy of the text
of the same length, so every span is an exact offset into the input.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from store.models import Covers, FigureKind, PayFigure, Period

# --- currency ---------------------------------------------------------------

_SYMBOL_CURRENCY = {
    "$": "USD",
    "US$": "USD",
    "CA$": "CAD",
    "C$": "CAD",
    "AU$": "AUD",
    "A$": "AUD",
    "NZ$": "NZD",
    "HK$": "HKD",
    "S$": "SGD",
    "SG$": "SGD",
    "MX$": "MXN",
    "R$": "BRL",
    "£": "GBP",
    "€": "EUR",
    "₹": "INR",
    "¥": "JPY",
    "ZŁ": "PLN",
    "RS": "INR",
    "RS.": "INR",
    "DOLLAR": "USD",
    "DOLLARS": "USD",
    "EURO": "EUR",
    "EUROS": "EUR",
    "POUND": "GBP",
    "POUNDS": "GBP",
    "RUPEE": "INR",
    "RUPEES": "INR",
}
_ISO_CODES = (
    "USD|CAD|AUD|NZD|SGD|HKD|GBP|EUR|INR|CHF|JPY|CNY|SEK|NOK|DKK|PLN|ZAR|MXN|BRL|AED|ILS|PHP|"
    "SAR|QAR|KRW|TWD|THB|MYR|IDR|VND|NGN|KES|EGP|CZK|HUF|RON"
)
_ISO_SET = frozenset(_ISO_CODES.split("|"))
# Currencies whose salaries run to six or seven digits a month; thresholds that
# tell a yearly salary from a monthly one scale by these factors.
_LARGE_UNIT = {
    **{"INR": 30.0, "JPY": 100.0, "PHP": 30.0, "ZAR": 10.0, "SEK": 5.0, "NOK": 5.0},
    **{"KRW": 1000.0, "IDR": 10000.0, "VND": 20000.0, "HUF": 300.0, "NGN": 1000.0},
    **{"KES": 100.0, "EGP": 30.0, "TWD": 30.0, "THB": 30.0, "CZK": 20.0, "MYR": 4.0},
}


def currency_code(mark: str) -> str | None:
    """The ISO 4217 code a currency mark stands for.

    >>> currency_code("CA$"), currency_code("£"), currency_code("Rs."), currency_code("eur")
    ('CAD', 'GBP', 'INR', 'EUR')
    """
    mark = mark.strip().upper()
    return mark if mark in _ISO_SET else _SYMBOL_CURRENCY.get(mark)


# --- amounts ----------------------------------------------------------------

# Nouns that make a number a count, not money: "10,000+ employees", "40 hours", "58%".
_COUNT_NOUN = (
    r"\s*(?:\+\s*)?(?:%|(?i:percent)\b|:\d|/\d|a\.m\.|p\.m\.|"
    r"(?i:employees|people|staff|members|users|customers|clients|students|jobs|results|"
    r"openings|positions|locations|offices|countries|cities|shares|RSUs?|units|options|"
    r"hours|hrs|years?|yrs|months|weeks|days|am|pm|st|nd|rd|th|GPA|CGPA)\b)"
)
# Every branch starts with a plain digit so the scan can skip letters quickly;
# a currency mark before the number is found by looking back (``_PREFIX``).
# The atomic tail keeps a count ("10k users") from matching without its suffix.
_AMOUNT = re.compile(
    rf"""
    (?P<num>\d(?<![\d.,]\d)(?:
        \d?(?:,\d{{2}})+,\d{{3}}(?:\.\d{{1,2}})?            # Indian grouping: 12,00,000
      | \d{{0,2}}(?:,\d{{3}})+(?:\.\d{{1,2}})?                # 124,052 / 48,230.00
      | \d{{0,2}}(?:\.\d{{3}})+(?:,\d{{1,2}})?                # European: 45.000 / 1.234,56
      | \d{{0,2}}(?:[\ \u00a0\u202f\u2009'’]\d{{3}})+(?:[.,]\d{{1,2}})?  # 45 000,00 / 120'000
      | \d{{0,8}}(?:[.,]\d{{1,2}})?                         # 46507 / 22.36 / 22,50
    ))
    (?!\d|[.,]\d)
    (?>
    (?P<suf>
        [kK](?![A-Za-z])
      | [kK](?=[A-Z][a-z])                                # "$45KMax: $103K"
      | L(?![A-Za-z])
      | (?:MM|[MmB])(?![A-Za-z])
      | \s?(?i:lakhs?|lacs?|lpa|crores?|cr|thousand|million|billion|trillion|mn|bn)(?![A-Za-z])
    )?
    (?:\s?(?P<post>
        (?:{_ISO_CODES}|[€£₹]|zł|(?i:dollars?|euros?|pounds?|rupees?))(?![A-Za-z])
    ))?
    )
    (?!{_COUNT_NOUN})
    """,
    re.VERBOSE,
)
_PREFIX = re.compile(
    rf"""
    (?:
        (?<![A-Za-z])(?:US|CA|AU|NZ|HK|MX|SG|S|C|A|R)\$
      | [$£€₹¥]
      | (?<![A-Za-z])(?:{_ISO_CODES})
      | (?<![A-Za-z])Rs\.?
    )\s?$
    """,
    re.VERBOSE,
)

# The last characters a currency mark can end with ("$", "USD", "Rs."), so the
# look back for one runs only where one may be.
_PREFIX_ENDINGS = frozenset("$£€₹¥s.") | {code[-1] for code in _ISO_SET}

_SCALE = {"k": 1e3, "thousand": 1e3, "l": 1e5, "lakh": 1e5, "lakhs": 1e5, "lac": 1e5}
_SCALE |= {"lacs": 1e5, "lpa": 1e5, "crore": 1e7, "crores": 1e7, "cr": 1e7}
_INDIAN_SCALES = {"l", "lakh", "lakhs", "lac", "lacs", "lpa", "crore", "crores", "cr"}


_NO_SPACES = str.maketrans("", "", " \u00a0\u202f\u2009'’")


def parse_number(raw: str) -> float:
    """The value of a number written with any common grouping and decimal mark.

    >>> parse_number("48,230.00"), parse_number("12,00,000"), parse_number("1.234,56")
    (48230.0, 1200000.0, 1234.56)
    >>> parse_number("45.000"), parse_number("22.36"), parse_number("45 000")
    (45000.0, 22.36, 45000.0)
    >>> parse_number("120'000")
    120000.0
    """
    if raw.isdigit():
        return float(raw)
    raw = raw.translate(_NO_SPACES)
    last = max(raw.rfind(","), raw.rfind("."))
    # A final separator followed by exactly three digits groups thousands;
    # one or two digits after it are decimals.
    if last == -1 or len(raw) - last - 1 == 3:
        return float(raw.replace(",", "").replace(".", ""))
    whole = raw[:last].replace(",", "").replace(".", "")
    return float(f"{whole}.{raw[last + 1 :]}")


class _Amount(NamedTuple):
    start: int
    end: int
    value: float
    currency: str | None
    scale: str | None  # "k", "lakh", "lpa", ... as written, lower case
    marked: bool  # a currency mark is written on this amount
    dollar_sign_only: bool  # the mark is a bare "$", which another bound's code overrides


def _amounts(scan: str) -> list[_Amount]:
    """Every number in ``scan`` that could be an amount of money, in order."""
    found: list[_Amount] = []
    for match in _AMOUNT.finditer(scan):
        start, end = match.span()
        number, suffix, post = match.group("num", "suf", "post")
        scale = suffix.strip().lower() if suffix else None
        if scale in ("m", "mm", "b", "million", "billion", "trillion", "mn", "bn"):
            continue  # company-sized money: revenue, funding, valuations
        before = scan[start - 1 : start]
        mark_end = scan[start - 2 : start - 1] if before.isspace() else before
        prefix = None
        if mark_end in _PREFIX_ENDINGS:  # "$", "USD", "Rs." right before, or one space before
            prefix = _PREFIX.search(scan, max(0, start - 5), start)
        pre = prefix.group().strip() if prefix else None
        if prefix:
            start = prefix.start()
        else:
            if before and (before.isalpha() or before in "#:/_"):
                continue  # "H1B", "Q3", "#2", "9:00", "12/20"
            if scale == "k" and number in ("401", "403"):
                continue  # 401(k) and 403(b) are retirement plans
        value = parse_number(number)
        if value <= 0:
            continue
        # "$80,000 CAD": a written code says more than a bare dollar sign.
        mark = post if post and pre in (None, "$") else pre
        currency = currency_code(mark) if mark else None
        if currency is None and scale in _INDIAN_SCALES:
            currency = "INR"
        found.append(_Amount(start, end, value, currency, scale, bool(mark), mark == "$"))
    return found


def _scaled(amount: _Amount, scale: str | None) -> float:
    """The amount's value multiplied by ``scale`` ("k", "lakh"...), rounded to cents."""
    return round(amount.value * _SCALE.get(scale or "", 1.0), 2)


# --- ranges and one-sided figures -------------------------------------------

_PERIOD_WORDS: dict[Period, str] = {
    # English first, then German, French, Spanish, Dutch and Polish wordings.
    "hour": r"/\s*(?:hour|hr|h|Std|Stunde|heure|hora|uur)\b|(?:per|an?|each)\s+(?:hour|hr)\b"
    r"|hourly\b|p/h\b|(?-i:ph)\b|pro\s+(?:Stunde|Std)\b|de\s+l'heure\b|par\s+heure\b"
    r"|por\s+hora\b|per\s+uur\b",
    "day": r"/\s*(?:day|d|Tag|jour)\b|(?:per|a|each)\s+day\b|daily\b|p/d\b|pro\s+Tag\b"
    r"|par\s+jour\b|por\s+d[íi]a\b|per\s+dag\b",
    "week": r"/\s*(?:week|wk|w|Woche|semaine)\b|(?:per|a|each)\s+(?:week|wk)\b|weekly\b"
    r"|p/w\b|(?-i:pw)\b|pro\s+Woche\b|par\s+semaine\b",
    "month": r"/\s*(?:month|mo|mth|m|Monat|mois|mes|maand|mies)\b"
    r"|(?:per|a|each)\s+(?:month|mo|mth)\b|monthly\b|p/m\b|pcm\b|p\.c\.m\.|pro\s+Monat\b|monatlich\b|par\s+mois\b"
    r"|(?:al|por)\s+mes\b|mensuel(?:le)?\b|mensual\b|per\s+maand\b",
    "year": r"/\s*(?:year|yr|y|annum|an|Jahr|año|jaar)\b|(?:per|a|each)\s+(?:year|yr|annum)\b"
    r"|yearly\b|annually\b|annual\b|p\.\s?a\.?|(?-i:pa)\b|pro\s+Jahr\b|j[äa]hrlich\b"
    r"|par\s+an\b|annuel(?:le)?\b|(?:al|por)\s+año\b|anual\b|per\s+jaar\b",
}
_PERIOD_ANY = "|".join(f"(?P<{name}>{words})" for name, words in _PERIOD_WORDS.items())
_GROSS = r"brutto|gross|netto|net|brut|bruto|pre-tax|before\s+tax"
# A period written right after a figure, maybe after "+", a currency code or "gross".
# Each stretch of spaces belongs to one quantifier, so a miss fails fast.
_PERIOD_AFTER = re.compile(
    rf"\s*(?:\+\s*)?(?:(?:{_ISO_CODES})\s*)?(?:(?:{_GROSS})\s*)?(?:{_PERIOD_ANY})",
    re.IGNORECASE,
)

# What may stand between the two bounds of a range; "and" only after "between".
_RANGE_GAP = re.compile(
    r"\s*(?:(?:/\s*|per\s+|an?\s+)(?:hour|hr|h|day|week|wk|month|mo|year|yr)\b\s*)?"
    r"(?:\([^()\n]{1,30}\)\s*)?"  # "$80,000 (entry level) to $120,000"
    r"(?:[-–—−~]+|to|through|thru|till|until|up\s+to|(?P<and>and|&)|Max(?:imum)?\.?\s*:?)"
    r"\s*",
    re.IGNORECASE,
)
_BETWEEN = re.compile(r"\bbetween\s*$", re.IGNORECASE)
# Words right before a lone figure that leave one bound open.
_OPEN_BOUND = re.compile(
    r"\b(?:(?P<up_to>up\s+to|as\s+much\s+as|maximum(?:\s+of)?|max|no\s+more\s+than|"
    r"not\s+to\s+exceed|capped\s+at|less\s+than|under|below)"
    r"|(?P<from>from|starting\s+(?:at|from)|starts?\s+at|beginning\s+at|minimum(?:\s+of)?|min|"
    r"at\s+least|no\s+less\s+than|upwards\s+of|in\s+excess\s+of|over|more\s+than|above))"
    r"\.?[\s:]*$",
    re.IGNORECASE,
)
_LEAD_REACH = 24
_MAX_GAP = 50
# Bounds apart by more than this, one of them bare, are two numbers, not a range.
_MAX_BARE_RATIO = 20


def _range_bounds(scan: str, low: _Amount, high: _Amount) -> tuple[float, float] | None:
    """The two values of ``low``-``high`` when the text between them makes a range."""
    if high.start - low.end > _MAX_GAP:
        return None
    gap = _RANGE_GAP.fullmatch(scan, low.end, high.start)
    if gap is None:
        return None
    if gap.group("and") and not _BETWEEN.search(scan, max(0, low.start - 12), low.start):
        return None
    # A scale written on the upper bound only applies to both: "$45-55K", "12-15 LPA".
    low_scale = low.scale or (high.scale if low.value <= high.value else None)
    minimum, maximum = _scaled(low, low_scale), _scaled(high, high.scale)
    if minimum > maximum:
        return None
    if not (low.marked and high.marked) and maximum > minimum * _MAX_BARE_RATIO:
        return None
    return minimum, maximum


# --- context: the words around a figure -------------------------------------

# Where a sentence or clause ends: figures are judged by the words of their own.
_CLAUSE_BREAKS = ("\n", ";", "|", "•", "·", "\t", ". ", "! ", "? ", ".\u00a0")
_CLAUSE_REACH = 160
_AFTER_TEXT = re.compile(r"[^.!?;,|\n)+$£€₹\d]{0,50}")
_WORD = re.compile(r"\w+")


def _phrase_roles(**roles: str) -> dict[str, frozenset[str]]:
    """Each phrase (lower case, "|"-separated per role) mapped to the roles it plays."""
    table: dict[str, set[str]] = {}
    for role, phrases in roles.items():
        for phrase in phrases.split("|"):
            table.setdefault(phrase, set()).add(role)
    return {phrase: frozenset(found) for phrase, found in table.items()}


_PERKS = (
    "housing wellness fitness learning education educational training phone internet "
    "relocation moving travel"
)
_PERK_PHRASES = "|".join(
    f"{perk} {noun}"
    for perk in (*_PERKS.split(), "home office", "remote work", "meal", "commuter", "gym")
    for noun in (
        "stipend",
        "allowance",
        "budget",
        "reimbursement",
        "assistance",
        "credit",
        "package",
    )
)
_NOT_PAY = (
    "bonus|bonuses|sign on|signon|signing|relocation|relo|tuition|reimbursement|"
    "reimbursements|reimbursed|revenue|revenues|arr|mrr|gmv|aum|funding|raised|raising|"
    "valuation|valued at|rsu|rsus|stock options|options|shares|equity grant|equity award|"
    "equity package|equity worth|stock grant|stock award|401 k|401k|allowance|allowances|"
    "per diem|referral|commission|commissions|prize|prizes|scholarship|scholarships|"
    "donation|donations|donated|price|prices|priced|pricing|cost|costs|fee|fees|savings|"
    "discount|discounts|worth of|market cap|sales of|in sales|assets under|investment of|"
    "investment round|invested|investor|investors|profit|profits|loan|loans|debt|"
    "budget of|spend|spending|spent|billed|sold|purchase|purchases|grant of|award of|"
    "penalty|penalties|save|saves|saved|deal size|deal value|contract value|order value|"
    "rent|rents|rental|mortgage|lease|apartment|home price|home prices|home value|"
    "cost of living|living costs|groceries|housing|accommodation|lodging|" + _PERK_PHRASES
)
# What the words near a figure say about it; one phrase may say several things
# ("hourly" is a pay word and an hourly hint). The nearest phrase before a figure wins.
_ROLES = _phrase_roles(
    pay="salary|salaries|pay|pays|paid|payrate|wage|wages|compensation|comp|remuneration|"
    "earn|earns|earned|earning|earnings|make|makes|income|stipend|ctc|ote|tc|hourly|base|rate|"
    "package|"
    "gehalt|jahresgehalt|lohn|stundenlohn|vergütung|salaire|rémunération|salario|sueldo|"
    "salaris|loon",
    salary="salary|salaries|compensation|comp|earn|earns|earned|earning|earnings|income|pay|paid|"
    "remuneration|ctc|ote|tc|base|gehalt|jahresgehalt|vergütung|salaire|rémunération|"
    "salario|sueldo|salaris",
    not_pay=_NOT_PAY,
    # After a figure, a noun it is the amount of: "$5,000 signing bonus", "$2M in sales".
    not_pay_after=_NOT_PAY + "|sales|round|equity|stock|grant|grants|award|awards|budget|"
    "assets|investment|investments|deal|deals|credit|credits|gift|voucher|vouchers|housing|"
    "wellness|fitness|home office|commute|commuting|commuter|transit|gym|phone|internet|"
    "meal|meals|lunch|childcare|order|orders|per customer|per user|per seat|per license|"
    "per unit|per order|per share|differential",
    # A label right before a figure: "Stock $80K" in a compensation breakdown.
    not_pay_label="stock|equity|rsu|rsus|shares|options|grant|grants|bonus|bonuses",
    average="average|avg|mean",
    contrast="but|while|whereas|although|though|however|compared|versus|vs|unlike",
    median="median",
    # BLS tables: "the lowest 10 percent earned less than $77,020".
    percentile="percentile|percentiles|10 percent|25 percent|75 percent|90 percent",
    base="base",
    additional_cash="additional cash|additional pay|additional compensation",
    total="total compensation|total comp|total pay|total cash|total earnings|"
    "total remuneration|total package|total rewards|tc|ote|on target earnings",
    hour="hourly|per hour|an hour|hourly rate|pay rate|wage|wages|stundenlohn",
    day="daily|per day|day rate",
    week="weekly|per week",
    month="monthly|per month|a month",
    year="annual|annually|annualized|yearly|per year|a year|per annum|annum",
)
_LONGEST_PHRASE = max(phrase.count(" ") + 1 for phrase in _ROLES)
_PHRASE_ENDINGS = frozenset(phrase.rsplit(" ", 1)[1] for phrase in _ROLES if " " in phrase)
# Words that end the stretch a figure describes: "$100K plus bonus".
_CONNECTORS = frozenset(
    {"plus", "and", "with", "or", "including", "excluding", "but", "while", "which", "that"}
    | {"depending", "based", "when", "if", "for", "at", "to"}
)
# The noun a figure is the amount of comes within its first few words:
# "$1,500 monthly housing stipend", not "... for Machine Learning Engineer".
_AFTER_WORDS = 4


def _roles(text: str, after_figure: bool = False) -> dict[str, int]:
    """The roles the phrases of ``text`` play, each with the index of the word ending its last.

    >>> sorted(_roles("The average additional cash compensation is"))
    ['additional_cash', 'average', 'pay', 'salary']
    """
    words = _WORD.findall(text.lower())
    if after_figure:  # only the words the figure describes: up to a connector, a few at most
        words = words[:_AFTER_WORDS]
    found: dict[str, int] = {}
    for i, word in enumerate(words):
        if after_figure and word in _CONNECTORS:
            break
        for role in _ROLES.get(word, ()):
            found[role] = i
        if word in _PHRASE_ENDINGS:
            for size in range(2, min(i + 1, _LONGEST_PHRASE) + 1):
                for role in _ROLES.get(" ".join(words[i + 1 - size : i + 1]), ()):
                    found[role] = i
    return found


def _nearest(roles: dict[str, int], *names: str) -> str | None:
    """Of the roles ``names``, the one whose phrase stands nearest the figure."""
    present = [name for name in names if name in roles]
    return max(present, key=roles.__getitem__) if present else None


def _clause_before(scan: str, pos: int, reach: int = _CLAUSE_REACH) -> str:
    """The text of the figure's own sentence or clause, up to ``pos``."""
    floor = max(0, pos - reach)
    start = floor
    for mark in _CLAUSE_BREAKS:  # str.rfind per mark beats one regex scan here
        found = scan.rfind(mark, floor, pos)
        if found != -1:
            start = max(start, found + len(mark))
    return scan[start:pos]


def _is_pay(before: dict[str, int], after: dict[str, int]) -> bool:
    """False when the words around a figure name other money: bonus, revenue, equity..."""
    # On a tie ("home office stipend") the more specific not-pay phrase wins.
    return "not_pay_after" not in after and _nearest(before, "not_pay", "pay") != "not_pay"


def _kind(before: dict[str, int], after: dict[str, int], is_range: bool) -> FigureKind:
    if is_range:
        return "range"
    kinds = ("average", "median", "percentile")
    # "The average is $100K, but top earners make $200K": a contrast ends the average.
    kind = _nearest(before, "contrast", *kinds)
    if kind is None or kind == "contrast":
        kind = _nearest(after, *kinds)
    return kind or "point"  # type: ignore[return-value]


def _covers(before: dict[str, int]) -> Covers | None:
    return _nearest(before, "base", "additional_cash", "total")  # type: ignore[return-value]


# Below this (in US dollars) a figure may be hourly, at or above it yearly.
_HOURLY_CEILING = 500
_SALARY_FLOOR = 10_000
_PAY_CEILING = 1_000_000


def _rough_usd(amount: float, currency: str | None) -> float:
    """``amount`` on a US-dollar-like scale, to compare with the thresholds above."""
    return amount / _LARGE_UNIT.get(currency or "", 1.0)


_PERIODS = ("hour", "day", "week", "month", "year")


def _infer_period(
    before: dict[str, int],
    after: dict[str, int],
    amount: float,
    currency: str | None,
    scale: str | None,
) -> Period | None:
    """The period a figure that states none most likely has, from the words near it.

    "hourly rate"/"pay rate" near a small figure means hour; "annual"/"salary"
    near a large one, a K suffix on a salary-sized one, or "additional cash" /
    "total compensation", means year.
    """
    if scale == "lpa":
        return "year"
    usd = _rough_usd(amount, currency)
    hints = sorted((role for role in _PERIODS if role in before), key=before.__getitem__)
    hints.reverse()  # nearest first
    hints += [role for role in _PERIODS if role in after]
    for hint in hints:
        if hint == "hour" and usd < _HOURLY_CEILING:
            return "hour"
        if hint == "year" and usd >= 1_000:
            return "year"
        if hint in ("day", "week", "month"):
            return hint  # type: ignore[return-value]
    salary_word = "salary" in before or "salary" in after
    if usd >= _SALARY_FLOOR and (salary_word or scale in ("k", "thousand")):
        return "year"
    # Salary sites quote additional cash and total compensation by the year.
    if usd >= 1_000 and _nearest(before, "additional_cash", "total"):
        return "year"
    return None


_LINE_REACH = 300  # longest line a pay-table row or label is looked for in
_HEADER_REACH = 6_000  # a table header sits at most a screenful above its rows


def _line_start(scan: str, pos: int, floor: int) -> int | None:
    """Where the line holding ``pos`` starts, or None if that is before ``floor``."""
    newline = scan.rfind("\n", floor, pos)
    if newline != -1:
        return newline + 1
    return 0 if floor == 0 else None


def _previous_line(scan: str, pos: int) -> str | None:
    """The nearest non-blank line above the figure, when the figure starts its line.

    Pay tables and cards put the label or heading on the line above:
    "CA, NY, CT, NJ\\n\\n$50—$50 USD", "Salary Range\\n$100,000 - $120,000".
    """
    floor = max(0, pos - _LINE_REACH)
    start = _line_start(scan, pos, floor)
    if start is None or scan[start:pos].strip(" \t*-•·>"):
        return None
    while start > floor:
        end = start - 1
        start = _line_start(scan, end, floor)
        if start is None:
            return None
        line = scan[start:end].strip()
        if line:
            return line
    return None


_DIGIT_OR_MONEY = re.compile(r"[\d$£€₹]")
_TABLE_RULE = re.compile(r"[\s|:\-+=]*")


def _table_header(scan: str, pos: int) -> str:
    """The header cell above a figure in a pipe table ("Average Salary"), or ""."""
    start = _line_start(scan, pos, max(0, pos - _LINE_REACH))
    if start is None:
        return ""
    line_end = scan.find("\n", pos, pos + _LINE_REACH)
    pipes = scan.count("|", start, pos + _LINE_REACH if line_end == -1 else line_end)
    if not pipes:
        return ""
    column = scan.count("|", start, pos)
    floor = max(0, pos - _HEADER_REACH)
    while start > floor:
        end = start - 1
        start = _line_start(scan, end, floor)
        if start is None:
            return ""
        row = scan[start:end]
        if (
            row.count("|") == pipes
            and not _DIGIT_OR_MONEY.search(row)
            and not _TABLE_RULE.fullmatch(row)
        ):
            return row.split("|")[column]
    return ""


# --- region labels in pay tables ------------------------------------------------

_STATE_CODES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|"
    "NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|PR|"
    "AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT"
)
_STATE_NAMES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|"
    "Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|"
    "Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|"
    "New\\s+Hampshire|New\\s+Jersey|New\\s+Mexico|New\\s+York(?:\\s+City)?|North\\s+Carolina|"
    "North\\s+Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode\\s+Island|South\\s+Carolina|"
    "South\\s+Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington(?:,?\\s+D\\.?C\\.?)?|"
    "West\\s+Virginia|Wisconsin|Wyoming|Puerto\\s+Rico|District\\s+of\\s+Columbia"
)
_PLACE = rf"(?:\b(?:{_STATE_CODES})\b|\b(?:{_STATE_NAMES})\b|NYC\b)"
_PLACE_LIST = rf"{_PLACE}(?:\s*(?:,|/|&|\band\b|\bor\b)\s*(?:and\s+)?{_PLACE})*"
_ZONE = (
    r"(?:(?:Geo(?:graphic)?|Pay|Location|Market|Cost|Labor)\s+)?"
    r"(?:Region|Zone|Tier|Area|Market|Geo)\s*(?:[A-Z]|\d{1,2}|[IVX]{1,4})\b"
    r"(?:\s*\([^()\n]{0,100}\))?"
)
_OTHER_PLACES = (
    r"(?i:(?:all\s+other|all\s+remaining|other|remaining)\s+(?:US\s+|U\.S\.\s+)?"
    r"(?:states|locations|regions|areas|markets|cities|geographies|zones)"
    r"|rest\s+of(?:\s+the)?\s+(?:US|U\.S\.|United\s+States|country)|everywhere\s+else)"
)
_METRO = (
    r"(?:[A-Z][A-Za-z.]+\s+){0,3}(?:Bay\s+Area|Metro(?:politan)?(?:\s+Area)?|Tri-?State\s+Area)"
)
_LABEL = rf"(?:{_ZONE}|{_OTHER_PLACES}|{_METRO}|{_PLACE_LIST})"
# A label on its own line above the figure: "CA, NY, CT, NJ", "All other states".
_LABEL_LINE = re.compile(rf"[•*\-–]?\s*\(?(?P<label>{_LABEL})\)?\s*[:\-–—]?")
# Cities that pay tables name inline ("San Francisco: $150K - $180K"). Only inline:
# on a line of its own above a figure a city is more often a job card's location.
_PAY_ZONE_CITIES = (
    r"San\s+Francisco|New\s+York|Seattle|Los\s+Angeles|Boston|Austin|Chicago|Denver|"
    r"San\s+Jose|San\s+Diego|Atlanta|Portland|Philadelphia|Miami|Dallas|Houston|"
    r"Pittsburgh|Raleigh|Washington,?\s+D\.?C\.?|Toronto|Vancouver|Montreal|London|Dublin|"
    r"Berlin|Munich|Paris|Amsterdam|Zurich|Bangalore|Bengaluru|Hyderabad|Pune|Singapore|"
    r"Sydney|Melbourne|Tokyo|Remote(?:\s*\((?:US|USA|U\.S\.|Canada|UK|EU)\)|\s+(?:US|USA))?"
)
_CITY = rf"\b(?:{_PAY_ZONE_CITIES})(?!\w)"
_CITY_LIST = rf"{_CITY}(?:\s*(?:,|/|&|\band\b|\bor\b)\s*{_CITY})*"
# A label just before the figure on its line: "Region 1:$137,800", "| California | $90K".
# A zone may follow other words; a list of places must open its line or cell, so
# that a posting's location ("Boston, MA - $50/hr") is not read as a pay zone.
_LABEL_INLINE = re.compile(
    rf"(?:(?<![^\s(|,;])\(?(?P<zone>{_ZONE}|{_OTHER_PLACES}|{_METRO})"
    rf"|(?<![^\n(|;•])\s*\(?(?P<place>{_PLACE_LIST}|{_CITY_LIST}))"
    rf"\)?(?:\s*(?:[:|=]|[-–—](?=\s)))+\s*$"
)
_INLINE_REACH = 120
_LABEL_SEPARATORS = frozenset(":|=-–—")


def _region(scan: str, start: int, previous_line: str | None) -> str | None:
    """The region label a pay table attaches to the figure starting at ``start``."""
    floor = max(0, start - _INLINE_REACH)
    line_start = _line_start(scan, start, floor) or floor
    # Only a label followed by ":", "|", "=" or a dash is attached to the figure.
    if scan[line_start:start].rstrip()[-1:] in _LABEL_SEPARATORS:
        inline = _LABEL_INLINE.search(scan, line_start, start)
        if inline:
            return inline.group("zone") or inline.group("place")
    if previous_line and len(previous_line) <= _INLINE_REACH:
        line = _LABEL_LINE.fullmatch(previous_line)
        if line:
            return line.group("label")
    return None


# --- text as read: escapes resolved in place ---------------------------------------

_ESCAPE = re.compile(
    r"\\u[0-9a-fA-F]{4}|\\[nrt\"/\\]"
    r"|&(?:#\d{1,6}|#x[0-9a-fA-F]{1,6}|nbsp|ndash|mdash|minus|amp|dollar|pound|euro|quot);"
    r"|</?(?P<tag>[a-zA-Z][a-zA-Z0-9]*)\b[^<>]{0,300}>"  # HTML tags
)
_NAMED_ENTITY = {
    "&nbsp;": " ",
    "&ndash;": "–",
    "&mdash;": "—",
    "&minus;": "−",
    "&amp;": "&",
    "&dollar;": "$",
    "&pound;": "£",
    "&euro;": "€",
    "&quot;": '"',
}
_BACKSLASH = {"n": "\n", "r": " ", "t": "\t", '"': '"', "/": "/", "\\": "\\"}
# Tags that break a line, and table cells, which read as pipe-table cells.
_BLOCK_TAGS = frozenset(
    {"br", "p", "div", "li", "tr", "ul", "ol", "table", "section", "h1", "h2", "h3", "h4", "h5"}
)
_CELL_TAGS = frozenset({"td", "th"})


def _same_length_char(match: re.Match[str]) -> str:
    """An escape's character, padded on the left with spaces to the escape's length."""
    raw = match.group()
    tag = (match.group("tag") or "").lower()
    if tag:
        char = "\n" if tag in _BLOCK_TAGS else "|" if tag in _CELL_TAGS else " "
    elif raw.startswith("\\u"):
        char = chr(int(raw[2:], 16))
    elif raw.startswith("\\"):
        char = _BACKSLASH[raw[1]]
    elif raw.startswith("&#x"):
        char = chr(int(raw[3:-1], 16))
    elif raw.startswith("&#"):
        char = chr(int(raw[2:-1]))
    else:
        char = _NAMED_ENTITY[raw]
    if char.isspace() and char != "\n":
        char = " "
    return " " * (len(raw) - 1) + char


def _readable(text: str) -> str:
    """``text`` with JSON and HTML escapes and tags read as characters, offsets unchanged."""
    if "\\" not in text and "&" not in text and "<" not in text:
        return text
    try:
        return _ESCAPE.sub(_same_length_char, text)
    except (ValueError, OverflowError):  # "&#99999999;" is no character
        return text


# --- putting it together -------------------------------------------------------------

_PLUS = re.compile(r"\s?\+")
_BARE_REACH = 40  # how far before a bare number its pay word may stand
_LABEL_REACH = 12  # "Stock $80K": the label right before a figure


def extract_pay(text: str) -> list[PayFigure]:
    """Every pay figure in ``text``, in order of appearance.

    >>> [f.text for f in extract_pay("Pay: $27/hr. Up to $80K a year, from £30,000 pa.")]
    ['$27/hr', 'Up to $80K a year', 'from £30,000 pa']
    """
    scan = _readable(text)
    amounts = _amounts(scan)
    figures: list[PayFigure] = []
    i = 0
    while i < len(amounts):
        low = amounts[i]
        high = amounts[i + 1] if i + 1 < len(amounts) else None
        bounds = _range_bounds(scan, low, high) if high else None
        if bounds is None:
            high = None
        i += 1 if high is None else 2
        figure = _figure(text, scan, low, high, bounds)
        if figure is not None:
            figures.append(figure)
    return figures


def _bare_number_is_pay(
    scan: str, low: _Amount, high: _Amount | None, period: Period | None
) -> bool:
    """Whether a figure with no currency mark is pay.

    It needs a pay word just before it and a period: written after it ("pay rate
    25-30/hr"), or, for a number right after a label's colon, a period word in the
    label ("Hourly wage: 17.50 - 21.00"); or a K/lakh scale with a pay word before
    or after it ("Salary: 80k", "1.2 Cr CTC").
    """
    scale = (high or low).scale
    if period is None and scale is None:
        labelled = scan[max(0, low.start - 3) : low.start].rstrip().endswith(":")
        year = low.value == int(low.value) and 1900 <= low.value <= 2100
        if not labelled or year:
            return False
    words = _roles(_clause_before(scan, low.start, _BARE_REACH))
    if "pay" not in words and scale is not None:
        after = _AFTER_TEXT.match(scan, (high or low).end)
        words = _roles(after.group() if after else "", after_figure=True)
    if "pay" not in words:
        return False
    return period is not None or scale is not None or any(p in words for p in _PERIODS)


def _context(
    scan: str, start: int, end: int, previous_line: str | None
) -> tuple[dict[str, int], dict[str, int]]:
    """What the words before and after a figure say (see ``_roles``).

    Before: its own clause, with the header cell above it in a pipe table and the
    heading line above it when it starts a line. After: the words up to the next
    clause break or connector ("$5,000 signing bonus", not "$100K plus bonus").
    """
    # A heading line above counts as the figure's context; a full sentence does not.
    heading = previous_line if previous_line and not previous_line.endswith((".", "!", "?")) else ""
    before = _roles(f"{heading} {_table_header(scan, start)} {_clause_before(scan, start)}")
    after_text = _AFTER_TEXT.match(scan, end)
    after = _roles(after_text.group() if after_text else "", after_figure=True)
    return before, after


def _figure_currency(low: _Amount, high: _Amount) -> str | None:
    """A currency written on either bound applies to both; a written code beats a bare $."""
    for amount in (low, high):
        if amount.currency and not amount.dollar_sign_only:
            return amount.currency
    return low.currency or high.currency


def _figure(
    text: str,
    scan: str,
    low: _Amount,
    high: _Amount | None,
    bounds: tuple[float, float] | None,
) -> PayFigure | None:
    """The pay figure made of ``low`` (and ``high``), or None when it is not pay."""
    last = high or low
    period_match = _PERIOD_AFTER.match(scan, last.end, last.end + 40)
    period: Period | None = period_match.lastgroup if period_match else None  # type: ignore[assignment]
    if period is None and high is not None:  # "$20/hr to $25": the first bound's period
        first = _PERIOD_AFTER.match(scan, low.end, high.start)
        period = first.lastgroup if first else None  # type: ignore[assignment]
    scale = last.scale
    # A bare number is pay only beside a pay word, with a period or a K/lakh scale.
    bare = not (low.marked or last.marked) and scale != "lpa"
    if bare and not _bare_number_is_pay(scan, low, high, period):
        return None

    start, end = low.start, period_match.end() if period_match else last.end
    minimum, maximum = bounds or (_scaled(low, low.scale),) * 2
    if high is None:
        plus = _PLUS.match(scan, last.end)
        lead = _OPEN_BOUND.search(scan, max(0, start - _LEAD_REACH), start)
        if plus:
            maximum, end = None, max(end, plus.end())
        elif lead and lead.lastgroup == "up_to":
            minimum, start = None, lead.start()
        elif lead:
            maximum, start = None, lead.start()
    label = _roles(scan[max(0, start - _LABEL_REACH) : start])
    if _nearest(label, "not_pay_label", "pay") == "not_pay_label":
        return None

    previous_line = _previous_line(scan, start)
    before, after = _context(scan, start, end, previous_line)
    if not _is_pay(before, after):
        return None
    currency = _figure_currency(low, last)
    size = maximum if maximum is not None else minimum
    if size is not None and _rough_usd(size, currency) >= _PAY_CEILING:
        return None  # company money written out in full: "$3,000,000"
    if period is None and size is not None:
        period = _infer_period(before, after, size, currency, scale)
    return PayFigure(
        min_amount=minimum,
        max_amount=maximum,
        period=period,
        currency=currency,
        kind=_kind(before, after, high is not None or minimum != maximum),
        covers=_covers(before),
        region=_region(scan, start, previous_line),
        span=(start, end),
        text=text[start:end],
    )
