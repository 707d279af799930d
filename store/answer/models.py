"""The shape of an answer to "what does this role pay here?", shared by Slack and the terminal.

``store.answer.salary.answer_salary`` fills these models; ``handlers`` renders them as
Block Kit and ``python -m bot ask`` as text. Nothing here knows about Slack.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, Field

from store.answer.transparency import Transparency
from store.models import Observation, Place, Posting, Role
from store.oews.wages import WageSurvey

QueryProblem = Literal["empty", "unknown_role", "unknown_place", "no_data"]


class SalaryQuery(BaseModel):
    """What the user typed and how it was read."""

    text: str
    role_text: str | None = None
    place_text: str | None = None
    role: Role | None = None
    place: Place | None = None
    reading: str = Field(description='How the query was read, e.g. "ml-intern in Boston, MA".')
    notes: list[str] = Field(default_factory=list, description="Ambiguities settled on the way.")
    compared: list[Place] = Field(
        default_factory=list, description='Further places asked ("nyc vs sf" compares SF).'
    )


class SourceFigure(BaseModel):
    """One source's figure, as published and normalised, with a flag if it disagrees."""

    observation: Observation
    published: str = Field(description='As published, e.g. "$124,052 - $184,190 / year".')
    hourly_mid: float | None
    annual_mid: float | None
    term_mid: float | None = Field(description="Whole-internship pay for interns, else None.")
    term_weeks: float | None = Field(default=None, description="The term length term_mid assumes.")
    source_kind_label: str = Field(description='e.g. "site estimate", "employer posting".')
    place_name: str | None = Field(
        default=None, description="The figure's place when it is not the answered one."
    )
    outlier_reason: str | None = None
    in_consensus: bool = Field(default=True, description="False for outliers and listed-only.")
    note: str | None = Field(
        default=None, description="Why a figure that is no outlier stays out of the consensus."
    )
    stands_for: str | None = Field(
        default=None, description="What an official survey figure measures, e.g. its percentiles."
    )


Confidence = Literal["high", "medium", "low"]


class Consensus(BaseModel):
    """The median of the figures' midpoints, with its spread, band, sample and confidence."""

    hourly: float
    annual: float
    term: float | None
    term_weeks: float
    low_annual: float
    high_annual: float
    source_count: int = Field(description="Distinct publishers or employers.")
    figure_count: int = Field(description="Figures in the consensus.")
    band_low: float | None = Field(default=None, description="25th percentile, a year.")
    band_high: float | None = Field(default=None, description="75th percentile, a year.")
    band_basis: Literal["figures", "bls"] | None = Field(
        default=None, description="Across the figures, or the BLS percentiles."
    )
    confidence: Confidence = "low"
    confidence_reason: str = ""
    oldest: date
    newest: date
    currency: str = "USD"
    note: str | None = Field(default=None, description="Which listed figures it leaves out.")


class RelatedRole(BaseModel):
    role: Role
    annual_mid: float
    source_count: int


class SalaryAnswer(BaseModel):
    """Everything one `/salary` answer shows; ``problem`` set means there is no answer."""

    query: SalaryQuery
    problem: QueryProblem | None = None
    message: str | None = Field(
        default=None, description="Why there is no answer, or no consensus, for people."
    )
    role_suggestions: list[Role] = Field(default_factory=list)
    place_suggestions: list[Place] = Field(default_factory=list)
    coverage_hint: str | None = Field(default=None, description="What the store covers.")

    answered_at: Place | None = Field(
        default=None, description="The ladder rung whose data answered."
    )
    answered_level: str | None = Field(
        default=None, description='"city", "metro", "state", "national" or "remote".'
    )
    fallback_note: str | None = Field(
        default=None, description="Why a broader place answered, never silent."
    )
    consensus: Consensus | None = None
    sources: list[SourceFigure] = Field(default_factory=list)
    postings: list[Posting] = Field(default_factory=list)
    related: list[RelatedRole] = Field(default_factory=list)
    survey: WageSurvey | None = Field(
        default=None, description="The occupation's BLS OEWS wages nearest the answered place."
    )
    survey_label: str | None = Field(default=None, description="What that band stands for.")
    data_as_of: date | None = Field(default=None, description="Newest as_of among sources.")
    last_ingest: datetime | None = None
    transparency: Transparency | None = Field(
        default=None, description="The place's pay-range laws and postings showing no range."
    )
    comparisons: list[PlaceComparison] = Field(
        default_factory=list,
        description="Every place asked, side by side, when the question compared places.",
    )


class PlaceComparison(BaseModel):
    """One place of a comparison ("swe nyc vs sf"): its consensus, or why it has none."""

    asked: Place
    answered_at: Place | None = None
    answered_level: str | None = None
    consensus: Consensus | None = None
    message: str | None = Field(default=None, description="Why there is no consensus.")


class Coverage(BaseModel):
    """What the store holds, for help text and the App Home tab."""

    roles: list[Role]
    places: list[Place]
    sources: list[str]
    observation_count: int
    posting_count: int
    last_ingest: datetime | None
