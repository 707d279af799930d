"""How fast is `/salary`? answer_salary and store_coverage on a synthetic 1,000,000-row store.

    .venv/bin/python -m bench.bench_answer              # builds bench/out/answer-*.db once
    .venv/bin/python -m bench.bench_answer --rows 200000

The store is synthetic (never committed): every catalog role at every rung of
the ladders of a few dozen cities, each figure snapshotted many times over two
years, plus postings. Results go in bench/README.md by hand.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from store.answer.coverage import store_coverage
from store.answer.salary import answer_salary
from store.db import open_store
from store.models import Role
from store.resolve.places import ladder, resolve_place
from store.resolve.roles import get_role

OUT = Path(__file__).parent / "out"
CITIES = [
    "Boston, MA",
    "Cambridge, MA",
    "Somerville, MA",
    "Worcester, MA",
    "Springfield, MA",
    "New York, NY",
    "Brooklyn, NY",
    "Jersey City, NJ",
    "Newark, NJ",
    "Philadelphia, PA",
    "Pittsburgh, PA",
    "Washington, DC",
    "Arlington, VA",
    "Baltimore, MD",
    "Atlanta, GA",
    "Miami, FL",
    "Orlando, FL",
    "Chicago, IL",
    "Evanston, IL",
    "Detroit, MI",
    "Ann Arbor, MI",
    "Columbus, OH",
    "Minneapolis, MN",
    "St. Louis, MO",
    "Dallas, TX",
    "Austin, TX",
    "Houston, TX",
    "Denver, CO",
    "Boulder, CO",
    "Phoenix, AZ",
    "Salt Lake City, UT",
    "Las Vegas, NV",
    "Los Angeles, CA",
    "San Diego, CA",
    "San Francisco, CA",
    "Oakland, CA",
    "San Jose, CA",
    "Palo Alto, CA",
    "Sacramento, CA",
    "Portland, OR",
    "Seattle, WA",
    "Redmond, WA",
    "Bellevue, WA",
    "Raleigh, NC",
    "Durham, NC",
    "Nashville, TN",
]
POSTINGS_PER_COMBO = 8
# The 14 roles of the earlier catalog, so stores and figures compare across versions.
ROLE_SLUGS = [
    "ml-engineer",
    "ml-intern",
    "data-scientist",
    "data-science-intern",
    "software-engineer",
    "software-engineer-intern",
    "data-engineer",
    "data-engineer-intern",
    "research-scientist",
    "ai-research-intern",
    "data-analyst",
    "data-analyst-intern",
    "product-manager",
    "product-manager-intern",
]
QUESTIONS = [
    "ml-intern boston",
    "machine learning intern in Cambridge, MA",
    "ml-intern waltham",  # no figures of its own: the Boston metro gathers its cities
    "data scientist north bethesda",  # the Washington, DC metro, across a state line
    "data science intern remote",
    "ml intern ma",
    "software engineer intern seattle",
    "ml-intern",
    "boston data scientist",
    "registered nurse houston",  # no source figures: the metro's OEWS wages
    "senior software engineer bay area",  # a region: each metro's OEWS band
    "ml-intern boston vs seattle or remote",  # a comparison: three places answered
    "zorblax wrangler boston",  # no such role: suggestions
]


def bench_roles() -> list[Role]:
    return [get_role(slug) for slug in ROLE_SLUGS]


def place_keys() -> list[str]:
    keys: dict[str, None] = {"remote": None}
    for name in CITIES:
        match = resolve_place(name)
        if match is not None:
            keys.update(dict.fromkeys(p.key for p in ladder(match.place)))
    return list(keys)


def build(path: Path, rows: int, seed: int = 7) -> None:
    """Fill a fresh store with ``rows`` observations and a tenth as many postings.

    Figures are laid out place by place, starting with Boston's ladder, so every size
    from about 3,000 rows up holds the same figures (12 sources, every role) for the
    Boston-area questions; a bigger store adds places, then history: ~57 snapshots of
    each of 17,472 figures at 1,000,000 rows. Postings likewise fill the first places
    first, eight per role and place (six open) before any place gets more.
    """
    rng = random.Random(seed)
    db = open_store(path)
    roles, places = bench_roles(), place_keys()
    sources = [f"source{i}.example" for i in range(12)]
    figures = [(r, p, s) for p in places for r in roles for s in sources]
    figures = figures[:rows]
    combos = [(r, p) for p in places for r in roles]
    combos = combos[: max(1, rows // 10 // POSTINGS_PER_COMBO)]
    start = date(2024, 6, 1)
    now = datetime(2026, 6, 1).isoformat()

    def observation(i: int) -> tuple:
        role, place, source = figures[i % len(figures)]
        hourly = rng.uniform(18, 60) if role.is_intern else rng.uniform(40, 110)
        low, high = round(hourly * 0.9, 2), round(hourly * 1.1, 2)
        as_of = (start + timedelta(days=rng.randrange(730))).isoformat()
        return (
            source,
            "site_estimate",
            f"https://{source}/{role.slug}/{place}",
            role.name,
            role.slug,
            place,
            "range",
            "base",
            low,
            high,
            "hour",
            "USD",
            low,
            high,
            round(low * 2080),
            round(high * 2080),
            as_of,
            now,
        )

    def posting(i: int) -> tuple:
        role, place = combos[i % len(combos)]
        posted = (start + timedelta(days=rng.randrange(730))).isoformat()
        status = "closed" if (i // len(combos)) % 3 == 2 else "open"
        return (
            "board.example",
            f"https://board.example/{i}",
            f"fp{i}",
            f"Company{i % 500}",
            role.name,
            role.slug,
            place,
            status,
            posted,
            now,
            now,
        )

    columns = (
        "source, source_kind, url, role_published, role, place_key, kind, covers, "
        "min_amount, max_amount, period, currency, hourly_min, hourly_max, annual_min, "
        "annual_max, as_of, ingested_at"
    )
    insert = f"INSERT INTO observations ({columns}) VALUES ({', '.join('?' * 18)})"
    with db.conn:
        db.conn.executemany(insert, (observation(i) for i in range(rows)))
        db.conn.executemany(
            "INSERT INTO postings (source, url, fingerprint, company, title, role, place_key, "
            "min_amount, max_amount, period, currency, status, posted_date, first_seen, "
            "last_seen) VALUES (?, ?, ?, ?, ?, ?, ?, 30, 40, 'hour', 'USD', ?, ?, ?, ?)",
            (posting(i) for i in range(rows // 10)),
        )
        db.conn.execute(
            "INSERT INTO documents (sha256, path, kind, ingested_at) VALUES ('x', 'x', 'demo', ?)",
            [now],
        )


def store_path(rows: int) -> Path:
    """The synthetic store with ``rows`` observations under ``OUT``, built on first use."""
    path = OUT / f"answer-{rows}.db"
    if not path.exists():
        OUT.mkdir(exist_ok=True)
        began = time.perf_counter()
        build(path, rows)
        print(f"built {path.name} in {time.perf_counter() - began:.0f} s", flush=True)
    return path


def timed(function, repeat: int) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU milliseconds of each call; CPU time is steadier on a shared machine."""
    wall, cpu = [], []
    for _ in range(repeat):
        began, began_cpu = time.perf_counter(), time.process_time()
        function()
        wall.append((time.perf_counter() - began) * 1000)
        cpu.append((time.process_time() - began_cpu) * 1000)
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    path = store_path(args.rows)
    db = open_store(path)
    rows = db.execute("SELECT COUNT(*) FROM observations").fetchone()[0]
    print(f"{rows:,} observations")
    for question in QUESTIONS:
        answer_salary(db, question)  # warm caches, as a long-running app would be
        wall, cpu = timed(lambda q=question: answer_salary(db, q), args.repeat)
        answer = answer_salary(db, question)
        print(
            f"{question!r:45} p50 {statistics.median(wall):6.2f} ms  "
            f"p95 {statistics.quantiles(wall, n=20)[18]:6.2f} ms  "
            f"CPU p50 {statistics.median(cpu):6.2f} ms  "
            f"{answer.problem or answer.answered_level}, {len(answer.sources)} sources"
        )
    wall, cpu = timed(lambda: store_coverage(db), 20)
    print(
        f"{'store_coverage':45} p50 {statistics.median(wall):6.2f} ms  {'':15}"
        f"CPU p50 {statistics.median(cpu):6.2f} ms"
    )


if __name__ == "__main__":
    main()
