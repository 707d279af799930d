"""Roles offered back when a question names no one role."""

from __future__ import annotations

import pytest

from store.answer.parse import parse_salary_query
from store.resolve.role_suggestions import roles_meant


@pytest.mark.parametrize(
    ("asked", "kind"),
    [
        ("managers", "operations-manager"),  # was: SEO specialist, risk analyst (close spellings)
        ("supervisors", "office-supervisor"),
        ("teachers", "elementary-school-teacher"),
        ("senior managers", "senior-operations-manager"),
    ],
)
def test_a_plural_head_noun_alone_is_asked_which_kind(asked, kind):
    assert parse_salary_query(f"{asked} boston").role is None
    meant = roles_meant(asked)
    assert meant.several
    assert meant.roles[0].slug == kind


def test_a_plural_that_is_one_role_is_read_as_it():
    assert parse_salary_query("nurses boston").role.slug == "registered-nurse"
