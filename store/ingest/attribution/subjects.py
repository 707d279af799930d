"""Whose a pay figure is: the role, level and place its table row, label or sentence names.

    role, row_place, reason = subject(text, figure, about, about_words, previous_end)

Used by ``store.ingest.attribution.figures`` for each figure of a text about ``about.role`` at
``about.place`` (the rules are listed there). A row titled by another role, or a
figure whose own words name one, is that role's; a row or list label naming a level
alone ("Entry:", "Senior level |", "0-1 years") is the page's title at that level;
a row titled by a place gives that place. The places sentences, list headings and
region labels name are read by ``store.ingest.attribution.figureplaces``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import TYPE_CHECKING

from store.ingest.attribution.headings import heading_role, item_role
from store.ingest.attribution.nearestjob import paragraph_level, referred_job
from store.ingest.attribution.notpay import not_pay, percentile_read_backwards, words_after
from store.ingest.attribution.officers import clause_officer
from store.ingest.attribution.ownlevels import (
    LEVEL_PHRASE_REACH,
    level_phrase_role,
    leveled_by_own_words,
    leveled_by_subject,
    past_training,
)
from store.ingest.attribution.plainjobs import plain_jobs
from store.ingest.tables.rolecolumns import column_role
from store.models import PayFigure, Place, Role
from store.resolve.levels import leading_level, level_label
from store.resolve.places import (
    place_from_text,
)
from store.resolve.roles import role_at_level, role_from_title, role_named_last

if TYPE_CHECKING:
    from store.ingest.attribution.figures import Attribution

# Words that say an amount is pay ("Median Salary", "earns", "hourly rate").
PAY_WORDS = re.compile(
    r"\b(?:pay|paid|salary|salaries|wages?|compensation|earn(?:s|ing)?|stipend|rate|base|"
    r"income|ote|hiring range)\b",
    re.IGNORECASE,
)
# A pay table's row of a statistic: "median (50th percentile)", "Mean", "90th percentile".
_STATISTIC = re.compile(r"\b(?:median|mean|average|percentile)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\"“(])")
_SENTENCE_OPENS = re.compile(r"[.!?](?=\s+([A-Z\"“(]))")  # and where the next one opens
_NUMBER = re.compile(r"[$€£]?\d[\d,.]*[kKmM]?")
_CELL_BREAK = re.compile(r"\s*\|\s*|\t")
# A sentence about the pay of every job at once: "Workers in the State of Colorado had
# an average hourly wage of", "the median for all occupations", "full-time workers",
# "the median wage for all education levels".
_WORKERS_AT_LARGE = re.compile(
    r"\b(?:[Aa]ll (?:workers|occupations|jobs|employees|covered employment)|"
    r"(?<!\w )[Ww]orkers (?:in|across|throughout) (?:the )?(?:[A-Z][\w.'-]*,? )*"
    r"(?:[Ss]tate|[Aa]rea|[Rr]egion|[Mm]etro(?:politan area)?|[Nn]ation|[Cc]ountry|[Cc]ity|"
    r"U\.?S\.?|United States)|(?:[Ff]ull|[Pp]art)-time workers?|(?:[Nn]on-?)?[Uu]nion workers|"
    r"(?:median|mean|average) (?:wage|salary|pay|earnings|income) (?:for|of|across) all|"
    # Hires or staff of many jobs at once, and a survey's share of employers: "pay summer
    # hires $10 or more", "public safety workers currently making more than $60,000",
    # "twenty percent of employers say they'll pay more than sixteen dollars" ("new hires"
    # and "seasonal hires" are often the page's own job's: "new hires start at $18").
    r"(?i:summer hires|(?:public[- ]safety|city|county|municipal|"
    r"government|federal) (?:workers|employees)|(?:percent|%|third|quarter|half|fifth|"
    r"tenth|majority|most|many|some)(?: of)?(?: the)? (?:employers|companies|businesses|"
    r"firms)))\b"
)
# Right before a figure, the mean of all jobs that others are compared with: "occupations
# earned high wages relative to the U.S. annual mean of $45,790" (said of jobs at large:
# "above the national average of" a designer page's figure is the designer's).
_BENCHMARK = re.compile(
    r"\b(?:relative to|compared (?:to|with)|above|below|than|versus|vs\.?)\s+the\s+"
    r"(?:U\.?S\.?|national|nationwide|overall|statewide|state)\s+(?:annual\s+|hourly\s+)?"
    r"(?:mean|median|average)(?:\s+(?:wage|salary|pay))?(?:\s+(?:of|was|is))?[\s:,]*$",
    re.IGNORECASE,
)
_BENCHMARK_REACH = 90
_JOBS_AT_LARGE = re.compile(r"\b(?:occupations|jobs|professions|careers)\b", re.IGNORECASE)
LABEL_EDGES = " \t,;|:=*•·#>-–—"
LABEL_REACH = 40  # a row's label before its figure is short: "Mid-Level (3–5 yrs)"
ASIDE = re.compile(r"\([^)]*\)")  # "(0-2 years licensed)" does not make a label long
# Who says a figure in the news, not whose pay it is: "An Acme spokesperson told Reuters".
_SPEAKER = re.compile(r"\bspokes(?:person|man|woman|people)\b", re.IGNORECASE)
# A job named in brackets right after its figure, "$87,000 (early childhood teacher)", or
# as what one earns it: "I gross around 110k a year as a multi-craft maintenance technician".
_BRACKETED_AFTER = re.compile(
    r"[ \t]*\(([A-Za-z][A-Za-z ,&/'-]{2,60})\)"
    r"|,?[ \t]+as[ \t]+(?:an?|the)[ \t]+([A-Za-z][\w ,&/'-]{2,60}?)(?=[.;!?\n]|$)"
)


# A sentence is blanked once for each of its figures, and twice more for each clause.
@lru_cache(maxsize=8192)
def without_numbers(sentence: str) -> str:
    """The sentence with its amounts and numbers blanked: what it is about, as a cache key."""
    return _NUMBER.sub("#", sentence)


_role_named_last = lru_cache(maxsize=20_000)(role_named_last)


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return line_start, len(text) if line_end < 0 else line_end


_WRAP_WIDTH = 40  # a line this long that ends mid-sentence may be wrapped prose
_WRAP_REACH = 3  # lines a wrapped sentence is followed over
_SENTENCE_CLOSE = frozenset(".!?:;")


def _continues(line: str, following: str) -> bool:
    """Whether ``following`` continues the sentence ``line`` leaves open, as fixed-width
    releases wrap it: "... had an annual mean" / "wage of $154,390, nurse practitioners,"."""
    if len(line) < _WRAP_WIDTH:  # the usual short line: a label, a heading
        return False
    line, following = line.rstrip(), following.lstrip()
    if len(line.lstrip()) < _WRAP_WIDTH or not following or line[-1] in _SENTENCE_CLOSE:
        return False
    first = following[0]
    return first.islower() or (line[-1] == "," and (first.isdigit() or first in "$€£"))


def _prose_start(text: str, line_start: int, line_end: int) -> int:
    """Where the sentence a line continues starts its first line (``_continues``)."""
    for _ in range(_WRAP_REACH):
        if line_start == 0:
            break
        above = text.rfind("\n", 0, line_start - 1) + 1
        if not _continues(text[above : line_start - 1], text[line_start:line_end]):
            break
        line_start = above
    return line_start


def _prose_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """``_line_bounds`` widened over the lines a wrapped sentence runs across."""
    line_start, line_end = _line_bounds(text, start, end)
    line_start = _prose_start(text, line_start, line_end)
    for _ in range(_WRAP_REACH):
        if line_end >= len(text):
            break
        below = text.find("\n", line_end + 1)
        below = len(text) if below < 0 else below
        if not _continues(text[line_start:line_end], text[line_end + 1 : below]):
            break
        line_end = below
    return line_start, line_end


def _sentence_start(text: str, line_start: int, start: int) -> int:
    """Where the sentence ending at ``start`` starts, at ``line_start`` at the earliest: past
    the last ``_SENTENCE_END`` whose next sentence opens before ``start``."""
    ends, openings = _sentence_ends(text)
    last = bisect_left(openings, start) - 1
    return ends[last] if last >= 0 and ends[last] > line_start else line_start


# A text's figures ask where their sentences start several times each, one text after
# another: its sentence ends are found once.
@lru_cache(maxsize=1)
def _sentence_ends(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where each of ``text``'s sentences ends (after its stop) and the next one opens
    (its first letter or quote): both ascend together."""
    matches = list(_SENTENCE_OPENS.finditer(text))
    return tuple(match.end() for match in matches), tuple(match.start(1) for match in matches)


