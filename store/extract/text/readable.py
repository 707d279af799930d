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


def readable(text: str) -> str:
    """``text`` with JSON and HTML escapes and tags read as characters, offsets unchanged;
    ",," before a number, the Dutch low quotation mark typed as two commas, is blanked so
    the number is not read as the end of another.

    >>> readable(",,2069 euro netto"), readable("Clerk,,2069")
    ('  2069 euro netto', 'Clerk,,2069')
    """
    if ",," in text:
        text = _LOW_QUOTE.sub("  ", text)
    if "\\" not in text and "&" not in text and "<" not in text:
        return text
    try:
        return _ESCAPE.sub(_same_length_char, text)
    except (ValueError, OverflowError):  # "&#99999999;" is no character
        return text
