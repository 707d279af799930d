"""Block Kit for `/salary` answers, help and the App Home tab, built with slack_sdk's models.

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
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ContextBlock,
    DividerBlock,
    HeaderBlock,
    MarkdownTextObject,
    PlainTextObject,
    SectionBlock,
)

from store.answer.consensus import NO_CONSENSUS_NOTE
from store.answer.models import Coverage, SalaryAnswer, SourceFigure
from store.answer.money import (
    answered_place_title,
    consensus_headline,
    consensus_sample,
    format_amount,
    survey_band,
)
from store.answer.transparency import transparency_lines
from store.models import Posting
from store.pay import BASIS_NOTE

# Slack's limits (https://api.slack.com/reference/block-kit/blocks).
MAX_BLOCKS = 50
MAX_SECTION_TEXT = 3000
MAX_HEADER_TEXT = 150
MAX_BUTTON_VALUE = 2000
MAX_HOME_BLOCKS = 100

# What one answer shows at most, to stay readable well inside those limits.
MAX_SOURCES_SHOWN = 15
MAX_POSTINGS_SHOWN = 5
MAX_RELATED_SHOWN = 6
MAX_LINK_URL = 1000  # longer URLs are shown without a link rather than cut

SHARE_ACTION_ID = "share_answer"
# The Chart button (handlers/chart_button.py): to the asker, or from a shared copy to its channel.
CHART_ACTION_ID = "chart_answer"
CHART_TO_CHANNEL_ACTION_ID = "chart_answer_channel"

EXAMPLES = (
    "ml-intern boston",
    "machine learning intern in Boston, MA",
    "ml intern ma",
    "data science intern remote",
    "ml-intern",
)

LEVEL_WORDS = {
    "city": "city",
    "metro": "metro area",
    "state": "state",
    "national": "national",
    "country": "national",
    "remote": "remote",
}

Message = dict[str, Any]


# -- text helpers -------------------------------------------------------------------------


def escape(text: object) -> str:
    """Escape ``&``, ``<`` and ``>`` as Slack requires, so text can't mention or link.

    >>> escape("<!channel> & <@U1>")
    '&lt;!channel&gt; &amp; &lt;@U1&gt;'
    """
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def unescape(text: str) -> str:
    """Undo Slack's escaping of ``&``, ``<`` and ``>`` in text it sends us.

    >>> unescape("R&amp;D &lt;b&gt;")
    'R&D <b>'
    """
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def clip(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, ending in an ellipsis when cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def link(url: str | None, name: str) -> str:
    """A mrkdwn link ``<url|name>`` with both parts made safe; plain name without a URL."""
    label = escape(clip(name, 150))
    if not url or len(url) > MAX_LINK_URL or not url.startswith(("http://", "https://")):
        return label
    safe_url = escape(url).replace("|", "%7C")
    return f"<{safe_url}|{label.replace('|', '¦')}>"


def money(amount: float | None, unit: str = "", currency: str = "USD") -> str:
    """Money as people write it, whole units from $1,000 up; ``unit`` appended.

    >>> money(57200.4, "/yr"), money(27.5, "/hr"), money(None)
    ('$57,200/yr', '$27.50/hr', 'n/a')
    """
    if amount is None:
        return "n/a"
    return escape(format_amount(round(amount) if amount >= 1000 else amount, currency)) + unit


def day(value: date | datetime | None) -> str:
    """``Jan 5, 2026``."""
    if value is None:
        return "unknown date"
    return f"{value:%b} {value.day}, {value.year}"


def _weeks(weeks: float) -> str:
    return f"{weeks:g}-week"


def _mrkdwn(text: str) -> MarkdownTextObject:
    return MarkdownTextObject(text=clip(text, MAX_SECTION_TEXT))


def _section(text: str) -> SectionBlock:
    return SectionBlock(text=_mrkdwn(text))


def _context(*texts: str) -> ContextBlock:
    return ContextBlock(elements=[_mrkdwn(t) for t in texts if t][:10])


def _header(text: str) -> HeaderBlock:
    """A header; ``text`` is escaped here, as Slack asks of every text field."""
    return HeaderBlock(text=PlainTextObject(text=clip(escape(text), MAX_HEADER_TEXT), emoji=True))


def _packed_sections(lines: Iterable[str]) -> list[SectionBlock]:
    """Lines packed into as few sections as fit in Slack's 3,000 characters each."""
    sections: list[SectionBlock] = []
    current = ""
    for line in lines:
        line = clip(line, MAX_SECTION_TEXT)
        if current and len(current) + 1 + len(line) > MAX_SECTION_TEXT:
            sections.append(_section(current))
            current = ""
        current = f"{current}\n{line}" if current else line
    if current:
        sections.append(_section(current))
    return sections


def _message(text: str, blocks: Sequence[Block | dict]) -> Message:
    rendered = [b.to_dict() if isinstance(b, Block) else b for b in blocks]
    return {"text": clip(text, 3000), "blocks": rendered[:MAX_BLOCKS]}


# -- the answer ---------------------------------------------------------------------------


def answer_message(answer: SalaryAnswer, *, shared_by: str | None = None) -> Message:
    """The whole answer as ``{"text", "blocks"}``; ``shared_by`` renders the channel copy.

    Private answers end with a Share button; shared ones say who shared them.
    A ``problem`` answer renders as suggestions (``problem_message``).
    """
    if answer.problem is not None:
        return problem_message(answer)
    blocks: list[Block] = [_header(_title(answer)), _context(_reading_line(answer))]
    if shared_by:
        blocks.append(_context(f"Shared by <@{_user_id(shared_by)}>"))
    no_consensus = escape(answer.message or NO_CONSENSUS_NOTE)
    blocks.append(_section(_summary(answer) if answer.consensus else no_consensus))
    blocks.append(DividerBlock())
    blocks.extend(_source_blocks(answer))
    blocks.extend(_packed_sections(_survey_lines(answer)))
    blocks.extend(_packed_sections(_posting_lines(answer)))
    blocks.extend(_packed_sections(_transparency_lines(answer)))
    blocks.extend(_packed_sections(_related_lines(answer)))
    blocks.append(_answer_buttons(answer.query.text, shared=bool(shared_by)))
    blocks.append(_context(_footer(answer)))
    return _message(_fallback_text(answer), blocks)


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


