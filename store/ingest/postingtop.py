"""What a single posting's opening lines say about it, read the way a board card's lines
are (``store.ingest.boards.lines``): who offers it, where, what kind of job, and when it
was posted.

    >>> from datetime import date
    >>> top = posting_top(
    ...     "Respiratory Therapist - Night Shift\\n"
    ...     "Mercy Valley Hospital · Fresno, CA · Full-time\\n"
    ...     "$38 - $46 an hour\\nPosted 5 days ago\\n\\nJoin our team of therapists.",
    ...     "Respiratory Therapist - Night Shift",
    ...     date(2026, 6, 1),
    ... )
    >>> top.company, top.place, top.employment, top.posted
    ('Mercy Valley Hospital', 'Fresno, CA', 'Full-time', datetime.date(2026, 5, 27))

A posting saved from an employer's site or an ATS opens on its title, then a byline
("Company · Place · Full-time", or the company alone above a line of pay or place),
then lines of facts; some write them as labelled fields ("Company: ...", "Job Type:
Full-time", "Date Posted: December 1, 2025"). Only the top lines are read, and only
when a cheap look finds a card's words there.
"""

from __future__ import annotations

import re
from datetime import date

from pydantic import BaseModel

from store.extract.dates.written import parse_date
from store.ingest.boards.lines import CardLine, read_line
from store.ingest.boards.unseen import UNSEEN
from store.ingest.pagelines import EMPLOYMENT, split_lines

_TOP_LINES = 12  # non-blank lines: a posting's byline and facts come before its prose
_CUE_REACH = 500
_TOP_REACH = 2_000  # characters: the top lines are within them
# Words a posting's top uses and a salary guide's rarely does, each looked for as a plain
# substring of the opening (much faster than one pattern over the lowered text).
_CARD_CUES = (
    " · ", " • ", "Posted", "posted on", "Listed on", "Job Type:", "Employment Type:",
    "Company:", "Full-time\n", "Full_time", "Part-time\n",
)  # fmt: skip
# A line with money on it is a line of pay (or a sentence about pay): never the byline or a
# place, so it is not read further (reading its figures is the costly part of a line).
_MONEY = re.compile(r"[$€£]\s?\d")
_FIELD = re.compile(
    r"^(?P<label>company|employer|organi[sz]ation|location|job type|employment type|"
    r"date posted|posted(?: on)?|listed on)\s*:\s*(?P<value>\S.{0,80})$",
    re.IGNORECASE,
)
# A facts line a byline above it is confirmed by: its place, pay, date or kind of job,
# or a labelled field.
_FACTS = ("place", "detail", "pay")


class PostingTop(BaseModel):
    """What a posting's top lines state; None where they do not."""

    company: str | None = None
    place: str | None = None
    employment: str | None = None
    posted: date | None = None

    @property
    def reads_as_card(self) -> bool:
        """Whether the top is a posting's: a company with a kind of job, or with a place and
        a posted date (a blog's byline has an author and a date, never a place)."""
        return bool(self.company and (self.employment or (self.place and self.posted)))


def may_have_top(content: str) -> bool:
    """The cheap look: whether the opening uses a card's words at all."""
    opening = content[:_CUE_REACH]
    return any(cue in opening for cue in _CARD_CUES)


def posting_top(content: str, title: str, doc_date: date) -> PostingTop:
    """The company, place, kind of job and posted date a posting's top lines state."""
    lines: list[str] = []
    read: list[CardLine] = []
    for line in split_lines(content[:_TOP_REACH]):
        if not line:
            continue
        lines.append(line)
        read.append(_read(line, doc_date))
        if len(lines) == _TOP_LINES or (read[-1].kind == "prose" and len(lines) > 2):
            break  # a posting's byline and facts come before its prose
    fields: dict[str, object] = {"company": _byline_company(lines, read, title)}
    for line, card in zip(lines, read, strict=True):
        for name, value in (*_field(line), ("place", card.place), ("posted", card.posted),
                            ("employment", _employment(card.employment))):  # fmt: skip
            if value and not fields.get(name):
                fields[name] = value
    return PostingTop.model_validate(fields)


def _read(line: str, doc_date: date) -> CardLine:
    """One top line as a card's line; one with money on it is pay, read no further."""
    if _MONEY.search(line):
        return CardLine(text=line, kind="pay")
    return read_line(line, UNSEEN, doc_date)


def _byline_company(lines: list[str], read: list[CardLine], title: str) -> str | None:
    """The company a byline names right under the title: its first part ("Mercy Valley
    Hospital · Fresno, CA"), or the whole line when a line of facts follows it."""
    kept = [i for i, card in enumerate(read) if card.kind != "noise"]  # badges, its address
    if len(kept) < 2 or lines[kept[0]].casefold() != title.strip().casefold():
        return None
    byline = kept[1]
    card = read[byline]
    if card.kind == "detail":  # "Mercy Valley Hospital · Fresno, CA · Full-time"
        first = re.split(r"\s+[·•]\s+", lines[byline])[0]
        return first if read_line(first, UNSEEN, date.min).kind == "text" else None
    facts = len(kept) > 2 and (read[kept[2]].kind in _FACTS or _FIELD.match(lines[kept[2]]))
    return lines[byline] if card.kind == "text" and facts else None


def _field(line: str) -> tuple[tuple[str, object], ...]:
    """A labelled field as (name, value): "Company: The New York Times", "Job Type: Full-time"."""
    field = _FIELD.match(line)
    if field is None:
        return ()
    label, value = field["label"].lower(), field["value"].strip()
    if label in ("company", "employer", "organization", "organisation"):
        return (("company", value),)
    if label == "location":
        return (("place", value),)
    if label in ("job type", "employment type"):
        return (("employment", _employment(value)),)
    return (("posted", parse_date(value.split("(")[0])),)


def _employment(value: str | None) -> str | None:
    """A kind of job as written ("Full-time", "Full_time"), or None for anything else."""
    if value is None:
        return None
    written = value.replace("_", "-").strip()
    return written if EMPLOYMENT.match(written) else None
