"""Where a pay figure is: the place its sentence, its list item's heading or its
region label names, when it is not the page's.

    row_place = figure_place(before, after, about_words, about)
    row_place = row_place or heading_place(text, figure.span[0], about)
    places = region_places_of_item(text, figure, about)  # a figure with a region label

Used by ``store.ingest.attribution.figures`` for each figure no table row places
(``store.ingest.attribution.subjects``): a sentence naming a place off the page's ladder or the
whole country, a ranked list's place heading ("1. Toledo, OH"), a "National" heading,
or a region label's states, city or metro gives that place.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from store.ingest.attribution.pagestate import bare_town, names_town
from store.ingest.attribution.subjects import ASIDE, LABEL_EDGES, LABEL_REACH
from store.models import PayFigure, Place
from store.resolve.geography.agencies import names_agency
from store.resolve.places import (
    OWNER_PLACE,
    PLACE_QUALIFIER,
    get_place,
    namesake_abroad,
    place_covers,
    place_from_text,
    state_places,
)

if TYPE_CHECKING:
    from store.ingest.attribution.figures import Attribution

_NAMES_A_PLACE = re.compile(
    rf"\b(?:[Ii]n|[Aa]cross|[Nn]ear|for)\s+(?:the\s+)?(?:{PLACE_QUALIFIER}\s+)?"
    r"[A-Z][a-zA-Z]|\b[A-Z][a-z]+,\s*[A-Z]{2}\b"
    r"|\b[A-Z][a-z]+,\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,"  # "Gardena, California, welders"
    r"|\b[A-Z][a-z]+['’]s\b|^\W*[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]+)*\s+[a-z]+s\b"  # "London's"
)
_PLACE_NEXT = re.compile(r"[\s,;:(]*(?:in|across|throughout)\s")  # "$33,000, in Ohio"
_NATIONAL = re.compile(
    r"\b(?:nationally|nationwide|national (?:average|median|mean|level)|"
    r"(?:across|throughout) the (?:country|nation))\b",
    re.IGNORECASE,
)
_US_NAMED = re.compile(
    r"\b(?:across|in|throughout) the (?:US|U\.S\.?|USA|United States)(?![\w.])|"
    r"\b(?:US|U\.S\.|USA) (?:average|median|mean|national)\b",
    re.IGNORECASE,
)
# A ranked list's item heading: "1. Toledo, OH", "12) Austin, TX" (its label is the rest).
_ITEM_NUMBER = re.compile(r"(?:^|\s)\d{1,2}[.)]\s+(?=[A-Z])")
_ITEM_CUE = re.compile(r"\d[.)]\s+[A-Z]")  # a cheap look for one before reading the lines
# A bulleted item headed by a short label before a colon: "- Worcester: Median ~$80,000".
_BULLET_LABEL = re.compile(r"[ \t]*[-•*–][ \t]+([A-Z][^:\n]{1,40}):")
_ALL_OTHER = re.compile(
    r"\b(?:all other|other)\s+(?:us\s+)?(?:states|locations|regions|areas)\b|"
    r"\b(?:rest of|elsewhere in) the (?:us|u\.s\.|united states|country)\b|\bnationwide\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def _states_in(region: str) -> tuple[Place, ...] | None:
    return tuple(dict.fromkeys(state_places(region) or ())) or None


def region_places(region: str, fallback: Place | None) -> list[Place | None]:
    """The places a pay table's region label covers: its US states, the country, the
    city or metro it names, or ``fallback`` (a zone: "Region 2").

    >>> [p.key for p in region_places("CA, NY", None)]
    ['state:US-CA', 'state:US-NY']
    """
    if _ALL_OTHER.search(region):
        return [get_place("country:US")]
    states = _states_in(region)
    if states:
        return list(states)
    named = _region_place(region)  # "Bay Area", "Seattle": filed there, not on the page's place
    return [named] if named is not None else [fallback]


@lru_cache(maxsize=4096)
def _region_place(region: str) -> Place | None:
    named = place_from_text(region)
    return named if named is not None and named.level != "remote" else None


@lru_cache(maxsize=20_000)
def place_in(sentence: str, context: str | None) -> Place | None:
    """The place a sentence names, looked up only when it looks like it names one (cheap)."""
    if not _names_place(sentence):
        return None
    return place_from_text(sentence, context=context)


def national_place(about_words: str, page_place: Place | None) -> Place | None:
    """The country a sentence says its figure covers: "nationally", "the national
    average" (the page's country), "across the US" (the US); None when it says neither.

    >>> national_place("Nationally, interns earn #.", get_place("city:GB-london")).key
    'country:GB'
    >>> national_place("In the U.S., interns earn #.", get_place("city:GB-london")).key
    'country:US'
    """
    country = _national_country(about_words)
    if country == "":  # the page's country
        country = page_place.country if page_place is not None else None
    return get_place(f"country:{country or 'US'}") if country is not None else None


def says_national(about_words: str) -> bool:
    """Whether a sentence says its figure covers its page's whole country without naming
    it ("the national average", "nationwide").

    >>> says_national("The national average is #."), says_national("Across the US, #.")
    (True, False)
    """
    return _national_country(about_words) == ""


@lru_cache(maxsize=20_000)
def _national_country(about_words: str) -> str | None:
    """ "US" when a sentence names the US as a whole, "" for "nationally", else None."""
    if _US_NAMED.search(about_words):
        return "US"
    return "" if _NATIONAL.search(about_words) else None


def own_place(about_words: str, about: Attribution) -> Place | None:
    """The place a figure's own sentence names when it is not the page's ladder.

    "In Seattle, WA, interns earn $41 an hour" on a page about Boston is filed under
    Seattle, not Boston; "nationally, interns earn $38" under the country. On a page
    about the whole country, or about no one place, a sentence naming a place files
    its figure there ("in New York, accountants make $48.77 an hour").
    ``about_words`` is the figure's sentence with its numbers blanked
    (``without_numbers``). None when the sentence names no other place.
    """
    page = about.place
    if page is not None and page.level == "remote":
        return None
    national = national_place(about_words, page)
    if national is not None:
        return None if page is not None and national.key == page.key else national
    named = place_in(about_words, about.location_published)
    if named is not None and _us_namesake(named, page, about_words):
        named = namesake_abroad(named, page.country)  # type: ignore[union-attr]
    if named is None or named.level == "remote" or named == page:
        return None
    if page is None or (page.level == "country" and place_covers(page, named)):
        return named
    if place_covers(named, page) or place_covers(page, named):
        return None
    return named


def _us_namesake(named: Place, page: Place | None, words: str) -> bool:
    """Whether a US city or metro read off a page about another country is rather that country's
    namesake: "the Vancouver area" on a page about Canada; not "Buffalo, NY" (its state
    written), nor on a page about the US or no place."""
    return (
        page is not None
        and page.country not in (None, "US")
        and named.level in ("city", "metro")
        and named.country == "US"
        and f", {named.state}" not in words
    )


@lru_cache(maxsize=20_000)  # a sentence's figures share its words
def may_name_place(about_words: str) -> bool:
    """Whether a sentence (numbers blanked) may name a place or the whole country: when it
    does not, neither do its clauses, and ``figure_place`` is None (cheap, cached)."""
    return _names_place(about_words) or _national_country(about_words) is not None


def _names_place(words: str) -> bool:
    # "in Ohio", "Austin, TX", "London's", or an agency by its place ("the Maryland State Police")
    return _NAMES_A_PLACE.search(words) is not None or names_agency(words)


# A sentence pairing its places with its figures in order: "Idaho Falls, Idaho, and
# Sheboygan, Wis., where the average annual pay ... is $128,890 and $106,730,
# respectively", "San Jose, Washington and Houston, with corresponding averages of".
_RESPECTIVE = re.compile(r"\b(?:respectively|corresponding|in that order)\b", re.IGNORECASE)
_RESPECTIVE_CUES = ("espective", "orrespond", "that order")
_NAME = r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*"
_NAME_LIST = re.compile(rf"{_NAME}(?:\s*,\s*(?:and\s+)?{_NAME}|\s+and\s+{_NAME})+")
_LIST_BREAK = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_AMOUNT = re.compile(r"[$€£]\s?\d[\d,]*(?:\.\d+)?")


def pairs_in_order(words: str) -> bool:
    """Whether a sentence says it pairs its figures with what it lists in order (cheap).

    >>> pairs_in_order("pay is # and #, respectively"), pairs_in_order("pay is #")
    (True, False)
    """
    return any(cue in words for cue in _RESPECTIVE_CUES) and _RESPECTIVE.search(words) is not None


def respective_place(text: str, figure: PayFigure, sentence: str) -> Place | None:
    """The place a sentence pairs with its figure by their order ("... $128,890 and
    $106,730, respectively"): its list of places, one for each amount it states.

    >>> s = "In Austin, TX, and Denver, pay is $50,000 and $60,000, respectively."
    >>> figure = PayFigure(min_amount=6e4, max_amount=6e4, span=(s.index("$60"), len(s) - 15),
    ...                    text="$60,000")
    >>> respective_place(s, figure, s).key
    'city:US-CO-denver'
    """
    if not pairs_in_order(sentence):
        return None
    start = text.find(sentence, max(0, figure.span[0] - len(sentence)))
    amounts = [m.start() + start for m in _AMOUNT.finditer(sentence)] if start >= 0 else []
    if figure.span[0] not in amounts:
        return None
    lists = list(_NAME_LIST.finditer(sentence, 0, amounts[0] - start))
    places = _listed_places(lists[-1][0]) if lists else []
    if len(places) != len(amounts):
        return None
    return places[amounts.index(figure.span[0])]


def _listed_places(names: str) -> list[Place]:
    """The places a list names, a "City, State" pair as one ("Idaho Falls, Idaho")."""
    items = _LIST_BREAK.split(names)
    places: list[Place] = []
    index = 0
    while index < len(items):
        pair = ", ".join(items[index : index + 2])
        paired = place_from_text(pair) if index + 1 < len(items) else None
        if paired is not None and paired.level == "city":
            places.append(paired)
            index += 2
            continue
        single = place_from_text(f"in {items[index]}")
        if single is not None and single.level != "remote":
            places.append(single)
        index += 1
    return places


def figure_place(before: str, after: str, about_words: str, about: Attribution) -> Place | None:
    """``own_place`` of the figure's own words: a place right after it ("$33,000, in
    Mississippi"), else one in its words since the figure before it ("and in Seattle,
    $45"), else its sentence's. All are ``without_numbers``. On a page of no place
    from one state, a town those words name bare is in that state ("Sullivan's
    starting pay is").
    """
    if about.page_state is not None:  # its own words' town first: "while Sullivan's pay is"
        town = bare_town(before if names_town(before) else about_words, about.page_state)
        if town is not None:
            return town
    for words in (after if _PLACE_NEXT.match(after) else "", before):
        if words and (
            place_in(words, about.location_published) is not None
            or _national_country(words) is not None
        ):
            return own_place(words, about)
    # "Central London's managers earn £34,600, below those in East Anglia, who earn
    # £45,400": a place that owns a clause's subject is that clause's, not the sentence's.
    return own_place(OWNER_PLACE.sub(" ", about_words), about)


def item_place(text: str, start: int, about: Attribution) -> Place | None:
    """The place heading the ranked-list item a figure sits in, or None.

    Best-paying-cities lists head each item with its place, on a line of its own or,
    once a page is flattened to text, at the end of the line above the item's figures
    ("... 2. Cleveland, OH" then "Average annual salary: $42,718"); a short heading
    before the figure on its own line counts too ("3. Columbus, OH - $40,998"), as does
    a bulleted item's label before a colon ("- Worcester: Median ~$80,000").
    """
    line_start = text.rfind("\n", 0, start) + 1
    bullet = _BULLET_LABEL.match(text, line_start, start)
    if bullet is not None:  # "- Worcester: Median ~$80,000"; "- National Average:" is not
        if says_national(bullet[1]):
            return None
        named = place_in(f"in {ASIDE.sub('', bullet[1])}", about.location_published)
        return named if named is not None and named.level != "remote" else None
    above_start = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
    if _ITEM_CUE.search(text, above_start, start) is None:
        return None  # the usual case: no numbered item on the figure's line or the one above
    for chunk in (text[line_start:start], text[above_start : max(line_start - 1, 0)]):
        numbers = list(_ITEM_NUMBER.finditer(chunk))
        if not numbers:
            continue
        label = chunk[numbers[-1].end() :].strip(LABEL_EDGES)
        if len(ASIDE.sub("", label)) > LABEL_REACH:  # "(Calif.)" does not make it long
            return None
        named = place_in(f"in {label}", about.location_published)
        return named if named is not None and named.level != "remote" else None
    return None


# A heading that files the figures under it in the whole country: "National", "U.S.".
_NATIONAL_HEADING = re.compile(
    r"[ \t]*(?:National(?:ly| average| figures?)?|Nationwide|U\.?S\.?|USA|United States)"
    r"[ \t:]*\n",
    re.IGNORECASE,
)


def heading_place(text: str, start: int, about: Attribution) -> Place | None:
    """The place heading the figure: a line "National" right above its line (a metro
    list's national row: "National" / "- Annual mean salary: $114,510") is the page's
    country (the US when it has none), else the place of its ranked-list item
    (``item_place``)."""
    line_start = text.rfind("\n", 0, start) + 1
    above_start = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
    if line_start and _NATIONAL_HEADING.fullmatch(text, above_start, line_start):
        page = about.place
        return get_place(f"country:{page.country if page and page.country else 'US'}")
    return item_place(text, start, about)


def region_places_of_item(text: str, figure: PayFigure, about: Attribution) -> list[Place | None]:
    """``region_places`` of a figure's region label, or the place inside it that its list
    item names: "16. Springfield (Ohio): $133,850" is Springfield's, not all Ohio's."""
    places = region_places(figure.region or "", about.place)
    item = item_place(text, figure.span[0], about)
    if item is not None and any(p is not None and place_covers(p, item) for p in places):
        return [item]
    return places
