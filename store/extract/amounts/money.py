"""Money as written: currency marks, amounts with any grouping, and their scale.

    >>> [(a.value, a.currency, a.scale) for a in find_amounts("from £30k to 45.000 EUR")]
    [(30.0, 'GBP', 'k'), (45000.0, 'EUR', None)]

Every number that could be money is found with one precompiled regex, with its
currency mark before or after it and its scale suffix (K, lakh, LPA, crore);
counts ("10,000 employees"), percentages and company-sized money (M, B) are left
out. ``store.extract.figures`` decides which of these amounts are pay.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from store.extract.amounts.marks import (
    ISO_CODES,
    ISO_SET,
    LARGE_UNIT,
    currency_code,
    krone_currency,
    peso_currency,
)
from store.extract.amounts.numbers import WORDS, parse_number, words_value

# Nouns that make a number a count, not money: "10,000+ employees", "40 hours", "58%".
_COUNT_NOUN = (
    r"\s*(?:\+\s*)?(?:%|(?i:percent)\b|:\d|/\d|a\.m\.|p\.m\.|"
    r"(?i:employees|people|staff|members|users|customers|clients|students|jobs|results|"
    r"openings|positions|locations|offices|countries|cities|shares|RSUs?|units|options|"
    r"applications|applicants|candidates|internships|vacancies|seats|graduates|workers|"
    r"hours|hrs|years?|yrs|months|weeks|days|am|pm|st|nd|rd|th|GPA|CGPA|"
    # hours in the other languages read: "173,2 Stunden", "100 heures de travail"
    r"Stunden|heures|horas|ore|uur|godzin|godziny|órát?|timmar|timer|hodin|ώρες)\b)"
)
# Every branch starts with a plain digit so the scan can skip letters quickly;
# a currency mark before the number is found by looking back (``_PREFIX``).
# The atomic tail keeps a count ("10k users") from matching without its suffix.
_AMOUNT = re.compile(
    rf"""
    (?P<num>\d(?<![\d,]\d)(?<![^s]\.\d)(?:               # not inside a number; "Rs.25500"
        \d?(?:,\d{{2}})+,\d{{3}}(?:\.\d{{1,2}})?            # Indian grouping: 12,00,000
      | \d{{0,2}}(?:,\d{{3}})+(?:\.\d{{1,2}})?                # 124,052 / 48,230.00
      | \d{{0,2}}(?:\.\d{{3}})+(?:,\d{{1,2}})?                # European: 45.000 / 1.234,56
      | \d{{0,2}}(?:[\ \u00a0\u202f\u2009'’]\d{{3}})+(?:[.,]\d{{1,2}})?  # 45 000,00 / 120'000
      | \d{{0,8}}(?:[.,]\d{{1,2}})?                         # 46507 / 22.36 / 22,50
    ))
    (?:(?!\d|[.,]\d)
      | (?<=\d,\d{{3}})(?=\d(?!\d|[.,]\d))                 # a footnote glued on: "£28,5001."
    )
    (?>
    (?P<suf>
        [kK](?![A-Za-z])
      | \ [kK](?=\s?[€£₹$])                              # "35 K€"
      | [kK](?=[A-Z][a-z])                                # "$45KMax: $103K"
      | L(?![A-Za-z])
      | (?:MM|mm|[MmB])(?![A-Za-z])                       # "$33mm" of revenue
      | \s?(?i:lakhs?|lacs?|lpa|crores?|cr|thousand|grand|million|billion|trillion|mn|bn
              |tys\.|ezer|mil|mila|tausend|tsd\.?)(?![A-Za-z])
      | \s?(?:लाख|\u0915\u0930\u094b(?:\u095c|\u0921\u093c))
    )?
    (?:\s?(?P<post>
        (?:{ISO_CODES}|[€£₹₱$](?!\s?\d)|zł|złotych|Ft|forint(?:ot|ra)?|(?:Schweizer\s)?Franken|Fr\.|रुपये|रुपए|रुपया
          |(?i:dollars?|euros?|pounds?|rupees?|rand|ringgit|pesos?|d[óo]lares|naira|yen|dirhams?)
          |kr\.?|kronor|kroner|Kč|(?:de\s)?lei|TL|₺|ευρώ)(?![A-Za-z])
    ))?
    )
    (?!{_COUNT_NOUN})
    """,
    re.VERBOSE,
)
_PREFIX = re.compile(
    rf"""
    (?:
        (?<![A-Za-z])(?:US|CA|AUS|AU|NZ|HK|MX|SG|S|C|A|R)\$
      | (?<=[a-zà-öø-ÿ])R\$?                 # glued to its label: "carreiraR$ 1.800", "ClerkR9,245"
      | [$£€₹₱¥₦₺]
      | (?<![A-Za-z])(?:{ISO_CODES})(?:\s?[$£€])?
      | (?<![A-Za-z])Rs\.?
      | (?<![A-Za-z])Php\.?                                # Philippine pesos
      | (?<![A-Za-z0-9&])P
      | (?<![A-Za-z])(?:Euro|euro|EURO)
      | (?<![A-Za-z])RM?                                     # rand "R31,100", ringgit "RM14,806"
    )\s?$
    """,
    re.VERBOSE,
)

# The last characters a currency mark can end with ("$", "USD", "Rs."), so the
# look back for one runs only where one may be.
_PREFIX_ENDINGS = frozenset("$£€₹₱¥₦₺s.oOpPM") | {code[-1] for code in ISO_SET}

_SCALE = {"k": 1e3, "thousand": 1e3, "l": 1e5, "lakh": 1e5, "lakhs": 1e5, "lac": 1e5}
_SCALE |= {"lacs": 1e5, "lpa": 1e5, "crore": 1e7, "crores": 1e7, "cr": 1e7}
_SCALE |= {"million": 1e6}  # only where salaries run to millions (``_paid_in_millions``)
_INDIAN_SCALES = {"l", "lakh", "lakhs", "lac", "lacs", "lpa", "crore", "crores", "cr"}
# Scale words in other languages, read as their English names.
_SCALE_NAMES = {"लाख": "lakh", "\u0915\u0930\u094b\u095c": "crore", "tys.": "thousand"}
_SCALE_NAMES |= {"\u0915\u0930\u094b\u0921\u093c": "crore"}  # करोड़, both spellings
_SCALE_NAMES |= {"ezer": "thousand", "mil": "thousand", "mila": "thousand", "tausend": "thousand"}
_SCALE_NAMES |= {"tsd": "thousand", "tsd.": "thousand", "grand": "thousand"}  # "60 grand a year"
_COMPANY_SCALES = frozenset({"m", "mm", "b", "million", "billion", "trillion", "mn", "bn"})
# A second scale word multiplies the first: "1.02 लाख करोड़" is a trillion rupees.
_SCALE_AFTER = re.compile(
    r"\s?(?:(?i:crores?|million|billion|mn|bn)|\u0915\u0930\u094b(?:\u095c|\u0921\u093c))"
)
# Between a range's bottom and a top written with a company-sized scale: "$25 to $250 million".
_BOTTOM_GAP = re.compile(r"\s*(?:[-–—]|to)\s*(?:[$£€])?")
# "P570", "P1,100": pesos as the Philippine press writes them; shorter is a label.
_PESO_NUMBER = re.compile(r"\d{3,}(?:\.\d{2})?|\d{1,3}(?:,\d{3})+(?:\.\d{2})?")
# "PHP 8" in a posting is the language; no wage in pesos is this small.
_PHP_VERSION_ABOVE = 10
# A weight in pounds reads like money; it counts as a mark only beside pay words.
_WEAK_MARKS = frozenset({"pound", "pounds"})
# Rarer marks, looked for only where no other mark is: pounds spelt out before a number
# ("at Pounds 19,850"), Kenyan shillings ("Sh36,360", "KSh 16,113") and the naira ("N18,000").
_RARE_PREFIX = re.compile(
    r"(?:(?<![A-Za-z])(?:Pounds|pounds|POUNDS|K?Sh|Dhs?)\s?|(?<![A-Za-z0-9&])N)$"
)  # and the UAE dirham as its press writes it: "Dh10,000", "Dhs 5,000"
_RARE_ENDINGS = frozenset("shN")
# Only these end a rare mark in "h" ("with 5" has none).
_SHILLING_OR_DIRHAM = re.compile(r"[SD]h\s?$")


class Amount(NamedTuple):
    start: int
    end: int
    value: float
    currency: str | None
    scale: str | None  # "k", "lakh", "lpa", ... as written, lower case
    marked: bool  # a currency mark is written on this amount
    dollar_sign_only: bool  # the mark is a bare "$", which another bound's code overrides


# Spanish and Portuguese write thousands as a word before the rest: "13 mil 500 pesos".
_THOUSANDS_WORD = re.compile(r"\s?mil\s+$", re.IGNORECASE)


def _peso_or_rand(mark: str, number: str) -> bool:
    """Whether a mark starting with R or P before ``number`` is money: the rand's R and
    the peso's P are written against their number ("R 5" is a name, "P50" a label), and
    "PHP 8" is the programming language. The ringgit's "RM" takes a wage-sized number,
    as the peso's P does ("RM14,806"; "RM12" is a label), and the naira's N one grouped
    in thousands against it ("N18,000"; "N95" is a mask, "N 1,200" a sample's size)."""
    if mark in ("R ", "P ", "N "):
        return False
    if mark == "N":
        return "," in number and _PESO_NUMBER.fullmatch(number) is not None
    if mark in ("P", "RM", "RM "):
        return _PESO_NUMBER.fullmatch(number) is not None
    if mark[:3].upper() == "PHP":
        return parse_number(number) >= _PHP_VERSION_ABOVE
    return True


# A period right after a short ringgit amount: "earning RM20 per day".
_RINGGIT_PERIOD = re.compile(r"\s?(?:per|an?|/)\s?(?:hour|hr|day|week|month)\b", re.IGNORECASE)
_CENTS = re.compile(r"\d{1,2}\.\d\d")


def _small_ringgit(scan: str, number: str, end: int) -> bool:
    """Whether a ringgit amount too short for a wage-sized one is money all the same:
    written with cents ("RM8.17", "RM34.62") or followed by a period ("RM20 per day");
    "RM12" alone stays a label.

    >>> _small_ringgit("RM8.17 an hour", "8.17", 6), _small_ringgit("RM20 per day", "20", 4)
    (True, True)
    >>> _small_ringgit("model RM12 in stock", "12", 10)
    False
    """
    return _CENTS.fullmatch(number) is not None or _RINGGIT_PERIOD.match(scan, end) is not None


def find_amounts(scan: str) -> list[Amount]:
    """Every number in ``scan`` that could be an amount of money, in order.

    >>> [(a.value, a.currency) for a in find_amounts("ganan 13 mil 500 pesos")]
    [(13500.0, 'MXN')]
    >>> [a.value for a in find_amounts("a median of £28,5001. Bands up to £35,0002.")]
    [28500.0, 35000.0]
    >>> [(a.value, a.currency) for a in find_amounts("Dh10,000 or 25,000 Dirham a year")]
    [(10000.0, 'AED'), (25000.0, 'AED')]
    """
    found: list[Amount] = []
    crowns = pesos = None  # which crown a text's "kr" is, and which peso, read once
    cents = "ntimo" in scan or "entime" in scan  # "e 83 cêntimos", "y 50 céntimos"
    for match in _AMOUNT.finditer(scan):
        start, end = match.span()
        number, suffix, post = match.group("num", "suf", "post")
        if (
            cents
            and number.isdigit()
            and len(number) <= 2
            and found
            and _CENTS_AFTER.match(scan, end)
            and _joins_cents(scan, found[-1], start)
        ):
            whole = found.pop()  # "740 euros e 83 cêntimos": one amount, 740.83
            found.append(whole._replace(end=end, value=whole.value + int(number) / 100))
            continue
        if (
            found
            and found[-1].scale == "thousand"
            and _joins_thousands(scan, found[-1], start, number)
        ):
            thousands = found.pop()
            start, number = thousands.start, str(int(thousands.value) * 1000 + int(number))
        scale = suffix.strip().lower() if suffix else None
        scale = _SCALE_NAMES.get(scale, scale) if scale else None
        company = scale in _COMPANY_SCALES or (scale and _SCALE_AFTER.match(scan, end))
        if company and not (scale == "million" and _paid_in_millions(scan, start, post)):
            if found and not found[-1].scale and _BOTTOM_GAP.fullmatch(scan, found[-1].end, start):
                found.pop()  # "$25 to $250 million": the bottom has the top's scale
            continue  # company-sized money: revenue, funding, valuations, "1.02 lakh crore"
        before = scan[start - 1 : start]
        mark_end = scan[start - 2 : start - 1] if before.isspace() else before
        prefix = pre = None
        if mark_end in _PREFIX_ENDINGS:  # "$", "USD", "Rs." right before, or one space before
            prefix = _PREFIX.search(scan, max(0, start - 6), start)
        rare = prefix is None and mark_end in _RARE_ENDINGS  # "at Pounds 19,850", "Sh36,360"
        if rare and (mark_end != "h" or _SHILLING_OR_DIRHAM.search(scan, start - 4, start)):
            prefix = _RARE_PREFIX.search(scan, max(0, start - 7), start)
        if prefix:
            pre = prefix.group()
            if (
                pre[0] in "RPpN"
                and not _peso_or_rand(pre, number)
                and not (pre[:2] == "RM" and _small_ringgit(scan, number, end))
            ):
                if pre[:3].upper() == "PHP":
                    continue  # "PHP 8", "Php 7.4": the programming language's version
                prefix = pre = None  # "R 5" is a name, "P50" a percentile or a label
            else:
                pre = pre.strip()
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
        if mark and mark[:2] == "kr" and mark != "kronor":  # Swedish, Danish or Norwegian
            currency = crowns = crowns or krone_currency(scan)
        elif currency == "MXN" and mark[0] in "pP":  # "pesos": Mexico's unless another country's
            currency = pesos = pesos or peso_currency(scan)
        if currency is None and scale in _INDIAN_SCALES:
            currency = "INR"
        # "Pounds" before a number is money; only after one may it be a weight.
        marked = bool(mark) and (mark is pre or mark.lower() not in _WEAK_MARKS)
        found.append(Amount(start, end, value, currency, scale, marked, mark == "$"))
    if any(cue in scan for cue in _WORDED_CUES):
        found = sorted(found + _worded_amounts(scan))
    if "$" in scan and _GLUED.search(scan):
        found = sorted(found + _glued_amounts(scan))
    return found


# Two cells of a row pasted with nothing between, the first with cents: "$19.4745,045" is
# $19.47 and 45,045 (no number has cents and then more digits).
_GLUED = re.compile(r"\$(\d{1,3}(?:,\d{3})*\.\d\d)(\d{1,3}(?:,\d{3})+)(?![\d.,])")


def _glued_amounts(scan: str) -> list[Amount]:
    """The two amounts of each pair of glued cells, both in dollars.

    >>> [(a.value, a.currency) for a in _glued_amounts("Rhode Island$19.4745,045")]
    [(19.47, 'USD'), (45045.0, 'USD')]
    """
    found = []
    for match in _GLUED.finditer(scan):
        for group in (1, 2):
            start = match.start() if group == 1 else match.start(group)
            value = parse_number(match.group(group))
            found.append(Amount(start, match.end(group), value, "USD", None, True, True))
    return found


# Amounts written in words before a currency word: "fifteen dollars", "twenty-two pounds".
_WORDED = re.compile(
    rf"\b(?P<words>{WORDS})\s+(?P<post>dollars|bucks|euros|pounds|rupees)\b", re.IGNORECASE
)
_WORDED_CUES = ("ollars", "ucks", "uros", "ounds", "upees")  # substring tests, cheaper than a regex
# The bottom of a range in words, right before its top: "ten to fourteen bucks", "between
# twelve and fifteen dollars".
_WORDED_BOTTOM = re.compile(
    rf"(?:\b(?P<words>{WORDS})\s*(?:to|-|–|—)|\bbetween\s+(?P<joined>{WORDS})\s+and)\s*$",
    re.IGNORECASE,
)
_BOTTOM_REACH = 60


# Right after an amount in words, the same amount in digits: "ten dollars and fifty
# cents ($10.50)", as laws write money. The digits are the figure; the words repeat it.
_RESTATED_IN_DIGITS = re.compile(
    r"(?:\s+(?:and\s+)?[a-z\s-]{1,30}?\s+cents?)?\s*\(\s*[$£€₹₱]?\s*\d", re.IGNORECASE
)


def _worded_amounts(scan: str) -> list[Amount]:
    found = []
    for match in _WORDED.finditer(scan):
        if _RESTATED_IN_DIGITS.match(scan, match.end()):
            continue
        value = words_value(match.group("words"))
        if value:
            currency = currency_code(match.group("post"))
            marked = match.group("post").lower() not in _WEAK_MARKS
            found.append(Amount(match.start(), match.end(), value, currency, None, marked, False))
            found += _worded_bottom(scan, found[-1])
    return sorted(found)


def _worded_bottom(scan: str, top: Amount) -> list[Amount]:
    """The bottom of a range in words right before ``top``, in its currency: "ten" of
    "ten to fourteen bucks", "twelve" of "between twelve and fifteen dollars"."""
    bottom = _WORDED_BOTTOM.search(scan, max(0, top.start - _BOTTOM_REACH), top.start)
    if bottom is None:
        return []
    group = "words" if bottom.group("words") else "joined"
    low = words_value(bottom.group(group))
    if not low or low >= top.value:
        return []
    return [top._replace(start=bottom.start(group), end=bottom.end(group), value=low)]


_MILLIONS_UNIT = 100.0  # from this ``LARGE_UNIT`` on, salaries run to millions


def _paid_in_millions(scan: str, start: int, post: str | None) -> bool:
    """Whether "million" after the number at ``start`` scales a wage, as "lakh" scales
    rupees: its currency's salaries run to millions ("¥3.77 million", "4.96 million yen").

    >>> _paid_in_millions("¥3.77 million", 1, None), _paid_in_millions("$3.7 million", 1, None)
    (True, False)
    """
    prefix = None if post else _PREFIX.search(scan, max(0, start - 6), start)
    mark = post or (prefix.group() if prefix else "")
    return LARGE_UNIT.get(currency_code(mark) or "" if mark else "", 1.0) >= _MILLIONS_UNIT


# Cents written as a word after the whole amount: "740 euros e 83 cêntimos".
_CENTS_AFTER = re.compile(r"\s(?:c[êée]ntimos?|centimes?)\b", re.IGNORECASE)
_CENTS_JOIN = re.compile(r"\s+(?:e|y|et|and)\s+$")


def _joins_cents(scan: str, whole: Amount, start: int) -> bool:
    """Whether the number at ``start`` is the cents of the marked whole amount before it.

    >>> [a.value for a in find_amounts("um salário de 740 euros e 83 cêntimos")]
    [740.83]
    """
    return (
        whole.marked
        and whole.value == int(whole.value)
        and start - whole.end <= len(" e ")
        and _CENTS_JOIN.fullmatch(scan, whole.end, start) is not None
    )


def _joins_thousands(scan: str, before: Amount, start: int, number: str) -> bool:
    """Whether ``number`` at ``start`` is the rest of a thousands amount ("13 mil") before it."""
    return (
        before.value == int(before.value)
        and number.isdigit()
        and len(number) <= 3
        and _THOUSANDS_WORD.search(scan, before.start, start) is not None
        and scan[before.end : start].strip() == ""
    )


def scaled_value(amount: Amount, scale: str | None) -> float:
    """The amount's value multiplied by ``scale`` ("k", "lakh"...), rounded to cents."""
    return round(amount.value * _SCALE.get(scale or "", 1.0), 2)


def rough_usd(amount: float, currency: str | None) -> float:
    """``amount`` on a US-dollar-like scale, to compare with the thresholds above."""
    return amount / LARGE_UNIT.get(currency or "", 1.0)
