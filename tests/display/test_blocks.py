"""How an answer looks in Slack, and that it always fits Block Kit's limits."""

from __future__ import annotations

import json
from datetime import date, datetime

from display.answer import (
    CHART_ACTION_ID,
    CHART_TO_CHANNEL_ACTION_ID,
    MAX_SOURCES_SHOWN,
    SHARE_ACTION_ID,
    answer_message,
    source_line,
)
from display.home import home_view
from display.replies import EXAMPLES, help_message
from store.answer.models import (
    Consensus,
    Coverage,
    PlaceComparison,
    RelatedRole,
    SalaryAnswer,
    SalaryQuery,
    SourceFigure,
)
from store.models import Observation, Place, Posting, Role
from store.pay import BASIS_NOTE
from tests.signed_requests import block_kit_violations

ML_INTERN = Role(slug="ml-intern", name="Machine Learning Intern", is_intern=True)
DS_INTERN = Role(slug="data-science-intern", name="Data Science Intern", is_intern=True)
BOSTON = Place(key="city:US-MA-boston", level="city", name="Boston, MA", state="MA")
MASSACHUSETTS = Place(key="state:US-MA", level="state", name="Massachusetts", state="MA")


def figure(n: int, *, source: str = "salary.com", url: str | None = None, **extra) -> SourceFigure:
    observation = Observation(
        source=source,
        source_kind="site_estimate",
        url=url or f"https://example.com/ml-intern/{n}",
        role_published="Machine Learning Intern",
        role="ml-intern",
        place_key=BOSTON.key,
        kind="range",
        min_amount=40_000 + n,
        max_amount=60_000 + n,
        period="year",
        as_of=date(2026, 1, 5),
        ingested_at=datetime(2026, 1, 6, 12, 0),
    )
    return SourceFigure(
        observation=observation,
        published=f"${40_000 + n:,} - ${60_000 + n:,} / year",
        hourly_mid=24.04,
        annual_mid=50_000.0 + n,
        term_mid=11_538.0,
        term_weeks=12,
        source_kind_label="site estimate",
        **extra,
    )


def answer(*figures: SourceFigure, text: str = "ml-intern boston", **extra) -> SalaryAnswer:
    figures = figures or (figure(1), figure(2, source="ziprecruiter.com"))
    fields = {
        "query": SalaryQuery(
            text=text,
            role=ML_INTERN,
            place=BOSTON,
            reading="Read as Machine Learning Intern in Boston, MA",
        ),
        "answered_at": BOSTON,
        "answered_level": "city",
        "consensus": Consensus(
            hourly=24.04,
            annual=50_000,
            term=11_538,
            term_weeks=12,
            low_annual=50_001,
            high_annual=50_002,
            source_count=len(figures),
            figure_count=len(figures),
            confidence="medium",
            confidence_reason="2 sources, spread 1.0x, newest 0 months old",
            oldest=date(2025, 11, 2),
            newest=date(2026, 1, 5),
        ),
        "sources": list(figures),
        "data_as_of": date(2026, 1, 5),
        "last_ingest": datetime(2026, 1, 6, 12, 0),
        **extra,
    }
    return SalaryAnswer(**fields)


def all_text(message: dict) -> str:
    return json.dumps(message, ensure_ascii=False)


def texts(message: dict) -> list[str]:
    """Every text a person reads, in order."""
    found = []
    for block in message["blocks"]:
        if "text" in block:
            found.append(block["text"]["text"])
        found.extend(
            e["text"] for e in block.get("elements", []) if "text" in e and e["type"] != "button"
        )
    return found


def test_header_names_role_and_place_and_the_context_says_how_it_was_read():
    message = answer_message(answer())

    assert message["blocks"][0] == {
        "type": "header",
        "text": {
            "type": "plain_text",
            "text": "Machine Learning Intern · Boston, MA",
            "emoji": True,
        },
    }
    reading = texts(message)[1]
    assert reading.startswith("Read as Machine Learning Intern in Boston, MA · ")
    assert "answered at the *city* level (Boston, MA)" in reading


def test_a_fallback_is_never_silent():
    fallen = answer(
        answered_at=MASSACHUSETTS,
        answered_level="state",
        fallback_note="No figures for Boston, MA; showing the state of Massachusetts.",
    )

    reading = texts(answer_message(fallen))[1]

    assert "answered at the *state* level (Massachusetts)" in reading
    assert "No figures for Boston, MA; showing the state of Massachusetts." in reading


