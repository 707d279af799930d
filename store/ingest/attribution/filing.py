"""Where a figure is filed: its role and places, and the currency it is paid in there.

    role, places, reason, named = filed_under(text, figure, about, about_words, around)
    currency = local_currency(figure, place)

Used by ``store.ingest.attribution.figures`` for each figure it reads. The role comes from the
figure's subject (``store.ingest.attribution.subjects``); its place from its own words, a row or a
heading above it (its row label or the name before its bracket first: ``labelplaces``),
else the page's; a page of no place files "£800 a month" in the UK.
A figure paid in a money one country holds is that country's, wherever its words
put it ("Fresher salary: ₹4–6 LPA | US average: $95,000/year" files the rupees in
India). A bare "$" in a country with a dollar of its own is that country's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from store.extract.amounts.marks import currency_code
from store.ingest.attribution.figureplaces import (
    figure_place,
    heading_place,
    may_name_place,
    pairs_in_order,
    region_places_of_item,
    respective_place,
    says_national,
)
from store.ingest.attribution.labelplaces import label_place
from store.ingest.attribution.subjects import (
    clause_around,
    sentence_around,
    subject,
    without_numbers,
)
from store.models import PayFigure, Place, Role
from store.resolve.geography.world import country_currency, currency_country
from store.resolve.places import get_place

if TYPE_CHECKING:
    from store.ingest.attribution.figures import Attribution

_US_DOLLAR = re.compile(r"US\s?\$|USD|U\.S\. dollars?|US dollars?", re.IGNORECASE)


def local_currency(figure: PayFigure, place: Place | None) -> str:
    """The currency of a figure filed under ``place``: a bare "$" in a country with a
    dollar of its own is that country's ("CA$" names Canada's), else the figure's own.

    >>> from store.resolve.places import get_place
    >>> calgary = PayFigure(min_amount=46.39, max_amount=46.39, currency="USD",
    ...                     span=(0, 6), text="$46.39")
    >>> local_currency(calgary, get_place("city:CA-calgary"))
    'CAD'
    >>> local_currency(calgary.model_copy(update={"text": "US$46.39"}),
    ...                get_place("city:CA-calgary"))
    'USD'
    """
    currency = figure.currency or "USD"
    if currency != "USD" or place is None or place.country == "US":
        return currency
    if _US_DOLLAR.search(figure.text):
        return currency
    return currency_code(f"{place.country}$") or currency


def filed_under(
    text: str,
    figure: PayFigure,
    about: Attribution,
    about_words: str,
    around: tuple[int, int],
) -> tuple[Role, list[Place | None], str | None, Place | None]:
    """The role and places a figure is filed under, or why it is skipped (``subject``),
    and the place its own words, row or heading named (None: the page's); ``around`` is
    where the figures before and after it end and start."""
    previous_end, next_start = around
    role, row_place, reason = subject(text, figure, about, about_words, previous_end)
    if reason is None and row_place is None and not figure.region:
        row_place = label_place(text, figure, previous_end, about.location_published)
        # "... $128,890 and $106,730, respectively"
        if row_place is None and pairs_in_order(about_words):
            row_place = respective_place(text, figure, sentence_around(text, *figure.span))
        if row_place is None and may_name_place(about_words):
            before, after = clause_around(text, *figure.span, previous_end, next_start)
            words = without_numbers(before), without_numbers(after)
            row_place = figure_place(*words, about_words, about)
        row_place = row_place or heading_place(text, figure.span[0], about)
    if row_place is not None:
        return role, [paid_there(row_place, figure.currency)], reason, row_place
    if figure.region:
        return role, region_places_of_item(text, figure, about), reason, None
    if about.place is None and figure.currency:  # "£800 a month" on a page of no place
        return role, [_currency_home(figure.currency, about_words)], reason, None
    return role, [paid_there(about.place, figure.currency)], reason, None


def paid_there(place: Place | None, currency: str | None) -> Place | None:
    """``place``, unless the figure is paid in a money one other country holds: then that
    country (rupees on a line that also quotes a US average are India's; pounds on a
    page about Boston are the UK's).

    >>> paid_there(get_place("country:US"), "INR").key
    'country:IN'
    >>> paid_there(get_place("city:GB-london"), "GBP").key, paid_there(None, "INR")
    ('city:GB-london', None)

    A money many countries share is no country's, and not the place's when it pays in
    another (euros on a page about the US are paid somewhere in Europe):

    >>> paid_there(get_place("country:US"), "EUR"), paid_there(get_place("country:DE"), "EUR").key
    (None, 'country:DE')
    """
    if place is None or currency in (None, "USD"):
        return place
    home = currency_country(currency)
    if home is not None:
        return home if home.country != place.country else place
    own = country_currency(place.country) if place.country else None
    return None if own not in (None, currency) else place


def _currency_home(currency: str, about_words: str) -> Place | None:
    """Where a figure on a page of no place is filed: the one country its currency is
    paid in ("£800 a month" is the UK's), the US for dollars its sentence calls national
    ("National average starting teacher salary"), else no place."""
    home = currency_country(currency)
    if home is None and currency == "USD" and says_national(about_words):
        return get_place("country:US")
    return home
