"""What the store covers: for help, the App Home tab, and the hint beside a question that
can't be answered.

    >>> store_coverage(db).roles[0].slug
    'data-science-intern'
    >>> from store.resolve.roles import get_role
    >>> role_places_hint(db, get_role("ml-intern"))
    'Machine Learning Intern has figures for: Boston, MA...'
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlite_utils import Database

from store.answer.lookups import (
    current_figure_count,
    distinct_column,
    known_places,
    last_ingest,
    place_keys_with_rows,
)
from store.answer.models import Coverage
from store.models import Role
from store.oews.wages import wages_at
from store.resolve.geography.ladder import COUNTRY
from store.resolve.roles import role_for_slug

MAX_COVERAGE_NAMES = 8


def _known_roles(slugs: Iterable[str]) -> list[Role]:
    return [role_for_slug(slug) for slug in slugs]


def _names(items: list[str]) -> str:
    shown = items[:MAX_COVERAGE_NAMES]
    more = len(items) - len(shown)
    return "; ".join(shown) + (f" and {more} more" if more > 0 else "")


def roles_hint(db: Database) -> str:
    roles = [role.name for role in _known_roles(distinct_column(db, "role"))]
    if not roles:
        return "The store has no pay figures yet: add documents with `python -m bot ingest FILE`."
    return f"Roles with figures: {_names(roles)}."


def role_places_hint(db: Database, role: Role) -> str:
    """Where ``role`` can be answered: the places documents gave it figures for, and the
    built-in BLS wages when its occupation has them (every US state and metro it is
    surveyed in), so a role the survey covers is never called one without figures."""
    keys = place_keys_with_rows(db, "latest_figures", role.slug, "")
    places = [place.name for place in known_places(keys)]
    # An intern's survey wages are full-time context, never an answer.
    surveyed = (
        role.soc is not None and not role.is_intern and wages_at(role.soc, COUNTRY) is not None
    )
    survey = (
        f"BLS wages for {role.name} cover the United States and the states and metros "
        f"where the survey estimates them: `/salary {role.slug}` answers nationally."
    )
    if places:
        return f"{role.name} has figures for: {_names(places)}." + (
            f" {survey}" if surveyed else ""
        )
    if surveyed:
        return f"No document has given {role.name} figures yet. {survey}"
    others = roles_hint(db)
    return (
        others
        if others.startswith("The store has no")
        else (f"The store has no figures for {role.name} yet. {others}")
    )


def store_coverage(db: Database) -> Coverage:
    """What the store holds: roles and places with figures, sources, counts, last ingest."""
    roles = _known_roles(distinct_column(db, "role"))
    places = known_places(distinct_column(db, "place_key"))
    return Coverage(
        roles=roles,
        places=places,
        sources=distinct_column(db, "source"),
        observation_count=current_figure_count(db),
        posting_count=db.execute("SELECT COUNT(*) FROM postings").fetchone()[0],
        last_ingest=last_ingest(db),
    )
