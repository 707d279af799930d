"""Words a posting sets off its title, and the places a question compares.

    >>> set_aside("clinical nurse ii - medical/surgical chicago", "clinical nurse ii")[1:3]
    ('medical/surgical', 'chicago')
    >>> [match.place.name for match in compared_places("swe nyc vs sf")[1]]
    ['San Francisco, CA']

Postings put a unit, a code, an employer or who may apply after the title, behind a dash,
a slash, "@", "at", "for" or a parenthesis; a recruiter compares places with "vs", "or" or
a slash between them, after a place. ``store.answer.parse`` reads the question around both.
"""

from __future__ import annotations

import re

from store.answer.question_words import (
    WHOLE_PLACE,
    clean_words,
    place_at_end,
    question_words,
    short_place,
)
from store.models import Role
from store.resolve.geography.names import norm, without_area_abroad
from store.resolve.noise import drop_noise, query_words
from store.resolve.places import PlaceMatch, get_place
from store.resolve.role_queries import resolve_role

# What sets a title off from a unit, a code or an employer after it ("PM @ Stripe").
_BREAKS = ",;:/|-–—@"
_LIST_BREAKS = re.compile(r"\s*[;|]\s*")  # "Jefferson County; Birmingham; Bessemer"
_SET_OFF = ("for", "with", "w/", "at")  # words that set an employer or a skill off the title
MAX_SPECIALTY_WORDS = 2  # "(civil)", "(human resources)": a specialty is a word or two
MAX_DISCIPLINE_WORDS = 4  # "site reliability engineering", "machine learning engineering"
MAX_WORDS_BEFORE_BREAK = 2  # "truck driver class b - local": the title's own words first
MAX_WORDS_AFTER_PLACE = 3  # "remote gitlab", "boston - mass general": an employer's name
_NAME = re.compile(r"[\w][\w .&'-]*")  # an employer's name is words, never "<!everyone>"


def set_aside(cleaned: str, role_text: str) -> tuple[str, str, str, PlaceMatch] | None:
    """(title, words set aside, place text, place) when the title is set off from the words
    after it by a dash, a comma, a slash, "for" or "with", and the text ends in a place:
    postings put a unit, a department, an employer or a requisition number there ("Clinical
    Nurse II - Medical/Surgical", "Case Manager - Family Preservation / 61045679",
    "Moderators for a Social Network"). Without such a break the words may make another job
    ("developer wrangler sf"). The break may come a word or two past the role's words when
    the title read through them is the same role ("truck driver class b - local - home
    nightly kansas city, mo": the licence belongs to the title).

    >>> set_aside("clinical nurse ii - medical/surgical chicago", "clinical nurse ii")[:3]
    ('clinical nurse ii', 'medical/surgical', 'chicago')
    >>> set_aside("truck driver class b - local kansas city, mo", "truck driver")[:2]
    ('truck driver class b', 'local')
    """
    words = question_words(cleaned)
    start = next(
        (
            end
            for end in range(1, len(words))
            if clean_words(words[:end]).lower() == role_text.lower()
        ),
        None,
    )
    if start is None:
        return None
    for end in range(start, min(start + MAX_WORDS_BEFORE_BREAK, len(words) - 1) + 1):
        after = words[end]
        if words[end - 1][-1] not in _BREAKS and after[0] not in _BREAKS and after not in _SET_OFF:
            continue
        title = clean_words(words[:end])
        if end > start and not _same_role(title, role_text):
            return None
        aside, place_text, match = place_at_end(" ".join(words[end:]))
        if match is None or not aside or place_text is None:
            return None
        return title, aside, place_text, match
    return None


def place_then_words(place_text: str) -> tuple[str, PlaceMatch] | None:
    """(words set aside, place) when a place read whole begins the text and a word to three
    after it name neither a role nor a place: postings name the employer after the place
    ("Site Reliability Engineer - Remote GitLab", "Nurse Boston - Mass General").

    >>> aside, match = place_then_words("remote gitlab")
    >>> aside, match.place.key
    ('gitlab', 'remote')
    >>> place_then_words("wrangler sf") is None
    True
    """
    words = question_words(place_text)
    for end in range(len(words) - 1, max(0, len(words) - MAX_WORDS_AFTER_PLACE - 1), -1):
        aside = clean_words(words[end:])
        match = short_place(clean_words(words[:end]))
        if (
            _NAME.fullmatch(aside)
            and match is not None
            and match.score >= WHOLE_PLACE
            and short_place(aside) is None
            and without_area_abroad(norm(aside)) == norm(aside)  # "remote - emea": not US remote
            and resolve_role(aside, typos=False) is None
        ):
            return aside, match
    return None


def set_off(words: str) -> bool:
    """Whether words after a title begin with what sets a unit or an employer off it.

    >>> set_off("- kindergarten"), set_off("at walmart"), set_off("manager")
    (True, True, False)
    """
    stripped = words.strip()
    return bool(stripped) and (stripped[0] in _BREAKS or stripped.split()[0] in _SET_OFF)


def _same_role(title: str, role_text: str) -> bool:
    longer, shorter = resolve_role(title, typos=False), resolve_role(role_text, typos=False)
    return longer is not None and shorter is not None and longer.role.slug == shorter.role.slug


