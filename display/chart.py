"""A picture of an answer's pay bands: every source on one annual-pay axis, as a PNG.

    >>> figure = chart_figure(answer)            # a matplotlib Figure, labels inspectable
    >>> png = answer_chart_png(answer)           # the bytes Slack and `ask --chart` get
    >>> png[:8] == PNG_SIGNATURE
    True

One row per source in the answer's order, labelled "source · as of DATE": a bar for a range,
a dot for a single figure, grey when the answer keeps it out of the consensus. Below
them the BLS OEWS 10th-90th percentiles (25th-75th darker, median marked) when the
answer has them, and the consensus band (its spread, the median marked) across the
whole plot. The picture is 1200 pixels wide with large type so it stays readable
on a phone, where Slack shows it about 360 points wide.

Rendering uses matplotlib's Agg backend (no display needed) and a Figure of its own,
never pyplot's global state, so answers can be drawn from several threads at once.
"""

from __future__ import annotations

import io
import textwrap
from dataclasses import dataclass

import matplotlib

matplotlib.use("Agg")  # before any other matplotlib import: no display on a server

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from display.money import format_amount
from store.answer.models import SalaryAnswer, SourceFigure
from store.oews.wages import WageSurvey

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
WIDTH_IN, DPI = 8.0, 150  # 1,200 pixels wide
ROW_IN, BASE_IN = 0.55, 1.9
MAX_ROWS = 14  # more sources than this: the newest are drawn, the rest counted
FONT_SIZE = 13
TITLE_WIDTH, CAPTION_WIDTH = 58, 90  # characters a line at those sizes

IN_CONSENSUS, LEFT_OUT = "#1d6fb8", "#9aa4ad"
SURVEY_OUTER, SURVEY_INNER = "#f2d49b", "#e0a43a"
CONSENSUS_BAND = "#2e9e5b"


@dataclass(frozen=True)
class ChartRow:
    """One horizontal row: a label and an annual low-high (equal for a single figure)."""

    label: str
    low: float
    high: float
    in_consensus: bool
    mid: float | None = None


def chart_title(answer: SalaryAnswer) -> str:
    """ "Machine Learning Intern · Boston, MA: pay a year"."""
    query = answer.query
    role = query.role.name if query.role else (query.role_text or "This role")
    place = answer.answered_at or query.place
    return f"{role} · {place.name if place else 'United States'}: pay a year, by source"


def source_rows(answer: SalaryAnswer) -> list[ChartRow]:
    """The sources that have an annual figure in US dollars, at most ``MAX_ROWS``."""
    rows = [row for figure in answer.sources if (row := _source_row(figure)) is not None]
    return rows[:MAX_ROWS]


def _source_row(figure: SourceFigure) -> ChartRow | None:
    obs = figure.observation
    if obs.currency != "USD":  # one axis, one currency
        return None
    low = obs.annual_min if obs.annual_min is not None else figure.annual_mid
    high = obs.annual_max if obs.annual_max is not None else figure.annual_mid
    if low is None or high is None:
        return None
    where = f" · {figure.place_name}" if figure.place_name else ""
    label = f"{obs.source} · {obs.as_of:%b %Y}{where}"
    return ChartRow(label, low, high, figure.in_consensus, figure.annual_mid)


def survey_row(survey: WageSurvey | None) -> tuple[str, list[float | None]] | None:
    """The OEWS label and its annual 10th, 25th, median, 75th and 90th percentiles."""
    if survey is None or survey.annual.median is None:
        return None
    wages = survey.annual
    label = f"BLS OEWS {survey.release} · {survey.area_name}"
    return label, [wages.p10, wages.p25, wages.median, wages.p75, wages.p90]


