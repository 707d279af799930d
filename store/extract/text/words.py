"""What the words around a pay figure say: pay or not, its kind and what it covers.

    >>> sorted(word_roles("The median total compensation is"))
    ['median', 'pay', 'salary', 'total']

Phrases are looked up word by word in one table (``store.extract.text.phrases.ROLES``) that
maps each phrase to the roles it plays; the phrase nearest a figure wins. Periods are read in
``store.extract.meaning.periods``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from store.extract.text.phrases import ROLES, STEMS
from store.models import Covers, FigureKind

# Devanagari vowel signs are not \w: a Hindi word is one word, not three.
_WORD = re.compile(r"[\w\u0900-\u097F]+")


def _phrase_sizes(phrases: Iterable[str]) -> dict[str, tuple[int, ...]]:
    """For each last word of a phrase, the lengths (in words) of the phrases it ends.

    >>> _phrase_sizes(["pay rate", "minimum pay rate", "salary"])
    {'rate': (2, 3)}
    """
    sizes: dict[str, set[int]] = {}
    for phrase in phrases:
        words = phrase.split(" ")
        if len(words) > 1:
            sizes.setdefault(words[-1], set()).add(len(words))
    return {last: tuple(sorted(found)) for last, found in sizes.items()}


# Only the lengths a word can end are tried: "on" or "rate" end few phrases.
_PHRASE_SIZES = _phrase_sizes(ROLES)
# Words that end the stretch a figure describes: "$100K plus bonus".
_CONNECTORS = frozenset(
    {"plus", "and", "with", "or", "including", "excluding", "but", "while", "which", "that"}
    | {"depending", "based", "when", "if", "for", "at", "to"}
    # "$25,000 a year after deductions", "£30,000 before tax", "netos tras la retención":
    # what the pay is net or gross of, not what the figure is the amount of
    | {"after", "before", "tras"}
    # "$20 per hour would add an extra $250,000 in costs": the figure's predicate follows
    | {"would", "will", "could", "should", "might", "must"}
    # "2200 Euro im Monat zuzüglich den Zuschlägen": what German adds on top
    | {"zuzüglich", "zzgl"}
)
# The noun a figure is the amount of comes within its first few words:
# "$1,500 monthly housing stipend", not "... for Machine Learning Engineer".
_AFTER_WORDS = 4


def word_roles(text: str, after_figure: bool = False) -> dict[str, int]:
    """The roles the phrases of ``text`` play, each with the index of the word ending its last.

    >>> sorted(word_roles("The median total compensation is"))
    ['median', 'pay', 'salary', 'total']
    >>> sorted(word_roles("Das durchschnittliche Bruttojahresgehalt"))
    ['average', 'pay', 'year']
    """
    key = (text, after_figure)
    known = _READ.get(key)
    if known is not None:
        return known
    if len(_READ) >= _READ_LIMIT:
        _READ.clear()
    known = _READ[key] = _read_roles(text, after_figure)
    return known


# Texts already read: labels, headings and boilerplate repeat across a site's pages.
# The dicts handed out are never changed by their readers.
_READ: dict[tuple[str, bool], dict[str, int]] = {}
_READ_LIMIT = 20_000


def _read_roles(text: str, after_figure: bool) -> dict[str, int]:
    lowered = text.lower()
    words = _WORD.findall(lowered)
    if after_figure:  # only the words the figure describes: up to a connector, a few at most
        words = words[:_AFTER_WORDS]
    found: dict[str, int] = {}
    for i, word in enumerate(words):
        if word == "diem" and words[i + 1 : i + 2] and words[i + 1] in _HIRED_AS:
            continue  # "a per diem nurse earns": how a worker is hired, not an allowance
        if word == "fine" and words[i + 1 : i + 2] and words[i + 1] in _ENDED:
            continue  # Italian "a fine carriera", "a fine mese": at the end of, not a penalty
        sizes = _PHRASE_SIZES.get(word)
        phrase_excluded = False  # "after tax and National Insurance": its last word too
        if sizes:  # "de plus" before "plus" ends the stretch
            for size in sizes:
                if size > i + 1:
                    break
                phrase_roles = ROLES.get(" ".join(words[i + 1 - size : i + 1]), ())
                if phrase_roles and word in _YEAR_NOUNS and _names_a_year(words, i):
                    phrase_roles = phrase_roles - {"year"}
                if "not_pay" in phrase_roles and _excluded(words, i + 1 - size):
                    phrase_roles = phrase_roles - _NOT_PAY_ROLES
                    phrase_excluded = True
                for role in phrase_roles:
                    found[role] = i
        if after_figure and word in _CONNECTORS:
            break
        roles = _KNOWN.get(word)
        if roles is None:
            roles = _word_roles(word)
        if not roles:
            continue  # most words play no role: nothing below would record one
        if (
            word in _MORE_OF
            and not after_figure
            and words[i + 1 : i + 2]
            and words[i + 1] in _TIME_NOUNS
        ):
            continue  # "45 additional hours of education" before a figure: more time
        if word in _RAISED and not after_figure and _raised_to(words, i):
            continue  # "raising it to $13 an hour": a new level, not money raised
        if (
            word in _PAY_VERBS
            and found.get("not_pay", -2) == i - 1
            and f"{words[i - 1]} {word}" in lowered
        ):
            continue  # "unemployment benefits pay up to $450": other money is the payer
        if word in _YEAR_NOUNS and _names_a_year(words, i):
            roles = tuple(role for role in roles if role != "year")
        if "not_pay" in roles and (phrase_excluded or _excluded(words, i)):
            roles = tuple(role for role in roles if role not in _NOT_PAY_ROLES)
        for role in roles:
            found[role] = i
    if "not_pay" in found and "cost" in lowered and _PLACE_COST.search(lowered):
        # "An $88,000 salary in a low-cost state": the place is no cost once pay is named;
        # with no pay word, the costs of living may be what the text is about.
        placed = _read_roles(_PLACE_COST.sub(_blank, lowered), after_figure)
        if "pay" in placed:
            return placed
    return found


# "a low-cost-of-living area", "a high-cost state": words that describe a place, not money.
_PLACE_NOUNS = (
    "area|areas|city|cities|state|states|region|regions|location|locations|town|towns|"
    "market|markets|country|countries|place|places|metro|metros|neighborhood|neighborhoods"
)
_PLACE_COST = re.compile(rf"\bcost(?:[\s-]+of[\s-]+living)?(?=[\s-]+(?:{_PLACE_NOUNS})\b)")


def _blank(match: re.Match[str]) -> str:
    """Spaces for a match: "a low-cost-of-living area" reads as "a low- area".

    >>> _PLACE_COST.sub(_blank, "a low-cost-of-living area"), _PLACE_COST.sub(_blank, "the cost")
    ('a low-               area', 'the cost')
    """
    return " " * (match.end() - match.start())


# A calendar year after a year noun makes it a date, not a period: "im Jahr 2024" (but
# a "Jahresgehalt 2023" is still yearly pay).
_CALENDAR_YEAR = re.compile(r"(?:19|20)\d\d")
_YEAR_NOUNS = frozenset({"year", "jahr", "jaar", "año", "anno", "ano", "an", "annum"})


def _names_a_year(words: list[str], i: int) -> bool:
    """Whether the word after ``words[i]`` is a calendar year ("im Jahr 2024", "año 2023").

    >>> _names_a_year(["im", "jahr", "2024"], 1), _names_a_year(["pro", "jahr"], 1)
    (True, False)
    """
    following = words[i + 1 : i + 2]
    return bool(following) and _CALENDAR_YEAR.fullmatch(following[0]) is not None


# What Italian "fine" (end) is the end of: "guadagna, a fine carriera, dai 1.400 ai 1.500 euro".
_ENDED = frozenset(
    {"carriera", "mese", "anno", "giornata", "settimana", "contratto", "rapporto", "turno"}
)


# Who "per diem" describes when it names how a worker is hired, not a daily allowance.
_HIRED_AS = frozenset(
    {"nurse", "nurses", "rn", "rns", "staff", "worker", "workers", "position", "positions"}
    | {"job", "jobs"}
)


# "Additional" and "extra" before a span of time, study or work say more of it, not other
# money: "45 additional hours", "with extra responsibilities this may rise to £21,000".
_MORE_OF = frozenset({"additional", "extra"})
_TIME_NOUNS = frozenset(
    {"hours", "hour", "days", "day", "weeks", "week", "months", "month", "years", "year"}
    | {"credits", "credit", "shifts", "shift", "units", "semester", "courses"}
    | {"responsibilities", "responsibility", "duties", "tasks", "qualifications", "skills"}
)


# Funding words that, followed by "to" before any amount, raise a level instead.
_RAISED = frozenset({"raised", "raising"})
_RAISED_REACH = 4


def _raised_to(words: list[str], i: int) -> bool:
    """Whether "to" follows ``words[i]`` within a few words and before any number.

    >>> _raised_to(["raising", "it", "to"], 0), _raised_to(["raised", "5m", "to"], 0)
    (True, False)
    """
    for word in words[i + 1 : i + 1 + _RAISED_REACH]:
        if word == "to":
            return True
        if word[0].isdigit():
            return False
    return False


# Words excluding other money from a figure ("earnings, before tax and bonuses, stand at",
# "salaries excluding bonuses average"): what the pay is not, so no other money of its own;
# the same in the languages read here ("hors primes", "ohne Zulagen", "sin propinas").
_EXCLUDING = frozenset(
    {"excluding", "excludes", "exclude", "excluded", "exclusive", "without", "before", "after"}
    | {"hors", "sans", "ohne", "exkl", "exklusive", "sin", "senza", "esclusi", "escluse"}
    | {"zonder", "excl"}
)
_EXCLUDED_BETWEEN = frozenset(
    {"tax", "taxes", "and", "or", "any", "the", "of"}
    | {"les", "des", "la", "le", "et", "die", "und", "los", "las", "y", "i", "gli", "e", "de"}
)
_EXCLUDED_REACH = 3
_NOT_PAY_ROLES = frozenset({"not_pay", "not_pay_after", "not_pay_label"})


def _excluded(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is excluded by a word a little before it, "tax", "and" or
    "any" at most between.

    >>> _excluded(["before", "tax", "and", "bonuses"], 3), _excluded(["with", "bonuses"], 1)
    (True, False)
    """
    for word in reversed(words[max(0, i - _EXCLUDED_REACH) : i]):
        if word in _EXCLUDING:
            return True
        if word not in _EXCLUDED_BETWEEN:
            return False
    return False


