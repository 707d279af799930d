"""How long does place resolution take to get ready in a fresh process?

    .venv/bin/python -m bench.bench_places            # 9 fresh processes
    .venv/bin/python -m bench.bench_places --runs 15

Each run starts a new Python process (as every ingest worker pool, server and CLI
command does), imports ``store.resolve.places`` and times, in order: the first
"Boston, MA" read from a document (the gazetteer: states, cities, official metros,
regions), the first bare city a user types ("boston": adds the index of big cities
abroad that a US name may be dwarfed by), the first place abroad ("toronto": the
world's cities), and the first ZIP code ("02139": the zipcodes package's data). It
prints the median wall and CPU time of each step, then of one title read from a
document once everything is loaded (15 titles and snippets, each read 1,500 times with a
number appended so no cache answers). The OEWS reference file is built
beforehand (it is built once per machine, not per process). Results go in
bench/README.md by hand.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys

from store.oews.release import oews_reference

STEPS = [
    ("import", None),
    ("gazetteer (document 'Boston, MA')", "place_from_text('Boston, MA')"),
    ("first bare city ('boston')", "resolve_place('boston')"),
    ("first place abroad ('toronto')", "resolve_place('toronto')"),
    ("first ZIP ('02139')", "resolve_place('02139')"),
]

# Titles and snippets as documents give them; each is read with a number appended so no
# cache answers it.
TITLES = [
    "Machine Learning Intern Salary in Boston, MA",
    "North Bethesda, MD • Hybrid",
    "Machine Learning Engineer, PhD Intern - Instacart | Built In Boston",
    "Staff Software Engineer, Storage",
    "Data Scientist Intern - Boston, MA - Hybrid",
    "Research Intern - Phoenix",
    "Software Engineer Intern - Remote",
    "experience in Python and SQL",
    "Intern in Mobile Development",
    "Shift: Day Travel: None Workplace Type: Onsite",
    "Jobs in Waltham",
    "Machine Learning Intern Jobs in Washington (NOW HIRING)",
    "Salary in Boston 2025 (Updated Daily)",
    "Summer 2026 Intern - Acme Corp",
    "The average salary for a data scientist in the United States",
]
READS = 1500

_CHILD = """
import json, time
wall, cpu = time.perf_counter(), time.process_time()
from store.resolve.places import place_from_text, resolve_place
times = [(time.perf_counter() - wall, time.process_time() - cpu)]
for step in STEPS:
    wall, cpu = time.perf_counter(), time.process_time()
    eval(step)
    times.append((time.perf_counter() - wall, time.process_time() - cpu))
wall, cpu = time.perf_counter(), time.process_time()
for i in range(READS):
    for title in TITLES:
        place_from_text(title + str(i))
reads = READS * len(TITLES)
times.append(((time.perf_counter() - wall) / reads, (time.process_time() - cpu) / reads))
print(json.dumps(times))
"""


def one_run() -> list[tuple[float, float]]:
    code = f"STEPS = {[s for _, s in STEPS if s]!r}\nTITLES = {TITLES!r}\nREADS = {READS}\n"
    code += _CHILD
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    runs = parser.parse_args().runs
    oews_reference()
    results = [one_run() for _ in range(runs)]
    print(f"median of {runs} fresh processes:")
    for index, (name, _) in enumerate(STEPS):
        wall = statistics.median(r[index][0] for r in results)
        cpu = statistics.median(r[index][1] for r in results)
        print(f"  {name:<36} {wall * 1000:7.0f} ms wall {cpu * 1000:7.0f} ms CPU")
    wall = statistics.median(r[-1][0] for r in results)
    cpu = statistics.median(r[-1][1] for r in results)
    print(f"  {'then one title read':<36} {wall * 1e6:7.1f} us wall {cpu * 1e6:7.1f} us CPU")


if __name__ == "__main__":
    main()
