"""Who published a URL, the job id it carries, and its canonical form."""

from __future__ import annotations

import pytest

from store.resolve.sites import canonical_url, home_url, is_posting_url, site_job_id, source_name


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("https://www.salary.com/research/salary/x", "Salary.com"),
        ("https://www.builtinboston.com/salaries/x", "Built In"),
        ("https://builtin.com/job/x/123456", "Built In"),
        ("https://www.ziprecruiter.com/Salaries/x", "ZipRecruiter"),
        ("https://www.linkedin.com/jobs/view/4000000001", "LinkedIn"),
        ("https://www.glassdoor.co.uk/Salaries/x.htm", "Glassdoor"),
        ("https://uk.indeed.com/career/x", "Indeed"),
        ("https://www.levels.fyi/t/software-engineer", "Levels.fyi"),
        ("https://www.bls.gov/ooh/x.htm", "BLS"),
        ("https://careers.acme-robotics.com/job/ml-intern", "acme-robotics.com"),
        ("https://jobs.example.co.uk/role", "example.co.uk"),
    ],
)
def test_sites_are_named_as_recruiters_know_them(url, name):
    assert source_name(url) == name


def test_job_ids_come_from_each_sites_own_url_shape():
    assert site_job_id("https://www.linkedin.com/jobs/search/?currentJobId=3786805101&x=1") == (
        "3786805101"
    )
    assert site_job_id("https://www.linkedin.com/jobs/view/ml-intern-at-acme-4000000001/") == (
        "4000000001"
    )
    assert site_job_id("https://www.builtinboston.com/job/ml-phd-intern/2272536") == "2272536"
    assert site_job_id("https://www.indeed.com/viewjob?jk=8f2c41d9a0b7e613") == "8f2c41d9a0b7e613"
    assert site_job_id("https://www.salary.com/research/salary/hiring/x") is None


def test_canonical_urls_drop_tracking_but_keep_ids():
    assert canonical_url("HTTPS://Careers.Acme.com/job/ml-intern/?utm_source=li#apply") == (
        "https://careers.acme.com/job/ml-intern"
    )
    assert canonical_url("https://www.indeed.com/viewjob?jk=abc&from=serp") == (
        "https://www.indeed.com/viewjob?jk=abc"
    )


def test_posting_urls_and_home_pages():
    assert is_posting_url("https://boards.greenhouse.io/acme/jobs/555")
    assert is_posting_url("https://www.linkedin.com/jobs/search/?currentJobId=1")
    assert not is_posting_url("https://www.ziprecruiter.com/Salaries/ML-Intern-Salary")
    assert home_url("ZipRecruiter") == "https://www.ziprecruiter.com/"
    assert home_url("Some Board") is None
