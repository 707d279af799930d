"""Collection: JobSpy exports through ingest, and a research run against the Tavily stand-in.

    .venv/bin/python -m bench.bench_collect              # 3,000 JobSpy rows, 5 research runs
    .venv/bin/python -m bench.bench_collect --rows 20000

JobSpy rows are built with JobSpy's own models and saved with its own export (so the
optional extra must be installed): one in three jobs is listed on a second board, so a
run stores about three postings for every four rows. Each format is ingested into a
fresh store. The research run is the whole command path (three searches over local
HTTP, the report written, parsed and ingested), the sample report's results as pages.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from store.collect.research import TavilyConfig, research  # noqa: E402
from store.db import open_store  # noqa: E402
from store.ingest.run import ingest_paths  # noqa: E402
from tests.collect_support import seed_pages  # noqa: E402
from tests.tavily_standin import TavilyStandin  # noqa: E402

TITLES = ("Machine Learning Intern", "Data Scientist", "Software Engineer", "Registered Nurse")
CITIES = (("Boston", "MA"), ("Austin", "TX"), ("Seattle", "WA"), ("Chicago", "IL"))
BOARDS = (("linkedin", "https://www.linkedin.com/jobs/view/{n}"),
          ("indeed", "https://www.indeed.com/viewjob?jk={n:x}"),
          ("zip_recruiter", "https://www.ziprecruiter.com/c/x/Job/y?jid={n}"))  # fmt: skip


def jobspy_frame(rows: int):
    """``rows`` JobSpy rows: every third job appears again on another board."""
    import pandas as pd
    from jobspy.model import CompensationInterval, Country, JobPost, Location

    jobs, n = [], 0
    while len(jobs) < rows:
        title, (city, state) = TITLES[n % 4], CITIES[(n // 4) % 4]
        boards = BOARDS[: 2 if n % 3 == 0 else 1]
        for site, url in boards[: rows - len(jobs)]:
            jobs.append(
                JobPost(
                    site=site,
                    id=f"{site[:2]}-{n}",
                    job_url=url.format(n=100_000 + n),
                    title=title,
                    company=f"Company {n}",
                    date_posted=date(2026, 11, 20),
                    location=Location(city=city, state=state, country=Country.USA),
                    interval=CompensationInterval.YEARLY,
                    min_amount=60_000 + n % 50 * 1000,
                    max_amount=90_000 + n % 50 * 1000,
                    currency="USD",
                    is_remote=False,
                )
            )
        n += 1
    return pd.DataFrame([job.model_dump() for job in jobs], columns=list(JobPost.model_fields))


def bench_jobspy(rows: int, folder: Path) -> None:
    from jobspy import records

    frame = jobspy_frame(rows)
    print(f"JobSpy export, {rows:,} rows:")
    for suffix in (".csv", ".json", ".jsonl"):
        path = folder / f"jobs{suffix}"
        records.save(frame, str(path))
        db = open_store(folder / f"{suffix[1:]}.db")
        start = time.perf_counter()
        report = ingest_paths(db, [path], workers=1)
        seconds = time.perf_counter() - start
        result = report.documents[0]
        print(
            f"  {suffix:6} {path.stat().st_size / 1_048_576:5.1f} MB  {seconds:6.2f} s  "
            f"{rows / seconds:7,.0f} rows/s  {result.postings_new:,} postings "
            f"(+{result.postings_updated:,} sightings), {result.observations:,} pay figures"
        )


def bench_research(runs: int, folder: Path) -> None:
    standin = TavilyStandin(pages=seed_pages()).start()
    try:
        times = []
        for number in range(runs):
            config = TavilyConfig(
                api_key=standin.api_key, api_url=standin.url, folder=folder / f"r{number}"
            )
            db = open_store(folder / f"research{number}.db")
            now = datetime(2026, 11, 30, tzinfo=UTC) + timedelta(days=number)
            start = time.perf_counter()
            done = research(db, "machine learning intern boston", config, now=now)
            times.append(time.perf_counter() - start)
        print(
            f"research run (3 searches, {done.results} results, "
            f"{done.document.observations} figures stored): median "
            f"{statistics.median(times) * 1000:.0f} ms of {runs} (first {times[0] * 1000:.0f} ms)"
        )
    finally:
        standin.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        bench_research(args.runs, folder)
        bench_jobspy(args.rows, folder)


if __name__ == "__main__":
    main()