def sentence_around(text: str, start: int, end: int) -> str:
    line_start, line_end = _prose_bounds(text, start, end)
    sentence_start = _sentence_start(text, line_start, start)
    match = _SENTENCE_END.search(text, end, line_end)
    return text[sentence_start : match.end() if match else line_end].strip()


def _own_words_start(text: str, figure: PayFigure, previous_end: int) -> int:
    """Where a figure's own words start: its sentence's start, or the figure before it."""
    line_start, line_end = _line_bounds(text, *figure.span)
    prose_start = _prose_start(text, line_start, line_end)
    return max(_sentence_start(text, prose_start, figure.span[0]), previous_end)


def _sentence_before(text: str, figure: PayFigure) -> str:
    """A figure's sentence up to it, across the figures before it in that sentence."""
    line_start, line_end = _line_bounds(text, *figure.span)
    prose_start = _prose_start(text, line_start, line_end)
    return text[_sentence_start(text, prose_start, figure.span[0]) : figure.span[0]]


def clause_around(
    text: str, start: int, end: int, previous_end: int, next_start: int
) -> tuple[str, str]:
    """A figure's own words before and after it: its sentence, cut at the figures before
    and after it."""
    line_start, line_end = _prose_bounds(text, start, end)
    clause_start = max(_sentence_start(text, line_start, start), previous_end)
    match = _SENTENCE_END.search(text, end, line_end)
    clause_end = min(match.end() if match else line_end, max(next_start, end))
    return text[clause_start:start].strip(), text[end:clause_end].strip()