def chart_figure(answer: SalaryAnswer) -> Figure:
    """The answer drawn as a Figure; raises ``ValueError`` when there is nothing to draw.

    Each row's label sits above its bar, full width, so long source names never
    squeeze the plot on a narrow screen.
    """
    rows = source_rows(answer)
    survey = survey_row(answer.survey)
    if not rows and survey is None:
        raise ValueError("This answer has no annual figures in US dollars to chart.")
    count = len(rows) + (survey is not None)
    figure = Figure(
        figsize=(WIDTH_IN, BASE_IN + ROW_IN * 1.6 * count), dpi=DPI, layout="constrained"
    )
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    for y, row in enumerate(rows):
        colour = IN_CONSENSUS if row.in_consensus else LEFT_OUT
        if row.high > row.low:
            _bar(axes, row.low, row.high, y, colour)
        if row.mid is not None:
            axes.plot([row.mid], [y], "o", color="white", markeredgecolor=colour, markersize=9)
        _label(axes, y, row.label)
    if survey is not None:
        y = len(rows)
        label, (p10, p25, median, p75, p90) = survey
        if p10 is not None and p90 is not None:
            _bar(axes, p10, p90, y, SURVEY_OUTER)
        if p25 is not None and p75 is not None:
            _bar(axes, p25, p75, y, SURVEY_INNER)
        axes.plot([median], [y], "|", color="black", markersize=18, markeredgewidth=2)
        _label(axes, y, label)
    _draw_consensus(axes, answer)
    axes.set_yticks([])
    axes.set_ylim(count - 0.5, -0.8)  # first row on top, room for its label
    axes.margins(x=0.08)
    axes.xaxis.set_major_formatter(FuncFormatter(_thousands))
    axes.tick_params(axis="x", labelsize=FONT_SIZE)
    axes.grid(axis="x", color="#dddddd")
    axes.set_axisbelow(True)
    title = textwrap.fill(chart_title(answer), TITLE_WIDTH)
    figure.suptitle(title, x=0.01, ha="left", fontsize=FONT_SIZE + 2, fontweight="bold")
    caption = textwrap.fill(_caption(answer, rows, survey is not None), CAPTION_WIDTH)
    figure.supxlabel(caption, x=0.01, ha="left", fontsize=FONT_SIZE - 2, color="#555555")
    return figure


def _bar(axes: Axes, low: float, high: float, y: float, colour: str) -> None:
    axes.plot([low, high], [y, y], color=colour, linewidth=9, solid_capstyle="butt")


def _label(axes: Axes, y: float, text: str) -> None:
    """``text`` just above row ``y``, from the left edge; kept out of the layout so a
    long label never narrows the plot."""
    left_edge = axes.get_yaxis_transform()  # x in axes fraction, y in data
    axes.text(0.01, y - 0.3, text, transform=left_edge, fontsize=FONT_SIZE, va="bottom")
    axes.texts[-1].set_in_layout(False)


def _draw_consensus(axes: Axes, answer: SalaryAnswer) -> None:
    consensus = answer.consensus
    if consensus is None or consensus.currency != "USD":
        return
    axes.axvspan(consensus.low_annual, consensus.high_annual, color=CONSENSUS_BAND, alpha=0.12)
    axes.axvline(consensus.annual, color=CONSENSUS_BAND, linewidth=2.5)


def _caption(answer: SalaryAnswer, rows: list[ChartRow], has_survey: bool) -> str:
    parts = []
    if answer.consensus is not None:
        c = answer.consensus
        consensus = f"Green line: consensus {format_amount(round(c.annual))} a year"
        if c.high_annual > c.low_annual:
            low, high = format_amount(round(c.low_annual)), format_amount(round(c.high_annual))
            consensus += f", shaded from {low} to {high}"
        parts.append(consensus)
    if any(not row.in_consensus for row in rows):
        parts.append("grey: kept out of the consensus")
    if has_survey:
        parts.append("BLS: 10th–90th percentile, 25th–75th darker, median marked")
    hidden = len(answer.sources) - len(rows)
    if hidden > 0:
        parts.append(f"{hidden} more source{'s' if hidden > 1 else ''} not drawn")
    return " · ".join(parts)


def _thousands(value: float, _position: int) -> str:
    return f"${value / 1000:,.0f}k"


def figure_png(figure: Figure) -> bytes:
    """The figure as PNG bytes."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI, facecolor="white")
    return buffer.getvalue()


def answer_chart_png(answer: SalaryAnswer) -> bytes:
    """The answer's chart as PNG bytes; ``ValueError`` when there is nothing to draw."""
    return figure_png(chart_figure(answer))


def chart_alt_text(answer: SalaryAnswer) -> str:
    """What the picture shows, in words, for screen readers (Slack allows 1,000 characters)."""
    rows = source_rows(answer)
    described = "; ".join(
        f"{row.label}: {format_amount(row.low)}"
        + (f" to {format_amount(row.high)}" if row.high > row.low else "")
        for row in rows
    )
    text = f"{chart_title(answer)}. {described}"
    return text if len(text) <= 1000 else text[:999] + "…"
