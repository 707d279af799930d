"""Numbers as pay is written: digits with any common grouping and decimal mark, and
numbers in English words, as laws and forums write them.

    >>> parse_number("1.234,56"), words_value("two hundred and fifty")
    (1234.56, 250.0)

``WORDS`` is the pattern of a number in words, for the patterns in
``store.extract.amounts.money`` that read amounts in words.
"""

from __future__ import annotations

import re

# The words of a number: "fifteen", "twenty-two", "two hundred".
_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
_UNITS += ["eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"]
_UNITS += ["eighteen", "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_NUMBER_WORDS = {word: value for value, word in enumerate(_UNITS)}
_NUMBER_WORDS |= {word: 20 + 10 * i for i, word in enumerate(_TENS)}
_WORD_NUMBER = r"(?:{})".format("|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)))
# "and" joins only after a hundred or a thousand: "two hundred and fifty", but "between
# twelve and fifteen dollars" is two amounts.
WORDS = (
    rf"{_WORD_NUMBER}(?:[\s-]+(?:{_WORD_NUMBER}|hundred|thousand)"
    r"|(?:(?<=hundred)|(?<=thousand))\s+and)*"
)


def words_value(words: str) -> float | None:
    """The value of a number written in English words.

    >>> words_value("fifteen"), words_value("twenty-two"), words_value("two hundred fifty")
    (15.0, 22.0, 250.0)
    """
    total, part, last = 0, 0, ""
    for word in re.split(r"[\s-]+", words.lower()):
        if word in _NUMBER_WORDS:
            if last in _NUMBER_WORDS and not (last in _TENS and _NUMBER_WORDS[word] < 10):
                return None  # "twelve fifteen" is two numbers, "twenty-two" one
            part += _NUMBER_WORDS[word]
        elif word == "hundred":
            part *= 100
        elif word == "thousand":
            total, part = total + part * 1000, 0
        elif word != "and" or last not in ("hundred", "thousand"):
            return None
        last = word
    value = total + part
    return float(value) if value else None


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
