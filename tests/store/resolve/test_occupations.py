"""Official occupation names read as the jobs people name: the parts joined with "and"."""

from __future__ import annotations

import pytest

from store.resolve.occupations import occupation
from store.resolve.role_queries import resolve_role
from store.resolve.roles import role_from_title


@pytest.mark.parametrize(
    "typed",
    [
        "technician",  # "Clinical Laboratory Technologists and Technicians"
        "service technician",  # "Aircraft Mechanics and Service Technicians"
        "repairer",  # "Electrical Power-Line Installers and Repairers"
        "mental health",  # "Mental Health and Substance Abuse Social Workers"
        "home health",  # "Home Health and Personal Care Aides"
        "runner",  # "Gambling and Sports Book Writers and Runners"
        "director",  # "Producers and Directors", "Directors, Religious Activities ..."
    ],
)
def test_a_part_of_an_official_name_that_is_no_whole_job_is_no_role(typed):
    assert resolve_role(typed, typos=False) is None


@pytest.mark.parametrize(
    ("typed", "soc"),
    [
        ("private investigator", "33-9021"),  # "Private Detectives and Investigators"
        ("detective", "33-3021"),  # not "First-Line Supervisors of Police and Detectives"
        ("aircraft service technician", "49-3011"),
        ("clinical laboratory technician", "29-2010"),
        ("small engine mechanic", "49-3053"),  # "... and Other Small Engine Mechanics"
        ("personal care aide", "31-1120"),
        ("composer", "27-2041"),  # "Music Directors and Composers": a job of its own
        ("auditor", "13-2011"),
    ],
)
def test_a_part_that_names_a_job_is_read_with_the_modifiers_it_shares(typed, soc):
    assert resolve_role(typed, typos=False).role.soc == soc


def test_a_field_service_technician_is_not_an_aircraft_mechanic():
    # Its own title now (O*NET files it under commercial equipment repairers), not aircraft pay.
    assert role_from_title("Field Service Technician - Remote").soc == "49-2094"


def test_the_official_name_stays_an_alias():
    assert "aircraft mechanic and service technician" in occupation("49-3011").aliases


def test_a_lone_word_other_names_end_with_names_no_one_job():
    # "Director" heads art, music and funeral directors alike: a page titled "Managing
    # Director, Writing, Marketing" is no producer's, though producers keep their word.
    assert "director" not in occupation("27-2012").aliases
    assert "director" not in occupation("21-2021").aliases
    assert resolve_role("producer", typos=False).role.soc == "27-2012"
    assert role_from_title("Managing Director, Writing, Marketing") is None
