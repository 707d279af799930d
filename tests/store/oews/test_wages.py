"""OEWS wages read for a place, and shown as BLS published them."""

from __future__ import annotations

from display.money import survey_band, survey_line
from store.oews.wages import area_code_for, survey_on_ladder, surveys_at, wages_at
from store.resolve.places import get_place, resolve_place

HOUSTON_METRO = "Houston-Pasadena-The Woodlands, TX"


def test_a_city_reads_its_official_metro_then_its_state():
    houston = resolve_place("houston").place
    survey = survey_on_ladder("29-1141", houston)
    assert survey.area_name == HOUSTON_METRO
    assert survey.url.endswith("oes_26420.htm#29-1141")
    assert survey.annual.p10 < survey.annual.median < survey.annual.p90
    assert survey.employment > 10_000 and survey.wage_rse is not None
    # A town outside every metro reads its state.
    assert survey_on_ladder("29-1141", get_place("state:US-TX")).area_name == "Texas"


def test_the_nation_states_and_metros_have_area_codes_cities_do_not():
    assert area_code_for(get_place("country:US")) == "0000000"
    assert area_code_for(get_place("state:US-MA")) == "2500000"
    assert area_code_for(resolve_place("houston").place) is None


def test_a_region_reads_each_of_its_metros():
    bay_area = resolve_place("bay area").place
    names = {survey.area_name for survey in surveys_at("15-1252", bay_area)}
    assert names == {"San Francisco-Oakland-Fremont, CA", "San Jose-Sunnyvale-Santa Clara, CA"}


def test_an_hourly_only_occupation_is_shown_by_the_hour_and_never_annualised_by_bls():
    actors = wages_at("27-2011", get_place("country:US"))
    assert actors.hourly_only and actors.annual.median is None
    assert survey_band(actors).endswith(" an hour")
    assert "a year" not in survey_band(actors)


def test_a_top_coded_percentile_keeps_its_at_least_meaning():
    # Oral and maxillofacial surgeons in the Charlotte metro: BLS top-codes the 90th.
    charlotte = resolve_place("charlotte, nc").place
    surgeons = wages_at("29-1022", get_place(charlotte.metro_key))
    assert surgeons.area_name == "Charlotte-Concord-Gastonia, NC-SC"
    assert "annual_p90" in surgeons.top_coded
    assert surgeons.annual.p90 is None
    assert "90th at least $239,200" in survey_band(surgeons)
    assert "wage RSE" in survey_line(surgeons)


def test_places_abroad_have_no_us_wages():
    london = resolve_place("london").place
    assert london.country == "GB"
    assert survey_on_ladder("15-1252", london) is None
