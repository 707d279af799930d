"""`python -m bot ask` and `python -m bot start` print the /salary answer in the terminal."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bot.cli import main
from store.db import open_store
from store.models import Posting
from store.pay import BASIS_NOTE
from tests.store_rows import observe

# Figures here carry fixed 2026 dates; answers judge their age against today.
pytestmark = pytest.mark.usefixtures("answer_day")

SLACK_SETTINGS = (
    "SLACK_BOT_TOKEN",
    "SLACK_SIGNING_SECRET",
    "SLACK_APP_TOKEN",
    "SLACK_CLIENT_ID",
    "SLACK_CLIENT_SECRET",
)


@pytest.fixture
def store_path(tmp_path, monkeypatch):
    """DATABASE_PATH in tmp_path, no Slack credentials, no stray .env from the checkout."""
    monkeypatch.chdir(tmp_path)
    for name in SLACK_SETTINGS:
        monkeypatch.delenv(name, raising=False)
    path = tmp_path / "salary.db"
    monkeypatch.setenv("DATABASE_PATH", str(path))
    return path


def test_ask_prints_the_sourced_answer(store_path, capsys):
    db = open_store(store_path)
    observe(db, "city:US-MA-boston", 25, 35, period="hour", source="pay.example")
    observe(db, "city:US-MA-boston", 52_000, 62_400, period="year", source="wages.example")
    db.conn.close()

    assert main(["ask", "ml-intern", "boston"]) == 0

    out = capsys.readouterr().out
    assert out.startswith("Machine Learning Intern — Boston, MA\n")
    assert "answered at city level: Boston, MA" in out
    # median of $30 and $27.50 an hour ($59,800 a year), rounded, and 12 weeks of it
    assert "Consensus: $29/hr · $60k/yr · $14k for 12 weeks" in out
    assert "Median of 2 figures from 2 sources, dated 2026-05-01." in out
    assert "Midpoints range $57,200 - $62,400 / year." in out
    assert "  • pay.example: $25 - $35 / hour  (site estimate, as of 2026-05-01)" in out
    assert "https://wages.example/ml-intern" in out
    assert out.rstrip().endswith(BASIS_NOTE)


def test_ask_shows_fallback_outliers_other_currencies_postings_and_related_roles(
    store_path, capsys
):
    db = open_store(store_path)
    observe(db, "city:US-MA-boston", 25, 35, period="hour", source="pay.example")
    observe(db, "metro:US-boston-ma", 28, 32, period="hour", source="wages.example")
    observe(db, "city:US-MA-boston", 124_052, 184_190, period="year", source="fulltime.example")
    observe(
        db,
        "city:US-MA-boston",
        30_000,
        34_000,
        period="year",
        source="pounds.example",
        currency="GBP",
    )
    observe(
        db,
        "city:US-MA-boston",
        150_000,
        170_000,
        period="year",
        source="eng.example",
        role="ml-engineer",
    )
    db["postings"].insert(
        Posting(
            source="board.example",
            url="https://board.example/jobs/1",
            fingerprint="1",
            company="Acme Robotics",
            title="Machine Learning Intern",
            role="ml-intern",
            location_published="Boston, MA",
            place_key="city:US-MA-boston",
            pay_text="$40 - $45 an hour",
            min_amount=40,
            max_amount=45,
            period="hour",
            posted_date=date(2026, 5, 20),
            first_seen=datetime(2026, 5, 21),
            last_seen=datetime(2026, 5, 29),
        ).model_dump(exclude={"id"})
    )
    db.conn.close()

    main(["ask", "ml intern in cambridge, ma"])

    out = capsys.readouterr().out
    assert "answered at metro level" in out
    assert "No figures for Cambridge, MA; showing " in out
    assert "! Outlier, not in the consensus: intern figure looks like full-time pay" in out
    assert "  • pounds.example: £30,000 - £34,000 / year" in out
    assert "Note: in GBP: listed, not mixed into the USD figures" in out
    assert "Consensus: $30/hr · $62k/yr" in out
    assert "Median of 2 figures from 2 sources" in out
    assert "  • Acme Robotics: Machine Learning Intern (Boston, MA), $40 - $45 an hour, " in out
    # The engineer's own figure and its occupation's official median there ($132,040).
    assert "Machine Learning Engineer: $146,020 / year (median of 2 figures)" in out
    assert "Official wages (full-time pay of the occupation, all levels; not intern pay)" in out


def test_ask_explains_an_unknown_place_and_where_the_role_has_figures(store_path, capsys):
    db = open_store(store_path)
    observe(db, "city:US-MA-boston", 25, 35, period="hour", source="pay.example")
    db.conn.close()

    assert main(["ask", "ml-intern qqxxzz"]) == 1

    out = capsys.readouterr().out
    assert out.startswith("I know the role Machine Learning Intern but not the place “qqxxzz”.")
    assert "Machine Learning Intern has figures for: Boston, MA." in out


def test_ask_uses_the_configured_internship_length(store_path, capsys, monkeypatch):
    monkeypatch.setenv("INTERNSHIP_WEEKS", "10")
    db = open_store(store_path)
    observe(db, "city:US-MA-boston", 25, 35, period="hour", source="pay.example")
    db.conn.close()

    main(["ask", "ml-intern boston"])

    assert "$12,000 for 10 weeks" in capsys.readouterr().out


def test_ask_explains_an_unknown_role_and_exits_non_zero(store_path, capsys):
    db = open_store(store_path)
    observe(db, "city:US-MA-boston", 25, 35, period="hour", source="pay.example")
    db.conn.close()

    assert main(["ask", "zorblax wrangler boston"]) == 1

    out = capsys.readouterr().out
    assert "I don't know the role “zorblax wrangler”." in out
    assert "Roles with figures: Machine Learning Intern." in out


@pytest.mark.parametrize("question", ["help", "HELP", "usage", "?"])
def test_ask_help_prints_how_to_ask_without_reading_the_store(store_path, capsys, question):
    store_path.mkdir()  # no store is needed to say how to ask

    assert main(["ask", question]) == 0

    captured = capsys.readouterr()
    assert captured.out.startswith("Ask what a role pays")
    assert 'python3 run.py ask "ml-intern boston"' in captured.out
    assert "I don't know the role" not in captured.out + captured.err


@pytest.mark.parametrize("question", ["subscribe ml-intern boston", "refresh ml-intern boston"])
def test_ask_names_a_slack_only_subcommand_instead_of_reading_it_as_a_role(
    store_path, capsys, question
):
    assert main(["ask", question]) == 1

    captured = capsys.readouterr()
    word = question.split()[0]
    assert captured.err.startswith(f"“/salary {word}” acts for a Slack channel or team")
    assert "I don't know the role" not in captured.out


def test_ask_reports_an_unreadable_store_in_one_line(store_path, capsys):
    store_path.mkdir()  # a directory where the database file should be

    assert main(["ask", "ml-intern boston"]) == 2

    error = capsys.readouterr().err
    assert error.startswith(f"Can't read the store at {store_path}")
    assert "Traceback" not in error


def test_start_without_slack_credentials_answers_the_demo_question(store_path, capsys):
    db = open_store(store_path)
    observe(db, "city:US-MA-boston", 25, 35, period="hour", source="pay.example")
    db.conn.close()

    assert main(["start"]) == 0

    out = capsys.readouterr().out
    assert "here is /salary ml-intern boston" in out
    assert "Machine Learning Intern — Boston, MA" in out
    assert 'python3 run.py ask "ml engineer boston"' in out
    assert "SLACK_BOT_TOKEN" in out


def test_start_on_an_empty_store_answers_from_the_published_demo_facts(store_path, capsys):
    assert main(["start"]) == 0

    out = capsys.readouterr().out
    # Boston's one intern figure is flagged, so Massachusetts answers and Boston's is listed.
    assert "answered at state level: Massachusetts" in out
    assert "No consensus for Boston, MA or the Boston-Cambridge-Newton, MA-NH metro" in out
    assert (
        "Salary.com: $124,052 - $184,190 / year  (site estimate, Boston, MA, "
        "undated (found 2026-11-25))" in out
    )
    assert (
        "https://www.salary.com/research/salary/hiring/machine-learning-intern-salary/boston-ma"
        in out
    )


def test_the_suggested_demo_question_says_plainly_that_it_has_no_figures(store_path, capsys):
    main(["start"])
    capsys.readouterr()

    assert main(["ask", "data science intern remote"]) == 0

    out = capsys.readouterr().out
    assert "No Data Science Intern figures from any source for Remote or above it yet" in out
    assert "Official wages (full-time pay of the occupation, all levels; not intern pay)" in out


def test_ask_with_chart_writes_the_png_the_chart_button_posts(store_path, tmp_path, capsys):
    db = open_store(store_path)
    observe(db, "city:US-MA-boston", 25, 35, period="hour", source="pay.example")
    db.conn.close()
    chart = tmp_path / "pay.png"

    assert main(["ask", "--chart", str(chart), "ml-intern", "boston"]) == 0

    assert chart.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert f"Chart written to {chart}" in capsys.readouterr().err


def test_ask_with_a_chart_path_that_cannot_be_written_says_why(store_path, tmp_path, capsys):
    db = open_store(store_path)
    observe(db, "city:US-MA-boston", 25, 35, period="hour", source="pay.example")
    db.conn.close()

    status = main(["ask", "--chart", str(tmp_path / "missing" / "pay.png"), "ml-intern boston"])

    assert status == 1
    err = capsys.readouterr().err
    assert "Can't write the chart to" in err and "Traceback" not in err
