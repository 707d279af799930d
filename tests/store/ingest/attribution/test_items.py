"""Pages that list jobs as items, each item its own job's pay: the eleventh round's
failures (bench/eval_documents.py, fresh batch d159-d169 and the tenth round's
leftovers: a job alert's symbol-marked fields, a hiring event's position list)."""

from __future__ import annotations

from store.ingest.documents import parse_document
from tests.store.ingest.test_ingest_rules import NOW, parse_results, stored


def test_a_job_alerts_items_take_the_job_of_their_heading_and_the_place_of_their_pin():
    parsed = parse_results(
        {
            "title": "Job alert: these Riverton jobs are accepting applications",
            "url": "https://www.example-news.com/job-alert-riverton",
            "content": "Here are a few of the open positions near Riverton:\n\n"
            "1. Clinic / Optometrist / Maine / Permanent / Optometrist Job\n\n"
            "🏛️ Northern Eye Partners\n\n📍 Patten, ME\n\n💰 $125,000 yearly\n\n"
            "💼 Full-Time\n\nJob Description:\n\nWe are seeking an optometrist for our "
            "clinic.\n\n"
            "2. Travel Nurse RN - ICU - Intensive Care - $2,150 per week\n\n"
            "🏛️ Pine Staffing\n\n📍 Lincoln, ME\n\n💰 $2,150 weekly\n\n💼 Full-Time\n",
        }
    )

    # Before, the page (its title and opening name no job) stored nothing
    assert stored(parsed) == [
        ("optometrist", "city:US-ME-patten", 125000, 125000, "year"),
        ("registered-nurse", "city:US-ME-lincoln", 2150, 2150, "week"),
    ]


def test_jobs_headed_by_their_name_with_label_lines_are_each_their_own_job():
    parsed = parse_results(
        {
            "title": "Jobs Hiring in Springfield Right Now",
            "url": "https://www.example-staffing.com/blog/jobs-hiring-in-springfield",
            "content": "Our recruiters went through the latest hiring data. See which "
            "positions are most in demand.\n"
            "Pharmacy Technician\nNational Average wage/salary: $31k\n"
            "Number of postings: 2,100\nTop job poster: A Pharmacy Chain\n"
            "Human Resource Manager\nNational Average wage/salary: $66k\n"
            "Number of postings: 1,200\n",
        }
    )

    # Before, every figure went to the recruiters the opening names
    assert stored(parsed) == [
        ("pharmacy-technician", "country:US", 31000, 31000, "year"),
        ("hr-manager", "country:US", 66000, 66000, "year"),
    ]


def test_a_hiring_events_position_list_is_read_line_by_line():
    parsed = parse_results(
        {
            "title": "Grocer Hiring Hundreds During One-Day Event",
            "url": "https://www.example-news.com/grocer-hiring-event",
            "content": "The grocer is hosting a one-day hiring event for its stores.\n"
            "The events support the chain's growth, offering shoppers quality groceries "
            "at impossibly low prices.\n"
            "Positions:\n"
            "- Store Associate – $12.25 – $14.00 per hour, depending on location\n"
            "- Shift Manager – $17.00 – $19.00 per hour, depending on location\n"
            "Job Requirements:\n- Must be 18 years or older to apply\n",
        }
    )

    # Before, a reading of the whole page found none of the list's figures
    assert stored(parsed) == [
        ("retail-associate", None, 12.25, 14.0, "hour"),
        ("food-service-supervisor", None, 17.0, 19.0, "hour"),
    ]


def test_prose_under_numbered_headings_is_no_item_list():
    parsed = parse_results(
        {
            "title": "Registered Nurse Salary Guide",
            "url": "https://www.example-careers.com/rn-salary",
            "content": "1. Pay by setting\n\nHospital nurses earn $41 an hour, clinic "
            "nurses $36 an hour.\n\n2. Pay by shift\n\nNight shifts pay more.\n",
        }
    )

    assert stored(parsed) == [
        ("registered-nurse", None, 41, 41, "hour"),
        ("registered-nurse", None, 36, 36, "hour"),
    ]


def test_a_listicle_title_of_companies_that_pay_names_no_job():
    parsed = parse_results(
        {
            "title": "8 Riverton companies that pay over $35 an hour",
            "url": "https://www.example-news.com/riverton-companies-that-pay",
            "content": "The Riverton area is home to a growing number of employers in "
            "banking, health care and manufacturing, and its labor market has stayed tight "
            "through the year. Many of them are hiring to fill positions that pay well, "
            "with benefits, and some of those positions can be worked from home. Here are "
            "a few of the openings we found this week, with what each pays and where each "
            "is, so that you can apply before they close. Listings change every day, and "
            "some close within a week of being posted, so check back often.\n\n"
            "Many companies here are hiring for positions that pay more than $35 an hour.\n\n"
            "1. Acme Health - Registered Nurse\n\n"
            "Acme Health is seeking a registered nurse. The job pays up to $38 an hour.",
        }
    )

    # Before, the title's words before "pay" made a job of their own ("8 Riverton
    # companies that") and filed the page's figures under it
    assert ("registered-nurse", None, None, 38, "hour") in stored(parsed)
    assert {role for role, *_ in stored(parsed)} == {"registered-nurse"}


def test_a_national_papers_host_named_for_washington_is_no_page_state_of_washington():
    parsed = parse_results(
        {
            "title": "Board approves a pay raise for teachers",
            "url": "https://www.washingtonpost.com/education/teacher-raises",
            "content": "The board approved a raise for teachers.\n\n"
            "Monroe's starting pay for teachers is $40,500.",
        }
    )

    # Before, the host read as Washington state and Monroe as Monroe, WA
    assert stored(parsed) == [("teacher", None, 40500, 40500, "year")]


