"""The chart of an answer: a real PNG, drawn from the answer's own sources and BLS band."""

from __future__ import annotations

import io
from datetime import date

import pytest
from matplotlib.image import imread

from display.chart import (
    DPI,
    PNG_SIGNATURE,
    WIDTH_IN,
    answer_chart_png,
    chart_alt_text,
    chart_figure,
    figure_png,
)
from store.answer.salary import answer_salary
from store.db import open_store
from tests.store_rows import observe, seed_answers


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    store = open_store(tmp_path_factory.mktemp("chart") / "salary.db")
    seed_answers(store)
    return store


def figure_texts(figure) -> list[str]:
    """Every text the figure draws: labels, title, caption, tick labels."""
    figure.canvas.draw()
    return [t.get_text() for t in figure.findobj(lambda a: hasattr(a, "get_text"))]


def test_each_source_is_labelled_with_its_name_and_date_and_bls_with_its_release(db):
    answer = answer_salary(db, "ml-intern boston")
    assert answer.sources and answer.survey is not None

    texts = figure_texts(chart_figure(answer))

    for source in answer.sources:
        obs = source.observation
        assert any(obs.source in t and f"{obs.as_of:%b %Y}" in t for t in texts), obs.source
    assert any(answer.survey.release in t and answer.survey.area_name in t for t in texts)
    consensus = f"${round(answer.consensus.annual):,}"
    assert any(consensus in t for t in texts)  # the consensus is named in the caption
    assert any("Machine Learning Intern" in t for t in texts)


def test_the_png_decodes_at_phone_readable_width(db):
    png = answer_chart_png(answer_salary(db, "ml-intern boston"))

    assert png.startswith(PNG_SIGNATURE)
    assert 10_000 < len(png) < 1_000_000  # well under Slack's limits, more than an empty image
    pixels = imread(io.BytesIO(png), format="png")
    height, width = pixels.shape[:2]
    assert width == int(WIDTH_IN * DPI)
    assert 300 < height < width * 2
    assert pixels.std() > 0.05  # something is drawn, not a blank canvas


def test_rows_are_the_answers_own_figures_and_other_currencies_stay_off_the_axis(tmp_path):
    store = open_store(tmp_path / "salary.db")
    observe(store, "city:US-MA-boston", 50_000, 70_000, source="dollars.example")
    observe(store, "city:US-MA-boston", 61_000, 66_000, source="second.example")
    observe(
        store, "city:US-MA-boston", 40_000, source="pounds.example", currency="GBP",
        as_of=date(2026, 4, 1),
    )  # fmt: skip
    answer = answer_salary(store, "ml-intern boston")

    texts = figure_texts(chart_figure(answer))

    assert any("dollars.example" in t for t in texts)
    assert any("second.example" in t for t in texts)
    assert not any("pounds.example" in t for t in texts)
    assert "pounds.example" not in chart_alt_text(answer)
    assert len(chart_alt_text(answer)) <= 1000


def test_an_answer_with_nothing_in_dollars_says_so(tmp_path):
    store = open_store(tmp_path / "salary.db")
    observe(store, "city:GB-london", 40_000, source="pounds.example", currency="GBP")
    answer = answer_salary(store, "ml-intern london uk")

    with pytest.raises(ValueError, match="no annual figures in US dollars"):
        answer_chart_png(answer)


def test_many_sources_draw_the_first_and_count_the_rest(tmp_path):
    store = open_store(tmp_path / "salary.db")
    for n in range(20):
        observe(store, "city:US-MA-boston", 50_000 + n * 500, source=f"s{n:02d}.example")
    answer = answer_salary(store, "ml-intern boston")
    figure = chart_figure(answer)

    texts = figure_texts(figure)

    drawn = [t for t in texts if t.startswith("s") and ".example" in t]
    assert len(drawn) == 14
    assert any(f"{len(answer.sources) - 14} more sources not drawn" in t for t in texts)
    assert figure_png(figure).startswith(PNG_SIGNATURE)
