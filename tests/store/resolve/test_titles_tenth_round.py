"""Titles posted by public employers and retailers that no entry covered, or covered as
another occupation: the VA's medical support assistants, checkers, maintenance mechanics,
financial management analysts."""

from __future__ import annotations

import pytest

from store.resolve.role_queries import resolve_role


@pytest.mark.parametrize(
    ("title", "soc"),
    [
        # The VA's medical support assistant (OPM series 0679) schedules and keeps records:
        # a medical administrative assistant (was no role).
        ("medical support assistant", "43-6013"),
        # O*NET lists checker among cashiers (was no role).
        ("checker", "41-2011"),
        ("grocery checker", "41-2011"),
        # A maintenance mechanic keeps buildings and grounds, as O*NET's general maintenance
        # workers (49-9071) report it (was an industrial machinery mechanic); the plant's and
        # the machine's stay industrial mechanics.
        ("maintenance mechanic", "49-9071"),
        ("building maintenance mechanic", "49-9071"),
        ("industrial maintenance mechanic", "49-9041"),
        # A financial management analyst is a financial analyst, not a management analyst.
        ("financial management analyst", "13-2051"),
        ("finance management analyst", "13-2051"),
        ("management analyst", "13-1111"),
    ],
)
def test_posted_titles_read_as_their_occupation(title, soc):
    assert resolve_role(title, typos=False).role.soc == soc
