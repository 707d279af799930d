"""A step schedule saved with each grade's amounts on one line (store/ingest/gradelines.py):
"53 $33,109.69$33,771.88$34,447.32Library Assistant", then the grade's other titles one to
a line. The thirteenth round's fresh batch (a county's classification plan, d189)."""

from __future__ import annotations

from tests.store.ingest.test_ingest_rules import parse_results, stored

PLAN = (
    "Position Classification Plan\n\n"
    "The pay plan assigns each class to a salary grade adopted by the Commissioners.\n\n"
    "Step 1\n\nStep 2\n\nStep 3\n\n"
    "40 $29, 500.00$30,090.00$30,691.80Library Assistant\n"
    "41 $30,090.00$30,691.80$31,305.64Meter Reader\n"
    "Detention Officer ^\n"
    "42 $30,691.80$31,305.64$31,931.75\n"
    "43$31,305.64 $31,931.75$32,570.38Accounting Clerk\n"
    "Permit Officer\n"
)


def test_each_title_of_a_grade_line_schedule_is_stored_at_its_grades_first_to_last_step():
    parsed = parse_results(
        {
            "title": "Position Classification Plan",
            "url": "https://www.example-county.gov/classification-plan/",
            "content": PLAN,
        }
    )

    # Before, nothing: no amount on the grade lines carries a period, and the titles
    # after a line name no job the page is about
    assert stored(parsed) == [
        ("library-assistant-clerical", None, 29500.0, 30691.8, "year"),
        ("meter-reader-utility", None, 30090.0, 31305.64, "year"),
        ("correctional-officer", None, 30090.0, 31305.64, "year"),
        ("bookkeeper", None, 31305.64, 32570.38, "year"),
        ("permit-officer", None, 31305.64, 32570.38, "year"),
    ]


def test_lines_of_a_number_and_amounts_with_no_step_or_grade_header_are_no_schedule():
    parsed = parse_results(
        {
            "title": "Meter Reader Pay",
            "url": "https://www.example-county.gov/meter-reader-pay/",
            "content": PLAN.replace("Step 1\n\nStep 2\n\nStep 3\n\n", "").replace(
                "a salary grade", "a band"
            ),
        }
    )

    # the page's own job's figures only: no title after a line is read as a class
    assert {row[0] for row in stored(parsed)} == {"meter-reader-utility"}
