"""A web page saved as HTML, read as the text a visitor sees, with its address on top.

    >>> print(html_page_text(
    ...     '<html><head><title>Nurse | Acme</title>'
    ...     '<link rel="canonical" href="https://jobs.example/nurse-42">'
    ...     '<script>var pay = "$1 an hour";</script></head>'
    ...     '<body><h1>Nurse</h1><p>Pay: $40&ndash;$50 an hour</p></body></html>'))
    https://jobs.example/nurse-42
    Nurse | Acme
    <BLANKLINE>
    Nurse
    Pay: $40–$50 an hour

A recruiter who saves a job or salary page from the browser gets HTML, not text. Its
scripts, styles and hidden templates hold numbers no reader sees ("$99,999" in a
test fixture, prices in tracking code), so they are dropped; block elements become
lines, table rows lines of ``|`` cells and list items ``-`` bullets, the shapes the
text layouts read. The page's own address (its canonical link, ``og:url``, or the
"saved from url" note browsers write) opens the text, so its figures can be cited.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Elements whose content is never shown as text.
_HIDDEN = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "object"})
# Elements that start a new line.
_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
        "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table",
        "tbody", "thead", "tfoot", "tr", "ul", "caption", "summary", "details",
    }
)  # fmt: skip
_HTML_START = re.compile(
    r"\A\ufeff?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>])",
    re.IGNORECASE | re.DOTALL,
)
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(https?://[^\s>]+)\s*-->", re.IGNORECASE)
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_-]{2,40})""", re.I)
_SPACES = re.compile(r"[ \t\r\f\v\n\u00a0]+")


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is an HTML document (a doctype, ``<html>`` or ``<head>`` first).

    >>> looks_like_html("<!-- saved -->\\n<!DOCTYPE html><html>...")
    True
    >>> looks_like_html("Nurse pay in <b>Ohio</b>: $40 an hour")
    False
    """
    return _HTML_START.match(text[:4096]) is not None


def declared_charset(data: bytes) -> str | None:
    """The character set an HTML document's ``<meta>`` declares, if any.

    >>> declared_charset(b'<html><head><meta charset="windows-1252">')
    'windows-1252'
    """
    found = _CHARSET.search(data[:4096])
    return found.group(1).decode("ascii").lower() if found else None


class _VisibleText(HTMLParser):
    """Collects the visible text as lines, and the page's title and own address."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.line: list[str] = []
        self.hidden = 0  # depth inside elements never shown
        self.in_title = False
        self.title: list[str] = []
        self.url = ""

    def _break(self) -> None:
        text = _SPACES.sub(" ", "".join(self.line)).strip()
        if text and text not in ("|", "-"):
            self.lines.append(text)
        self.line = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag == "title":
            self.in_title = True
        elif tag in ("link", "meta"):
            self._address(dict(attrs))
        if self.hidden:
            return
        if tag in _BLOCKS:
            self._break()
        if tag == "li":
            self.line.append("- ")
        elif tag in ("td", "th"):
            self.line.append(" | ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            return  # an empty hidden element hides nothing
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag == "title":
            self.in_title = False
        elif not self.hidden and tag in _BLOCKS:
            self._break()

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not self.hidden:
            self.line.append(data)

    def _address(self, attrs: dict[str, str | None]) -> None:
        # The canonical link first; og:url only when no canonical link came before it.
        rel = (attrs.get("rel") or "").lower().split()
        if "canonical" in rel:
            self.url = attrs.get("href") or self.url
        elif (attrs.get("property") or "").lower() == "og:url" and not self.url:
            self.url = attrs.get("content") or ""


def _address(linked: str, html: str) -> str:
    """The page's linked address if it is a web address, else the "saved from url" note's."""
    linked = linked.strip()
    if linked.lower().startswith(("http://", "https://")):
        return linked
    saved = _SAVED_FROM.search(html[:4096])
    return saved.group(1) if saved else ""


def page_address(html: str) -> str:
    """The page's own address, read from its head (``""`` when it states none).

    >>> page_address('<html><head><meta property="og:url" content="https://a.example/j/1">')
    'https://a.example/j/1'
    """
    head_end = html.lower().find("</head>")
    reader = _VisibleText()
    reader.feed(html if head_end < 0 else html[:head_end])
    return _address(reader.url, html)


def html_page_text(html: str) -> str:
    """The page as text: its address, its title, a blank line, then what a visitor reads.

    >>> html_page_text('<!-- saved from url=(0024)https://jobs.example/7 -->'
    ...                '<html><body><table><tr><td>Boston</td><td>$40</td></tr></table>')
    'https://jobs.example/7\\n\\nBoston | $40'
    """
    reader = _VisibleText()
    reader.feed(html)
    reader.close()
    reader._break()
    url = _address(reader.url, html)
    title = _SPACES.sub(" ", "".join(reader.title)).strip()
    body = "\n".join(line.removeprefix("| ") for line in reader.lines)
    head = "\n".join(part for part in (url, title) if part)
    return f"{head}\n\n{body}" if head else body
