"""Block Kit for a `/salary` answer, built with slack_sdk's models.

    >>> answer = answer_salary(db, "ml-intern boston")
    >>> message = answer_message(answer)           # the private answer: Share and Chart buttons
    >>> message["text"]
    'Machine Learning Intern · Boston, MA: ...'
    >>> [block["type"] for block in message["blocks"]][:2]
    ['header', 'context']
    >>> shared = answer_message(answer, shared_by="U123")   # the channel copy, attributed

Every string that comes from a user or a source is escaped (``escape``) so it
cannot mention anyone or open a link, and every block stays inside Slack's
limits: a long answer is cut ("+N more sources"), never rejected.
"""

from __future__ import annotations

import re

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    DividerBlock,
)

from display.money import (
    answered_place_title,
    comparison_line,
    consensus_headline,
    consensus_sample,
    survey_band,
)
from display.mrkdwn import (
    MAX_BUTTON_VALUE,
    MAX_SECTION_TEXT,
    Message,
    clip,
    context,
    day,
    escape,
    header,
    link,
    message,
    money,
    packed_sections,
    section,
    weeks_long,
)
from display.replies import problem_message
from store.answer.consensus import NO_CONSENSUS_NOTE
from store.answer.models import SalaryAnswer, SourceFigure
from store.answer.transparency import transparency_lines
from store.models import Posting
from store.pay import BASIS_NOTE

# What one answer shows at most, to stay readable well inside those limits.
MAX_SOURCES_SHOWN = 15
MAX_POSTINGS_SHOWN = 5
MAX_RELATED_SHOWN = 6

SHARE_ACTION_ID = "share_answer"
# The Chart button (handlers/chart_button.py): to the asker, or from a shared copy to its channel.
CHART_ACTION_ID = "chart_answer"
CHART_TO_CHANNEL_ACTION_ID = "chart_answer_channel"

LEVEL_WORDS = {
    "city": "city",
    "metro": "metro area",
    "state": "state",
    "national": "national",
    "country": "national",
    "remote": "remote",
}


def answer_message(answer: SalaryAnswer, *, shared_by: str | None = None) -> Message:
    """The whole answer as ``{"text", "blocks"}``; ``shared_by`` renders the channel copy.

    Private answers end with a Share button; shared ones say who shared them.
    A ``problem`` answer renders as suggestions (``problem_message``).
    """
    if answer.problem is not None:
        return problem_message(answer)
    blocks: list[Block] = [header(_title(answer)), context(_reading_line(answer))]
    if shared_by:
        blocks.append(context(f"Shared by <@{_user_id(shared_by)}>"))
    no_consensus = escape(answer.message or NO_CONSENSUS_NOTE)
    blocks.append(section(_summary(answer) if answer.consensus else no_consensus))
    if answer.comparisons:
        blocks.append(section(_comparison_text(answer)))
    blocks.append(DividerBlock())
    blocks.extend(_source_blocks(answer))
    blocks.extend(packed_sections(_survey_lines(answer)))
    blocks.extend(packed_sections(_posting_lines(answer)))
    blocks.extend(packed_sections(_transparency_lines(answer)))
    blocks.extend(packed_sections(_related_lines(answer)))
    blocks.append(_answer_buttons(answer.query.text, shared=bool(shared_by)))
    blocks.append(context(_footer(answer)))
    return message(_fallback_text(answer), blocks)


def _title(answer: SalaryAnswer) -> str:
    role = answer.query.role.name if answer.query.role else (answer.query.role_text or "This role")
    return f"{role} · {answered_place_title(answer)}"


def _reading_line(answer: SalaryAnswer) -> str:
    """How the query was read and which rung of the place ladder answered, e.g.
    "Read as Machine Learning Intern in Boston, MA · answered at the *city* level (Boston, MA)".
    """
    parts = [escape(answer.query.reading)]
    rung, level = answer.answered_at, answer.answered_level
    if rung is not None and level == "remote":
        parts.append("answered from *Remote* figures")
    elif rung is not None:
        parts.append(
            f"answered at the *{LEVEL_WORDS.get(level or '', level)}* level ({escape(rung.name)})"
        )
    if answer.fallback_note:
        parts.append(f":arrow_heading_up: {escape(answer.fallback_note)}")
    parts.extend(escape(note) for note in answer.query.notes)
    return " · ".join(parts)


def _summary(answer: SalaryAnswer) -> str:
    c = answer.consensus
    assert c is not None
    is_intern = bool(answer.query.role and answer.query.role.is_intern)
    summary = f"*Consensus: {escape(consensus_headline(c, is_intern=is_intern))}*"
    summary += f"\n{escape(consensus_sample(c))}"
    return summary + (f"\n_{escape(c.note)}_" if c.note else "")


def _comparison_text(answer: SalaryAnswer) -> str:
    """Every place asked, side by side; the sources below are the first place's."""
    is_intern = bool(answer.query.role and answer.query.role.is_intern)
    lines = [f"• {escape(comparison_line(c, is_intern=is_intern))}" for c in answer.comparisons]
    first = answer.comparisons[0].asked.name
    return clip(
        "*Compared*\n"
        + "\n".join(lines)
        + f"\n_Sources below are for {escape(first)}; ask for another place alone for its own._",
        3000,
    )


