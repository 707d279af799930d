"""A public employer's class table (store/ingest/classtables.py): each job class in a row
with its pay as bare cells, filed under its own role at the employer's place."""

from __future__ import annotations

from tests.store.ingest.test_ingest_rules import parse_results, stored

TABLE = (
    "| CLASS TITLE |\n|---|\n| (B) PUBLIC WORKS |\n|---|\n"
    "| Street Maintenance Supervisor * | 6120.40 |\n|---|\n"
    "| Electrician *1 | 5710.25 |\n|---|\n"
    "| CLASS TITLE | Entrance | Step 2 | Step 3 | Step 4 |\n|---|\n"
    "| Heavy Equipment Operator *2 | 4102.11 | 4290.50 | 4480.07 | 4705.93 |\n|---|\n"
    "* Denotes a 40-Hour Work Week.\n"
    "1 Electricians who hold a master license receive a monthly stipend of two percent."
)


def test_each_class_of_a_class_table_is_stored_at_the_employers_city():
    parsed = parse_results(
        {
            "title": "Public Works Class B - Web View",
            "url": "https://www.boulder.us/2210/Public-Works-Class-B",
            "content": TABLE,
        }
    )

    assert stored(parsed) == [
        ("street-maintenance-supervisor", "city:US-CO-boulder", 6120.4, 6120.4, "month"),
        ("electrician", "city:US-CO-boulder", 5710.25, 5710.25, "month"),
        ("heavy-equipment-operator", "city:US-CO-boulder", 4102.11, 4705.93, "month"),
    ]


def test_a_class_table_whose_page_names_two_periods_gives_nothing():
    parsed = parse_results(
        {
            "title": "Public Works Class B - Web View",
            "url": "https://www.boulder.us/2210/Public-Works-Class-B",
            "content": TABLE + "\nOvertime is paid hourly.",
        }
    )

    assert stored(parsed) == []
