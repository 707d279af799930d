"""extract_pay on phrasing as the job boards, salary sites and pay tables print it.

Rows are (text, expected figures as (min, max, period, currency, kind)).
"""

from __future__ import annotations

import pytest

from tests.store.extract.support import figures

GLASSDOOR = [
    (
        "Machine Learning Intern\nAcme Corp\nBoston, MA\n$35.00 - $55.00 Per Hour (Employer est.)",
        [(35, 55, "hour", "USD", "range")],
    ),
    (
        "Software Engineer Intern\n$42K - $60K (Glassdoor est.)",
        [(42000, 60000, "year", "USD", "range")],
    ),
    (
        "The estimated total pay for a Data Science Intern at Acme is $45 per hour. "
        "This number represents the median.",
        [(45, 45, "hour", "USD", "point")],
    ),
    (
        "The average Machine Learning Intern base salary at Acme is $8,125 per month.",
        [(8125, 8125, "month", "USD", "average")],
    ),
    ("$9K/mo\nTotal pay range", [(9000, 9000, "month", "USD", "point")]),
    ("Most likely range\n$38 - $52/hr", [(38, 52, "hour", "USD", "range")]),
]

INDEED = [
    ("Pay: $20.00 - $24.00 per hour\nJob Type: Full-time", [(20, 24, "hour", "USD", "range")]),
    ("Salary: $60,000.00 - $75,000.00 per year", [(60000, 75000, "year", "USD", "range")]),
    ("Pay: From $18.50 per hour", [(18.5, None, "hour", "USD", "range")]),
    ("Pay: Up to $95,000.00 per year", [(None, 95000, "year", "USD", "range")]),
    ("$3,500 - $4,000 a month - Internship", [(3500, 4000, "month", "USD", "range")]),
    (
        "Average base salary\n$29.71\nper hour\n"
        "The average salary for an intern is $29.71 per hour",
        [(29.71, 29.71, "hour", "USD", "average"), (29.71, 29.71, "hour", "USD", "average")],
    ),
]

LEVELS_FYI = [
    (
        "Machine Learning Engineer Intern\nTotal Compensation\n$9,200 / month",
        [(9200, 9200, "month", "USD", "point")],
    ),
    ("Hourly rate: $57.50", [(57.5, 57.5, "hour", "USD", "point")]),
    ("Median Total Comp: $185,000", [(185000, 185000, "year", "USD", "median")]),
]

POSTINGS = [
    (
        "The base salary range for this full-time position is $120,000 - $150,000 + equity "
        "+ benefits. Our salary ranges are determined by role, level, and location.",
        [(120000, 150000, "year", "USD", "range")],
    ),
    (
        "Annual Salary: $98,000—$130,000 USD",
        [(98000, 130000, "year", "USD", "range")],
    ),
    (
        "The hourly rate for this internship is $40 - $48 USD. You may also be eligible "
        "for a relocation stipend of $2,500.",
        [(40, 48, "hour", "USD", "range")],
    ),
    (
        "Compensation: $45/hour + housing stipend of $1,500/month",
        [(45, 45, "hour", "USD", "point")],
    ),
    (
        "The expected salary range for this role is $155,000 to $185,000. This role is also "
        "eligible for an annual bonus of up to 15% and equity.",
        [(155000, 185000, "year", "USD", "range")],
    ),
    (
        "Pay Range: $28.00/hr - $36.00/hr",
        [(28, 36, "hour", "USD", "range")],
    ),
    (
        "Workday: Pay Range: 104,000.00 - 156,000.00 USD Annual",
        [(104000, 156000, "year", "USD", "range")],
    ),
    (
        "The pay for this role ranges from $38.00 to $52.00 per hour.",
        [(38, 52, "hour", "USD", "range")],
    ),
    (
        "Intern hourly pay: $30 (undergraduate), $40 (masters), $50 (PhD)",
        [
            (30, 30, "hour", "USD", "point"),
            (40, 40, "hour", "USD", "point"),
            (50, 50, "hour", "USD", "point"),
        ],
    ),
    (
        "We offer a competitive salary of $110k-$140k, a $10k sign-on bonus, and "
        "$20k/year in RSUs.",
        [(110000, 140000, "year", "USD", "range")],
    ),
    (
        "Company: 1,200 employees. Founded 1998. Salary: $85,000 - $95,000",
        [(85000, 95000, "year", "USD", "range")],
    ),
]