def _table_row_title(line: str) -> str | None:
    """The first cell of a table row ("QA Analyst | $70,857 | ..."), if the line is a row."""
    if "|" not in line and "\t" not in line:
        return None
    cells = [cell.strip() for cell in _CELL_BREAK.split(line.strip().strip("|"))]
    if len(cells) < 2 or not re.search(r"[A-Za-z]", cells[0]) or "$" in cells[0]:
        return None
    return cells[0]


def _pay_label(row_title: str) -> bool:
    """Whether a row's title names a kind of pay, not a job ("Base Salary", "Median Pay").

    >>> _pay_label("Base Salary"), _pay_label("Signing Bonus")
    (True, False)

    A statistic of the page's job's pay is one too ("median (50th percentile)"):

    >>> _pay_label("10th percentile"), _pay_label("Median")
    (True, True)
    """
    return len(row_title) <= LABEL_REACH and (
        PAY_WORDS.search(row_title) is not None or _STATISTIC.search(row_title) is not None
    )


def _row_place(row_title: str, about: Attribution) -> Place | None:
    """The place a table row is labelled with ("Silicon Valley, CA | $40"), if any."""
    named = place_from_text(row_title, context=about.location_published)
    return named if named is not None and named.level != "remote" else None


def _at_level(label: str, role: Role) -> Role | None:
    """The page's role at the level a row's label names ("Entry:", "Senior Designer
    5-10 years" on a graphic designer page), if it names one and no other role."""
    if role.is_intern or not label or len(ASIDE.sub("", label)) > LABEL_REACH:
        return None  # on an intern page "Senior" is a student's year, not a level
    named = level_label(label)
    if named is not None:
        return role_at_level(role, named.level)
    leading = leading_level(label)
    if leading is None:
        return None
    level, rest = leading
    other = role_from_title(rest) if rest else None
    return role_at_level(role, level) if other is None or other.title == role.title else None


