"""Relative dates on board pages resolve against the day the page was saved."""

from __future__ import annotations

import doctest
from datetime import date

import pytest

import store.extract.dates.relative
from store.extract.dates.relative import days_ago, posted_on

SAVED = date(2026, 6, 1)


def test_the_docstring_examples_hold():
    assert doctest.testmod(store.extract.dates.relative).failed == 0


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Posted 3 days ago", date(2026, 5, 29)),
        ("Reposted 5 Days Ago", date(2026, 5, 27)),
        ("Active 30+ days ago", date(2026, 5, 2)),
        ("30d+", date(2026, 5, 2)),
        ("24h", SAVED),
        ("1w", date(2026, 5, 25)),
        ("2 weeks ago", date(2026, 5, 18)),
        ("a month ago", date(2026, 5, 2)),
        ("Just posted", SAVED),
        ("Today", SAVED),
        ("Posted Yesterday", date(2026, 5, 31)),
        ("Posted on May 12, 2026", date(2026, 5, 12)),
        ("Opened 05/01/2026", date(2026, 5, 1)),
    ],
)
def test_posted_phrases_resolve_against_the_document_date(phrase, expected):
    assert posted_on(phrase, SAVED) == expected


@pytest.mark.parametrize(
    "phrase", ["Full-time", "47 applicants", "3 days", "Boston, MA", "d", "$30/hr", ""]
)
def test_other_lines_are_not_dates(phrase):
    assert posted_on(phrase, SAVED) is None and days_ago(phrase) is None