# Verbs that name pay unless other money is what pays: "the pension pays €1.200".
_PAY_VERBS = frozenset({"pay", "pays", "paid", "paying"})


# Each word's roles once looked up (bounded: a long run meets a few thousand words).
_KNOWN: dict[str, Iterable[str]] = {}
_KNOWN_LIMIT = 200_000


def _word_roles(word: str) -> Iterable[str]:
    """The roles of one word: its own, or those of the parts of a compound not in ``ROLES``."""
    roles: Iterable[str] | None = ROLES.get(word)
    if roles is None:
        found = STEMS.finditer(word) if len(word) >= 6 else ()
        roles = tuple(match.lastgroup for match in found if match.lastgroup)
    if len(_KNOWN) < _KNOWN_LIMIT:
        _KNOWN[word] = roles
    return roles


def nearest_role(roles: dict[str, int], *names: str) -> str | None:
    """Of the roles ``names``, the one whose phrase stands nearest the figure."""
    present = [name for name in names if name in roles]
    if len(present) < 2:  # the usual case: no tie to settle, without max()
        return present[0] if present else None
    return max(present, key=roles.__getitem__)


_DIFFERENCE_WORDS = 3  # "800 Euro weniger", "437 euros en moins": right after the figure


# What an agency bills a client, not what a worker is paid, anywhere in the sentence.
_BILLING = re.compile(
    r"\b(?:[Oo]utsourc(?:ed|ing)|[Cc]harge[\s-]?out|[Ii]nvoiced|"
    # "billable", "bill rates", and "Lawyers bill clients $400 an hour"
    r"[Bb]ill(?:able|ing|ed|\s+rates?|s?\s+(?:their\s+)?(?:clients?|customers?|insurers?)))\b"
)
# Before a figure, a client as the payer: "the client probably paid $155 to $175"; or a
# consultant, an agency or a freelancer as the one paid: "while paying a consultant $200/hr"
# (a fee, not a wage).
_CLIENT_PAID = re.compile(
    r"\b[Cc]lients?\s+(?:\w+\s+)?(?:paid|pays|pay)\s*$"
    r"|\b(?:paid|pays|pay|paying)\s+(?:an?|the|their|your)\s+(?:[\w-]+\s+)?"
    r"(?:consultants?|agency|agencies|freelancers?|contractors?)\s*$"
)


