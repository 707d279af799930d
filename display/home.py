"""The App Home tab: what the store covers and how to ask."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from slack_sdk.models.blocks import (
    Block,
    DividerBlock,
)

from display.mrkdwn import MAX_HOME_BLOCKS, context, day, escape, header, section
from display.replies import EXAMPLES
from store.answer.models import Coverage
from store.pay import BASIS_NOTE


def home_view(coverage: Coverage, extra_blocks: Sequence[Block | dict] = ()) -> dict[str, Any]:
    """The App Home tab: what the store covers, how to ask, then ``extra_blocks``."""
    roles = ", ".join(f"{escape(r.name)} (`{escape(r.slug)}`)" for r in coverage.roles[:40])
    places = "; ".join(escape(p.name) for p in coverage.places[:60])
    sources = ", ".join(escape(s) for s in coverage.sources[:40])
    ingest = day(coverage.last_ingest) if coverage.last_ingest else "never"
    blocks: list[Block | dict] = [
        header("Sourced pay answers for recruiters"),
        section(
            f"*What I know* · {coverage.observation_count:,} figures and "
            f"{coverage.posting_count:,} postings · last ingest {ingest}"
        ),
        section(f"*Roles* ({len(coverage.roles)}): {roles or 'none yet'}"),
        section(f"*Places* ({len(coverage.places)}): {places or 'none yet'}"),
        section(f"*Sources* ({len(coverage.sources)}): {sources or 'none yet'}"),
        DividerBlock(),
        section("*How to ask*\n" + "\n".join(f"• `/salary {e}`" for e in EXAMPLES)),
        context(BASIS_NOTE),
    ]
    blocks.extend(extra_blocks)
    rendered = [b.to_dict() if isinstance(b, Block) else b for b in blocks]
    return {"type": "home", "blocks": rendered[:MAX_HOME_BLOCKS]}
