"""A salary answer as plain text for the terminal: the same content as the Slack answer.

>>> print(render_answer_text(answer_salary(db, "ml-intern boston")))
Machine Learning Intern — Boston, MA
Read as Machine Learning Intern in Boston, MA · answered at city level: Boston, MA
...
"""

from __future__ import annotations

from display.money import (
    answered_place_title,
    comparison_line,
    consensus_headline,
    consensus_sample,
    format_amount,
    format_published,
    survey_line,
)
from display.replies import EXAMPLES
from store.answer.consensus import NO_CONSENSUS_NOTE
from store.answer.models import Consensus, SalaryAnswer, SourceFigure
from store.answer.transparency import transparency_lines
from store.models import Observation, Posting
from store.pay import BASIS_NOTE

INDENT = "    "


def _equivalents(
    hourly: float | None, annual: float | None, term: float | None, weeks: float, currency: str
) -> str:
    """'$27.50 / hour · $57,200 / year · $13,200 for 12 weeks'."""
    parts = []
    if hourly is not None:
        parts.append(f"{format_amount(hourly, currency)} / hour")
    if annual is not None:
        parts.append(f"{format_amount(annual, currency)} / year")
    if term is not None:
        parts.append(f"{format_amount(term, currency)} for {weeks:g} weeks")
    return " · ".join(parts)


def _consensus_lines(consensus: Consensus, *, is_intern: bool) -> list[str]:
    c = consensus
    lines = [
        f"Consensus: {consensus_headline(c, is_intern=is_intern)}",
        f"{INDENT}{consensus_sample(c)}",
        f"{INDENT}Midpoints range {format_amount(c.low_annual, c.currency)} - "
        f"{format_amount(c.high_annual, c.currency)} / year.",
    ]
    if c.note:
        lines.append(f"{INDENT}{c.note}")
    return lines


def _dated(o: Observation) -> str:
    """ "as of DATE", or "undated (found DATE)" when the page stated no date."""
    day = o.as_of.isoformat()
    return f"undated (found {day})" if o.undated else f"as of {day}"


def _source_lines(figure: SourceFigure) -> list[str]:
    o = figure.observation
    where = "".join(f", {part}" for part in (o.region, figure.place_name) if part)
    covers = f", {o.covers.replace('_', ' ')}" if o.covers and o.covers != "base" else ""
    lines = [
        f"  • {o.source}: {figure.published}  "
        f"({figure.source_kind_label}{covers}{where}, {_dated(o)})"
    ]
    equivalents = _equivalents(
        figure.hourly_mid, figure.annual_mid, figure.term_mid, figure.term_weeks or 0, o.currency
    )
    if equivalents:
        ranged = o.min_amount != o.max_amount
        lines.append(f"{INDENT}{'midpoint' if ranged else 'equals'} {equivalents}")
    if o.title:
        lines.append(f"{INDENT}{o.title}")
    lines.append(f"{INDENT}{o.url}")
    if figure.outlier_reason:
        lines.append(f"{INDENT}! Outlier, not in the consensus: {figure.outlier_reason}")
    elif figure.note:
        lines.append(f"{INDENT}Note: {figure.note}")
    if figure.stands_for:
        lines.append(f"{INDENT}{figure.stands_for}")
    return lines


def _posting_line(posting: Posting) -> list[str]:
    when = posting.posted_date or posting.first_seen.date()
    place = posting.location_published
    where = f" ({place})" if place and place.lower() not in posting.title.lower() else ""
    pay = posting.pay_text or format_published(posting)
    return [
        f"  • {posting.company}: {posting.title}{where}, {pay}, posted {when.isoformat()}",
        f"{INDENT}{posting.url}",
    ]


