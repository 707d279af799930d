"""Pydantic models at the store's boundaries: what extraction finds, what the store keeps.

Field names are the store's column names, so a model dumps straight into a row
(``observation.model_dump()``) and a row loads straight back
(``Observation.model_validate(row)``).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

Period = Literal["hour", "day", "week", "month", "year"]
FigureKind = Literal["range", "point", "average", "median", "percentile"]
Covers = Literal["base", "additional_cash", "total"]
# Where a period not written beside a figure came from (``PayFigure.period_basis``).
PeriodBasis = Literal["label", "sentence", "page", "size"]
SourceKind = Literal["site_estimate", "employer_posting", "self_reported", "government"]
Workplace = Literal["onsite", "hybrid", "remote"]
PostingStatus = Literal["open", "expired", "closed"]
PlaceLevel = Literal["city", "metro", "region", "state", "country", "remote"]
DocumentKind = Literal["report", "job_page", "csv", "json", "page", "jobspy", "demo"]
Level = Literal["intern", "entry", "junior", "senior", "staff", "principal", "lead"]
_Model = TypeVar("_Model", bound=BaseModel)


class CompactPickle(BaseModel):
    """A model that parsing workers send to the writing process by the thousand.

    It pickles as its field values and is validated again on arrival: pydantic's own
    pickle state, restored attribute by attribute, takes twice as long to load.
    """

    def __reduce__(self) -> tuple:
        return _from_fields, (type(self), self.__dict__)


def _from_fields(model: type[BaseModel], fields: dict) -> BaseModel:
    return model.model_validate(fields)


def checked_already(model: type[_Model], fields: dict) -> _Model:
    """A model of ``fields`` holding every one of its fields, not validated again: for values
    our own code validated before (a stored row, a parsing worker's observations).

    What ``model_construct`` does without its per-field walk (40 us for an observation).

        observation = checked_already(Observation, row)  # row: every field, as validated
    """
    built = model.__new__(model)
    object.__setattr__(built, "__dict__", fields)
    object.__setattr__(built, "__pydantic_fields_set__", set(fields))
    object.__setattr__(built, "__pydantic_extra__", None)
    object.__setattr__(built, "__pydantic_private__", None)
    return built


class PayFigure(BaseModel):
    """One pay figure found in a text, exactly as the text states it.

    A point figure has ``min_amount == max_amount``; "up to $X" has no minimum;
    "from $X", "starting at $X" and "$X+" have no maximum.
    """

    model_config = ConfigDict(frozen=True)

    min_amount: float | None
    max_amount: float | None
    period: Period | None = None
    period_basis: PeriodBasis | None = Field(
        default=None,
        description="How the period was inferred when none is written beside the figure: "
        "its label or column header, its sentence, the page's other figures, or its size "
        "for its currency. None when the period is stated (or unknown).",
    )
    currency: str | None = None
    kind: FigureKind = "point"
    covers: Covers | None = None
    region: str | None = Field(
        default=None, description="The state or region label a pay table gives this figure."
    )
    span: tuple[int, int] = Field(description="Character offsets [start, end) in the text.")
    text: str = Field(description="The figure as written, e.g. '$124,052 to $184,190 per year'.")


class Role(BaseModel):
    """A role: a job title at a level, e.g. ``ml-intern`` (Machine Learning Intern) or
    ``senior-software-engineer``; ``soc`` is its occupation's SOC code when it has one."""

    model_config = ConfigDict(frozen=True)

    slug: str
    name: str
    is_intern: bool
    level: Level | None = Field(default=None, description="None: no level stated.")
    title: str | None = Field(default=None, description="The unleveled title's slug.")
    soc: str | None = Field(default=None, description="SOC code, e.g. '15-1252'.")
    occupation: str | None = Field(default=None, description="The SOC occupation's name.")
    aliases: tuple[str, ...] = ()
    related: tuple[str, ...] = Field(default=(), description="Slugs of related roles.")


class Place(BaseModel):
    """A place on the ladder city -> metro -> state -> country, a region of metros, or Remote.

    ``key`` is stable and used in the store: ``city:US-MA-boston``,
    ``metro:US-boston-ma``, ``region:US-san-francisco-bay-area``, ``state:US-MA``,
    ``country:US``, ``remote``; outside the US, ``city:GB-london`` and ``country:GB``.
    """

    model_config = ConfigDict(frozen=True)

    key: str
    level: PlaceLevel
    name: str
    country: str | None = "US"
    state: str | None = Field(
        default=None, description="Its state; a metro's or region's primary one."
    )
    metro_key: str | None = None
    area_code: str | None = Field(
        default=None, description="The OEWS area code of the country, a state or a metro."
    )
    states: tuple[str, ...] = Field(
        default=(), description="Every state a metro's official name or a region's metros list."
    )
    members: tuple[str, ...] = Field(default=(), description="A region's metro keys.")
    note: str | None = Field(default=None, description="Why a reading was uncertain.")


class Document(BaseModel):
    id: int | None = None
    sha256: str
    path: str
    kind: DocumentKind
    title: str | None = None
    doc_date: date | None = None
    ingested_at: datetime


class Observation(CompactPickle):
    """One source's pay figure for a role at a place, as of a date: an append-only snapshot."""

    id: int | None = None
    document_id: int | None = None
    posting_id: int | None = None
    source: str = Field(description="The site or employer that published it, e.g. 'salary.com'.")
    source_kind: SourceKind
    url: str
    title: str | None = Field(default=None, description="The page or result title.")
    role_published: str
    role: str | None = Field(default=None, description="Canonical role slug.")
    location_published: str | None = None
    place_key: str | None = None
    place_level: PlaceLevel | None = None
    kind: FigureKind
    covers: Covers | None = None
    region: str | None = None
    min_amount: float | None
    max_amount: float | None
    period: Period
    currency: str = "USD"
    hourly_min: float | None = None
    hourly_max: float | None = None
    annual_min: float | None = None
    annual_max: float | None = None
    term_weeks: float | None = Field(
        default=None, description="Internship length the source states."
    )
    as_of: date
    ingested_at: datetime
    note: str | None = None
    undated: bool | None = Field(
        default=None,
        description="True when the figure's page states no date: as_of is when it was found.",
    )

    @classmethod
    def from_row(cls, row: dict) -> Observation:
        """A stored row, not validated again: it was validated on its way into the store,
        and answers read dozens of rows each (validation was most of their time)."""
        row["as_of"] = date.fromisoformat(row["as_of"])
        row["ingested_at"] = datetime.fromisoformat(row["ingested_at"])
        row["undated"] = None if row.get("undated") is None else bool(row["undated"])
        return checked_already(cls, row)


class Posting(CompactPickle):
    """A job posting; one posting seen on several sites is one row."""

    id: int | None = None
    document_id: int | None = None
    source: str
    site_job_id: str | None = None
    url: str
    canonical_url: str | None = None
    fingerprint: str
    company: str
    title: str
    role: str | None = None
    location_published: str | None = None
    place_key: str | None = None
    workplace: Workplace | None = None
    employment_type: str | None = None
    pay_text: str | None = None
    min_amount: float | None = None
    max_amount: float | None = None
    period: Period | None = None
    currency: str | None = None
    hourly_min: float | None = None
    hourly_max: float | None = None
    annual_min: float | None = None
    annual_max: float | None = None
    status: PostingStatus = "open"
    posted_date: date | None = None
    start_date: date | None = None
    end_date: date | None = None
    first_seen: datetime
    last_seen: datetime
    closed_at: datetime | None = None


class PostingSighting(BaseModel):
    """One time a posting was seen: which site, which document, in what status."""

    id: int | None = None
    posting_id: int
    document_id: int | None = None
    source: str
    site_job_id: str | None = None
    url: str
    status: PostingStatus | None = None
    seen_at: datetime
