"""A board's own pay statistics for a search: "Average base salary / $38.50 per hour",
"$31 /hr / Avg. base salary", "Most likely range / $26 - $37 /hr".

    >>> statements(["Avg. base salary", "$31 /hr", "", "Most likely range", "$26 - $37 /hr"])
    [('average', 'Avg. base salary: $31 /hr'), ('range', 'Most likely range: $26 - $37 /hr')]

A label and its figure may share a line or sit on neighbouring lines, the
figure after (Indeed) or before (Glassdoor) its label. The label's words give
the kind: average, median or range.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from store.extract.figures import extract_pay
from store.ingest.attribution.figures import Attribution, attributed_role, observations_from_figures
from store.ingest.attribution.pagetitles import location_phrase, pay_page_job, role_phrase
from store.ingest.boards.lines import pay_line
from store.ingest.boards.unseen import UNSEEN
from store.ingest.parsed import Skip
from store.models import FigureKind, Observation
from store.resolve.places import place_from_text
from store.resolve.sites import source_kind

_LABEL = re.compile(
    r"^(?:(?P<median>median)|(?P<range>(?:most )?likely range|salary range|pay range)|"
    r"(?P<average>avg\.?|average|mean|typical))\b.{0,40}$|"
    r"^\S.{0,30}\s(?:(?P<median2>median)|(?P<average2>avg\.?|average))\s.{0,30}$",
    re.IGNORECASE,
)


def _label_of(line: str) -> str:
    """A line without its money: what is left names the statistic."""
    return re.sub(
        r"[$€£]\s?[\d.,]+[kK]?(?:\s*[-–]\s*[$€£]?[\d.,]+[kK]?)?\s*(?:/\s*\w+)?", " ", line
    )


def label_kind(line: str) -> FigureKind | None:
    """The kind of statistic a line labels ("Avg. base salary" -> average), if it labels one."""
    match = _LABEL.match(_label_of(line).strip())
    if match is None:
        return None
    if match["median"] or match["median2"]:
        return "median"
    return "range" if match["range"] else "average"


def statements(lines: list[str]) -> list[tuple[FigureKind, str]]:
    """Each labelled statistic on a page, as (kind, "label: figure")."""
    found: list[tuple[FigureKind, str]] = []
    used: set[int] = set()
    shown = [(i, line) for i, line in enumerate(lines) if line]
    for position, (index, line) in enumerate(shown):
        kind = label_kind(line)
        if kind is None or len(line) > 80:
            continue
        if pay_line(line, UNSEEN):
            found.append((kind, line))
            used.add(index)
            continue
        neighbours = shown[position + 1 : position + 2] + shown[max(0, position - 1) : position]
        for near, text in neighbours:
            if near not in used and pay_line(text, UNSEEN):
                found.append((kind, f"{line}: {text}"))
                used.add(near)
                break
    return found


def statistics(
    lines: list[str],
    *,
    title: str | None,
    site: str,
    url: str,
    note: str | None,
    doc_date: date,
    now: datetime,
    skipped: list[Skip],
) -> list[Observation]:
    """The board's statistics as observations for the page's role and place."""
    said = statements(lines)
    if not said:
        return []
    text = "\n".join(statement for _, statement in said)
    role = attributed_role(title, job_title=pay_page_job(title)) if title else None
    if role is None:
        skipped += [Skip(what=s, reason="the page names no job title") for _, s in said]
        return []
    place = place_from_text(title) if title else None
    figures, start = [], 0
    for kind, statement in said:
        for figure in extract_pay(statement):
            span = (figure.span[0] + start, figure.span[1] + start)
            update = {"span": span} if kind == "range" else {"span": span, "kind": kind}
            figures.append(figure.model_copy(update=update))
        start += len(statement) + 1
    about = Attribution(
        source=site,
        source_kind=source_kind(url, text, is_posting=False),
        url=url,
        title=title,
        role=role,
        role_published=role_phrase(title),  # type: ignore[arg-type]
        place=place,
        location_published=location_phrase(title) or (place.name if place else None),  # type: ignore[arg-type]
        as_of=doc_date,
        note=note,
    )
    return observations_from_figures(
        text, figures, about, now=now, skipped=skipped, labelled_until=len(text)
    )
