"""What the words around a pay figure say: pay or not, its period, kind and cover.

    >>> sorted(word_roles("The average additional cash compensation is"))
    ['additional_cash', 'average', 'pay', 'salary']

Phrases are looked up word by word in one table (``ROLES``) that maps each phrase
to the roles it plays; the phrase nearest a figure wins. Period words written
right after a figure (``PERIOD_AFTER``) state its period outright.
"""

from __future__ import annotations

import re

from store.models import Covers, FigureKind, Period
from store.money import ISO_CODES, rough_usd

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
PERIOD_AFTER = re.compile(
    rf"\s*(?:\+\s*)?(?:(?:{ISO_CODES})\s*)?(?:(?:{_GROSS})\s*)?(?:{_PERIOD_ANY})",
    re.IGNORECASE,
)


# --- context: the words around a figure -------------------------------------

# Where a sentence or clause ends: figures are judged by the words of their own.
_CLAUSE_BREAKS = ("\n", ";", "|", "•", "·", "\t", ". ", "! ", "? ", ".\u00a0")
_CLAUSE_REACH = 160
AFTER_TEXT = re.compile(r"[^.!?;,|\n)+$£€₹\d]{0,50}")
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


def word_roles(text: str, after_figure: bool = False) -> dict[str, int]:
    """The roles the phrases of ``text`` play, each with the index of the word ending its last.

    >>> sorted(word_roles("The average additional cash compensation is"))
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


def nearest_role(roles: dict[str, int], *names: str) -> str | None:
    """Of the roles ``names``, the one whose phrase stands nearest the figure."""
    present = [name for name in names if name in roles]
    return max(present, key=roles.__getitem__) if present else None


def clause_before(scan: str, pos: int, reach: int = _CLAUSE_REACH) -> str:
    """The text of the figure's own sentence or clause, up to ``pos``."""
    floor = max(0, pos - reach)
    start = floor
    for mark in _CLAUSE_BREAKS:  # str.rfind per mark beats one regex scan here
        found = scan.rfind(mark, floor, pos)
        if found != -1:
            start = max(start, found + len(mark))
    return scan[start:pos]


def is_pay(before: dict[str, int], after: dict[str, int]) -> bool:
    """False when the words around a figure name other money: bonus, revenue, equity..."""
    # On a tie ("home office stipend") the more specific not-pay phrase wins.
    return "not_pay_after" not in after and nearest_role(before, "not_pay", "pay") != "not_pay"


def figure_kind(before: dict[str, int], after: dict[str, int], is_range: bool) -> FigureKind:
    if is_range:
        return "range"
    kinds = ("average", "median", "percentile")
    # "The average is $100K, but top earners make $200K": a contrast ends the average.
    kind = nearest_role(before, "contrast", *kinds)
    if kind is None or kind == "contrast":
        kind = nearest_role(after, *kinds)
    return kind or "point"  # type: ignore[return-value]


def figure_covers(before: dict[str, int]) -> Covers | None:
    return nearest_role(before, "base", "additional_cash", "total")  # type: ignore[return-value]


# Below this (in US dollars) a figure may be hourly, at or above it yearly.
_HOURLY_CEILING = 500
_SALARY_FLOOR = 10_000
PAY_CEILING = 1_000_000


PERIODS = ("hour", "day", "week", "month", "year")


def infer_period(
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
    usd = rough_usd(amount, currency)
    hints = sorted((role for role in PERIODS if role in before), key=before.__getitem__)
    hints.reverse()  # nearest first
    hints += [role for role in PERIODS if role in after]
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
    if usd >= 1_000 and nearest_role(before, "additional_cash", "total"):
        return "year"
    return None