def test_summary_gives_rounded_pay_with_its_sample_and_confidence():
    summary = texts(answer_message(answer()))[2]

    assert summary.startswith("*Consensus: $24/hr · $50k/yr · $12k for 12 weeks*")
    assert "Median of 2 figures from 2 sources, dated 2025-11-02 to 2026-01-05." in summary
    assert "Confidence: medium (2 sources, spread 1.0x, newest 0 months old)." in summary
    # Exact figures stay exact in the source lines.
    assert "*$40,001 - $60,001 / year*" in json.dumps(answer_message(answer()))


def test_a_comparison_shows_every_place_side_by_side_above_the_first_places_sources():
    base = answer()
    seattle = Place(key="city:US-WA-seattle", level="city", name="Seattle, WA", state="WA")
    metro = Place(key="metro:US-seattle-wa", level="metro", name="Seattle-Tacoma-Bellevue, WA")
    compared = answer(
        comparisons=[
            PlaceComparison(asked=BOSTON, answered_at=BOSTON, consensus=base.consensus),
            PlaceComparison(
                asked=seattle,
                answered_at=metro,
                consensus=base.consensus.model_copy(update={"annual": 61_000, "hourly": 29.3}),
            ),
            PlaceComparison(
                asked=Place(key="city:CH-zurich", level="city", name="Zurich <!here>"),
                message="No figures for Zurich.",
            ),
        ]
    )

    message = answer_message(compared)

    [block] = [t for t in texts(message) if t.startswith("*Compared*")]
    assert texts(message).index(block) == 3  # right below the first place's summary
    lines = block.splitlines()
    assert lines[1].startswith("• Boston, MA: $24/hr · $50k/yr · $12k for 12 weeks")
    assert lines[1].endswith("; confidence medium (2 sources)")
    assert lines[2].startswith("• Seattle, WA: $29/hr · $61k/yr")
    assert "; from the Seattle-Tacoma-Bellevue, WA metro;" in lines[2]
    assert lines[3] == "• Zurich &lt;!here&gt;: No figures for Zurich."
    assert lines[4].startswith("_Sources below are for Boston, MA;")
    assert block_kit_violations(message) == []
    assert "Compared" not in all_text(answer_message(base))


def test_each_source_links_its_name_and_shows_figure_equivalents_date_and_kind():
    lines = [t for t in texts(answer_message(answer())) if t.startswith("<https://")]

    assert len(lines) == 2
    assert lines[0].startswith(
        "<https://example.com/ml-intern/1|salary.com> · *$40,001 - $60,001 / year*"
    )
    assert "$24.04/hr · $50,001/yr · $11,538 a 12-week term · as of Jan 5, 2026" in lines[0]
    assert lines[0].endswith("_site estimate_")


def test_a_figure_from_another_place_than_the_answered_one_names_it():
    listed = figure(2, place_name="Boston, MA", in_consensus=False)

    line = source_line(listed, is_intern=True, term_weeks=12)

    assert line.splitlines()[1].endswith("_site estimate_ · Boston, MA")


def test_disagreeing_figures_are_flagged_with_their_reason():
    flagged = figure(3, outlier_reason="intern range looks like full-time pay", in_consensus=False)

    message = answer_message(answer(figure(1), flagged))

    assert ":warning: intern range looks like full-time pay" in all_text(message)


def test_postings_newest_first_related_roles_and_footer():
    def posting(n: int, posted: date) -> Posting:
        return Posting(
            source="indeed",
            url=f"https://jobs.example.com/{n}",
            fingerprint=str(n),
            company="Acme & Sons",
            title=f"ML Intern {n}",
            pay_text="$30 - $40 an hour",
            posted_date=posted,
            first_seen=datetime(2026, 1, 1),
            last_seen=datetime(2026, 1, 2),
        )

    message = answer_message(
        answer(
            postings=[posting(1, date(2026, 1, 1)), posting(2, date(2026, 1, 3))],
            related=[RelatedRole(role=DS_INTERN, annual_mid=48_000, source_count=3)],
        )
    )
    text = all_text(message)

    assert text.index("ML Intern 2") < text.index("ML Intern 1")
    assert "Acme &amp; Sons" in text and "$30 - $40 an hour" in text
    assert "Data Science Intern (`data-science-intern`) · $48,000/yr · 3 sources" in text
    assert BASIS_NOTE in texts(message)[-1] and "Jan 5, 2026" in texts(message)[-1]


