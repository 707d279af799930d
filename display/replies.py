"""Block Kit for what is not an answer: no answer, help, errors, and "working on it".

>>> help_message()["text"]
'How to use /salary: ml-intern boston, machine learning intern in Boston, MA'
"""

from __future__ import annotations

from slack_sdk.models.blocks import (
    Block,
)

from display.mrkdwn import Message, clip, context, escape, header, message, section
from store.answer.models import SalaryAnswer
from store.pay import BASIS_NOTE

EXAMPLES = (
    "ml-intern boston",
    "machine learning intern in Boston, MA",
    "ml intern ma",
    "data science intern remote",
    "ml-intern",
)


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
    blocks: list[Block] = [section("\n".join(lines))]
    if answer.coverage_hint:
        blocks.append(context(escape(answer.coverage_hint)))
    blocks.append(context(_examples_line()))
    return message(escape(answer.message or "No answer for that query."), blocks)


def _examples_line() -> str:
    return "Try " + ", ".join(f"`/salary {e}`" for e in EXAMPLES[:3])


def help_message() -> Message:
    """Usage with examples, for `/salary help` and a bare `/salary`."""
    examples = "\n".join(f"• `/salary {e}`" for e in EXAMPLES)
    blocks = [
        header("What does a role pay? Ask /salary"),
        section(
            "Type a role at any level (intern, new grad, senior...) and, if you like, a place: "
            "a city, metro, region, ZIP code, state or *remote*.\n"
            + examples
            + "\n• Compare places: `/salary data scientist boston vs seattle`"
        ),
        section(
            "You get every source's figure as published, with hourly, annual and "
            "whole-internship equivalents, a consensus, and flags where sources disagree. "
            "Answers are private until you press *Share in channel*."
        ),
        section(
            "*Weekly digest for this channel*\n"
            "• `/salary subscribe ml-intern boston` · `/salary subscriptions`\n"
            "• `/salary unsubscribe ml-intern boston` · `/salary digest` (preview)\n"
            "• `/salary refresh ml-intern boston`: gather fresh reports and postings now"
        ),
        context(BASIS_NOTE),
    ]
    return message("How to use /salary: " + ", ".join(EXAMPLES[:2]), blocks)


def sorry_message() -> Message:
    """The polite reply when something unexpected went wrong."""
    text = (
        ":warning: Sorry, something went wrong while answering. "
        "It has been logged; please try again in a minute."
    )
    return message("Sorry, something went wrong.", [section(text)])


def working_message(query_text: str) -> Message:
    """The reply while a slow answer is still being computed."""
    return message(
        "Working on it…",
        [context(f":hourglass_flowing_sand: Working on “{escape(clip(query_text, 200))}”…")],
    )