GOVERNMENT = [
    (
        "Salary: $49,960 to $64,946 per year\nPay scale & grade: GS 7 - 9",
        [(49960, 64946, "year", "USD", "range")],
    ),
    (
        "Step 1: $23.17/hr  Step 5: $26.84/hr",
        [(23.17, 23.17, "hour", "USD", "point"), (26.84, 26.84, "hour", "USD", "point")],
    ),
    (
        "Salary range: $4,512 - $6,284 Monthly",
        [(4512, 6284, "month", "USD", "range")],
    ),
    (
        "Annual salary: £24,071 to £26,873",
        [(24071, 26873, "year", "GBP", "range")],
    ),
]

INTERNATIONAL = [
    ("Salary: £28,000 - £32,000 per annum + benefits", [(28000, 32000, "year", "GBP", "range")]),
    ("£450 per day (outside IR35)", [(450, 450, "day", "GBP", "point")]),
    ("£14ph", [(14, 14, "hour", "GBP", "point")]),
    ("Gehalt: 55.000 € - 65.000 € brutto jährlich", [(55000, 65000, "year", "EUR", "range")]),
    ("Salaire : 45 000 € - 52 000 € par an", [(45000, 52000, "year", "EUR", "range")]),
    ("Rémunération : 1 200 € par mois", [(1200, 1200, "month", "EUR", "point")]),
    ("Salary: CAD 70,000 - 85,000 per year", [(70000, 85000, "year", "CAD", "range")]),
    ("$22 - $25 CAD per hour", [(22, 25, "hour", "CAD", "range")]),
    ("CTC: ₹18 LPA - ₹24 LPA", [(1800000, 2400000, "year", "INR", "range")]),
    ("Stipend: INR 50,000/month", [(50000, 50000, "month", "INR", "point")]),
    ("Salary: Rs. 6,00,000 - 9,00,000 P.A.", [(600000, 900000, "year", "INR", "range")]),
    ("Package: 10 to 14 lakhs per annum", [(1000000, 1400000, "year", "INR", "range")]),
    ("S$4,500 - S$6,000 monthly", [(4500, 6000, "month", "SGD", "range")]),
    ("AUD 110,000 - 130,000 + super", [(110000, 130000, None, "AUD", "range")]),
    ("Gehalt: 55.000 € brutto/Jahr", [(55000, 55000, "year", "EUR", "point")]),
    ("Vergütung: 45.000 - 50.000 EUR", [(45000, 50000, "year", "EUR", "range")]),
    ("Salaire : 40 000 € brut annuel", [(40000, 40000, "year", "EUR", "point")]),
    ("Salario: 30.000 € al año", [(30000, 30000, "year", "EUR", "point")]),
    ("Salaris: € 3.500 per maand", [(3500, 3500, "month", "EUR", "point")]),
    ("KRW 50,000,000 per year", [(50000000, 50000000, "year", "KRW", "point")]),
    ("AED 15,000 per month", [(15000, 15000, "month", "AED", "point")]),
    ("CHF 120'000 - 140'000 per year", [(120000, 140000, "year", "CHF", "range")]),
    ("20€/h", [(20, 20, "hour", "EUR", "point")]),
    ("Wynagrodzenie: 12 000 - 15 000 zł brutto/mies.", [(12000, 15000, "month", "PLN", "range")]),
    ("20,00 € pro Stunde", [(20, 20, "hour", "EUR", "point")]),
    ("₹5L - ₹8L per annum", [(500000, 800000, "year", "INR", "range")]),
    ("1.2 Cr CTC", [(12000000, 12000000, "year", "INR", "point")]),
]

