"""A lead written before the function they lead reads as that function's lead or manager."""

from __future__ import annotations

import pytest

from store.answer.parse import parse_salary_query


@pytest.mark.parametrize(
    ("question", "soc"),
    [
        ("director of accounting city of spokane, wa", "11-3031"),  # was no role
        ("head of accounting boston", "11-3031"),
        ("director of software engineering seattle", "11-3021"),
        ("vice president of marketing nyc", "11-2021"),
        ("director, accounting - boston, ma", "11-3031"),  # head first, set off by a comma
        ("vp, finance boston", "11-3031"),
    ],
)
def test_a_lead_of_a_function_is_its_manager(question, soc):
    assert parse_salary_query(question).role.soc == soc


def test_titles_the_table_names_whole_are_read_as_before():
    assert parse_salary_query("director of nursing boston").role.soc == "11-9111"
    assert parse_salary_query("director of finance boston").role.soc == "11-3031"
    assert parse_salary_query("head nurse boston").role.soc == "29-1141"  # a rank, no "of"
