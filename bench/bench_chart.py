"""What does a chart cost: importing matplotlib, and drawing one answer as a PNG?

    .venv/bin/python -m bench.bench_chart            # 7 fresh processes, 7 draws each
    .venv/bin/python -m bench.bench_chart --runs 11

Each run starts a new Python process (as a server's first Chart click or ``ask --chart``
does), times the import of ``display.chart`` (matplotlib with its Agg backend), then
draws the demo store's answer to "ml-intern boston" ``--draws`` times. It prints the
median wall and CPU time of the import, of the first draw and of a later draw, and the
PNG's size. The demo store is built once under ``bench/out/``. Results go in
bench/README.md by hand.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

from store.db import open_store
from store.demo import load_demo_if_empty

OUT = Path(__file__).resolve().parent / "out"

CHILD = """
import json, sys, time
t0, c0 = time.perf_counter(), time.process_time()
import display.chart as chart
t1, c1 = time.perf_counter(), time.process_time()
from store.answer.salary import answer_salary
from store.db import connect
answer = answer_salary(connect(sys.argv[1]), "ml-intern boston")
draws = []
for _ in range(int(sys.argv[2])):
    t, c = time.perf_counter(), time.process_time()
    png = chart.answer_chart_png(answer)
    draws.append((time.perf_counter() - t, time.process_time() - c))
print(json.dumps({"import": (t1 - t0, c1 - c0), "first": draws[0],
                  "later": sorted(draws[1:])[len(draws[1:]) // 2], "bytes": len(png)}))
"""


def run_once(store: Path, draws: int) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(store), str(draws)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--draws", type=int, default=7)
    args = parser.parse_args()
    store = OUT / "chart-demo.db"
    OUT.mkdir(exist_ok=True)
    db = open_store(store)
    load_demo_if_empty(db)
    db.conn.close()
    runs = [run_once(store, args.draws) for _ in range(args.runs)]
    for step in ("import", "first", "later"):
        wall = statistics.median(run[step][0] for run in runs) * 1000
        cpu = statistics.median(run[step][1] for run in runs) * 1000
        print(f"{step:>6}: wall {wall:7.0f} ms  cpu {cpu:7.0f} ms")
    print(f"   png: {statistics.median(run['bytes'] for run in runs) / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
