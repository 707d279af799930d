"""Scoring the hand-labelled recruiter questions (``tests/fixtures/recruiter_questions.json``).

    >>> scores = score_questions(db, load_questions())
    >>> scores.reading_rate, scores.answer_rate

A question is **read right** when its role and its place are both what the label says:

* role: the SOC code and level match, or (where the label's house convention picks another
  SOC code for the same job) the labelled title reads as the same title; an ask-back
  question is read right when no role is guessed and a labelled candidate is offered;
* place: the same city (name and state), official metro, region (same metros), ZIP's
  city, state, the nation, Remote, or country abroad; a comparison also names the other
  place in a note.

A question is **answered** when the answer shows a figure at the asked place or its metro
(a city's metro, a ZIP's metro, a region or one of its metros); Remote counts when answered
nationally, since OEWS publishes no Remote figures. Ask-back and abroad questions are left
out of that rate: they are right not to answer.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from store.answer.salary import answer_salary
from store.models import Place
from store.resolve.levels import normalise
from store.resolve.titles import title_for

FIXTURE = Path(__file__).parent / "fixtures" / "recruiter_questions.json"


def load_questions(part: str = "all", first: int = 0) -> list[dict]:
    """The questions: ``all``, ``dev`` (tuned against) or ``heldout`` (never tuned against).

    ``first`` skips the questions before that position in the file, so a batch appended
    later is scored on its own:

    >>> load_questions("dev", first=246)  # the real postings' titles of issue 9
    """
    questions = json.loads(FIXTURE.read_text("utf-8"))["questions"][first:]
    if part == "all":
        return questions
    return [q for q in questions if q["heldout"] == (part == "heldout")]


def _same_city(place: Place | None, name: str, state: str) -> bool:
    if place is None or place.level != "city" or place.state != state:
        return False
    asked, found = normalise(name), normalise(place.name.rsplit(",", 1)[0])
    return found == asked or found.startswith(asked + " ") or asked.startswith(found + " ")


def place_matches(place: Place | None, expected: dict) -> bool:
    level = expected["level"]
    if place is None:
        return level == "unknown"
    if level in ("city", "zip"):
        return _same_city(place, expected["name"], expected["state"])
    if level == "metro":
        return place.level == "metro" and place.name == expected["oews"]
    if level == "region":
        from store.resolve.places import get_place

        names = {get_place(key).name for key in place.members} if place.members else set()
        if place.level == "metro":
            names = {place.name}
        return names == set(expected["metros"])
    if level == "state":
        return place.key == f"state:US-{expected['state']}"
    if level == "country":
        return place.key == "country:US"
    if level == "remote":
        return place.key == "remote"
    if level == "foreign":
        return place.country == expected["country"]
    return False


def role_matches(answer_role, expected: dict) -> bool:
    if answer_role is None:
        return False
    if (answer_role.level or None) != expected["level"]:
        return False
    if answer_role.soc == expected["soc"]:
        return True
    labelled = title_for(expected["title"] or "")
    return labelled is not None and labelled.slug == answer_role.title


@dataclass
class Scores:
    read: list[str] = field(default_factory=list)  # questions read right
    misread: list[str] = field(default_factory=list)
    answered: list[str] = field(default_factory=list)
    unanswered: list[str] = field(default_factory=list)

    @property
    def reading_rate(self) -> float:
        return len(self.read) / max(1, len(self.read) + len(self.misread))

    @property
    def answer_rate(self) -> float:
        return len(self.answered) / max(1, len(self.answered) + len(self.unanswered))


def _answered_near(answer, asked: Place) -> bool:
    rung = answer.answered_at
    if rung is None or not answer.sources:
        return False
    near = {asked.key, asked.metro_key, *asked.members}
    if asked.level == "remote":
        near.add("country:US")
    return rung.key in near


def score_question(db: Database, question: dict, scores: Scores) -> None:
    answer = answer_salary(db, question["q"])
    query = answer.query
    if question.get("expect") == "ask_back":
        offered = {(r.soc, r.title) for r in answer.role_suggestions}
        wanted = question.get("candidates") or []
        right = query.role is None and (
            not wanted
            or any(
                c["soc"] in {soc for soc, _ in offered}
                or (title_for(c["title"]) and title_for(c["title"]).slug in {t for _, t in offered})
                for c in wanted
            )
        )
        (scores.read if right else scores.misread).append(question["q"])
        return
    right = role_matches(query.role, question) and place_matches(query.place, question["place"])
    for other in question.get("also", ()):
        right = right and any(place_matches(place, other) for place in query.compared)
    (scores.read if right else scores.misread).append(question["q"])
    if question["place"]["level"] == "foreign" or query.place is None:
        return
    near = _answered_near(answer, query.place)
    (scores.answered if near else scores.unanswered).append(question["q"])


def score_questions(db: Database, questions: list[dict]) -> Scores:
    scores = Scores()
    for question in questions:
        score_question(db, question, scores)
    return scores