def specialty(role_text: str, role: Role, aside: str) -> tuple[str, Role, str] | None:
    """(role text, role, words still set aside) when the first words set aside name a
    specialty that makes a known title of the role's, as postings write "Engineering
    Technician (Civil)" for a civil engineering technician; None when they do not.

    >>> role = resolve_role("engineering technician").role
    >>> _, specialist, rest = specialty("engineering technician", role, "civil / open to all")
    >>> specialist.slug, rest
    ('civil-engineering-technician', 'open to all')
    """
    first, *rest = re.split(f"[{re.escape(_BREAKS)}]", aside, maxsplit=1)
    first, rest = clean_words(first.split()), " ".join(rest)
    if not first:
        return None
    if len(first.split()) <= MAX_SPECIALTY_WORDS:
        match = resolve_role(f"{first} {role_text}", typos=False)
        if match is not None and match.how == "alias" and match.role.slug != role.slug:
            return f"{role_text} ({first})", match.role, clean_words(rest.split())
    return _discipline(role_text, role, first.split(), rest)


def _discipline(
    role_text: str, role: Role, words: list[str], rest: str
) -> tuple[str, Role, str] | None:
    """The title a discipline set off after a title names, when the discipline ends in the
    title's own head ("Systems Engineer, Site Reliability Engineering": a site reliability
    engineer); the words after the discipline stay set aside.

    >>> role = resolve_role("systems engineer").role
    >>> aside = "site reliability engineering google"
    >>> _, specialist, left = specialty("systems engineer", role, aside)
    >>> specialist.slug, left
    ('site-reliability-engineer', 'google')
    """
    head = role_text.split()[-1].lower()
    for size in range(min(len(words), MAX_DISCIPLINE_WORDS), 1, -1):
        *field, last = words[:size]
        if not last.lower().startswith(head):  # "engineering" for an engineer
            continue
        match = resolve_role(f"{' '.join(field)} {head}", typos=False)
        if match is not None and match.how == "alias" and match.role.slug != role.slug:
            discipline = " ".join(words[:size])
            return f"{role_text} ({discipline})", match.role, clean_words([*words[size:], rest])
    return None


def parentheses_set_off(text: str) -> str:
    """The text without noise, an opening parenthesis kept as a break: postings put a unit,
    a code or who may apply there ("Engineering Technician (Civil) (Open to both U.S.
    Citizens and Federal Employees)"), as others do after a dash.

    >>> parentheses_set_off("lpn (eta) (250007jr) athens, oh")
    'lpn / eta / 250007jr athens, oh'
    """
    return drop_noise(" ".join(text.replace("(", " / ").split()))


def slash_as_or(text: str) -> str:
    """ "rn boston/cambridge" is two places, asked as "rn boston or cambridge"; a slash
    inside a title ("ui/ux designer", "medical/surgical") is left alone.

    >>> slash_as_or("rn boston/cambridge"), slash_as_or("ui/ux designer remote")
    ('rn boston or cambridge', 'ui/ux designer remote')
    """
    head, slash, tail = text.rpartition("/")
    head, tail = head.strip(), tail.strip()
    if not slash or not head or not tail or short_place(tail) is None:
        return text
    if place_at_end(head)[2] is None:
        return text
    return f"{head} or {tail}"


def listed_places(text: str) -> tuple[str, str | None]:
    """(the question, a note) with a posting's list of locations, parted by ";" or "|", read
    as the metro they all lie in ("Buyer - Jefferson County; Birmingham; Bessemer": the
    Birmingham, AL metro, noted), else as places compared ("swe boston; seattle"). The text
    comes back as it was when the parts are not all places.

    >>> listed_places("buyer - jefferson county; birmingham; bessemer")[0]
    'buyer - jefferson county Birmingham, AL metro'
    >>> listed_places("swe boston; seattle")
    ('swe boston or seattle', None)
    """
    head, *parts = _LIST_BREAKS.split(text)
    if not parts:
        return text, None
    role_text, place_text, first = place_at_end(head)
    listed = [clean_words(part.split()) for part in parts]
    matches = [short_place(part) for part in listed]
    if any(m is None or m.score < WHOLE_PLACE for m in matches):
        return text, None
    compared = f"{head} or {' or '.join(listed)}"  # "swe boston or seattle"
    if first is not None and first.score >= WHOLE_PLACE:
        head, listed, matches = role_text, [place_text or "", *listed], [first, *matches]
    metros = {m.place.metro_key for m in matches if m is not None}
    if len(matches) < 2 or len(metros) != 1 or None in metros:
        return (compared if first is not None else text), None
    metro = get_place(metros.pop())
    note = f"Read the locations “{'; '.join(listed)}” as the {metro.name} metro they share."
    return f"{head} {metro.name} metro", note


def compared_places(text: str) -> tuple[str, list[PlaceMatch]]:
    """Split "swe nyc vs sf" into the question "swe nyc" and the places compared with it
    (those after "vs", "or", ... that resolve as places). Places are compared with a place:
    words before "or" that end in none are no comparison ("surgical tech - or - days mobile,
    al": the operating room is the unit).

    >>> compared_places("surgical tech - or - days mobile, al")
    ('surgical tech - or - days mobile, al', [])
    """
    pieces = query_words().comparison.split(f" {slash_as_or(text)} ")
    if len(pieces) < 2:
        return text, []
    kept, others = [pieces[0]], []
    for piece in pieces[1:]:
        match = short_place(clean_words(piece.split()))
        if match is None:
            kept.append(piece)  # "data analyst or scientist": not a place, keep the words
        else:
            others.append(match)
    if others and place_at_end(pieces[0])[2] is None:
        return text, []
    return " ".join(p.strip() for p in kept), others
