r"""A text with pay in it that fits no other layout: read as one page, not refused.

    >>> from datetime import UTC, date, datetime
    >>> text = "\n".join(["# Data Analyst Intern pay at Acme, Austin, TX",
    ...     "https://acme.example/jobs/1", "Data analyst interns here earn $24-$28 an hour."])
    >>> reading = read_generic_page(text, doc_date=date(2026, 5, 1), now=datetime.now(UTC))
    >>> reading.title, [(o.role, o.min_amount, o.period) for o in reading.observations]
    ('Data Analyst Intern pay at Acme, Austin, TX', [('data-analyst-intern', 24.0, 'hour')])

The page is attributed the way a search result is (``store.ingest.report``): its
title is its first heading, or its first line; its URL the first one it names;
its role and place come from the title and the text. A page that names no job
title yields nothing, with that reason, like any result.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from store.extract.figures import extract_pay
from store.ingest.pagelines import first_url
from store.ingest.report import ReportParse, parse_search_results, self_date

_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(?P<title>\S.{0,200}?)\s*#*\s*$", re.MULTILINE)
_FIRST_LINE = re.compile(r"^\s*(?P<title>\S.{0,200}?)\s*$", re.MULTILINE)
_TITLE_REACH = 2_000  # a page's title and date sit near its top


def has_pay(text: str) -> bool:
    """Whether ``text`` states at least one pay figure with its period."""
    return any(figure.period for figure in extract_pay(text))


def page_title(text: str) -> str:
    """The page's first heading, else its first line that is more than its address or
    the date it was saved (a saved page often opens with those).

    >>> page_title("https://example.org/guide\\nSaved: June 1, 2026\\n\\nNurse Pay in Ohio")
    'Nurse Pay in Ohio'
    """
    top = text[:_TITLE_REACH]
    heading = _HEADING.search(top)
    if heading is not None:
        return heading.group("title").strip()
    for found in _FIRST_LINE.finditer(top):
        line = found.group("title").strip()
        if first_url(line) != line and self_date(line) is None:
            return line
    return ""


NO_ADDRESS_HINT = "ingest it with --url ADDRESS, or put its address on the file's first line"


def read_generic_page(text: str, *, doc_date: date, now: datetime) -> ReportParse:
    """The figures and posting of a page read as one search result."""
    url = first_url(text)
    title = page_title(text)
    result = {"title": title, "url": url, "content": text}
    parse = parse_search_results(
        [result], doc_date=self_date(text[:_TITLE_REACH]) or doc_date, now=now
    )
    parse.title = title or None
    if not url:  # say how to mend it: the address on the first line is read as the page's
        parse.skipped = [
            skip.model_copy(update={"reason": f"{skip.reason}: {NO_ADDRESS_HINT}"})
            for skip in parse.skipped
        ]
    return parse
