"""Pay schedules saved as text a line at a time: each grade's amounts on one line
(store/ingest/tables/gradelines.py: "53 $33,109.69$33,771.88$34,447.32Library Assistant", then
the grade's other titles one to a line; the thirteenth round's d189), and a class table
saved column by column (store/ingest/tables/rangecolumns.py; the eleventh round's d163)."""

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


# A city's pay resolution scanned to text: the class titles, then the minimum's step
# and amount, the control point and the maximum, each column one cell a line, with a
# space for the thousands comma (the eleventh round's d163 left these unread).
RESOLUTION = (
    "SECTION 1: Salary Ranges\n"
    "ASSIGNMENTS OF CLASSIFICATIONS TO PAY RANGES\n(Monthly Amounts)\nControl\n"
    "Minimum Point Maximum\nClass Title Step Amount Step Amount Step Amount\n"
    "Library Assistant I\nMeter Reader~\nAccountant*\n"
    "310 1 650\n330 1 810\n410 2 700\n"
    "350 2,010 360\n370 2,200 380\n450 3,280 460\n"
    "2 110\n2 320\n3,460\n"
    "Resolution No. 12-345\nPage 2\n"
)


def test_each_title_of_a_table_saved_column_by_column_is_stored_at_its_first_to_last_column():
    parsed = parse_results(
        {
            "title": "RESOLUTION NO. 12-345",
            "url": "https://www.example-city.us/weblink/resolution-12-345",
            "content": RESOLUTION,
        }
    )

    # Before, nothing: no cell carries a currency sign
    assert stored(parsed) == [
        ("library-assistant-clerical", None, 1650.0, 2110.0, "month"),
        ("meter-reader-utility", None, 1810.0, 2320.0, "month"),
        ("accountant", None, 2700.0, 3460.0, "month"),
    ]


def test_columns_that_do_not_divide_among_the_titles_are_not_read():
    parsed = parse_results(
        {
            "title": "RESOLUTION NO. 12-345",
            "url": "https://www.example-city.us/weblink/resolution-12-345",
            "content": RESOLUTION.replace("2 110\n2 320\n3,460\n", "2 110\n2 320\n"),
        }
    )

    assert stored(parsed) == []
