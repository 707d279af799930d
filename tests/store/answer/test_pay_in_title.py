"""Pay pasted with a posting's title names neither the role nor the place."""

from __future__ import annotations

import pytest

from store.answer.parse import parse_salary_query


@pytest.mark.parametrize(
    ("question", "soc", "place"),
    [
        # was no role: the figures and the grade were read as the title's words
        ("accountant range: $41,064.00 - $61,596.00 (17) wilson, nc", "13-2011", "Wilson, NC"),
        ("cna $18/hr boston", "31-1131", "Boston, MA"),
        ("barista $15.50/hour seattle", "35-3023", "Seattle, WA"),
        ("cna - $18-22 per hour boston, ma", "31-1131", "Boston, MA"),
        ("warehouse associate - $19.50 an hour - reno, nv", "53-7062", "Reno, NV"),
        ("server $2.13/hr + tips miami", "35-3031", "Miami, FL"),  # a tipped wage
    ],
)
def test_pay_beside_a_title_is_set_aside(question, soc, place):
    asked = parse_salary_query(question)
    assert (asked.role.soc, asked.place.name) == (soc, place)


def test_a_number_that_is_no_pay_stays_a_place():
    assert parse_salary_query("registered nurse 02139").place.name == "Cambridge, MA"


@pytest.mark.parametrize(
    ("question", "soc", "place"),
    [
        # The post's terms before or inside the title: a fiscal year, months a year and
        # hours a day, a share of full time (each read as no role).
        ("fy26: teacher, special education sandy spring, md", "25-2052", "Sandy Spring, MD"),
        ("12-month, 8-hour, day shift custodian logan, ohio", "37-2011", "Logan, OH"),
        ("0.5 fte 10-month school nurse boston, ma", "29-1141", "Boston, MA"),
    ],
)
def test_a_posts_terms_beside_a_title_are_set_aside(question, soc, place):
    asked = parse_salary_query(question)
    assert (asked.role.soc, asked.place.name) == (soc, place)
