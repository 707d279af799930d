"""The level a figure's own words give the page's job, where no row or label gives one.

    role = leveled_by_own_words(words_before_figure, role)
    role = level_phrase_role(words_before, words_after, role)  # None: no level phrase

Used by ``store.ingest.attribution.subjects`` for figures in running text. A level word before the
job's head noun ("A junior designer will often begin on") or a level phrase about the
job's positions around the figure ("Entry-level positions start around $14 to $16",
"INR 4-6 lakhs per year for entry-level positions", "$165,000+ senior-level income")
files the figure under the job at that level.
"""

from __future__ import annotations

import re
from functools import cache

from store.models import Role
from store.resolve.levels import level_label, normalise, trainee_words_after_job
from store.resolve.roles import open_role, role_at_level, role_from_title, role_named_last
from store.resolve.titles import title_words

_LEVEL_BEFORE_NOUN = 3  # "a junior designer", "the most senior designers"
# Words that name the job itself right before its head noun, at no level: "the average
# salary for a welder" on an entry-level welder's page is any welder's.
_PLAIN_DETERMINERS = frozenset({"a", "an", "all", "every", "any"})
# A level phrase: "entry-level", "mid level", "senior positions", "junior roles".
_PHRASE = r"\b([A-Za-z]+)(?:[- ]level\b|\s+(?:positions?|roles?|jobs?|employees|professionals)\b)"
_PHRASES = re.compile(_PHRASE, re.IGNORECASE)
_LAST_WORD = re.compile(r"([A-Za-z]+)\s*$")
# Right after a figure: "... per year for entry-level positions", "$165,000+ senior-level".
_AFTER = re.compile(r"[\s,+]*(?:(?:for|at|in)\s+)?(?:(?:the|an?)\s+)?" + _PHRASE, re.IGNORECASE)
LEVEL_PHRASE_REACH = 40  # how far after a figure its level phrase may run
# A cheap look for a trainee word before reading words one by one ("recruits", "apprentice").
_TRAINEE_CUE = re.compile(r"recruit|apprentic|trainee|cadet|intern", re.IGNORECASE)
# A figure its sentence puts past the training: "the starting salary after the academy
# is", "upon graduation", "once licensed", "after completing the apprenticeship".
_PAST_TRAINING = re.compile(
    r"\b(?:after|upon|on|following|once)\s+(?:(?:the|their|your)\s+)?(?:"
    r"graduat(?:ion|ing)|academy|training|apprenticeship|commission(?:ing)?|"
    r"(?:completing|completion of)\s+(?:the\s+|their\s+|your\s+)?"
    r"(?:academy|training|apprenticeship|program(?:me)?)|"
    r"(?:being\s+)?(?:licensed|certified|sworn(?:\s+in)?|commissioned))\b",
    re.IGNORECASE,
)
_PAST_TRAINING_CUES = ("after", "fter", "upon", "once", "ollowing", " on ")
# A clause that opens on a level noun as its subject: "Cadets in Denver earn",
# "Trainees typically make", "The trainees are paid".
# Where a figure's own words open a clause of their own: "..., and the journeyman rate is".
_CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s*|,\s+(?=the\s)")
# The year of a training is no level of its own: "Second-year apprentices earn".
_SUBJECT = re.compile(
    r"^\W*(?:(?:the|new|most|our|(?:first|second|third|fourth|fifth|\d(?:st|nd|rd|th))"
    r"[- ]year)\s+)*([A-Za-z-]+)\b",
    re.IGNORECASE,
)


def past_training(sentence_before: str, role: Role) -> Role:
    """A trainee page's role without its level where a figure's sentence puts it past
    the training: on a police trainee page "The starting salary after the academy is
    $90,000" is a police officer's; the role as it is otherwise.

    >>> from store.resolve.roles import get_role
    >>> trainee = get_role("police-officer-intern")
    >>> past_training("The starting salary after the academy is ", trainee).slug
    'police-officer'
    >>> past_training("Trainees in the academy earn ", trainee).slug
    'police-officer-intern'
    """
    if not role.is_intern or not any(cue in sentence_before for cue in _PAST_TRAINING_CUES):
        return role
    return role_at_level(role, None) if _PAST_TRAINING.search(sentence_before) else role


def leveled_by_own_words(words: str, role: Role) -> Role:
    """The page's role at the level a figure's own words give its job's head noun: on a
    product designer page "A junior designer will often begin on a salary of" is a junior
    product designer's, and "a welder" on an entry-level welder's page any welder's; a
    trainee word right after a word of the job's name is the job in training ("police
    recruits earn" on a police officer page, "electrician apprentices"); the role as it
    is when they give none (or on an intern page).

    >>> from store.resolve.roles import get_role
    >>> leveled_by_own_words("Police recruits earn", get_role("police-officer")).slug
    'police-officer-intern'
    >>> leveled_by_own_words("We recruit police officers and pay", get_role("police-officer")).slug
    'police-officer'

    On a page about the job at a level, words naming the job itself are about any of it:

    >>> leveled_by_own_words("The average salary for a welder was",
    ...                      get_role("entry-level-welder")).slug
    'welder'
    """
    noun = role.name.rsplit(" ", 1)[-1].lower()
    if role.is_intern:
        return role
    if _TRAINEE_CUE.search(words) and _trainee_after_job(normalise(words).split(), role):
        return role_at_level(role, "intern")  # "electrician apprentices", "police recruits"
    if noun not in words.lower():
        return role  # the usual case: the cheap look finds no head noun
    said = normalise(words).split()
    plain = False  # "a welder", "all welders": the job at no level
    for at, word in enumerate(said):
        if word not in (noun, f"{noun}s") or at == 0:
            continue
        for size in range(min(_LEVEL_BEFORE_NOUN, at), 0, -1):
            before = " ".join(said[at - size : at])
            label = None if any(c.isdigit() for c in before) else level_label(before)
            if label is not None:
                return role_at_level(role, label.level)
        plain = plain or said[at - 1] in _PLAIN_DETERMINERS
    return role_at_level(role, None) if plain and role.level is not None else role


