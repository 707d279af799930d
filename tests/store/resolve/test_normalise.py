"""Texts as titles and levels read them: the possessive and initials rules run only where
their marks are, and must still run there."""

from __future__ import annotations

import pytest

from store.resolve.levels import normalise, split_level


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nurse's Aide (C.N.A.)", "nurse aide cna"),
        ("Nurse’s aide", "nurse aide"),
        ("R.N. - ICU", "rn icu"),
        ("Senior ML-Engineer, PhD", "senior ml engineer phd"),
        ("Data Scientist", "data scientist"),
        ("The U.S. median is $40.", "the us median is 40"),
    ],
)
def test_possessives_and_initials_are_read_where_written(text, expected):
    assert normalise(text) == expected


def test_a_level_read_again_is_the_same_reading():
    first = split_level("Sr. Nurse's Aide II")
    assert first == ("senior", "nurse aide")
    assert split_level("Sr. Nurse's Aide II") == first
