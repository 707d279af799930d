"""A trade's apprentice keeps the trade: names two occupations use, read with 'apprentice'."""

from __future__ import annotations

import pytest

from store.answer.parse import parse_salary_query


@pytest.mark.parametrize(
    "question",
    [
        "apprentice line worker burnet, tx",  # was a production associate intern
        "apprentice line worker i-iv - city of burnet, texas burnet, tx",
        "line worker apprenticeship austin",
    ],
)
def test_an_apprentice_line_worker_learns_power_line_work(question):
    asked = parse_salary_query(question)
    assert (asked.role.soc, asked.role.level) == ("49-9051", "intern")


@pytest.mark.parametrize(
    ("question", "level"),
    [("line worker austin", None), ("line worker intern austin", "intern")],
)
def test_a_line_worker_without_an_apprenticeship_stays_a_production_worker(question, level):
    asked = parse_salary_query(question)
    assert (asked.role.soc, asked.role.level) == ("51-2090", level)


@pytest.mark.parametrize(
    "question",
    ["insulator apprentice boston", "apprentice insulation worker - local 6 boston, ma"],
)
def test_an_apprentice_insulator_learns_the_heat_and_frost_insulators_trade(question):
    asked = parse_salary_query(question)
    assert (asked.role.soc, asked.role.level) == ("47-2132", "intern")


@pytest.mark.parametrize(
    ("question", "soc"),
    [
        ("insulator boston", "47-2131"),  # no apprenticeship: the commoner installer
        ("pipe insulator boston", "47-2132"),  # SOC files pipe insulators as mechanical
        ("heat and frost insulator boston", "47-2132"),
    ],
)
def test_insulators_without_an_apprenticeship_are_read_by_their_name(question, soc):
    assert parse_salary_query(question).role.soc == soc