def source_line(figure: SourceFigure, *, is_intern: bool, term_weeks: float | None) -> str:
    """One source: linked name, figure as published, equivalents, date, kind, flag."""
    obs = figure.observation
    cur = obs.currency
    equivalents = [money(figure.hourly_mid, "/hr", cur), money(figure.annual_mid, "/yr", cur)]
    weeks = figure.term_weeks or obs.term_weeks or term_weeks
    if is_intern and figure.term_mid is not None and weeks:
        equivalents.append(f"{money(figure.term_mid, '', cur)} a {weeks_long(weeks)} term")
    dated = f"undated (found {day(obs.as_of)})" if obs.undated else f"as of {day(obs.as_of)}"
    line = (
        f"{link(obs.url, obs.source)} · *{escape(figure.published)}*\n"
        f"≈ {' · '.join(equivalents)} · {dated}"
        f" · _{escape(figure.source_kind_label)}_"
        + (f" · {escape(figure.place_name)}" if figure.place_name else "")
    )
    if figure.outlier_reason:
        line += f"\n:warning: {escape(figure.outlier_reason)}"
    elif not figure.in_consensus and figure.note:
        line += f"\n_{escape(figure.note)}_"
    if figure.stands_for:
        line += f"\n_{escape(figure.stands_for)}_"
    return clip(line, MAX_SECTION_TEXT)


def _source_blocks(answer: SalaryAnswer) -> list[Block]:
    is_intern = bool(answer.query.role and answer.query.role.is_intern)
    weeks = answer.consensus.term_weeks if answer.consensus else None
    shown = answer.sources[:MAX_SOURCES_SHOWN]
    blocks: list[Block] = [
        section(source_line(f, is_intern=is_intern, term_weeks=weeks)) for f in shown
    ]
    if not shown:
        blocks.append(section("No source states a figure for this role here yet."))
    hidden = len(answer.sources) - len(shown)
    if hidden > 0:
        blocks.append(context(f"+{hidden} more source{'s' if hidden > 1 else ''}"))
    return blocks


def _posting_pay(posting: Posting) -> str:
    if posting.pay_text:
        return escape(posting.pay_text)
    if posting.hourly_min is not None:
        low, high = posting.hourly_min, posting.hourly_max or posting.hourly_min
        cur = posting.currency or "USD"
        return (
            money(low, "/hr", cur)
            if low == high
            else f"{money(low, '', cur)} – {money(high, '/hr', cur)}"
        )
    return "pay not stated"


def _posting_lines(answer: SalaryAnswer) -> list[str]:
    if not answer.postings:
        return []
    newest = sorted(
        answer.postings, key=lambda p: p.posted_date or p.first_seen.date(), reverse=True
    )[:MAX_POSTINGS_SHOWN]
    lines = ["*Open postings with pay*"]
    for posting in newest:
        where = f" · {escape(posting.location_published)}" if posting.location_published else ""
        posted = posting.posted_date or posting.first_seen.date()
        lines.append(
            f"• {link(posting.url, posting.title)} · {escape(posting.company)}{where}"
            f" · {_posting_pay(posting)} · posted {day(posted)}"
        )
    hidden = len(answer.postings) - len(newest)
    if hidden > 0:
        lines.append(f"_+{hidden} more posting{'s' if hidden > 1 else ''}_")
    return lines


def _survey_lines(answer: SalaryAnswer) -> list[str]:
    """The occupation's BLS OEWS percentile band, saying what it stands for."""
    survey = answer.survey
    if survey is None:
        return []
    name = f"BLS OEWS {survey.release}, {survey.occupation}, {survey.area_name}"
    return [
        f"*Official wages* ({escape(answer.survey_label or 'all levels')})",
        f"{link(survey.url, name)}: {escape(survey_band(survey))}",
    ]


def _transparency_lines(answer: SalaryAnswer) -> list[str]:
    """The place's pay-range laws and the postings there that show no usable range."""
    if answer.transparency is None:
        return []
    lines = transparency_lines(answer.transparency, limit=MAX_POSTINGS_SHOWN)
    return ["*Pay transparency*", *(f"• {escape(line)}" for line in lines)]


def _related_lines(answer: SalaryAnswer) -> list[str]:
    if not answer.related:
        return []
    place = answer.answered_at.name if answer.answered_at else "here"
    lines = [f"*Related roles in {escape(place)}*"]
    for related in answer.related[:MAX_RELATED_SHOWN]:
        sources = "1 source" if related.source_count == 1 else f"{related.source_count} sources"
        lines.append(
            f"• {escape(related.role.name)} (`{escape(related.role.slug)}`) · "
            f"{money(related.annual_mid, '/yr')} · {sources}"
        )
    return lines


def _answer_buttons(query_text: str, *, shared: bool) -> ActionsBlock:
    """Share and Chart under a private answer; the shared copy charts to its channel."""
    value = query_text[:MAX_BUTTON_VALUE] or " "
    chart_id = CHART_TO_CHANNEL_ACTION_ID if shared else CHART_ACTION_ID
    chart = ButtonElement(text="Chart", action_id=chart_id, value=value)
    if shared:
        return ActionsBlock(block_id="answer_actions", elements=[chart])
    share = ButtonElement(text="Share in channel", action_id=SHARE_ACTION_ID, value=value)
    return ActionsBlock(block_id="answer_actions", elements=[share, chart])


def _footer(answer: SalaryAnswer) -> str:
    parts = []
    if answer.data_as_of:
        parts.append(f"Newest figure {day(answer.data_as_of)}")
    if answer.last_ingest:
        parts.append(f"last ingest {day(answer.last_ingest)}")
    parts.append(BASIS_NOTE)
    return " · ".join(parts)


def _fallback_text(answer: SalaryAnswer) -> str:
    title = escape(_title(answer))
    if answer.consensus is None:
        return f"{title}: no consensus yet"
    c = answer.consensus
    return (
        f"{title}: {money(c.hourly, '/hr')} · {money(c.annual, '/yr')} ({c.source_count} sources)"
    )


def _user_id(user_id: str) -> str:
    """Slack user ids are upper-case letters and digits; anything else is dropped."""
    return re.sub(r"[^A-Z0-9]", "", user_id.upper()) or "unknown"
