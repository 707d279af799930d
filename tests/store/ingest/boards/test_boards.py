"""Job-board pages (tests/fixtures/boards/, written by us in each board's structure) parse
into the board's statistics and its postings with pay, company, place, status and dates."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

import store.ingest.boards
from store.ingest.boards.board import Board
from store.ingest.boards.registry import BOARDS
from store.ingest.documents import parse_document
from store.ingest.parsed import ParsedDocument

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures" / "boards"
NOW = datetime(2026, 6, 3, 12, tzinfo=UTC)
SAVED = date(2026, 6, 1)  # each fixture says "Saved June 1, 2026"


def parse(name: str) -> ParsedDocument:
    return parse_document(FIXTURES / name, modified=date(2026, 6, 3), now=NOW)


def rows(parsed: ParsedDocument) -> list[tuple]:
    """(company, title, role, place, min, max, period, status, posted) per posting."""
    return [
        (p.company, p.title, p.role, p.place_key, p.min_amount, p.max_amount, p.period,
         p.status, p.posted_date)
        for p in (item.posting for item in parsed.postings)
    ]  # fmt: skip


EXPECTED = {
    "indeed.txt": [
        ("Lumen Harbor Analytics", "Software Engineer Intern", "software-engineer-intern",
         "city:US-MA-boston", 32, 40, "hour", "open", date(2026, 5, 29)),
        ("Granite Peak Robotics", "Machine Learning Intern - Summer 2026", "ml-intern",
         "city:US-MA-cambridge", 45, 45, "hour", "open", SAVED),
        ("Harborview Health", "Data Engineering Intern", "data-engineer-intern", "remote",
         70000, 90000, "year", "open", date(2026, 5, 2)),
        ("Tidewater Software", "QA Analyst Intern", "qa-engineer-intern", "city:US-MA-boston",
         None, None, None, "open", date(2026, 5, 18)),
    ],
    "glassdoor.txt": [
        ("Cascade Freight Labs", "Data Analyst Intern", "data-analyst-intern",
         "city:US-WA-seattle", 28, 34, "hour", "open", date(2026, 5, 29)),
        ("Rainier Grocery Co.", "Business Data Analyst Intern", "data-analyst-intern",
         "city:US-WA-bellevue", 30000, 42000, "year", "open", date(2026, 5, 2)),
        ("Sound Energy Partners", "Data Analyst Intern, Summer", "data-analyst-intern", "remote",
         25, 25, "hour", "open", SAVED),
    ],
    "linkedin.txt": [
        ("Copperline Media", "Product Designer Intern", "product-designer-intern",
         "city:US-NY-new-york-city", 30, 38, "hour", "open", date(2026, 5, 25)),
        ("Brightfold Studio", "UX Design Intern", "ux-designer-intern",
         "city:US-NY-new-york-city", 25, 25, "hour", "open", date(2026, 5, 18)),
        ("Northwind Payments", "Product Design Intern, Growth", "product-designer-intern",
         "remote", 6000, 6000, "month", "expired", date(2026, 5, 11)),
    ],
    "builtin.txt": [
        ("Fenway Ledger", "Backend Engineer", "software-engineer", "city:US-MA-boston",
         120000, 150000, "year", "open", date(2026, 5, 27)),
        ("Quincy Orbit", "Senior Backend Engineer", "senior-software-engineer",
         "city:US-MA-somerville", 160000, 190000, "year", "open", date(2026, 5, 30)),
        ("Beacon Tideworks", "Backend Engineer, Payments", "software-engineer", "remote",
         130000, 155000, "year", "open", date(2026, 5, 31)),
    ],
    "handshake.txt": [
        ("Pinecrest Biolabs", "Research Assistant Intern", "research-assistant-intern",
         "city:US-NC-durham", 20, 25, "hour", "open", date(2026, 5, 28)),
        ("Lakeside Policy Institute", "Research Assistant, Summer Fellowship",
         "research-assistant", "city:US-DC-washington", 4000, 4000, "month",
         "open", date(2026, 5, 18)),
        ("Meridian Climate Group", "Research Assistant Intern", "research-assistant-intern",
         "remote", 22, 22, "hour", "expired", date(2026, 5, 2)),
    ],
    "wellfound.txt": [
        ("Tessellate AI", "Software Engineer Intern", "software-engineer-intern",
         "city:US-CA-san-francisco", 40, 40, "hour", "open", date(2026, 5, 30)),
        ("Orbital Kitchens", "Founding Software Engineer", "software-engineer", "remote",
         120000, 160000, "year", "open", date(2026, 5, 25)),
        ("Verdant Grid", "Software Engineer, Platform", "software-engineer", "city:US-TX-austin",
         135000, 175000, "year", "open", date(2026, 5, 11)),
    ],
    "usajobs.txt": [
        ("Department of Veterans Affairs", "Information Technology Specialist (Data Management)",
         "it-support", "city:US-CO-denver", 72553, 94317,
         "year", "open", date(2026, 5, 20)),
        ("Department of the Interior", "Information Technology Specialist (Customer Support)",
         "it-support", "city:US-VA-reston", 59966, None, "year", "expired",
         date(2026, 4, 1)),
        ("Department of Commerce", "IT Specialist (Student Trainee)", "it-support-intern",
         "city:US-CO-boulder", 21.34, 27.74, "hour", "closed", date(2026, 3, 2)),
    ],
    "unseen_regional.txt": [
        ("Bluestem Fabrication", "Structural Welder", "welder", "city:US-NE-omaha", 24, 30,
         "hour", "open", date(2026, 5, 26)),
        ("Platte River Mechanical", "Pipe Welder Apprentice", "welder-intern",
         "city:US-NE-lincoln", 19.5, 19.5, "hour", "open", date(2026, 5, 30)),
        ("Loess Hills Trailer Works", "Welder, Second Shift", "welder",
         "city:US-IA-council-bluffs", 26, 26, "hour", "open", SAVED),
    ],
}  # fmt: skip

SOURCES = {
    "indeed.txt": "Indeed",
    "glassdoor.txt": "Glassdoor",
    "linkedin.txt": "LinkedIn",
    "builtin.txt": "Built In",
    "handshake.txt": "Handshake",
    "wellfound.txt": "Wellfound",
    "usajobs.txt": "USAJOBS",
    "unseen_regional.txt": "prairiejobsnetwork.example",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_board_yields_its_postings_with_pay_place_status_and_posted_date(name):
    parsed = parse(name)

    assert parsed.kind == "job_page" and parsed.doc_date == SAVED
    assert rows(parsed) == EXPECTED[name]
    for item in parsed.postings:
        assert item.posting.source == SOURCES[name]
        assert item.posting.url.startswith("https://")  # the page it was saved from
        for observation in item.observations:
            assert (observation.source, observation.role) == (SOURCES[name], item.posting.role)
            assert observation.as_of == item.posting.posted_date and not observation.undated


def test_a_pay_line_the_board_estimated_is_the_boards_estimate_not_the_employers():
    kinds = {
        (p.posting.company, o.source_kind)
        for name in ("indeed.txt", "glassdoor.txt", "wellfound.txt")
        for p in parse(name).postings
        for o in p.observations
    }
    assert ("Harborview Health", "site_estimate") in kinds  # "Estimated $70K - $90K a year"
    assert ("Rainier Grocery Co.", "site_estimate") in kinds  # "(Glassdoor est.)"
    assert ("Verdant Grid", "site_estimate") in kinds  # "Wellfound Est."
    assert ("Cascade Freight Labs", "employer_posting") in kinds  # "(Employer est.)"


def test_cards_keep_workplace_employment_type_term_and_pay_as_written():
    handshake = {p.posting.company: p.posting for p in parse("handshake.txt").postings}
    fellowship = handshake["Lakeside Policy Institute"]
    assert (fellowship.start_date, fellowship.end_date) == (date(2026, 6, 8), date(2026, 8, 14))
    assert fellowship.workplace == "hybrid" and fellowship.employment_type == "Internship"
    assert handshake["Pinecrest Biolabs"].pay_text == "Paid · $20–25/hr"
    # "Apply by May 15, 2026" on a page saved June 1: the posting has expired.
    assert handshake["Meridian Climate Group"].closed_at == NOW

    wellfound = {p.posting.company: p.posting for p in parse("wellfound.txt").postings}
    assert wellfound["Orbital Kitchens"].pay_text == "$120K – $160K • 0.5% – 1.0%"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("indeed.txt", [("average", 38.5, 38.5, "hour")]),
        ("glassdoor.txt", [("average", 31, 31, "hour"), ("range", 26, 37, "hour")]),
    ],
)
def test_a_boards_statistics_are_observations_of_the_search_attributed_to_the_board(name, expected):
    parsed = parse(name)

    stats = [(o.kind, o.min_amount, o.max_amount, o.period) for o in parsed.observations]
    assert stats == expected
    for observation in parsed.observations:
        assert observation.source == SOURCES[name]
        assert observation.source_kind == "site_estimate"
        assert observation.as_of == SAVED and not observation.undated
    roles = {(o.role, o.place_key) for o in parsed.observations}
    assert (
        roles
        == {
            "indeed.txt": {("software-engineer-intern", "city:US-MA-boston")},
            "glassdoor.txt": {("data-analyst-intern", "city:US-WA-seattle")},
        }[name]
    )


def test_every_board_module_is_in_the_one_list_and_the_docstrings_hold():
    package = Path(store.ingest.boards.__file__).parent
    boards = []
    for module in pkgutil.iter_modules([str(package)]):
        loaded = importlib.import_module(f"store.ingest.boards.{module.name}")
        assert doctest.testmod(loaded).failed == 0, module.name
        boards += [v for v in vars(loaded).values() if isinstance(v, Board) and v.markers]
    assert {id(board) for board in boards} == {id(board) for board in BOARDS}


def test_a_descriptor_without_a_title_line_is_refused_when_written():
    with pytest.raises(ValueError, match="header"):
        Board(name="Nowhere", markers=None, header=("company",))