def _trainee_after_job(said: list[str], role: Role) -> bool:
    """Whether a word of the job's name is followed by a trainee word ("police recruits"
    on a police officer page, "electrician apprentices" on an electrician's)."""
    own = {word for word in normalise(role.name).split()}
    trainee = trainee_words_after_job()
    return any(
        word in trainee and said[at - 1].removesuffix("s") in own
        for at, word in enumerate(said[1:], start=1)
    )


def last_clause(words: str) -> str:
    """The words of the last clause a figure's words open before it, where its subject is.

    >>> last_clause(" per hour as of 2011, and the journeyman rate is ")
    'the journeyman rate is '
    """
    return _CLAUSE_BREAK.split(words)[-1]


def leveled_by_subject(words: str, role: Role) -> Role:
    """The page's role at the level a figure's clause names as its subject in the job's
    stead: on a firefighter page "Cadets in Denver earn" is a firefighter in training;
    the role as it is when the clause opens on anything else (or on an intern page).

    >>> from store.resolve.roles import get_role
    >>> leveled_by_subject("Cadets in Denver earn", get_role("firefighter")).slug
    'firefighter-intern'
    >>> leveled_by_subject("Firefighters earn", get_role("firefighter")).slug
    'firefighter'
    >>> leveled_by_subject("Second-year apprentices earn", get_role("welder")).slug
    'welder-intern'
    >>> leveled_by_subject("as of 2011, and the journeyman rate is",
    ...                    get_role("entry-level-welder")).slug
    'welder'
    """
    opening = _SUBJECT.match(last_clause(words))
    if role.is_intern or opening is None:
        return role
    label = level_label(opening[1].lower())
    return role if label is None else role_at_level(role, label.level)


def _phrase_level(word: str, phrase: str) -> tuple[bool, str | None]:
    """(whether the phrase names a level, which: None for the job's middle, "mid-level")."""
    label = level_label(f"{word}-level") or level_label(phrase)
    return (label is not None, label.level if label is not None else None)


def level_phrase_role(before: str, after: str, role: Role) -> Role | None:
    """The page's role at the level a phrase about its positions gives a figure: right
    after it ("INR 4-6 lakhs per year for entry-level positions"), else the last in its
    own words before it ("Entry-level positions generally start around"); None when
    neither names a level, on an intern page (where "senior" is a student's year), or
    when the words before it name another job.

    >>> from store.resolve.roles import get_role
    >>> nurse = get_role("registered-nurse")
    >>> level_phrase_role("", " for entry-level positions, and", nurse).slug
    'entry-level-registered-nurse'
    >>> level_phrase_role("Senior-level nurses can make up to", "", nurse).slug
    'senior-registered-nurse'
    >>> level_phrase_role("Nurses earn", " a year", nurse) is None
    True
    """
    if role.is_intern:
        return None
    found = _AFTER.match(after)
    if found is None:
        found = next(reversed(list(_PHRASES.finditer(before))), None)
        # "manager trainee positions that pay" on a store associate page: a manager's
        trainee = _other_jobs_trainee(before, found, role) if found is not None else None
        if trainee is not None:
            return trainee
    if found is None:
        return None
    names_level, level = _phrase_level(found[1], found[0].strip(" ,+"))
    if not names_level:
        return None
    other = role_named_last(before) if before else None
    if other is not None and other.title != role.title:
        return None
    return role_at_level(role, level)


def _other_jobs_trainee(before: str, found: re.Match[str], role: Role) -> Role | None:
    """The job in training a trainee phrase names when the word before its trainee word
    is another job's head noun ("manager trainee positions" on a store associate page):
    the catalog's reading of the two words, else a role of their own; None when that word
    is the page's job's own ("police recruit positions" on a police page) or no job's.

    >>> from store.resolve.roles import get_role
    >>> said = "and manager trainee positions that pay "
    >>> found = _PHRASES.search(said)
    >>> _other_jobs_trainee(said, found, get_role("retail-associate")).slug
    'manager-intern'
    >>> said = "summer intern positions pay "
    >>> _other_jobs_trainee(said, _PHRASES.search(said), get_role("retail-associate")) is None
    True
    """
    word = _LAST_WORD.search(before, 0, found.start()) if _TRAINEE_CUE.match(found[1]) else None
    if word is None:
        return None  # the usual case: no trainee word, or nothing before it
    head = word[1].lower()
    own = set(normalise(role.name).split())
    if head in own or head.removesuffix("s") in own or head not in _job_heads():
        return None
    phrase = f"{head} {found[1].lower()}"
    return role_from_title(phrase, strict=True) or open_role(phrase)


@cache
def _job_heads() -> frozenset[str]:
    """The last words of the catalog's titles: "manager", "nurse", "technician"."""
    return frozenset(phrase.split()[-1] for phrase in title_words())
