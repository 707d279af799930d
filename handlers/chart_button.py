"""The Chart button: a picture of the answer's pay bands, uploaded as a PNG.

Under a private answer the chart goes to the person who clicked, in a direct message
from the bot; under a shared answer it goes to the channel the answer was shared in.

Why a DM for the private case: Slack has no ephemeral files. ``chat.postEphemeral``
and response URLs carry text and blocks only, and a file shared with
``files.completeUploadExternal`` to a channel is seen by everyone in it; without a
``channel_id`` it stays private to the uploader, which is the bot, not the person.
So the bot opens a DM with the person (``conversations.open``, scope ``im:write``)
and shares the file there. Uploads go through ``files_upload_v2``, the only upload
Slack still accepts: ``files.getUploadURLExternal``, a POST of the bytes to the URL it
returns, then ``files.completeUploadExternal`` (scope ``files:write``).

A channel the bot is not in refuses the file (``not_in_channel``); the person then
gets the chart in a DM and a private note saying how to allow charts in the channel.
"""

from __future__ import annotations

import contextlib
import logging
import re

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from display.answer import CHART_ACTION_ID, CHART_TO_CHANNEL_ACTION_ID, answer_message
from display.mrkdwn import escape
from display.replies import sorry_message
from handlers.commands import answer_for
from store.answer.models import SalaryAnswer

log = logging.getLogger(__name__)

NOT_A_MEMBER = {"not_in_channel", "channel_not_found"}


def register(app: App) -> None:
    """Listen for clicks on both Chart buttons."""
    app.action(CHART_ACTION_ID)(chart_button_clicked)
    app.action(CHART_TO_CHANNEL_ACTION_ID)(chart_button_clicked)


def chart_button_clicked(
    ack: Ack, body: dict, action: dict, respond: Respond, client: WebClient, context: BoltContext
) -> None:
    """Acknowledge now; draw and upload from a worker thread."""
    ack()
    user_id = (body.get("user") or {}).get("id", "")
    channel_id = None
    if action.get("action_id") == CHART_TO_CHANNEL_ACTION_ID:
        channel_id = (body.get("channel") or {}).get("id") or None
    context["executor"].submit(
        post_chart, context, client, respond, action.get("value", ""), user_id, channel_id
    )


def post_chart(
    context: BoltContext,
    client: WebClient,
    respond: Respond,
    query_text: str,
    user_id: str,
    channel_id: str | None,
) -> None:
    """Upload the chart of ``query_text``'s answer to ``channel_id``, or to ``user_id``'s DM."""
    # matplotlib takes about 2 s to import: only a click on Chart pays it, not server start.
    from display.chart import answer_chart_png

    try:
        answer = answer_for(context, query_text)
        if answer.problem is not None:  # the data changed since the answer was shown
            respond(response_type="ephemeral", replace_original=False, **answer_message(answer))
            return
        try:
            png = answer_chart_png(answer)
        except ValueError as nothing_to_draw:
            _tell(respond, f":bar_chart: {escape(nothing_to_draw)}")
            return
        if channel_id is not None:
            try:
                upload_chart(client, answer, png, channel_id)
                return
            except SlackApiError as error:
                if error.response.get("error") not in NOT_A_MEMBER:
                    raise
            upload_chart(client, answer, png, direct_message_channel(client, user_id))
            _tell(
                respond,
                ":bar_chart: I can't post files in this channel until I'm invited "
                "(`/invite @salary`), so I sent you the chart in a direct message.",
            )
            return
        upload_chart(client, answer, png, direct_message_channel(client, user_id))
        _tell(respond, ":bar_chart: I sent you the chart in a direct message.")
    except Exception:
        log.exception("posting a chart failed")
        with contextlib.suppress(Exception):
            respond(response_type="ephemeral", replace_original=False, **sorry_message())


def direct_message_channel(client: WebClient, user_id: str) -> str:
    """The id of the bot's DM with ``user_id`` (opened if new)."""
    return client.conversations_open(users=user_id)["channel"]["id"]


def upload_chart(client: WebClient, answer: SalaryAnswer, png: bytes, channel_id: str) -> dict:
    """Share ``png`` in ``channel_id`` through the three-step upload; Slack's file object."""
    from display.chart import chart_alt_text, chart_title  # imported by post_chart already

    title = chart_title(answer)
    response = client.files_upload_v2(
        channel=channel_id,
        content=png,
        filename=chart_filename(answer),
        title=title,
        alt_txt=chart_alt_text(answer),
        initial_comment=f"Pay bands for {title.split(':')[0]}",
    )
    return response["file"]


def chart_filename(answer: SalaryAnswer) -> str:
    """``pay-ml-intern-boston-ma.png``: role slug and place name, safe for any file system.

    >>> chart_filename(SalaryAnswer.model_validate({"query": {"text": "x", "reading": "x"}}))
    'pay-chart.png'
    """
    role = answer.query.role.slug if answer.query.role else ""
    place = answer.answered_at or answer.query.place
    words = f"{role} {place.name if place else ''}".lower()
    slug = re.sub(r"[^a-z0-9]+", "-", words).strip("-")
    return f"pay-{slug or 'chart'}.png"


def _tell(respond: Respond, text: str) -> None:
    respond(response_type="ephemeral", replace_original=False, text=text)