def source_line(figure: SourceFigure, *, is_intern: bool, term_weeks: float | None) -> str:
    """One source: linked name, figure as published, equivalents, date, kind, flag."""
    obs = figure.observation
    cur = obs.currency
    equivalents = [money(figure.hourly_mid, "/hr", cur), money(figure.annual_mid, "/yr", cur)]
    weeks = figure.term_weeks or obs.term_weeks or term_weeks
    if is_intern and figure.term_mid is not None and weeks:
        equivalents.append(f"{money(figure.term_mid, '', cur)} a {_weeks(weeks)} term")
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
        _section(source_line(f, is_intern=is_intern, term_weeks=weeks)) for f in shown
    ]
    if not shown:
        blocks.append(_section("No source states a figure for this role here yet."))
    hidden = len(answer.sources) - len(shown)
    if hidden > 0:
        blocks.append(_context(f"+{hidden} more source{'s' if hidden > 1 else ''}"))
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


# -- no answer, help, errors --------------------------------------------------------------


def problem_message(answer: SalaryAnswer) -> Message:
    """Why there is no answer, what was meant perhaps, and what the store covers."""
    lines = [f":mag: {escape(answer.message or 'No answer for that query.')}"]
    if answer.role_suggestions:
        roles = ", ".join(
            f"`{escape(r.slug)}` ({escape(r.name)})" for r in answer.role_suggestions[:5]
        )
        lines.append(f"*Did you mean:* {roles}?")
    if answer.place_suggestions:
        places = "; ".join(escape(p.name) for p in answer.place_suggestions[:5])
        lines.append(f"*Places I know:* {places}?")
    blocks: list[Block] = [_section("\n".join(lines))]
    if answer.coverage_hint:
        blocks.append(_context(escape(answer.coverage_hint)))
    blocks.append(_context(_examples_line()))
    return _message(escape(answer.message or "No answer for that query."), blocks)


def _examples_line() -> str:
    return "Try " + ", ".join(f"`/salary {e}`" for e in EXAMPLES[:3])


def help_message() -> Message:
    """Usage with examples, for `/salary help` and a bare `/salary`."""
    examples = "\n".join(f"• `/salary {e}`" for e in EXAMPLES)
    blocks = [
        _header("What does a role pay? Ask /salary"),
        _section(
            "Type a role at any level (intern, new grad, senior...) and, if you like, a place: "
            "a city, metro, region, ZIP code, state or *remote*.\n" + examples
        ),
        _section(
            "You get every source's figure as published, with hourly, annual and "
            "whole-internship equivalents, a consensus, and flags where sources disagree. "
            "Answers are private until you press *Share in channel*."
        ),
        _section(
            "*Weekly digest for this channel*\n"
            "• `/salary subscribe ml-intern boston` · `/salary subscriptions`\n"
            "• `/salary unsubscribe ml-intern boston` · `/salary digest` (preview)\n"
            "• `/salary refresh ml-intern boston`: gather fresh reports and postings now"
        ),
        _context(BASIS_NOTE),
    ]
    return _message("How to use /salary: " + ", ".join(EXAMPLES[:2]), blocks)


def sorry_message() -> Message:
    """The polite reply when something unexpected went wrong."""
    text = (
        ":warning: Sorry, something went wrong while answering. "
        "It has been logged; please try again in a minute."
    )
    return _message("Sorry, something went wrong.", [_section(text)])


def working_message(query_text: str) -> Message:
    """The reply while a slow answer is still being computed."""
    return _message(
        "Working on it…",
        [_context(f":hourglass_flowing_sand: Working on “{escape(clip(query_text, 200))}”…")],
    )


# -- App Home -----------------------------------------------------------------------------


def home_view(coverage: Coverage, extra_blocks: Sequence[Block | dict] = ()) -> dict[str, Any]:
    """The App Home tab: what the store covers, how to ask, then ``extra_blocks``."""
    roles = ", ".join(f"{escape(r.name)} (`{escape(r.slug)}`)" for r in coverage.roles[:40])
    places = "; ".join(escape(p.name) for p in coverage.places[:60])
    sources = ", ".join(escape(s) for s in coverage.sources[:40])
    ingest = day(coverage.last_ingest) if coverage.last_ingest else "never"
    blocks: list[Block | dict] = [
        _header("Sourced pay answers for recruiters"),
        _section(
            f"*What I know* · {coverage.observation_count:,} figures and "
            f"{coverage.posting_count:,} postings · last ingest {ingest}"
        ),
        _section(f"*Roles* ({len(coverage.roles)}): {roles or 'none yet'}"),
        _section(f"*Places* ({len(coverage.places)}): {places or 'none yet'}"),
        _section(f"*Sources* ({len(coverage.sources)}): {sources or 'none yet'}"),
        DividerBlock(),
        _section("*How to ask*\n" + "\n".join(f"• `/salary {e}`" for e in EXAMPLES)),
        _context(BASIS_NOTE),
    ]
    blocks.extend(extra_blocks)
    rendered = [b.to_dict() if isinstance(b, Block) else b for b in blocks]
    return {"type": "home", "blocks": rendered[:MAX_HOME_BLOCKS]}
