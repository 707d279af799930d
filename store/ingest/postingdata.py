"""A job page's structured data (schema.org ``JobPosting`` in JSON-LD) as pay-table rows.

    >>> rows = posting_rows('''<html><head><script type="application/ld+json">
    ... {"@context": "https://schema.org", "@type": "JobPosting", "title": "Registered Nurse",
    ...  "hiringOrganization": {"@type": "Organization", "name": "Acme Health"},
    ...  "datePosted": "2026-11-02T08:00:00Z", "url": "https://jobs.example/rn-7",
    ...  "jobLocation": {"@type": "Place", "address": {"addressLocality": "Tucson",
    ...                  "addressRegion": "AZ", "addressCountry": "US"}},
    ...  "baseSalary": {"@type": "MonetaryAmount", "currency": "USD",
    ...                 "value": {"minValue": 38.5, "maxValue": 52.75, "unitText": "HOUR"}}}
    ... </script></head></html>''')
    >>> rows[0]["title"], rows[0]["location"], rows[0]["min pay"], rows[0]["pay type"]
    ('Registered Nurse', 'Tucson, AZ', '38.5', 'HOUR')

Career sites and job boards publish this block for search engines, so it states a
posting's title, employer, place, date, employment type, closing date and base pay in
fields rather than prose. Each
posting with base pay becomes one row in the column names of ``pay_columns.json``, and
the pay-table reader then reads it as it reads a recruiter's own table: the same role,
place, amount and period readers, a company making it a posting.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from store.resolve.geography.world import foreign_get

_JSON_LD = re.compile(
    r"""<script\b[^>]{0,200}?type\s*=\s*["']?application/ld\+json["']?[^>]{0,200}>(.*?)</script>""",
    re.IGNORECASE | re.DOTALL,
)
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_MAX_DEPTH = 8  # a posting sits at most a few levels down (@graph, itemListElement)


def _nodes(value: Any, depth: int = 0) -> Iterator[dict]:
    """Every JSON object in ``value``, outermost first."""
    if depth > _MAX_DEPTH:
        return
    if isinstance(value, dict):
        yield value
        for item in value.values():
            yield from _nodes(item, depth + 1)
    elif isinstance(value, list):
        for item in value:
            yield from _nodes(item, depth + 1)


def _is_posting(node: dict) -> bool:
    kind = node.get("@type")
    return kind == "JobPosting" or (isinstance(kind, list) and "JobPosting" in kind)


def _text(value: Any) -> str:
    """A field's text: a string, a number, or the ``name`` of an object."""
    if isinstance(value, dict):
        value = value.get("name")
    if isinstance(value, list):
        value = value[0] if value else None
    return "" if value is None or isinstance(value, (dict, list)) else str(value).strip()


def _country(value: Any) -> str:
    """A country as the place readers know it: 'Australia' for 'AU'; '' for the US."""
    country = _text(value)
    if not country or country.upper() in ("US", "USA", "UNITED STATES"):
        return ""
    named = foreign_get(f"country:{country.upper()}") if len(country) == 2 else None
    return named.name if named is not None else country


def _location(posting: dict) -> str:
    """'Tucson, AZ', 'Perth, Australia', 'Remote', or '' from ``jobLocation`` and
    ``jobLocationType``; remote work for applicants abroad is placed in their country."""
    place = posting.get("jobLocation")
    if isinstance(place, list):
        place = place[0] if place else None
    address = place.get("address") if isinstance(place, dict) else None
    if isinstance(address, str):
        written, country = address.strip(), ""
    elif isinstance(address, dict):
        country = _country(address.get("addressCountry"))
        # Abroad the region is left out: "Perth, WA" would read as Washington state.
        keys = ("addressLocality",) if country else ("addressLocality", "addressRegion")
        parts = [_text(address.get(key)) for key in keys]
        written = ", ".join(part for part in (*parts, country) if part)
    else:
        written, country = "", ""
    if "TELECOMMUTE" in str(posting.get("jobLocationType", "")).upper():
        abroad = country or _country(posting.get("applicantLocationRequirements"))
        return abroad or "Remote"
    return written


def _pay(posting: dict) -> dict[str, str]:
    """The pay cells of ``baseSalary``: min, max or a single figure, currency and period."""
    salary = posting.get("baseSalary")
    if not isinstance(salary, dict):
        return {}
    value = salary.get("value", salary)
    if not isinstance(value, dict):
        value = {"value": value}
    cells = {
        "currency": _text(salary.get("currency") or value.get("currency")),
        "pay type": _text(value.get("unitText") or salary.get("unitText")),
        "min pay": _text(value.get("minValue")),
        "max pay": _text(value.get("maxValue")),
        "pay": _text(value.get("value")),
    }
    if not (cells["min pay"] or cells["max pay"] or cells["pay"]):
        return {}
    return {key: cell for key, cell in cells.items() if cell}


def _row(posting: dict, page_url: str) -> dict[str, str] | None:
    pay = _pay(posting)
    if not pay:
        return None
    posted = _DAY.match(_text(posting.get("datePosted")))
    closes = _DAY.match(_text(posting.get("validThrough")))
    return {
        "title": _text(posting.get("title")),
        "company": _text(posting.get("hiringOrganization")),
        "location": _location(posting),
        "url": _text(posting.get("url")) or page_url,
        "date posted": posted.group() if posted else "",
        "valid through": closes.group() if closes else "",
        "employment type": _employment(posting.get("employmentType")),
        **pay,
    }


def _employment(value: Any) -> str:
    """schema.org's employment types as people write them: "FULL_TIME" -> "Full time".

    >>> _employment(["FULL_TIME", "PER_DIEM"]), _employment("Part-time"), _employment(None)
    ('Full time, Per diem', 'Part-time', '')
    """
    kinds = value if isinstance(value, list) else [value]
    written = [_text(kind) for kind in kinds if isinstance(kind, str)]
    return ", ".join(
        kind.replace("_", " ").capitalize() if kind.isupper() else kind for kind in written if kind
    )


def has_posting_data(html: str) -> bool:
    """Whether ``html`` may hold a JobPosting with base pay (a cheap check, no parsing).

    >>> has_posting_data('<script type="application/ld+json">{"@type": "Article"}</script>')
    False
    """
    return "JobPosting" in html and "baseSalary" in html and _JSON_LD.search(html) is not None


def posting_rows(html: str, page_url: str = "") -> list[dict[str, str]]:
    """Every JobPosting in the page's JSON-LD that states base pay, as a pay-table row;
    ``page_url`` cites a posting that states no ``url`` of its own. A block that is not
    valid JSON is passed over, as browsers and search engines pass it over."""
    rows = []
    for block in _JSON_LD.finditer(html):
        try:
            data = json.loads(block.group(1))
        except (ValueError, RecursionError):  # RecursionError: nested beyond json's depth
            continue
        for node in _nodes(data):
            if _is_posting(node) and (row := _row(node, page_url)) is not None:
                rows.append(row)
    return rows