TRICKY_NOISE = [
    "Join 5,000+ companies hiring on our platform.",
    "Posted 3 days ago · 200+ applicants",
    "Requisition ID: 2025-12345",
    "Zip: 94105 | Phone: 415-555-0100",
    "Rated 4.2 ★ (1,024 reviews)",
    "Series B, $45M raised, 120 employees",
    "Our customers saved $3,000,000 last year.",
    "Applications close 31.12.2025",
    "Version 1.2.3 released on 2025-01-15",
    "Mon-Fri 8:30-17:30",
    "Must lift 50 lbs; 20% travel",
    "Sign-on bonus: $3,000",
    "Commission: $500 per sale",
    "Annual learning budget of $1,500",
    "Student loan repayment up to $5,000",
    "Gym membership reimbursement $50/month",
    "Top 10 Best Places to Work 2024",
    "Employees: 10,001+",
]

SALARY_SITES = [
    ("$80k – $120k • 0.5% – 1.0%", [(80000, 120000, "year", "USD", "range")]),
    (
        "The median annual wage for software developers was $132,270 in May 2023.",
        [(132270, 132270, "year", "USD", "median")],
    ),
    (
        "The lowest 10 percent earned less than $77,020, and the highest 10 percent "
        "earned more than $208,620.",
        [(None, 77020, "year", "USD", "range"), (208620, None, "year", "USD", "range")],
    ),
    (
        "I got an offer for $45/hr at Google, plus $9k relocation.",
        [(45, 45, "hour", "USD", "point")],
    ),
    (
        "Interns at Jane Street make $250k annualized ($120/hr).",
        [(250000, 250000, "year", "USD", "point"), (120, 120, "hour", "USD", "point")],
    ),
    (
        "PayScale: Average Machine Learning Intern Hourly Pay: $25.71. Hourly Rate $17 - $39. "
        "Bonus $1k - $5k. Total Pay $37k - $85k.",
        [
            (25.71, 25.71, "hour", "USD", "average"),
            (17, 39, "hour", "USD", "range"),
            (37000, 85000, "year", "USD", "range"),
        ],
    ),
    (
        "H1B: Base salary $130,000 for Machine Learning Engineer in Boston, MA (2024)",
        [(130000, 130000, "year", "USD", "point")],
    ),
    (
        "Pay: $41.00 - $54.00 per hour We value curiosity and kindness.",
        [(41, 54, "hour", "USD", "range")],
    ),
    (
        "The pay for this position is $35.00/hr. Housing provided ($2,500 value).",
        [(35, 35, "hour", "USD", "point")],
    ),
    ("Housing: $2,000/month", []),
    (
        "Levels.fyi: Google Software Engineer Intern $8,666 /mo",
        [(8666, 8666, "month", "USD", "point")],
    ),
    ("Handshake: Paid · $30–$35/hr · Internship", [(30, 35, "hour", "USD", "range")]),
    ("Salary: 50-60k", [(50000, 60000, "year", None, "range")]),
    ("Pay Range: $20 - $25 (hourly)", [(20, 25, "hour", "USD", "range")]),
    ("Salary: $120,000 (annual)", [(120000, 120000, "year", "USD", "point")]),
    ("$50 per hour to $60 per hour", [(50, 60, "hour", "USD", "range")]),
    ("Rate: 20 USD/hour", [(20, 20, "hour", "USD", "point")]),
    (
        "Base pay range (US): $112,000.00/yr - $179,000.00/yr",
        [(112000, 179000, "year", "USD", "range")],
    ),
    (
        "Our intern pay ranges from $7,000/mo to $9,500/mo",
        [(7000, 9500, "month", "USD", "range")],
    ),
]

ALL = SALARY_SITES + GLASSDOOR + INDEED + LEVELS_FYI + POSTINGS + GOVERNMENT + INTERNATIONAL


@pytest.mark.parametrize(("text", "expected"), ALL)
def test_site_phrasing(text: str, expected: list[tuple]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize("text", TRICKY_NOISE)
def test_site_noise_yields_nothing(text: str) -> None:
    assert figures(text) == []
