"""Text as read: JSON and HTML escapes and tags resolved in place, offsets unchanged.

    >>> readable("$25&ndash;$30")
    '$25      –$30'

Text dumped from JSON or HTML often still carries escapes ("\\u2014", "\\n",
"&ndash;") and tags ("<b>", "<td>"); each is read as the character it stands for
(a tag as a space, a line break or a table cell), padded to its own length, so
every span found in the copy is an exact offset into the input.
"""

from __future__ import annotations

import re

_ESCAPE = re.compile(
    r"\\u[0-9a-fA-F]{4}|\\[nrt\"/\\]"
    r"|&(?:#\d{1,6}|#x[0-9a-fA-F]{1,6}|nbsp|ndash|mdash|minus|amp|dollar|pound|euro|quot);"
    r"|</?(?P<tag>[a-zA-Z][a-zA-Z0-9]*)\b[^<>]{0,300}>"  # HTML tags
    # Markdown's escaped punctuation, with the digits after an escaped point: the
    # backslashes in "$98,000\\.00 \\- $176,000\\.00"
    r"|\\(?P<markdown>[-.*_+#!()\[\]])(?P<digits>\d*)"
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
# Opening a quotation, after a space or at a line's start; ",,2069" after a cell is a CSV row.
_LOW_QUOTE = re.compile(r"(?<!\S),,(?=\d)")


def _same_length_char(match: re.Match[str]) -> str:
    """An escape's character, padded on the left with spaces to the escape's length."""
    raw = match.group()
    if match.group("markdown"):
        return _markdown_char(match.group("markdown"), match.group("digits"))
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


def _markdown_char(char: str, digits: str) -> str:
    """An escaped punctuation mark and the digits after it, as long as the escape: a
    decimal point before zeros is blanked with them (the amount ends before it); one
    before other digits keeps them right after it, the space going last, so the number
    stays whole.

    >>> _markdown_char(".", "00"), _markdown_char(".", "50"), _markdown_char("-", "")
    ('    ', '.50 ', ' -')
    """
    if char == "." and digits:
        if not digits.strip("0"):
            return " " * (len(digits) + 2)
        return f".{digits} "
    return f" {char}{digits}"


def readable(text: str) -> str:
    """``text`` with JSON and HTML escapes and tags read as characters, offsets unchanged;
    ",," before a number, the Dutch low quotation mark typed as two commas, is blanked so
    the number is not read as the end of another.

    >>> readable(",,2069 euro netto"), readable("Clerk,,2069")
    ('  2069 euro netto', 'Clerk,,2069')
    >>> readable("$98,000\\\\.00 \\\\- $176,000")
    '$98,000       - $176,000'
    """
    if ",," in text:
        text = _LOW_QUOTE.sub("  ", text)
    if "\\" not in text and "&" not in text and "<" not in text:
        return text
    try:
        return _ESCAPE.sub(_same_length_char, text)
    except (ValueError, OverflowError):  # "&#99999999;" is no character
        return text
