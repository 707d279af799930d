"""Titles that name two fields sharing one head noun ("Mechanical & Physical Engineer")."""

from __future__ import annotations

import pytest

from store.answer.parse import parse_salary_query
from store.resolve.role_queries import resolve_role


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("mechanical & physical engineer", "mechanical-engineer"),  # the first field's title
        ("heating & air technician", "hvac-technician"),  # the first field's title again
        ("biomedical and physical engineer", "biomedical-engineer"),
        ("hull and mechanical engineer", "mechanical-engineer"),  # the second field's title
    ],
)
def test_two_fields_before_one_head_noun_read_as_a_known_fields_title(title, slug):
    # Before, "mechanical & physical engineer" named no role: neither the whole nor any
    # phrase inside it is a known title.
    assert resolve_role(title, typos=False).role.slug == slug


def test_a_posting_with_two_fields_is_read_abroad_too():
    asked = parse_salary_query("mechanical & physical engineer - capgemini bengaluru, india")
    assert (asked.role.soc, asked.place.country) == ("17-2141", "IN")


@pytest.mark.parametrize("title", ["barista and cashier", "physical and chemical"])
def test_two_jobs_or_no_head_noun_are_no_fields_of_one_title(title):
    assert resolve_role(title, typos=False) is None


@pytest.mark.parametrize(
    ("question", "slug", "place"),
    [
        # Two names of one occupation, as postings list them (was no role: two jobs).
        (
            "cashier and checker - los alamos cooperative market los alamos, nm",
            "cashier",
            "Los Alamos, NM",
        ),
        ("cashier & checker boston", "cashier", "Boston, MA"),
    ],
)
def test_two_names_of_one_occupation_joined_are_that_occupation(question, slug, place):
    asked = parse_salary_query(question)
    assert (asked.role.slug, asked.place.name) == (slug, place)


def test_two_occupations_joined_stay_no_one_role():
    assert parse_salary_query("cook and dishwasher boston").role is None
