"""The job a ranked list's item heading names, for the figures under it.

    role = item_role(text, figure_start)  # None: no item heading names a known job
    role = first_item_role(text)  # a page about a list of jobs: its first item's job

Lists of the best-paid jobs head each item with the job, then describe it and give its
pay a line or more below ("39. Farmers, ranchers, and other agricultural managers" /
"What they do: ..." / "Median annual wage in 2020: $68,090"). Used by
``store.ingest.attribution.subjects``: such a figure is the heading's job, not the page's first.
"""

from __future__ import annotations

import re

from store.models import Role
from store.resolve.levels import normalise, trainee_words_after_job
from store.resolve.roles import role_at_level, role_from_title
from store.resolve.titles import titles_in, words_of

_ITEM_LINES = 4  # an item's heading is at most this many lines above its figure
_HEADING_REACH = 90  # a heading is a short line: a job's name, not a sentence
# "39. Farmers, ranchers, and other agricultural managers", "10) Dental Hygienist".
_HEADING = re.compile(r"^[ \t]*\d{1,3}[.)][ \t]+([A-Z][^\n$€£\d]*?)[ \t:]*$", re.MULTILINE)
_CUE = re.compile(r"^[ \t]*\d{1,3}[.)][ \t]+[A-Z]", re.MULTILINE)
# A bulleted item's label on a line of its own: "  • State Trooper Recruit".
_BULLET_HEADING = re.compile(r"[ \t]*[•*–-][ \t]+([A-Z][^\n$€£₹\d]{2,60}?)[ \t:]*")
# A bulleted item headed by a job and its pay on one line: "• Software Engineer. £49,500".
_BULLET_ITEM = re.compile(
    r"^[ \t]*[•*–-][ \t]+([A-Z][^\n$€£₹\d:.]{2,60}?)[ \t]*[.:][ \t]*(?:[A-Z]{0,3}[$€£₹])",
    re.MULTILINE,
)


def _window_start(text: str, start: int) -> int:
    """Where the lines an item's heading may sit on start, above a figure at ``start``."""
    at = start
    for _ in range(_ITEM_LINES):
        at = text.rfind("\n", 0, at)
        if at <= 0:
            return 0
    return at + 1


def item_role(text: str, start: int) -> Role | None:
    """The known job the nearest list-item heading above a figure names, read strictly.

    >>> text = "39. Claims adjusters, examiners, and investigators\\nWhat they do: review "
    >>> text += "claims.\\nMedian annual wage in 2020: $68,270"
    >>> item_role(text, text.index("$")).slug
    'claims-adjuster'
    >>> item_role("1. Toledo, OH\\nAverage salary: $42,718", 30) is None
    True
    """
    window = _window_start(text, start)
    if _CUE.search(text, window, start) is None:
        return bullet_heading_role(text, start)  # no numbered item heading above it
    headings = list(_HEADING.finditer(text, window, start))
    if not headings:
        return None
    label = headings[-1][1].strip()
    return heading_role(label) if len(label) <= _HEADING_REACH else None


def heading_role(label: str) -> Role | None:
    """The known job a numbered item's heading names: read strictly, as running text, or
    as a title when the heading is a job's name and nothing more ("15. Pharmacist": one
    word an everyday sentence might use otherwise, but a heading of its own is a title).

    >>> heading_role("Pharmacist").slug, heading_role("Registered nurses").slug
    ('pharmacist', 'registered-nurse')
    >>> heading_role("Toledo, OH"), heading_role("Pharmacist pay in Ohio")
    (None, None)
    """
    strict = role_from_title(label, strict=True)
    if strict is not None:
        return strict
    words = words_of(normalise(label))
    found = titles_in(" ".join(words), with_level=False, strict=False)
    whole = len(found) == 1 and found[0][:2] == (0, len(words))
    return role_from_title(label) if whole else None


def bullet_heading_role(text: str, start: int) -> Role | None:
    """The known job a bulleted item's label names on the line right above a figure that
    opens its line, at the trainee level when the label names one ("Recruit"):
    "  • State Trooper Recruit" / "    $30.24 per hour" is a police officer in training.

    >>> bullet_heading_role("• State Trooper Recruit\\n  $30.24 per hour", 26).slug
    'police-officer-intern'
    >>> bullet_heading_role("• Benefits\\n  $30.24 per hour", 14) is None
    True
    """
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0 or text[line_start:start].strip():
        return None  # the usual case: words before the figure on its line
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    heading = _BULLET_HEADING.fullmatch(text, above_start, line_start - 1)
    role = heading and role_from_title(heading[1], strict=True)
    if not role:
        return None
    trainee = not trainee_words_after_job().isdisjoint(heading[1].lower().split())
    return role_at_level(role, "intern") if trainee else role


def first_item_role(text: str) -> Role | None:
    """The known job the first list-item heading of a text names that names one: the job
    a page is about when its title and opening name none, as a list of the best-paid
    jobs ("The 10 Highest Paying Jobs ..." then "10. Dental Hygienist"), or bulleted
    items that each open on a job and its pay ("• Software Engineer. £49,500").

    >>> first_item_role("Methodology: BLS data.\\n\\n10. Dental Hygienist\\nMedian: $72,910").slug
    'dental-hygienist'
    >>> first_item_role("1. Toledo, OH\\n2. Dayton, OH") is None
    True
    >>> first_item_role("By job:\\n  • Data Scientist. £46,000 (US$63,800)").slug
    'data-scientist'
    """
    headings = _BULLET_ITEM.finditer(text) if _CUE.search(text) is None else _HEADING.finditer(text)
    for heading in headings:
        label = heading[1].strip()
        role = heading_role(label) if len(label) <= _HEADING_REACH else None
        if role is not None:
            return role
    return None
