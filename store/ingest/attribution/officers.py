"""The officer an ordinance's clause pays: "The City Clerk shall receive a salary of".

    role = clause_officer(words_before_figure)  # None: no officer is the clause's subject

Used by ``store.ingest.attribution.subjects`` for figures in running text. Ordinances and charters
name, as the subject of a "shall" clause, the office a figure pays ("The City Manager
shall receive a monthly salary of", "the salary of the City Clerk shall be"). Such an
office is that clause's role: a known role when the catalog names it strictly, else a
role of its own ("City Clerk"), never the page's other job nor a looser catalog match
("Clerk" is an office clerk, "City Clerk" is not).

>>> clause_officer("The City Clerk shall receive a salary of not less than").slug
'city-clerk'
>>> clause_officer("the salary of the Town Clerk shall be").name
'Town Clerk'
>>> clause_officer("Nurses earn about") is None
True
"""

from __future__ import annotations

import re

from store.models import Role
from store.resolve.roles import open_role, role_from_title

# The office is a run of capitalised words after "the", maybe with an aside in brackets
# ("The City Controller (holding consolidated offices of ...)"), then "shall" and a verb
# that pays it. Its words are read case-sensitively: an office is a proper name here.
_SUBJECT = re.compile(
    r"\b[Tt]he\s+(?P<office>[A-Z][\w'-]*(?:[\s-]+[A-Z][\w'-]*){0,3})\s*(?:\([^)]*\)\s*)?"
    r"shall\s+(?:receive|be\s+paid|be|earn|get)\b"
)


def clause_officer(words: str) -> Role | None:
    """The role of the office a "shall" clause before a figure pays, or None."""
    if "shall" not in words:
        return None  # the usual case: no ordinance clause, one substring test
    clauses = list(_SUBJECT.finditer(" ".join(words.split())))
    if not clauses:
        return None
    office = clauses[-1]["office"]  # the clause nearest the figure
    return role_from_title(office, strict=True) or open_role(office)