def _label_role(label: str, role: Role) -> Role | None:
    """Another job a short label before a figure names ("Senior Accountant"), if any."""
    if not label or len(ASIDE.sub("", label)) > LABEL_REACH:
        return None
    named = role_from_title(label)
    return named if named is not None and named.title != role.title else None


def _line_label(text: str, figure: PayFigure, line_start: int, previous_end: int) -> str:
    """The words before a figure on its line, after any figure before it: its label
    when short ("Entry:" in "$22–$35/hrEntry: $70,000–$110,000")."""
    start = max(line_start, previous_end)
    return text[start : figure.span[0]].strip(LABEL_EDGES)


def _compared_with_all_jobs(text: str, start: int, previous_end: int) -> bool:
    """Whether the words right before a figure (across wrapped lines, since the figure
    before it) call it the mean of all jobs that jobs are compared with.

    >>> text = "Across all occupations, pay sits above the national MEDIAN wage of $48,060."
    >>> _compared_with_all_jobs(text, text.index("$"), 0)
    True
    """
    lead = " ".join(text[max(previous_end, start - _BENCHMARK_REACH) : start].split())
    lowered = lead.lower()  # the pattern's statistic words, looked for first
    if "mean" not in lowered and "med" not in lowered and "average" not in lowered:
        return False
    return _BENCHMARK.search(lead) is not None and _JOBS_AT_LARGE.search(lead) is not None


def continues_another_job(
    text: str, previous_end: int, start: int, previous_reason: str | None, role: Role
) -> bool:
    """Whether a figure of the page's role goes on the sentence of the figure before it,
    which was skipped as another job's, naming no job of its own: "$44,996" in
    "Firefighter/EMTs will receive $50,412 compared to the previous salary of $44,996"
    on a police page is the firefighters' old pay, not police pay.

    >>> from store.resolve.roles import get_role
    >>> police = get_role("police-officer")
    >>> text = "Firefighter/EMTs will receive $50,412 compared to the previous salary of $44,996."
    >>> skipped = f"labelled 'Firefighter/EMTs will receive', not {police.name}"
    >>> continues_another_job(text, text.index(" compared"), text.rindex("$"), skipped, police)
    True
    >>> continues_another_job(text, text.index(" compared"), text.rindex("$"), None, police)
    False
    """
    if previous_reason is None or not previous_reason.endswith(f", not {role.name}"):
        return False
    between = text[previous_end:start]
    if "\n" in between or _SENTENCE_END.search(between):
        return False
    return role_from_title(between) is None


