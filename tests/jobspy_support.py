"""JobSpy rows built with JobSpy's own models and export functions (skipped without the extra)."""

from __future__ import annotations

from datetime import date

import pytest

jobspy_model = pytest.importorskip(
    "jobspy.model", reason="python-jobspy (the optional postings extra) is not installed"
)
from jobspy import records  # noqa: E402  (only once the extra is known to be there)

pd = pytest.importorskip("pandas")


def job(**fields) -> object:
    """A ``JobPost`` as a JobSpy scraper makes it; ``city``/``state`` make its location."""
    place = {k: fields.pop(k) for k in ("city", "state") if k in fields}
    location = jobspy_model.Location(country=jobspy_model.Country.USA, **place) if place else None
    for name, kind in (("interval", jobspy_model.CompensationInterval),):
        if name in fields:
            fields[name] = kind(fields[name])
    if "job_type" in fields:
        fields["job_type"] = [jobspy_model.JobType(fields["job_type"])]
    return jobspy_model.JobPost(location=location, **fields)


def frame(jobs: list) -> object:
    """The DataFrame ``scrape_jobs`` returns for ``jobs`` (its columns, its row dump)."""
    fields = list(jobspy_model.JobPost.model_fields)
    return pd.DataFrame([j.model_dump() for j in jobs], columns=fields)


def save(jobs: list, path) -> None:
    """Write ``jobs`` as JobSpy's command line does (.csv, .json or .jsonl by the name)."""
    records.save(frame(jobs), str(path))


def sample_jobs() -> list:
    """One internship on LinkedIn and Indeed (the same job), and a remote one, a day apart."""
    return [
        job(id="li-4012345678", site="linkedin", title="Machine Learning Intern",
            job_url="https://www.linkedin.com/jobs/view/4012345678", company="Xometry",
            city="Boston", state="MA", date_posted=date(2026, 11, 25), interval="hourly",
            min_amount=35, max_amount=45, currency="USD", is_remote=False,
            job_type="internship"),
        job(id="in-7f3a9c2b1d", site="indeed", title="Machine Learning Intern",
            job_url="https://www.indeed.com/viewjob?jk=7f3a9c2b1d", company="Xometry, Inc.",
            city="Boston", state="MA", date_posted=date(2026, 11, 26), interval="hourly",
            min_amount=35, max_amount=45, currency="USD", is_remote=False),
        job(id="zr-ab12", site="zip_recruiter", title="Machine Learning Intern",
            job_url="https://www.ziprecruiter.com/c/Acme/Job/Machine-Learning-Intern/-in-Remote?jid=ab12",
            company="Acme Robotics", date_posted=date(2026, 11, 24), interval="yearly",
            min_amount=60000, max_amount=75000, currency="USD", is_remote=True),
        job(id="li-999", site="linkedin", title="Machine Learning Intern",
            job_url="https://www.linkedin.com/jobs/view/999", company="Nopay Labs",
            city="Cambridge", state="MA", date_posted=date(2026, 11, 27)),
    ]  # fmt: skip