def render_answer_text(answer: SalaryAnswer) -> str:
    """The whole answer, or the problem with suggestions, as lines of plain text."""
    query = answer.query
    if answer.problem is not None:
        return _render_problem(answer)
    assert query.role is not None and answer.answered_at is not None
    asked = answered_place_title(answer)
    level = (
        "answered from Remote figures"
        if answer.answered_level == "remote"
        else f"answered at {answer.answered_level} level: {answer.answered_at.name}"
    )
    lines = [f"{query.role.name} — {asked}", f"{query.reading} · {level}"]
    lines += query.notes
    if answer.fallback_note:
        lines.append(answer.fallback_note)
    lines.append("")
    if answer.consensus is not None:
        lines += _consensus_lines(answer.consensus, is_intern=query.role.is_intern)
    else:
        lines.append(answer.message or NO_CONSENSUS_NOTE)
    if answer.comparisons:
        lines += ["", "Compared"]
        lines += [
            f"  • {comparison_line(c, is_intern=query.role.is_intern)}" for c in answer.comparisons
        ]
        lines.append(
            f"  Sources below are for {answer.comparisons[0].asked.name}; "
            "ask for another place alone for its own."
        )
    lines += ["", "Sources"]
    for figure in answer.sources:
        lines += _source_lines(figure)
    if answer.survey is not None:
        lines += ["", f"Official wages ({answer.survey_label or 'all levels'})"]
        lines += [f"  {survey_line(answer.survey)}", f"  {answer.survey.url}"]
    if answer.postings:
        lines += ["", "Open postings"]
        for posting in answer.postings:
            lines += _posting_line(posting)
    if answer.transparency is not None:
        lines += [
            "",
            "Pay transparency",
            *(f"  {t}" for t in transparency_lines(answer.transparency)),
        ]
    if answer.related:
        lines += ["", f"Related roles at {answer.answered_at.name}"]
        currency = answer.consensus.currency if answer.consensus else "USD"
        for related in answer.related:
            count = f"{related.source_count} figure{'s' if related.source_count != 1 else ''}"
            lines.append(
                f"  • {related.role.name}: {format_amount(related.annual_mid, currency)} / year "
                f"(median of {count})"
            )
    lines += ["", _freshness(answer), BASIS_NOTE]
    return "\n".join(lines)


def _freshness(answer: SalaryAnswer) -> str:
    parts = []
    if answer.data_as_of:
        parts.append(f"Data as of {answer.data_as_of.isoformat()}")
    if answer.last_ingest:
        parts.append(f"last ingest {answer.last_ingest.strftime('%Y-%m-%d %H:%M')}")
    return " · ".join(parts) + "." if parts else ""


def _render_problem(answer: SalaryAnswer) -> str:
    lines = [answer.message or "No answer."]
    if answer.problem == "no_data":
        lines.append(answer.query.reading)
    if answer.role_suggestions:
        names = ", ".join(f"{r.name} ({r.slug})" for r in answer.role_suggestions)
        lines.append(f"Did you mean: {names}?")
    if answer.place_suggestions:
        lines.append(f"Did you mean: {', '.join(p.name for p in answer.place_suggestions)}?")
    if answer.coverage_hint:
        lines.append(answer.coverage_hint)
    return "\n".join(lines)


def render_help_text() -> str:
    """How to ask, for `ask help` in the terminal (the Slack help's words, as plain text).

    >>> print(render_help_text().splitlines()[0])
    Ask what a role pays: a role at any level and, if you like, a place.
    """
    examples = "\n".join(f'{INDENT}python3 run.py ask "{e}"' for e in EXAMPLES)
    return (
        "Ask what a role pays: a role at any level and, if you like, a place.\n"
        "A place is a city, metro, region, ZIP code, state or remote.\n"
        f"{examples}\n"
        f'{INDENT}python3 run.py ask "data scientist boston vs seattle"   (places side by side)\n'
        "Each answer lists every source's figure as published, with hourly, annual and "
        "whole-internship equivalents, a consensus, and flags where sources disagree.\n"
        "`python3 run.py roles TEXT` shows how a role reads; `python3 run.py --help` lists "
        f"the other commands.\n{BASIS_NOTE}"
    )


def render_slack_only_text(question: str) -> str:
    """Why a Slack subcommand typed in the terminal is not answered there.

    >>> render_slack_only_text("subscribe ml-intern boston")
    '“/salary subscribe” acts for a Slack channel or team, so it works in Slack only. ...'
    """
    word = question.split(maxsplit=1)[0].lower()
    return (
        f"“/salary {word}” acts for a Slack channel or team, so it works in Slack only. "
        "In the terminal, `python3 run.py --help` lists the commands (digest, collect, ...)."
    )