def subject(
    text: str, figure: PayFigure, about: Attribution, about_words: str, previous_end: int
) -> tuple[Role, Place | None, str | None]:
    """Whose figure this is: (role, the place its row names or None, why it is skipped).

    An amount in a column headed by a job is that job's; a row titled by another role,
    or a figure whose own words (from its sentence's
    start or the figure before it) name one strictly, is that role's; one whose
    sentence names another role elsewhere is skipped, as its role is unclear;
    a job named in brackets right after the figure is that job's; a row or label
    naming a level alone is the page's title at that level; a row
    titled by a place is the page's role there; a row titled by nothing we know is
    skipped.
    """
    role = about.role
    columned = column_role(text, figure)
    if columned is not None:  # "Yearly salary$75,006$97,916" under two jobs' names
        return columned, None, None
    line_start, line_end = _line_bounds(text, *figure.span)
    row_title = _table_row_title(text[line_start:line_end])
    if row_title is not None:
        leveled = _at_level(row_title.strip(LABEL_EDGES), role)
        if leveled is not None:
            return leveled, None, None
        row_role = role_from_title(row_title)
        if row_role is None:
            row_place = _row_place(row_title, about)
            if row_place is not None:
                return role, row_place, None
        elif row_role.slug == role.slug or role_from_title(row_title, strict=True) == row_role:
            return row_role, None, None
        if row_role is None and _pay_label(row_title):  # "| Base Salary | $175,000 |"
            return role, None, None
        return role, None, f"a table row about {row_title!r}, not {role.name}"
    label = _line_label(text, figure, line_start, previous_end)
    leveled = _at_level(label, role)
    if leveled is not None:
        return leveled, None, None
    other = _label_role(label, role) if previous_end <= line_start else None
    if other is not None:  # a line "Senior Accountant $90,000" on a designer page
        if heading_role(label) == other:  # "Accountant. £39,100": a job's name alone
            return other, None, None
        return role, None, f"labelled {label!r}, not {role.name}"
    bracketed = _BRACKETED_AFTER.match(text, figure.span[1])
    named_after = bracketed and role_from_title(bracketed[1] or bracketed[2], strict=True)
    if named_after:  # "$99,000 (primary and secondary school teacher) / $87,000 (early ...)"
        return named_after, None, None
    headed = item_role(text, figure.span[0])
    if headed is not None and headed.slug != role.slug:  # "39. Claims adjusters" / "$68,270"
        return headed, None, None
    sentence_before = _sentence_before(text, figure)
    officer = clause_officer(sentence_before)
    if officer is not None:  # "The City Clerk shall receive a salary of"
        return officer, None, None
    own_start = _own_words_start(text, figure, previous_end)
    before = text[own_start : figure.span[0]]
    after = words_after(text, figure.span[1])
    reason = not_pay(before, sentence_before, sentence_before + after, about_words)
    following = text[figure.span[1] : figure.span[1] + 40]  # "for the highest 10%"
    reason = reason or percentile_read_backwards(figure.min_amount, figure.max_amount, following)
    if reason is not None:
        return role, None, reason
    if _compared_with_all_jobs(text, figure.span[0], previous_end):
        return role, None, "the mean of all jobs others are compared with, not one job's pay"
    after = text[figure.span[1] : figure.span[1] + LEVEL_PHRASE_REACH]
    phrased = level_phrase_role(before, after, role)
    if phrased is not None and not _WORKERS_AT_LARGE.search(about_words):
        return phrased, None, None
    if "pokes" in about_words:  # "An Acme spokesperson told Reuters that ... is $15"
        about_words, before = _SPEAKER.sub(" ", about_words), _SPEAKER.sub(" ", before)
    named = role_from_title(about_words, strict=True)
    if named is None:
        if _WORKERS_AT_LARGE.search(about_words):  # a wage release's "all workers" figure
            return role, None, "about workers in general, not one job"
        plain = plain_jobs(without_numbers(before))  # "Plumbers are, on average, earning"
        if plain:
            return leveled_by_own_words(before, plain[-1]), None, None
        role = past_training(sentence_before, role)  # "after the academy"
        role = referred_job(text, figure.span[0], sentence_before, role)  # "You can start"
        role = paragraph_level(text, figure.span[0], role)  # "for a welder ... The median"
        return leveled_by_subject(before, leveled_by_own_words(before, role)), None, None
    # The role its own words name last, from the sentence's start or the figure before
    # it: in "Interns earn $40 an hour, while data engineers make $130,000" each has its own.
    own = _role_named_last(without_numbers(before))
    if own is not None:
        return own, None, None
    if named.slug == role.slug:
        return leveled_by_subject(before, role), None, None
    return role, None, f"about {named.name}, not {role.name}"