def names_itself_pay(after: dict[str, int]) -> bool:
    """Whether the noun right after a figure says it is pay: "$20 wage", "$40/hr pay rate"."""
    return after.get("pay", _OWN_NOUN_WORDS) < _OWN_NOUN_WORDS and "not_pay_after" not in after


_OWN_NOUN_WORDS = 2


def is_pay(before: dict[str, int], after: dict[str, int]) -> bool:
    """False when the words around a figure name other money: bonus, revenue, a difference...

    A figure whose own noun is pay is pay whatever came before it: "you pay $4 in
    taxes and insurance on that $20 wage".
    """
    if after.get("difference", _DIFFERENCE_WORDS) < _DIFFERENCE_WORDS or after.get("change") == 0:
        return False
    if names_itself_pay(after):
        return True
    # On a tie ("home office stipend") the more specific not-pay phrase wins.
    return "not_pay_after" not in after and nearest_role(before, "not_pay", "pay") != "not_pay"


def billing_named(text: str) -> bool:
    """Whether ``text`` is about what an agency bills: "$20-$25 per hour for outsourced work"."""
    return _BILLING.search(text) is not None


def paid_by_client(clause: str) -> bool:
    """Whether a figure's clause ends with a client paying it, or with paying a consultant.

    >>> paid_by_client("the client probably paid "), paid_by_client("while paying a consultant ")
    (True, True)
    >>> paid_by_client("while paying a nurse ")
    False
    """
    return _CLIENT_PAID.search(clause) is not None


