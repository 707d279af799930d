"""Ingest benchmark: a synthetic corpus of search results, ingested end to end into a fresh store.

    .venv/bin/python bench/bench_ingest.py                 # 100,000 results
    .venv/bin/python bench/bench_ingest.py --results 20000 --keep

It writes market-research reports of 50-200 results each (salary pages from
several sites, job postings with regional pay tables, "similar jobs" tables,
pages about no role, and noise numbers: years, dates, employee counts, GPAs,
percentages) into a temporary folder, ingests the folder into a new SQLite
file with ``store.ingest.run.ingest_paths``, then runs ``store.extract.figures.extract_pay``
alone over the same result texts. It prints results per second end to end,
the extractor's MB/s, and the process's peak memory (ru_maxrss).
Run by hand; no test times anything.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from store.db import open_store
from store.extract.figures import extract_pay
from store.ingest.run import ingest_paths

ROLES = (
    ("Machine Learning Intern", 38), ("Data Science Intern", 33),
    ("Software Engineering Intern", 42), ("Machine Learning Engineer", 80),
    ("Data Scientist", 70), ("Software Engineer", 75), ("Data Analyst Intern", 25),
    ("Research Scientist", 85), ("Product Manager Intern", 36), ("Data Engineer", 68),
    ("AI Research Intern", 48), ("Data Engineering Intern", 34),
)  # fmt: skip
PLACES = (
    ("Boston", "MA"), ("Cambridge", "MA"), ("Waltham", "MA"), ("Seattle", "WA"),
    ("San Francisco", "CA"), ("San Jose", "CA"), ("New York", "NY"), ("Austin", "TX"),
    ("Chicago", "IL"), ("Denver", "CO"), ("Atlanta", "GA"), ("Pittsburgh", "PA"),
    ("Raleigh", "NC"), ("Portland", "OR"), ("Los Angeles", "CA"), ("Washington", "DC"),
)  # fmt: skip
STATES = ("Massachusetts", "California", "Texas", "Washington", "New York", "Illinois")
COMPANIES = (
    "Acme Robotics", "Northwind Analytics", "Globex", "Initech", "Umbrella Health",
    "Stark Industries", "Wayne Data", "Hooli", "Pied Piper", "Cyberdyne Systems",
)  # fmt: skip
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
FILLER = (
    "What does this role do day to day? Interns pair with a mentor and ship a project.",
    "Founded in 2013, the company has 501 - 1,000 employees and offices in 12 cities.",
    "Candidates should hold a minimum 3.5 GPA and be available 40 hours/week.",
    "58% of openings are full time and 30% part time; 1% are remote.",
    "Updated daily. December 20, 2021. Read our guide to negotiating an offer.",
    "Top skills include Python, SQL, PyTorch and experiment tracking.",
)


def _slug(text: str) -> str:
    return "-".join(text.lower().replace(",", "").split())


def _filler(rng: random.Random, count: int) -> str:
    return "\n\n".join(rng.choice(FILLER) for _ in range(count))


def _salary_page(rng: random.Random, role: str, hourly: float) -> dict:
    city, state = rng.choice(PLACES)
    low, high = round(hourly * 2080 * 0.8), round(hourly * 2080 * 1.25)
    site = rng.randrange(4)
    if site == 0:
        return {
            "title": f"{role} Salary in {city}, {state}",
            "url": f"https://www.salary.com/research/salary/hiring/{_slug(role)}-salary/"
            f"{_slug(city)}-{state.lower()}",
            "content": f"How much does a {role} make in {city}, {state}?\n"
            f"The salary range for a {role} job is from ${low:,} to ${high:,} per year in "
            f"{city}, {state}.\n\n" + _filler(rng, 3),
        }
    if site == 1:
        state_name = rng.choice(STATES)
        month, year = rng.choice(MONTHS), rng.choice((2025, 2026))
        return {
            "title": f"{role} Salary in {state_name}",
            "url": f"https://www.ziprecruiter.com/Salaries/{_slug(role)}-Salary--in-{state_name}",
            "content": f"The avg {role.upper()} SALARY in {state_name}, as of {month} {year}, "
            f"is ${hourly:.2f} an hour or ${round(hourly * 2080)} per year. " + _filler(rng, 2),
        }
    if site == 2:
        others = rng.sample(ROLES, 4)
        table = "\n".join(
            f"{other} | ${round(pay * 2080):,} | Min: ${round(pay * 1.6)}KMax: ${round(pay * 2.6)}K"
            for other, pay in others
        )
        average = round(hourly * 2080, -2)
        return {
            "title": f"{role} Salary in {city} {rng.choice((2025, 2026))} (Updated Daily)",
            "url": f"https://www.builtin{_slug(city).replace('-', '')}.com/salaries/{_slug(role)}",
            "content": f"The average salary for a {role} in {city}, {state} is ${average:,.0f}. "
            f"The average additional cash compensation for a {role} in {city}, {state} is "
            f"${rng.randrange(5, 20) * 1000:,}. {role} salaries are based on responses gathered "
            f"by Built In from anonymous {role} employees.\n\n"
            + _filler(rng, 2)
            + "\n\nJob Title | Average Salary | Salary Range\n"
            + table,
        }
    return {
        "title": f"{role} salaries in {city}, {state} | Glassdoor",
        "url": f"https://www.glassdoor.com/Salaries/{_slug(city)}-{_slug(role)}-salary.htm",
        "content": f"The estimated base pay for a {role} is ${hourly:.0f} per hour in {city}, "
        f"{state}, based on {rng.randrange(20, 900)} salaries submitted anonymously, "
        f"updated {rng.choice(MONTHS)} {rng.randrange(1, 28)}, 2026. " + _filler(rng, 2),
    }


def _posting(rng: random.Random, role: str, hourly: float) -> dict:
    company = rng.choice(COMPANIES)
    job_id = rng.randrange(10**6, 10**7)
    if rng.random() < 0.5:
        table = (
            f"CA, NY, WA\n\n${hourly + 4:.2f}\u2014${hourly + 4:.2f} USD\n\n"
            f"MA, CO, IL, TX\n\n${hourly:.2f}\u2014${hourly:.2f} USD\n\n"
            f"All other states\n\n${hourly - 3:.2f}\u2014${hourly - 3:.2f} USD"
        )
        return {
            "title": f"{role} - {company} | Built In",
            "url": f"https://builtin.com/job/{_slug(role)}/{job_id}",
            "content": "For US based candidates, the base pay ranges for a successful candidate "
            f"are listed below.\n\n{table}\n\nThis role is remote. " + _filler(rng, 2),
        }
    return {
        "title": f"{role} - {company}",
        "url": f"https://boards.greenhouse.io/{_slug(company)}/jobs/{job_id}",
        "content": f"About the role: join {company} for the summer (June 8 - August 14, 2026). "
        f"The pay range for this role is ${hourly - 2:.0f} - ${hourly + 6:.0f} per hour. "
        "Apply now. " + _filler(rng, 3),
    }


def _no_role(rng: random.Random) -> dict:
    return {
        "title": "Top 10 Tech Hubs to Watch in 2026",
        "url": "https://www.example-news.com/tech-hubs-2026",
        "content": _filler(rng, 5) + " Rents rose 4% to $2,400 a month in 2025.",
    }


def make_result(rng: random.Random) -> dict:
    role, hourly = rng.choice(ROLES)
    hourly = round(hourly * rng.uniform(0.8, 1.2), 2)
    draw = rng.random()
    if draw < 0.65:
        result = _salary_page(rng, role, hourly)
    elif draw < 0.92:
        result = _posting(rng, role, hourly)
    else:
        result = _no_role(rng)
    return result | {"score": round(rng.random(), 4)}


def write_corpus(folder: Path, results: int, seed: int = 7) -> None:
    """Write report documents holding ``results`` results in all."""
    rng = random.Random(seed)
    written = 0
    number = 0
    while written < results:
        batch = [make_result(rng) for _ in range(min(rng.randrange(50, 201), results - written))]
        written += len(batch)
        role = rng.choice(ROLES)[0]
        report = (
            f"# Market Research for {role.lower()}\n\nA short summary naming $1,000,000 "
            "that no one should store.\n\n## Detailed Results\n\n" + json.dumps(batch, indent=2)
        )
        (folder / f"report_{number:05d}.txt").write_text(report, encoding="utf-8")
        number += 1


def result_texts(folder: Path) -> Iterator[str]:
    """Every result's title and content, read back one report at a time."""
    for path in sorted(folder.iterdir()):
        text = path.read_text(encoding="utf-8")
        body = text[text.index("## Detailed Results") + len("## Detailed Results") :]
        for item in json.loads(body):
            yield item["content"]


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def peak_memory_mb(who: int = resource.RUSAGE_SELF) -> float:
    # ru_maxrss is in kilobytes on Linux (bytes on macOS); for RUSAGE_CHILDREN it is the
    # largest single child (a parsing worker), not their sum.
    scale = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(who).ru_maxrss * scale / 1_048_576


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--results", type=int, default=100_000)
    parser.add_argument("--keep", action="store_true", help="keep the corpus and database")
    parser.add_argument("--workers", type=int, help="parsing processes (default: one per CPU)")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="bench-ingest-"))
    corpus = folder / "corpus"
    corpus.mkdir()
    started = time.perf_counter()
    write_corpus(corpus, args.results)
    documents = len(list(corpus.iterdir()))
    size_mb = sum(path.stat().st_size for path in corpus.iterdir()) / 1_048_576
    print(f"corpus: {args.results:,} results in {documents} reports ({size_mb:.1f} MB), "
          f"written in {time.perf_counter() - started:.1f} s")  # fmt: skip

    db = open_store(folder / "bench.db")
    started, cpu_started = time.perf_counter(), time.process_time()
    report = ingest_paths(db, [corpus], workers=args.workers)
    elapsed = time.perf_counter() - started
    writer_cpu = time.process_time() - cpu_started
    cpu = writer_cpu + _children_cpu()
    stored = sum(r.observations for r in report.documents)
    postings = sum(r.postings_new + r.postings_updated for r in report.documents)
    print(f"ingest: {elapsed:.1f} s wall, {args.results / elapsed:,.0f} results/s; "
          f"{cpu:.1f} s CPU ({writer_cpu:.1f} s in the writing process), "
          f"{args.results / cpu:,.0f} results per CPU second; "
          f"{stored:,} observations, {postings:,} postings, "
          f"{len(report.failed)} failed files")  # fmt: skip

    figures, content_bytes, elapsed, cpu = 0, 0, 0.0, 0.0
    for text in result_texts(corpus):  # the same contents the ingest read, timed alone
        content_bytes += len(text.encode())
        started, cpu_started = time.perf_counter(), time.process_time()
        figures += len(extract_pay(text))
        elapsed += time.perf_counter() - started
        cpu += time.process_time() - cpu_started
    content_mb = content_bytes / 1_048_576
    print(f"extract_pay alone: {content_mb / elapsed:.2f} MB/s wall, "
          f"{content_mb / cpu:.2f} MB per CPU second "
          f"({content_mb:.1f} MB of result content, {figures:,} figures)")  # fmt: skip
    worker_mb = peak_memory_mb(resource.RUSAGE_CHILDREN)
    print(f"peak memory (ru_maxrss): {peak_memory_mb():.0f} MB this process, "
          f"{worker_mb:.0f} MB the largest parsing worker")  # fmt: skip
    if args.keep:
        print(f"kept {folder}")
    else:
        for path in sorted(folder.rglob("*"), reverse=True):
            path.rmdir() if path.is_dir() else path.unlink()
        folder.rmdir()


if __name__ == "__main__":
    main()
