"""Jobs listed as items, each its own job's pay: a page's list whose items are headed by
a job, with the item's pay on the heading's line or on field lines right under it.

    items = job_items(text)      # [JobItem(role, heading, start, end, place), ...]

Four layouts, one reading:

- a job alert's postings: "3. Travel Nurse RN - ED - $2,393 per week", then field lines
  marked by a symbol, "🏛️ Vivian Health", "📍 Lincoln, ME", "💰 $2,393 weekly";
- a staffing blog's in-demand jobs: "Pharmacy Technician", then "Label: value" lines,
  "National Average wage/salary: $30k", "Number of postings: 3,156";
- a hiring event's positions, one a line: "- Store Associate – $11.75 – $13.50 per hour";
- a local paper's numbered postings in prose: "1. Acme Care - Registered Nurse", then
  "Acme Care in nearby Arden Hills is seeking a registered nurse. The job pays ...".

Each item's figures are read from the item alone (a page-wide phrase such as "impossibly
low prices" can hide a list's figures from a reading of the whole page), under the job
its heading names and at the place its "📍" line or its words name. A page needs two
such items; a line of prose is never a heading, so running text stays with the page's
other readings. Used by ``store.ingest.report`` for any page: a page listing two jobs
is no single posting.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import NamedTuple

from store.extract.figures import extract_pay
from store.ingest.attribution.figures import Attribution, observations_from_figures
from store.ingest.attribution.pagestate import bare_town
from store.ingest.parsed import Skip
from store.models import Observation, Place, Role
from store.resolve.places import get_place, resolve_place
from store.resolve.roles import open_role, role_from_title

_MONEY = re.compile(r"[$£€₹]\s?\d")
# A line that is a field of the item above it: marked by a symbol ("📍 Lincoln, ME",
# "💰 $2,393 weekly") or a short label and its value ("Number of postings: 3,156").
_FIELD = re.compile(r"^(?:[^\w\s$£€₹(\"'“‘-]+\s*\S|[A-Z][\w /&'().-]{1,48}:\s*\S)")
# The field naming an item's place: "📍 Lincoln, ME", "Location: Onsted, Mich., (pop. 993)".
_LOCATION = re.compile(r"^(?:📍|Location:)\s*")
_ASIDE = re.compile(r",?\s*\(.*$")
_LOCATION_LINE = re.compile(r"^[ \t]*(?:📍|Location:).*$", re.MULTILINE)
# A list item whose job and pay share its line: "- Store Associate – $11.75 – $13.50".
_ONE_LINE = re.compile(r"^\s*(?:[-•*]|\d{1,2}[.)])\s+(?P<job>[^$£€₹:–—-]{3,60}?)\s*[–—:-]\s*[$£€₹]")
_NUMBER = re.compile(r"^\s*(?:[-•*]|\d{1,2}[.)])\s+")
# A heading's tail after its job: a dash and the pay, or the posting's specialty.
_TAIL = re.compile(r"\s+[-–—]\s+.*$")
# "in nearby Arden Hills": the town is named as any other ("in Arden Hills").
_NEARBY = re.compile(r"(?<=\bin) nearby\b")
_MAX_FIELDS = 5  # field lines an item's pay may sit under its heading
_MAX_PARAGRAPHS = 3  # paragraphs of prose a numbered posting's heading heads
_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s+\S")


class JobItem(NamedTuple):
    role: Role
    heading: str
    start: int  # where the item's heading begins
    end: int  # where its last field line ends
    place: Place | None  # the place its "📍" line names, if any


def _lines(text: str) -> list[tuple[int, str]]:
    found, at = [], 0
    for line in text.split("\n"):
        found.append((at, line))
        at += len(line) + 1
    return found


def heading_role(line: str, *, open_ok: bool) -> Role | None:
    """The job a list item's heading names: the leftmost known job, or in a path of
    three or more slash-separated parts the last part naming one (a job board's
    category path runs from the general to the specific); with ``open_ok``, a short
    heading the catalog lacks, and no place, is a role of its own.

    >>> heading_role("3. Travel Nurse RN - ED - Emergency Department", open_ok=False).slug
    'registered-nurse'
    >>> heading_role("Physician / Optometrist / Maine / Locum / Optometrist", open_ok=False).slug
    'optometrist'
    >>> heading_role("Nursing Supervisor", open_ok=True).slug
    'nursing-supervisor'
    """
    text = _NUMBER.sub("", line).strip()
    parts = [part.strip() for part in text.split("/")]
    if len(parts) >= 3:
        for part in reversed(parts):
            role = role_from_title(part)
            if role is not None:
                return role
        return None
    role = role_from_title(text)
    if role is not None or not open_ok:
        return role
    bare = _TAIL.sub("", text)
    # A name, not a sentence: in title case, or a numbered item's ("1. Honey bottle filler")
    named = bare.istitle() or (_NUMBERED.match(line) is not None and bare[:1].isupper())
    short = len(bare.split()) <= 5 and named
    return open_role(bare) if short and resolve_place(bare, guess=False) is None else None


def _heading_item(lines: list[tuple[int, str]], at: int) -> JobItem | None:
    """The item headed by line ``at``: its field lines right under it (blank lines
    between allowed) hold its pay; None when the line heads no such item."""
    start, heading = lines[at]
    stripped = heading.strip()
    if not stripped or len(stripped) > 100 or stripped[-1] in ".:!?" or _FIELD.match(stripped):
        return None
    fields = []
    for offset, line in lines[at + 1 :]:
        if not line.strip():
            continue
        if not _FIELD.match(line.strip()) or len(fields) == _MAX_FIELDS:
            break
        fields.append((offset, line.strip()))
    if not any(_MONEY.search(line) for _, line in fields):
        return None
    role = heading_role(stripped, open_ok=True)
    if role is None:
        return None
    end = fields[-1][0] + len(fields[-1][1])
    marked = next((_LOCATION.sub("", line) for _, line in fields if _LOCATION.match(line)), None)
    read = resolve_place(_ASIDE.sub("", marked).strip(), guess=False) if marked else None
    return JobItem(role, _TAIL.sub("", _NUMBER.sub("", stripped)), start, end, read and read.place)


def _unpaid_item(lines: list[tuple[int, str]], at: int) -> bool:
    """Whether line ``at`` is a numbered heading over two or more field lines, none with
    money: an item of a listing whose pay is "Not listed"."""
    stripped = lines[at][1].strip()
    if not _NUMBERED.match(stripped) or len(stripped) > 100 or stripped[-1] in ".:!?":
        return False
    fields = []
    for _, line in lines[at + 1 : at + 1 + _MAX_FIELDS]:
        if not _FIELD.match(line.strip()):
            break
        fields.append(line.strip())
    paid = any(_MONEY.search(line) for line in fields if not _LOCATION.match(line))
    return len(fields) >= 2 and not paid


def _prose_item(lines: list[tuple[int, str]], at: int) -> JobItem | None:
    """The item a numbered heading naming a known job heads with a paragraph or two of
    prose ("1. Acme Health - Registered Nurse" / "Acme Health in Saint Paul is seeking a
    registered nurse. The job pays up to $40 an hour."), up to the next numbered line."""
    start, heading = lines[at]
    stripped = heading.strip()
    if not stripped[:1].isdecimal() or not _NUMBERED.match(stripped):  # the digit first
        return None
    if len(stripped) > 100 or stripped[-1] in ".:!?":
        return None
    body = []
    for offset, line in lines[at + 1 :]:
        if _NUMBERED.match(line) or len(body) == _MAX_PARAGRAPHS:
            break
        if line.strip():
            body.append((offset, line))
    if not body or _FIELD.match(body[0][1].strip()) or not any(_MONEY.search(t) for _, t in body):
        return None
    role = heading_role(stripped, open_ok=False)
    if role is None:
        return None
    end = body[-1][0] + len(body[-1][1])
    return JobItem(role, _NUMBER.sub("", stripped), start, end, None)  # "Employer - Job"


def _line_item(start: int, line: str) -> JobItem | None:
    first = line.lstrip()[:1]  # a bullet or a digit opens the item: looked at first
    match = _ONE_LINE.match(line) if first and (first in "-•*" or first.isdecimal()) else None
    role = heading_role(match["job"], open_ok=False) if match else None  # "- Boston: $89k"
    if role is None or match is None:
        return None
    return JobItem(role, match["job"].strip(), start, start + len(line), None)


def _heads_nothing(line: str) -> bool:
    """Whether a line can head no item and be no unpaid one: blank, or longer than any
    heading (100 characters) and opened by neither a bullet nor a digit (a paragraph).

    >>> _heads_nothing("   "), _heads_nothing("- Store Associate – $11.75")
    (True, False)
    >>> _heads_nothing("x" * 101), _heads_nothing("1. " + "x" * 101)
    (True, False)
    """
    stripped = line.strip()
    if not stripped:
        return True
    first = stripped[0]
    return len(stripped) > 100 and first not in "-•*" and not first.isdecimal()


def job_items(text: str) -> list[JobItem]:
    """The page's job items, in order; [] unless it lists two or more, at least one of
    them a job the catalog knows.

    >>> [i.role.slug for i in job_items("Positions:\\n- Store Associate – $11.75 per hour\\n"
    ...                                 "- Shift Manager – $16.25 per hour")]
    ['retail-associate', 'food-service-supervisor']
    >>> job_items("Nurses earn $40 an hour.\\nTeachers earn $30 an hour.")
    []
    """
    if text.count("\n") < 2 or not _MONEY.search(text):
        return []  # a cheap look: a list needs lines and money
    lines = _lines(text)
    items: list[JobItem] = []
    unpaid = 0  # a listing's items whose pay is not listed ("Wages/salary: Not listed.")
    for at, (start, line) in enumerate(lines):
        if items and start < items[-1].end:
            continue  # a field line of the item above
        if _heads_nothing(line):
            continue  # a cheap look: no reading below takes a blank line or a paragraph
        item = _heading_item(lines, at) or _line_item(start, line) or _prose_item(lines, at)
        if item is not None:
            items.append(item)
        elif _unpaid_item(lines, at):
            unpaid += 1
    known = any(heading_role(item.heading, open_ok=False) for item in items)
    listed = len(items) >= 2 or (len(items) == 1 and unpaid >= 1)
    return items if listed and (known or unpaid) else []


def _in_us_state(place: Place | None) -> bool:
    return place is not None and place.country == "US" and bool(place.state)


def item_observations(
    text: str, items: list[JobItem], about: Attribution, *, now: datetime, skipped: list[Skip]
) -> list[Observation]:
    """Each item's figures, read from the item alone, under its job and at its place:
    its "📍" line's, else the town of the page's state its words name bare ("in nearby
    Arden Hills" on a Minneapolis page), else the page's."""
    observations: list[Observation] = []
    state = get_place(f"state:US-{about.place.state}") if _in_us_state(about.place) else None
    for item in items:
        # A place's own money is no pay: "Location: Onsted, Mich., (median family income $52,500)"
        block = _LOCATION_LINE.sub(lambda line: " " * len(line[0]), text[item.start : item.end])
        town = bare_town(_NEARBY.sub("", block), state) if state is not None else None
        place = item.place or town or about.place
        own = about.model_copy(
            update={"role": item.role, "role_published": item.heading, "place": place}
        )
        observations += observations_from_figures(
            block, extract_pay(block), own, now=now, skipped=skipped, labelled_until=len(block)
        )
    return observations