def test_a_kansas_city_papers_bare_towns_are_in_missouri():
    parsed = parse_results(
        {
            "title": "Board approves a pay raise for teachers",
            "url": "https://www.kansascity.com/news/local/teacher-raises",
            "content": "The board approved a raise for teachers.\n\n"
            "Independence School District has a beginning salary of $43,000.",
        }
    )

    # Before, the host read as Kansas and the district as Independence, KS
    assert stored(parsed) == [("teacher", "city:US-MO-independence", 43000, 43000, "year")]


def test_a_salary_page_saved_as_text_is_titled_by_its_heading_not_a_sentence():
    text = (
        "https://www.example-salaries.com/data-analyst-chicago\n"
        "How Much Do Data Analysts Make in Chicago?\n"
        "When I got my first salary offer as a nurse, I had no idea whether it was fair.\n"
        "The average base salary for a data analyst in Chicago, IL is $78,000 per year.\n"
        "Entry-level data analysts earn $62,000.\n"
    )

    parsed = parse_document(text.encode(), path="salary-page.txt", now=NOW)

    # Before, the job-board layout took the first line saying "salary", a sentence, as the
    # page's title, so the page's place was lost from the figures that do not name it
    assert parsed.title == "How Much Do Data Analysts Make in Chicago?"
    assert stored(parsed) == [
        ("data-analyst", "city:US-IL-chicago", 78000, 78000, "year"),
        ("entry-level-data-analyst", "city:US-IL-chicago", 62000, 62000, "year"),
    ]


def test_what_openings_at_large_pay_is_no_jobs_pay():
    parsed = parse_results(
        {
            "title": "Grocer in Indiana is hiring store associates",
            "url": "https://www.example-news.com/grocer-hiring-indiana",
            "content": "The grocer is hiring for positions that pay up to $22.75. Store "
            "associate positions pay $12 to $13.50 per hour.",
        }
    )

    # Before, the openings' top pay was stored as the store associates' own
    assert stored(parsed) == [("retail-associate", "state:US-IN", 12, 13.5, "hour")]


def test_numbered_postings_in_prose_are_filed_at_the_town_each_names():
    parsed = parse_results(
        {
            "title": "Twin Cities companies hiring now",
            "url": "https://www.example-news.com/twin-cities-companies-hiring",
            "content": "Minneapolis, MN - Companies across the metro are hiring.\n\n"
            "1. Acme Care - Registered Nurse\n\nAcme Care in Saint Paul is seeking a "
            "registered nurse. The full-time job pays up to $41 an hour.\n\n"
            "2. Beta Foods - Recruiter\n\nBeta Foods in nearby Arden Hills has an opening "
            "for a recruiter. The remote position pays up to $90,000 a year.\n",
        }
    )

    # Before, each figure was filed at the page's city, Minneapolis
    assert stored(parsed) == [
        ("registered-nurse", "city:US-MN-st-paul", None, 41, "hour"),
        ("recruiter", "city:US-MN-arden-hills", None, 90000, "year"),
    ]


def test_an_employers_name_before_jobs_in_a_title_is_no_job():
    parsed = parse_results(
        {
            "title": "Acme Parcel Service jobs in Chicago now hiring",
            "url": "https://www.example-news.com/acme-parcel-service-jobs-chicago",
            "content": "Acme Parcel Service is hiring for several positions in the Chicago "
            "area, with wages from $16.87 to $18.69 per hour.",
        }
    )

    # Before, the employer's name was stored as a job of its own
    assert stored(parsed) == []
    assert parsed.skipped[-1].reason == "names no job title"


def test_a_second_list_under_a_heading_with_no_period_takes_the_first_lists_period():
    parsed = parse_results(
        {
            "title": "How Much Does A Dental Assistant Make An Hour",
            "url": "https://www.example-careers.com/dental-assistant-hourly",
            "content": "The top states which pay the most on an hourly basis:\n\n"
            "  1. Oregon: $23.10\n  2. Vermont: $22.80\n\n"
            "Here is the list of the lowest-paying states for dental assistants\n\n"
            "  1. Kansas: $15.90\n  2. Alabama: $16.20\n",
        }
    )

    # Before, the second list's amounts were skipped: no period stated or implied
    assert stored(parsed) == [
        ("dental-assistant", "state:US-OR", 23.1, 23.1, "hour"),
        ("dental-assistant", "state:US-VT", 22.8, 22.8, "hour"),
        ("dental-assistant", "state:US-KS", 15.9, 15.9, "hour"),
        ("dental-assistant", "state:US-AL", 16.2, 16.2, "hour"),
    ]


def test_a_listing_with_one_paid_item_files_it_at_its_location_field():
    parsed = parse_results(
        {
            "title": "This week's Top 10 intriguing job offers",
            "url": "https://www.example-news.com/2010/0312/top-10-intriguing-offers",
            "content": "Each week our staffers search the job listings.\n\n"
            "1. Apple orchard pruner\nEmployer: Not listed.\n"
            "Wages/salary: $9.25 an hour.\nDetails: Work outdoors in all weather.\n"
            "Location: Yakima, Wash., (pop. 91,067, median family income $48,900) grows apples.\n\n"
            "2. Lighthouse keeper\nEmployer: Coast Trust\nWages/salary: Not listed.\n"
            "Details: Climb stairs daily.\n"
            "Location: Portland, Maine, (pop. 66,194, median family income $61,200).\n",
        }
    )

    # Before, nothing: a listing needed two items with pay, and a place's own money
    # (its median family income) would have been read as the item's
    assert stored(parsed) == [("tree-trimmer-and-pruner", "city:US-WA-yakima", 9.25, 9.25, "hour")]
