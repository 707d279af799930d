"""One occupation's pay at one area, as the BLS OEWS release published it.

    >>> survey = wages_at("29-1141", get_place("state:US-TX"))
    >>> survey.occupation, survey.area_name, survey.release
    ('Registered Nurses', 'Texas', 'May 2025')
    >>> survey.annual.median > 50_000
    True

OEWS publishes for the nation, each state and each metropolitan area, so a city reads its
metro's figures and Remote reads the nation's (``survey_on_ladder``). Values BLS does not
publish stay None, and a top-coded percentile says so (``top_coded``) instead of guessing.
"""

from __future__ import annotations

import json
from datetime import date
from functools import cache

from pydantic import BaseModel, Field

from store.models import Place
from store.oews.release import oews_reference
from store.resolve.places import get_place, ladder

NATIONAL_AREA = "0000000"
SOURCE = "BLS OEWS"
TOP_CODED = "5"
PERCENTILES = (10, 25, 50, 75, 90)
# The release's public tables: one page per area, one anchor per occupation.
_TABLES = "https://www.bls.gov/oes/{year}/may/"


def ordinal(percentile: int) -> str:
    """ "10th", "median", "90th"."""
    return "median" if percentile == 50 else f"{percentile}th"


class Percentiles(BaseModel):
    """Mean and percentiles on one basis (hourly or annual); None where not published."""

    mean: float | None = None
    p10: float | None = None
    p25: float | None = None
    median: float | None = None
    p75: float | None = None
    p90: float | None = None

    def at(self, percentile: int) -> float | None:
        return getattr(self, "median" if percentile == 50 else f"p{percentile}")


class WageSurvey(BaseModel):
    """An occupation at an area in the OEWS release: employment, wages, their reliability."""

    soc: str
    occupation: str
    area_code: str
    area_name: str
    place_key: str
    release: str = Field(description='"May 2025"')
    reference_date: date
    published: date
    url: str
    employment: float | None
    employment_rse: float | None = Field(description="Relative standard error, percent.")
    wage_rse: float | None
    hourly: Percentiles
    annual: Percentiles
    top_coded: tuple[str, ...] = Field(
        default=(), description='Wage columns at or above the top code, e.g. ("annual_p90",).'
    )
    footnotes: tuple[str, ...] = Field(default=(), description="BLS footnotes that apply.")

    @property
    def hourly_only(self) -> bool:
        """BLS publishes only an hourly wage (no year-round, full-time basis)."""
        return self.annual.median is None and self.hourly.median is not None

    def annual_at(self, percentile: int) -> float | None:
        return self.annual.at(percentile)


@cache
def _areas() -> dict[tuple[str, str], str]:
    """(area type, official name) -> area code."""
    rows = oews_reference().db.execute("SELECT area_type, name, area_code FROM areas")
    return {(area_type, name): code for area_type, name, code in rows}


def area_code_for(place: Place) -> str | None:
    """The OEWS area that publishes for ``place`` itself (a nation, state or metro), or None."""
    known = getattr(place, "area_code", None)
    if known:
        return known
    if place.level == "country" and place.country == "US":
        return NATIONAL_AREA
    if place.level == "state":
        return _areas().get(("S", place.name))
    if place.level == "metro":
        return _areas().get(("M", place.name))
    return None


@cache
def _footnote_texts() -> dict[str, str]:
    return dict(oews_reference().db.execute("SELECT code, text FROM footnotes"))


def _url(year: int, area_code: str, place: Place, soc: str) -> str:
    base = _TABLES.format(year=year)
    if area_code == NATIONAL_AREA:
        return f"{base}oes{soc.replace('-', '')}.htm"
    if place.level == "state" and place.state:
        return f"{base}oes_{place.state.lower()}.htm#{soc}"
    return f"{base}oes_{area_code[2:]}.htm#{soc}"


@cache
def wages_at(soc: str, place: Place) -> WageSurvey | None:
    """The occupation's published wages at ``place`` itself, or None (not an OEWS area, or
    the occupation has no estimates there)."""
    area_code = area_code_for(place)
    if area_code is None:
        return None
    reference = oews_reference()
    cursor = reference.db.execute(
        "SELECT w.*, a.name AS area_name FROM wages w JOIN areas a USING (area_code) "
        "WHERE w.soc = ? AND w.area_code = ?",
        (soc, area_code),
    )
    row = cursor.fetchone()
    if row is None:
        return None
    values = dict(zip([c[0] for c in cursor.description], row, strict=True))
    if (
        values["hourly_median"] is None
        and values["annual_median"] is None
        and not values["footnotes"]
    ):
        return None
    notes: dict[str, str] = json.loads(values["footnotes"] or "{}")
    occupation = reference.db.execute(
        "SELECT name FROM occupations WHERE soc = ?", (soc,)
    ).fetchone()[0]
    release = reference.release
    return WageSurvey(
        soc=soc,
        occupation=occupation,
        area_code=area_code,
        area_name=values["area_name"],
        place_key=place.key,
        release=release.description,
        reference_date=release.reference_date,
        published=release.published,
        url=_url(release.year, area_code, place, soc),
        employment=values["employment"],
        employment_rse=values["employment_rse"],
        wage_rse=values["wage_rse"],
        hourly=_percentiles(values, "hourly"),
        annual=_percentiles(values, "annual"),
        top_coded=tuple(sorted(c for c, code in notes.items() if code == TOP_CODED)),
        footnotes=tuple(_footnote_texts()[code] for code in sorted(set(notes.values()))),
    )


def _percentiles(values: dict, basis: str) -> Percentiles:
    return Percentiles(
        mean=values[f"{basis}_mean"],
        p10=values[f"{basis}_p10"],
        p25=values[f"{basis}_p25"],
        median=values[f"{basis}_median"],
        p75=values[f"{basis}_p75"],
        p90=values[f"{basis}_p90"],
    )


def surveys_at(soc: str, place: Place) -> list[WageSurvey]:
    """The occupation's published wages at ``place`` itself: one for a metro, state or the
    nation, one per metro for a region, none elsewhere."""
    if place.level == "region":
        members = [wages_at(soc, get_place(key)) for key in place.members]
        return [survey for survey in members if survey is not None]
    survey = wages_at(soc, place)
    return [survey] if survey is not None else []


def _has_median(survey: WageSurvey) -> bool:
    return bool(survey.annual.median or survey.hourly.median)


def survey_on_ladder(soc: str, place: Place) -> WageSurvey | None:
    """The occupation's wages at the narrowest rung of ``place``'s ladder that OEWS publishes
    for (a city reads its metro, then its state; a region its largest metro): None abroad."""
    for rung in ladder(place):
        found = [survey for survey in surveys_at(soc, rung) if _has_median(survey)]
        if found:
            return max(found, key=lambda survey: survey.employment or 0)
    return None