def is_floor(before: dict[str, int], after: dict[str, int] | None = None) -> bool:
    """Whether a lone figure is a statutory minimum: "the minimum wage is $7.25",
    "approves $15 minimum wage" (the phrase right after it)."""
    if after and after.get("minimum", _OWN_NOUN_WORDS) < _OWN_NOUN_WORDS:
        return True
    return nearest_role(before, "minimum", "pay") == "minimum"


_STATISTICS = ("average", "median", "percentile")


def figure_kind(
    before: dict[str, int], after: dict[str, int], is_range: bool, *wider: dict[str, int]
) -> FigureKind:
    """A lone figure's statistic, from its own words first, then from ``wider`` ones (its
    label or column header, then its whole sentence), each read only when the nearer say
    none; any range is a range.

    >>> figure_kind(word_roles("The average salary is"), {}, False)
    'average'
    >>> figure_kind({}, {}, False, word_roles("Median Hourly Wage"))
    'median'
    >>> figure_kind(word_roles("compared with women's"), {}, False, word_roles("on average"))
    'point'
    """
    if is_range:
        return "range"
    # "The average is $100K, but top earners make $200K": a contrast ends the average.
    kind = nearest_role(before, "contrast", *_STATISTICS)
    contrasted = kind == "contrast"
    if kind is None or contrasted:
        kind = nearest_role(after, *_STATISTICS)
    for words in () if kind or contrasted else wider:
        kind = nearest_role(words, "contrast", *_STATISTICS)
        if kind:
            break
    return kind if kind and kind != "contrast" else "point"  # type: ignore[return-value]


def figure_covers(before: dict[str, int]) -> Covers | None:
    return nearest_role(before, "base", "additional_cash", "total")  # type: ignore[return-value]
