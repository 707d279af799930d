"""Turning the pay figures in a block of text into observations about one role at one place.

    about = Attribution(source="Salary.com", source_kind="site_estimate", url=url,
                        role=get_role("ml-intern"), role_published="Machine Learning Intern",
                        place=boston, as_of=date(2026, 5, 1))
    observations = observations_from_text(text, about, now=now, skipped=skipped)

Rules, all general:

* A figure in a table row or sentence that names another role is that role's
  when the role reads strictly ("a Machine Learning Engineer in Boston earns
  $164,700" on an intern page); a row titled by nothing we know is skipped. A row
  or list item labelled by a level alone ("Entry: $70,000", "Senior level | $150k",
  "0-1 years") is the page's title at that level (not on an intern page, where
  "Senior" is a student's year). A row titled by a place ("Austin, TX | $40"), a
  region label naming a city or metro ("Bay Area: $45"), or a sentence naming a
  place off the page's ladder ("In Seattle, ...") files the figure under that
  place; a sentence about the whole country ("nationally", "across the US")
  files it under the country.
* A bare amount with no words around it (a chart axis) is skipped, unless the
  layout says what it is (a posting's pay line, a pay table's region row, a label
  above it that gives its period).
* Amounts whose hourly equivalent is not plausible pay (``plausible_pay``) are
  skipped.
* A figure's period is the one written beside it or the one extraction inferred
  (from its label, sentence, page or size; the note says which), or the one the same
  pay restated right after it makes it ("$53,030, or $25.50 per hour" is yearly).
  Failing these, a pay table's row keeps one when the line that introduces the table is clearly
  about pay, read from its size (``period_for_size``). Otherwise skipped.
* A bare "$" on a figure filed in a country with a dollar of its own is that
  country's dollar ("$46.39 per hour" in Calgary is CAD); "US$" and "USD" stay USD.
* "as of <date>" before a figure in its paragraph dates it; else the one date the
  whole text states ("updated at October 14, 2025"); else the caller's date.
* A region label that lists US states gives one observation per state; "All
  other states" is the country; any other label stays on the caller's place.
* The same figure stated twice in one text is stored once.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from datetime import date, datetime

from pydantic import BaseModel

from store.extract.dates.written import stated_dates_at
from store.extract.figures import extract_pay
from store.extract.meaning.periods import plausible_pay
from store.ingest.attribution.figureperiods import period_for
from store.ingest.attribution.figureplaces import pairs_in_order
from store.ingest.attribution.filing import filed_under, local_currency, paid_there
from store.ingest.attribution.placeruns import Run, run_place
from store.ingest.attribution.subjects import (
    continues_another_job,
    sentence_around,
    without_numbers,
)
from store.ingest.parsed import Skip
from store.ingest.tables.cards import is_bare, sibling_item, with_caption
from store.ingest.tables.schedules import with_step_grids
from store.models import (
    Observation,
    PayFigure,
    Period,
    Place,
    Role,
    SourceKind,
    checked_already,
)
from store.pay import equivalents, period_of_same_pay
from store.resolve.roles import open_role, role_from_title

# A blank line ends a paragraph (an "as of" date dates the figures of its own).
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_SIBLING_NOTE = "The source states no pay period; per {} is that of the list item above."
# What may stand between a figure and the same pay restated in another period on its
# line: "$28-$35/hour ($58,000-$73,000 annually)", "$61,818/year, or $29.72 an hour".
_RESTATED = re.compile(
    r"[ \t(\[,;:/~≈=.-]*(?:(?:or|about|around|roughly|approximately|approx|i\.?e\.?|"
    r"equivalent to|equals?|per|an?|hour|hourly|hr|year|yearly|annual|annually|yr|"
    r"month|monthly|week|weekly|day|daily)\b[ \t(\[,;:/~≈=.-]*)*$",
    re.IGNORECASE,
)
# ... or in the next sentence's words for it: "$47,279 a year. This yearly salary amount
# can be translated into an average hourly amount of $23.59", "This equates to".
_RESTATED_AS = re.compile(
    r"[^.!?\d]{0,20}[.!?]?\s*(?:[Tt]his|[Tt]hat|[Ww]hich|[Ii]t)\b[^.!?\d$£€]{0,100}?"
    r"\b(?:translat\w*|equat\w*|works? out|breaks? down|comes? (?:out )?to|convert\w*|"
    r"amounts? to)\b[^.!?\d$£€]{0,60}$"
)
_RESTATED_TOLERANCE = 0.03  # "$53,030, or $25.50 per hour": 2,080 hours of $25.50 is $53,040
# A dollar the text says is the US one: "US$40", "$40 USD", "40 US dollars".


# A figure about the whole country: the page's country, or the US when it is named.
class Attribution(BaseModel):
    """Who published a block of text, and which role and place its figures are about."""

    source: str
    source_kind: SourceKind
    url: str
    title: str | None = None
    role: Role
    role_published: str
    place: Place | None = None
    # A state page's state, or the one a page of no place is from: its bare towns' state.
    page_state: Place | None = None
    location_published: str | None = None
    as_of: date
    term_weeks: float | None = None
    note: str | None = None

    def observation(
        self,
        *,
        kind: str,
        low: float | None,
        high: float | None,
        period: Period,
        currency: str,
        now: datetime,
        **more: object,
    ) -> Observation:
        """A figure of this text's role at its place, cited by its source and dated by it,
        with its equivalents on the pay basis (a row of a pay table or a job board's export).
        """
        return Observation(
            source=self.source,
            source_kind=self.source_kind,
            url=self.url,
            title=self.title,
            role_published=self.role_published,
            role=self.role.slug,
            location_published=self.location_published,
            place_key=self.place.key if self.place else None,
            place_level=self.place.level if self.place else None,
            kind=kind,
            min_amount=low,
            max_amount=high,
            period=period,
            currency=currency,
            **equivalents(low, high, period),
            as_of=self.as_of,
            ingested_at=now,
            **more,
        )


def attributed_role(title: str, *, content: str = "", job_title: str | None = None) -> Role | None:
    """The role a result or posting is about: a known role its title names, else one its
    opening text names, else a role of its own named from ``job_title`` (the job a posting
    or a salary page names), so that no figure is dropped for naming a job the catalog
    lacks. None when nothing names a job.

    >>> attributed_role("Zamboni Driver Salary in Boston", job_title="Zamboni Driver").slug
    'zamboni-driver'
    """
    known = role_from_title(title) or (role_from_title(content, strict=True) if content else None)
    return known or (open_role(job_title) if job_title else None)


def _as_of_before(dated: list[tuple[int, date]], paragraphs: list[int], start: int) -> date | None:
    """The last "as of" date stated in a figure's paragraph before the figure starts.

    ``dated`` is ``stated_dates_at(text)``; ``paragraphs`` where the text's paragraphs
    start (0 and the end of each blank line).
    """
    paragraph = paragraphs[bisect_right(paragraphs, start) - 1]
    days = [day for at, day in dated if paragraph <= at < start]
    return days[-1] if days else None


def _restates(figure: PayFigure, kept: tuple[PayFigure, Period] | None, text: str) -> bool:
    """Whether a figure restates the stored figure right before it in another period, as
    wage tables print mean hourly and mean annual pay side by side ("$59.38 $123,510")."""
    if kept is None:
        return False
    before, period = kept
    size, other = figure.max_amount or figure.min_amount, before.max_amount or before.min_amount
    return (
        bool(size and other)
        and _RESTATED.match(text, before.span[1], figure.span[0]) is not None
        and period_of_same_pay(size, other, period, tolerance=_RESTATED_TOLERANCE)
        not in (None, period)
    )


def observations_from_figures(
    text: str,
    figures: Iterable[PayFigure],
    about: Attribution,
    *,
    now: datetime,
    skipped: list[Skip],
    labelled_until: int = 0,
) -> list[Observation]:
    """Observations for ``figures`` found in ``text``, by the rules in the module docstring.

    Figures before ``labelled_until`` sit where the layout says they are pay (a
    posting's pay line), so they need no words of their own.
    """
    figures = list(figures)
    if not figures:
        return []
    regions = {figure.region for figure in figures if figure.region}
    # A page that states one "updated"/"as of" date dates the figures its paragraphs don't.
    dated = stated_dates_at(text)
    # Only a text that dates figures asks which paragraph each is in.
    paragraphs = [0, *(match.end() for match in _PARAGRAPH_BREAK.finditer(text))] if dated else [0]
    page_dates = {day for _, day in dated}
    page_date = page_dates.pop() if len(page_dates) == 1 else None
    observations: list[Observation] = []
    seen: set[tuple] = set()
    previous_end = 0
    previous: tuple[Role, list[Place | None], str | None] | None = None
    kept: tuple[PayFigure, Period] | None = None  # the figure before, when it was stored
    run: Run | None = None  # sentences about the place an earlier one named
    starts = [figure.span[0] for figure in figures[1:]] + [len(text)]
    for figure, next_start in zip(figures, starts, strict=True):
        sentence = with_caption(figure, sentence_around(text, *figure.span), text)
        about_words = without_numbers(sentence)
        if (
            previous is not None
            and previous_end < figure.span[0]  # glued amounts are a table's cells
            and (
                _RESTATED.match(text, previous_end, figure.span[0])
                or _RESTATED_AS.match(text, previous_end, figure.span[0])
            )
            and not pairs_in_order(about_words)  # "$105,800, $101,230 and ..., respectively"
        ):
            role, places, reason = previous  # "$28/hour ($58,000 a year)": the same subject
        else:
            around = (previous_end, next_start)
            role, places, reason, named = filed_under(text, figure, about, about_words, around)
            if reason is None and not figure.region:  # "Second-year apprentices earn"
                carried, run = run_place(text, figure, around, run, named)
                places = [paid_there(carried, figure.currency)] if carried else places
            if (
                reason is None
                and previous is not None
                and role.slug == about.role.slug
                and continues_another_job(text, previous_end, figure.span[0], previous[2], role)
            ):
                reason = previous[2]  # "... will receive $50,412 compared to ... $44,996"
        previous, previous_end = (role, places, reason), figure.span[1]
        # A figure whose label gave its period ("Hourly Rate\n£14.50") is not bare.
        labelled = figure.span[0] < labelled_until or figure.period_basis == "label"
        bare = reason is None and not labelled and is_bare(figure, sentence, text)
        if bare and not _restates(figure, kept, text):
            reason = "a bare amount; nothing says what it is"
        above, kept = kept, None
        if reason:
            skipped.append(Skip(what=figure.text, reason=reason))
            continue
        period, note = period_for(figure, text, sentence, about_words, regions)
        if period is None and above is not None and sibling_item(text, figure, above[0]):
            period, note = above[1], _SIBLING_NOTE.format(above[1])  # "• Two – $35.52"
        if period is None:
            skipped.append(Skip(what=figure.text, reason="no pay period stated or implied"))
            continue
        normalised = equivalents(figure.min_amount, figure.max_amount, period)
        bounds = (figure.min_amount, figure.max_amount)
        # Bonuses (additional cash) may be small.
        if figure.covers != "additional_cash" and not plausible_pay(
            *bounds, period, figure.currency
        ):
            skipped.append(Skip(what=figure.text, reason=f"implausible as pay per {period}"))
            continue
        kept = (figure, period)
        stated = _as_of_before(dated, paragraphs, figure.span[0]) or page_date
        as_of = stated or about.as_of  # undated: the date the document was found
        for place in places:
            currency = local_currency(figure, place)
            key = (role.slug, figure.kind, figure.covers or "base", figure.region,
                   figure.min_amount, figure.max_amount, period,
                   place.key if place else None)  # fmt: skip
            if key in seen:
                continue
            seen.add(key)
            # Built of validated parts without validating again (a third of building one);
            # the writing process validates what parsing workers send (``parsed.unpacked``).
            observations.append(
                checked_already(
                    Observation,
                    {
                        "id": None,
                        "document_id": None,
                        "posting_id": None,
                        "source": about.source,
                        "source_kind": about.source_kind,
                        "url": about.url,
                        "title": about.title,
                        "role_published": (
                            about.role_published if role is about.role else role.name
                        ),
                        "role": role.slug,
                        "location_published": figure.region or about.location_published,
                        "place_key": place.key if place else None,
                        "place_level": place.level if place else None,
                        "kind": figure.kind,
                        "covers": figure.covers,
                        "region": figure.region,
                        "min_amount": figure.min_amount,
                        "max_amount": figure.max_amount,
                        "period": period,
                        "currency": currency,
                        **normalised,
                        "term_weeks": about.term_weeks,
                        "as_of": as_of,
                        "ingested_at": now,
                        "note": " ".join(part for part in (about.note, note) if part) or None,
                        "undated": stated is None or None,
                    },
                )
            )
    return observations


def observations_from_text(
    text: str, about: Attribution, *, now: datetime, skipped: list[Skip]
) -> list[Observation]:
    """Extract the pay figures in ``text`` (a wage schedule's grid as its span) and keep
    those about ``about.role``."""
    figures = with_step_grids(text, extract_pay(text))
    return observations_from_figures(text, figures, about, now=now, skipped=skipped)
