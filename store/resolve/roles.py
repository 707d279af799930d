"""Roles: a job title at a level, and the roles page titles and running text name.

    >>> get_role("software-engineer-intern").name
    'Software Engineering Intern'
    >>> role_from_title("Machine Learning Engineer, PhD Intern - Instacart").slug
    'ml-intern'
    >>> open_role("Vibe Coder").slug        # a title no occupation covers: its own role
    'vibe-coder'

A role's slug is its title's slug with the level around it: ``software-engineer``,
``software-engineer-intern``, ``senior-software-engineer``, ``entry-level-accountant``
(see ``store/resolve/levels.py`` and ``store/resolve/titles.py``). What users type is
read in ``store/resolve/role_queries.py``.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from store.models import Level, Role
from store.resolve.levels import (
    all_levels,
    level_info,
    loose_level_words,
    normalise,
    split_level,
)
from store.resolve.titles import (
    Title,
    all_titles,
    get_title,
    may_name_title,
    slugify,
    title_for,
    titles_in,
    typed_titles,
    words_of,
)

MAX_OPEN_ROLE_WORDS = 6
# "Engineer (Civil)", "Physician (Family Medicine)", the civil service's "Engineer - Civil":
# a job, then its speciality in brackets or after a dash.
# A speciality in brackets after the job ("Engineer (Civil)"), or after a dash that follows
# the job at the start ("Assistant Engineer - Civil Level II").
_BRACKETED = re.compile(r"(?P<job>[^()\n]{2,80}?)\s*\((?P<speciality>[^()\n\d]{2,40})\)")
_DASHED = re.compile(r"(?P<job>[^()\n]{2,80}?)\s+[-–—]\s+(?P<speciality>[A-Za-z][^()\n\d|,]{1,40})")
MAX_SPECIALITY_WORDS = 3
# "graphic designer/illustrator", "software engineer/developer": in running text, a slash's
# second name is another word for the same job, so the job is read by its first.
_SLASHED_NAME = re.compile(r"(?<=[A-Za-z])/[A-Za-z][\w-]*")
# A degree named for its holder: "a Doctor of Pharmacy (Pharm.D.)", "a doctor's degree".
_DEGREE_HOLDER = re.compile(r"\b[Dd]octor(?=(?:['’]s)? (?:of|degree)\b)")


class RoleError(KeyError):
    """No role has this slug."""


# -- Roles from titles and levels ---------------------------------------------------------------


def role_of(title: Title, level: Level | None) -> Role:
    """The role of ``title`` at ``level``.

    >>> role_of(get_title("software-engineer"), "senior").slug
    'senior-software-engineer'
    """
    if level is None:
        slug, name = title.slug, title.name
    elif level == "intern":
        slug = title.intern_slug or f"{title.slug}-intern"
        name = title.intern_name or f"{title.name} Intern"
    else:
        info = level_info(level)
        slug, name = f"{info.prefix}-{title.slug}", f"{info.name} {title.name}"
    return Role(
        slug=slug,
        name=name,
        is_intern=level == "intern",
        level=level,
        title=title.slug,
        soc=title.soc,
        occupation=title.occupation,
        related=tuple(_related_slugs(title, level)),
    )


def _related_slugs(title: Title, level: Level | None) -> list[str]:
    related = [] if level is None else [title.slug]
    for slug in title.related:
        other = get_title(slug)
        if other is not None:
            related.append(_slug_at(other, level))
    return related


def _slug_at(title: Title, level: Level | None) -> str:
    if level is None:
        return title.slug
    if level == "intern":
        return title.intern_slug or f"{title.slug}-intern"
    return f"{level_info(level).prefix}-{title.slug}"


@lru_cache(maxsize=1)
def _intern_slugs() -> dict[str, Title]:
    return {t.intern_slug: t for t in all_titles() if t.intern_slug}


def _split_slug(slug: str) -> tuple[str, Level | None]:
    """(title slug, level) as a role slug spells them."""
    if slug in _intern_slugs():
        return _intern_slugs()[slug].slug, "intern"
    for info in all_levels():
        if info.suffix and slug.endswith(f"-{info.suffix}"):
            return slug.removesuffix(f"-{info.suffix}"), info.level
        if info.prefix and slug.startswith(f"{info.prefix}-"):
            return slug.removeprefix(f"{info.prefix}-"), info.level
    return slug, None


@lru_cache(maxsize=4096)
def get_role(slug: str) -> Role:
    """The role with this slug: ``get_role("ml-intern").name == "Machine Learning Intern"``.

    Raises ``RoleError`` (a KeyError) when the slug names no known title.
    """
    title_slug, level = _split_slug(slug)
    title = get_title(title_slug)
    if title is None or _slug_at(title, level) != slug:
        raise RoleError(
            f"No role '{slug}'. Roles look like software-engineer, software-engineer-intern "
            "or senior-software-engineer; `python -m bot roles` lists them."
        )
    return role_of(title, level)


def role_for_slug(slug: str) -> Role:
    """The role a stored slug names: a known role, else the role of its own it was stored as.

    >>> role_for_slug("vibe-coder-intern").name
    'Vibe Coder Intern'
    """
    try:
        return get_role(slug)
    except RoleError:
        title_slug, level = _split_slug(slug)
        name = " ".join(word.capitalize() for word in title_slug.split("-"))
        return role_of(Title(slug=title_slug, name=name, soc=None, occupation=None), level)


def all_roles() -> list[Role]:
    """The roles of the typed titles (``titles.json``), each title then its intern role."""
    return [role for t in typed_titles() for role in (role_of(t, None), role_of(t, "intern"))]


def full_time_role(role: Role) -> Role | None:
    """The same title with no level: an intern's or a senior's full-time peer (None for a
    role with no level, or a role of its own).

    >>> full_time_role(get_role("ml-intern")).slug
    'ml-engineer'
    """
    if role.level is None or role.title is None:
        return None
    title = get_title(role.title)
    return role_of(title, None) if title is not None else None


def role_at_level(role: Role, level: Level | None) -> Role:
    """The same title at another level ("Entry:" rows on a software engineer page).

    >>> role_at_level(get_role("software-engineer"), "entry").slug
    'entry-level-software-engineer'
    >>> role_at_level(role_for_slug("senior-vibe-coder"), None).name
    'Vibe Coder'
    """
    if role.level == level or role.title is None:
        return role
    title = get_title(role.title)
    if title is None:  # a role of its own: its title is its slug
        return role_for_slug(
            _slug_at(Title(slug=role.title, name="", soc=None, occupation=None), level)
        )
    return role_of(title, level)


# -- Reading texts --------------------------------------------------------------------------


@lru_cache(maxsize=65536)
def role_from_title(title: str, *, strict: bool = False) -> Role | None:
    """The known role a page title, posting title or snippet names, or None.

    >>> role_from_title("Machine Learning Intern Salary in Boston, MA").slug
    'ml-intern'
    >>> role_from_title("Registered Nurses Jobs in Houston, TX").slug
    'registered-nurse'
    >>> role_from_title("Zamboni Driver") is None     # no known role: see ``open_role``
    True

    The leftmost known phrase names it, the longest at that spot; in a title a level word
    anywhere sets the level. ``strict`` is for running text (see ``titles_in``), where a
    level word sets it only in the sentence naming the job (``_level_beside``):

    >>> role_from_title("Steps: Entry, 2, 3 in every department. Registered nurses earn $40.",
    ...                 strict=True).slug
    'registered-nurse'
    """
    text = _in_running_text(title) if strict else title
    if strict and not may_name_title(normalise(text)):
        return None  # no word of it starts a title: the reading below would find none
    level, rest = split_level(text)
    special = None if strict else _speciality_title(title, level)
    if special is not None:
        return role_of(special, level)
    found = titles_in(rest, with_level=level is not None, strict=strict)
    if strict and found and level is not None:  # only running text with a level word pays
        words = words_of(rest)
        namings = {tuple(words[at : at + size]) for at, size, t in found if t == found[0][2]}
        level = _level_beside(text, namings)
        found = found if level is not None else titles_in(rest, with_level=False, strict=True)
    return role_of(found[0][2], level) if found else None


# Running text's sentences: a level word counts only in the sentence naming the job.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n")


def _level_beside(text: str, namings: set[tuple[str, ...]]) -> Level | None:
    """The level that the first sentence naming the job (any of its ``namings``, each as
    its words) with a level word sets in running text: a schedule's "Entry" row or a
    "permanent placement" in sentences that name no job is no level of it.

    >>> _level_beside("Officers train. Officers are paid as cadets.", {("officers",)})
    'intern'
    >>> _level_beside("Data analysts earn. It may lead to a placement.", {("data", "analysts")})
    """
    firsts = {job[0] for job in namings}
    for sentence in _SENTENCE_END.split(text):
        lowered = sentence.lower()
        if not any(first in lowered for first in firsts):
            continue  # a cheap look before reading the sentence's words
        words = words_of(normalise(sentence))
        named = any(
            tuple(words[at : at + len(job)]) == job
            for job in namings
            for at in range(len(words) - len(job) + 1)
        )
        level = split_level(sentence)[0] if named else None
        if level is not None:
            return level
    return None


def _speciality_title(title: str, level: Level | None) -> Title | None:
    """The title a speciality in brackets or after a dash makes of the job before it.

    "Engineer (Civil)" is a civil engineer and "Physician (Family Medicine)" a family
    physician: the speciality (its first words, as many as make one) before the whole
    job must name a known title. Only a job that names no title of its own may lose its
    first words ("Assistant Engineer - Civil Level II"): "IT Specialist (Customer
    Support)" stays an IT specialist. None when the speciality makes no known title.

    >>> _speciality_title("Engineering Technician (Electrical)", None).slug
    'electrical-technician'
    >>> _speciality_title("Assistant Engineer - Civil Level I/II", None).slug
    'civil-engineer'
    >>> _speciality_title("IT Specialist (Customer Support)", None) is None
    True
    """
    found = _speciality_match(title)
    if found is None:
        return None
    speciality = split_level(found["speciality"])[1].split()
    words = split_level(found["job"])[1].split()
    with_level = level is not None
    # A job that names a title keeps all its words; one that names none may lose its first.
    names_a_title = not words or bool(
        titles_in(" ".join(words), with_level=with_level, strict=False)
    )
    for size in range(min(len(speciality), MAX_SPECIALITY_WORDS), 0, -1):
        for start in range(1 if names_a_title else max(len(words), 1)):
            phrase = " ".join(speciality[:size] + words[start:])
            named = title_for(phrase, with_level=with_level)
            if named is not None:
                return named
    return None


def _speciality_match(title: str) -> re.Match[str] | None:
    """The leftmost speciality: in brackets, or after a dash at the start; brackets win at
    the start. The bracket pattern is searched only when there is a bracket: searching
    for one in every title cost more than the rest of reading it."""
    bracketed = _BRACKETED.search(title) if "(" in title else None
    if bracketed is not None and bracketed.start() == 0:
        return bracketed
    return _DASHED.match(title) or bracketed


@cache
def _loose_level() -> re.Pattern[str]:
    words = "|".join(sorted(map(re.escape, loose_level_words()), key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


_JOB_REACH = 60  # a job's name right after a level word is this short


# Jobs named by the driving done in them: "truck driving jobs", "bus driving positions".
_DRIVING_JOBS = re.compile(r"\b([a-z]+) driving(?= (?:jobs?|careers?|positions?|work)\b)", re.I)


def _in_running_text(text: str) -> str:
    """Running text as levels read it: a slash's second name dropped ("graphic
    designer/illustrator"), and the level words that are also nouns or verbs ("staff",
    "lead") dropped where no job's name follows them ("the staff of an organization").

    >>> _in_running_text("Plan human resources activities and staff of an organization")
    'Plan human resources activities and  of an organization'
    >>> _in_running_text("Lead a team of data analysts as a lead data analyst/scientist")
    ' a team of data analysts as a lead data analyst'

    A degree is no job, though its name is a doctor's:

    >>> _in_running_text("Pharmacists need a Doctor of Pharmacy (Pharm.D.)")
    'Pharmacists need a  of Pharmacy (Pharm.D.)'

    Jobs named by the driving done in them are the drivers':

    >>> _in_running_text("the highest paying truck driving jobs")
    'the highest paying truck driver jobs'
    """
    text = _SLASHED_NAME.sub("", text)
    if "driving" in text:  # a cheap look first
        text = _DRIVING_JOBS.sub(r"\1 driver", text)
    if "octor" in text:  # a cheap look first
        text = _DEGREE_HOLDER.sub("", text)

    def before_a_job(word: re.Match[str]) -> str:
        after = text[word.end() : word.end() + _JOB_REACH]
        found = titles_in(after, with_level=True, strict=False)
        return word[0] if found and found[0][0] == 0 else ""

    return _loose_level().sub(before_a_job, text)


def role_named_last(text: str) -> Role | None:
    """The known role running text names last, read strictly: the one nearest what follows.

    >>> role_named_last("Compared to software engineers, data scientists earn").slug
    'data-scientist'
    >>> role_named_last("Total graphic designer/illustrator jobs: 0 Average salary:").slug
    'graphic-designer'
    """
    running = _in_running_text(text)
    if not may_name_title(normalise(running)):
        return None
    level, rest = split_level(running)
    found = titles_in(rest, with_level=level is not None, strict=True)
    return role_of(found[-1][2], level) if found else None


def roles_named(text: str) -> list[Role]:
    """The known roles running text names, read strictly, each once, in order.

    >>> [r.slug for r in roles_named("Nurses earn more than software engineers and nurses")]
    ['registered-nurse', 'software-engineer']
    """
    level, rest = split_level(_in_running_text(text))
    found = titles_in(rest, with_level=level is not None, strict=True)
    roles = {t.slug: role_of(t, level) for _, _, t in found}
    return list(roles.values())


def open_role(text: str) -> Role | None:
    """A role of its own for a title no known title covers, named from its words, or None
    when the text is no title (no letters, or too many words to be one).

    >>> open_role("Senior Vibe Coder").name
    'Senior Vibe Coder'
    """
    level, rest = split_level(text)
    words = rest.split()
    if not words or len(words) > MAX_OPEN_ROLE_WORDS or not any(w.isalpha() for w in words):
        return None
    published = {w.lower(): w for w in text.replace("-", " ").split()}
    name = " ".join(
        published.get(w, w) if published.get(w, w)[:1].isupper() else w.capitalize() for w in words
    )
    return role_of(Title(slug=slugify(rest), name=name, soc=None, occupation=None), level)
