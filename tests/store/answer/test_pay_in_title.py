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
        # a currency code, and a range in thousands without one (was no place)
        ("senior backend engineer remote united states usd 110k - 130k", "15-1252", "Remote"),
        ("data analyst 95k-120k usd boston", "15-2051", "Boston, MA"),
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
        # a federal pay plan, series and grade, with no slash between grades (was no role)
        ("financial analyst gs-0501-11 fort knox, ky", "13-2051", "Fort Knox, KY"),
        ("nurse gs-0610-09 boston", "29-1141", "Boston, MA"),
        # the appointment (read as a town's words: the state only)
        ("maintenance worker - contractual st. leonard, md", "49-9071", "Saint Leonard, MD"),
    ],
)
def test_a_posts_terms_beside_a_title_are_set_aside(question, soc, place):
    asked = parse_salary_query(question)
    assert (asked.role.soc, asked.place.name) == (soc, place)


@pytest.mark.parametrize(
    "question",
    ["maintenance mechanic - contractual st. leonard, md", "provisional accountant auburn, ny"],
)
def test_a_public_appointments_kind_is_no_title_word(question):
    # "contractual" and "provisional" appointments were read into the title's words.
    asked = parse_salary_query(question)
    assert not {"contractual", "provisional"} & set(asked.role_text.split())