def test_private_answers_carry_share_and_chart_buttons_with_the_query_text():
    message = answer_message(answer(text="machine learning intern in Boston, MA"))

    [actions] = [b for b in message["blocks"] if b["type"] == "actions"]
    share, chart = actions["elements"]
    assert share["action_id"] == SHARE_ACTION_ID
    assert chart["action_id"] == CHART_ACTION_ID
    assert share["value"] == chart["value"] == "machine learning intern in Boston, MA"


def test_shared_answers_say_who_shared_them_and_can_only_chart_to_the_channel():
    message = answer_message(answer(text="ml-intern boston"), shared_by="U123")

    assert "Shared by <@U123>" in all_text(message)
    [actions] = [b for b in message["blocks"] if b["type"] == "actions"]
    [chart] = actions["elements"]
    assert chart["action_id"] == CHART_TO_CHANNEL_ACTION_ID
    assert chart["value"] == "ml-intern boston"


def test_user_text_is_escaped_so_it_cannot_mention_or_link():
    hostile = "<!channel> <@U1> *x* &lt;"
    unknown = SalaryAnswer(
        query=SalaryQuery(text=hostile, role_text=hostile, reading=hostile),
        problem="unknown_role",
        message=f"I don't know the role “{hostile}”.",
    )

    for message in (answer_message(unknown), answer_message(answer(text=hostile))):
        shown = " ".join([message["text"], *texts(message)])  # not the button's hidden value
        assert "<!channel>" not in shown and "<@U1>" not in shown
    assert "&lt;!channel&gt; &lt;@U1&gt; *x* &amp;lt;" in all_text(answer_message(unknown))


def test_unknown_role_suggests_roles_and_says_what_the_store_covers():
    unknown = SalaryAnswer(
        query=SalaryQuery(text="ml interm boston", role_text="ml interm", reading="?"),
        problem="unknown_role",
        message="I don't know the role “ml interm”.",
        role_suggestions=[ML_INTERN],
        coverage_hint="I have figures for Machine Learning Intern and Data Science Intern.",
    )

    text = all_text(answer_message(unknown))

    assert "Did you mean:* `ml-intern` (Machine Learning Intern)" in text
    assert "I have figures for Machine Learning Intern" in text
    assert "/salary ml-intern boston" in text


def test_a_huge_answer_is_cut_to_fit_every_block_kit_limit():
    long_name = "source-" + "x" * 400
    figures = [
        figure(n, source=f"{long_name}{n}", url="https://example.com/" + "p" * 5000)
        for n in range(200)
    ]
    huge = answer(
        *figures,
        text="ml-intern boston " + "y" * 3000,
        related=[RelatedRole(role=DS_INTERN, annual_mid=1, source_count=1)] * 50,
    )

    message = answer_message(huge)

    assert block_kit_violations(message) == []
    assert f"+{200 - MAX_SOURCES_SHOWN} more sources" in all_text(message)


def test_help_shows_usage_with_examples():
    text = all_text(help_message())

    for example in EXAMPLES:
        assert f"/salary {example}" in text
    assert "/salary subscribe" in text
    assert "Compare places: `/salary data scientist boston vs seattle`" in text


def test_home_view_shows_coverage_and_extra_blocks():
    coverage = Coverage(
        roles=[ML_INTERN, DS_INTERN],
        places=[BOSTON],
        sources=["salary.com", "ziprecruiter.com"],
        observation_count=1234,
        posting_count=56,
        last_ingest=datetime(2026, 1, 6, 12, 0),
    )
    extra = {"type": "section", "text": {"type": "mrkdwn", "text": "Digest: #recruiting"}}

    view = home_view(coverage, [extra])

    assert view["type"] == "home"
    text = all_text(view)
    assert "1,234 figures and 56 postings" in text and "Jan 6, 2026" in text
    assert "Machine Learning Intern (`ml-intern`)" in text and "ziprecruiter.com" in text
    assert view["blocks"][-1] == extra
