"""Pay extraction benchmark: ``store.extract.figures.extract_pay`` over a few MB of synthetic text.

    .venv/bin/python bench/bench_extract.py            # 3 MB of each corpus
    .venv/bin/python bench/bench_extract.py --mb 10

Three corpora, each cut into search-result-sized texts (about 2 KB) as ingest
feeds them:

- **plain**: prose with no money at all (the floor: how fast text is skipped);
- **mixed**: job pages and salary blurbs, one pay figure every few hundred
  characters among noise numbers (years, dates, employee counts, GPAs,
  percentages, phone numbers, bonuses, revenue);
- **dense**: pay tables (state tables, "Min/Max" columns, hourly and yearly
  pairs), a figure every 40-60 characters.

It prints MB/s and figures/s for each, from CPU time (the best of ``--repeat``
runs), which is steadier than wall time on a shared machine. Run by hand; no
test times anything.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from store.extract.figures import extract_pay

PROSE = (
    "Interns pair with a mentor and ship a project that reaches production.",
    "You will design experiments, clean data and present results to the team.",
    "We value curiosity, clear writing and kindness in code review.",
    "The team works across research and product, with weekly demos.",
    "Candidates are pursuing a degree in computer science or a related field.",
    "Familiarity with Python, SQL and a deep learning framework is expected.",
    "Our office sits near the river with easy access to public transport.",
)
NOISE = (
    "Founded in {year}, the company has {a} - {b:,} employees.",
    "Minimum {gpa} GPA; available 40 hours/week from June {d} - August {d2}, {year}.",
    "{p}% full time, {p2}% part time. Showing results 1-20 of {b:,}.",
    "Posted {m}/{d}/{year}. Call (555) {a}-{b4} for details.",
    "The company reported ${rev} billion in revenue and a $5,000 signing bonus.",
    "Relocation assistance up to ${k},000 and tuition reimbursement of ${k},250.",
    "Xometry (NASDAQ: XMTR) serves Fortune 1000 companies; 10,000+ employees.",
)
PAY = (
    "The salary range for this role is ${lo:,} to ${hi:,} per year.",
    "Pay: ${h}.00 - ${h2}.00 per hour",
    "The average salary is ${lo:,}, and total compensation averages ${hi:,}.",
    "Base Salary Range Region {r}: ${lo:,} - ${hi:,}.",
    "The avg salary is ${h}.{c} an hour or ${lo} per year.",
    "Salary: £{k}k - £{k2}k per annum",
    "CTC: {l}-{l2} LPA",
    "Most workers earn between ${lo:,}.00 and ${hi:,}.00 per year.",
    "$ {h}/hr",
    "{lo_k}K-${hi_k}K",
)
DENSE = (
    "CA, NY, CT, NJ\n\n${h}\u2014${h2} USD\n\n",
    "All other states\n\n${h}\u2014${h} USD\n\n",
    "QA Analyst | ${lo:,} | Min: ${lo_k}KMax: ${hi_k}K\n",
    "${h}.{c} an hour or ${lo} per year. ",
    "Zone {r}: ${lo:,} - ${hi:,}\n",
)


def _values(rng: random.Random) -> dict[str, object]:
    lo = rng.randrange(40_000, 150_000)
    h = rng.randrange(16, 70)
    k = rng.randrange(25, 60)
    return {
        "lo": lo,
        "hi": lo + rng.randrange(5_000, 60_000),
        "lo_k": lo // 1000,
        "hi_k": lo // 1000 + rng.randrange(10, 80),
        "h": h,
        "h2": h + rng.randrange(2, 15),
        "c": rng.randrange(10, 99),
        "k": k,
        "k2": k + rng.randrange(3, 15),
        "l": rng.randrange(4, 20),
        "l2": rng.randrange(20, 40),
        "r": rng.randrange(1, 5),
        "year": rng.randrange(1990, 2027),
        "a": rng.randrange(100, 999),
        "b": rng.randrange(1_000, 50_000),
        "b4": rng.randrange(1000, 9999),
        "gpa": rng.choice(("3.0", "3.5", "3.7")),
        "d": rng.randrange(1, 28),
        "d2": rng.randrange(1, 28),
        "m": rng.randrange(1, 12),
        "p": rng.randrange(1, 99),
        "p2": rng.randrange(1, 99),
        "rev": rng.randrange(1, 9),
    }


def _corpus(mb: float, pick: Callable[[random.Random], str], seed: int) -> list[str]:
    """Texts of about 2 KB, ``mb`` megabytes in all, each made of sentences from ``pick``."""
    rng = random.Random(seed)
    texts: list[str] = []
    size = 0
    while size < mb * 1_000_000:
        parts: list[str] = []
        length = 0
        while length < 2_000:
            part = pick(rng).format(**_values(rng)) + rng.choice((" ", "\n", "\n\n"))
            parts.append(part)
            length += len(part)
        text = "".join(parts)
        texts.append(text)
        size += len(text)
    return texts


def _plain(rng: random.Random) -> str:
    return rng.choice(PROSE)


def _mixed(rng: random.Random) -> str:
    roll = rng.random()
    return rng.choice(PAY if roll < 0.2 else NOISE if roll < 0.45 else PROSE)


def _dense(rng: random.Random) -> str:
    return rng.choice(DENSE)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--mb", type=float, default=3.0, help="megabytes of each corpus")
    parser.add_argument("--repeat", type=int, default=3, help="runs per corpus; the best counts")
    args = parser.parse_args()
    print(f"{'corpus':<8} {'MB':>6} {'texts':>7} {'figures':>8} {'MB/s':>8} {'figures/s':>10}")
    for name, pick in (("plain", _plain), ("mixed", _mixed), ("dense", _dense)):
        texts = _corpus(args.mb, pick, seed=7)
        megabytes = sum(len(text.encode()) for text in texts) / 1_000_000
        elapsed = float("inf")
        for _ in range(args.repeat):
            started = time.process_time()
            figures = sum(len(extract_pay(text)) for text in texts)
            elapsed = min(elapsed, time.process_time() - started)
        print(
            f"{name:<8} {megabytes:>6.2f} {len(texts):>7,} {figures:>8,} "
            f"{megabytes / elapsed:>8.2f} {figures / elapsed:>10,.0f}"
        )


if __name__ == "__main__":
    main()
