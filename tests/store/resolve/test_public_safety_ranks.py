"""Ranks of police, corrections and fire services are their first-line supervisors (SOC
33-1012, 33-1011, 33-1021), not the rank's word read alone ("captain" of a ship)."""

from __future__ import annotations

import pytest

from store.answer.parse import parse_salary_query


@pytest.mark.parametrize(
    ("question", "soc"),
    [
        ("police captain chicago", "33-1012"),
        ("police sergeant chicago", "33-1012"),
        ("sheriff's lieutenant orange county, ca", "33-1012"),
        ("correctional sergeant texas", "33-1011"),
        ("fire lieutenant dayton", "33-1021"),
        ("battalion chief phoenix", "33-1021"),
        # The ranks' neighbours keep their own occupations.
        ("ship captain seattle", "53-5021"),
        ("firefighter denver", "33-2011"),
        ("police officer denver", "33-3051"),
    ],
)
def test_a_public_safety_rank_is_its_services_supervisor(question, soc):
    asked = parse_salary_query(question)
    assert asked.role is not None and asked.role.soc == soc
