"""Slack's 3-second promise under load: signed commands at a steady rate while an ingest runs.

    .venv/bin/python bench/bench_load.py                      # 20/s for 60 s, 100,000 results
    .venv/bin/python bench/bench_load.py --rate 5 --seconds 10 --results 5000   # a quick look

It starts the real server (``python -m bot serve``) against a local Slack stand-in
on 127.0.0.1, starts ``python -m bot ingest`` of a 100,000-result corpus
(``bench_ingest.write_corpus``) into the same store file, and once the ingest is
under way sends signed slash commands open-loop at ``--rate`` a second for
``--seconds``: each is sent at its scheduled instant from its own thread, whatever
the earlier ones are doing, and its latency counts from that instant. The mix:
``help`` (answered without the store), ``ml-intern boston`` (cached until an ingest
commit drops the cache) and the same question cased anew each time (always read
from the store). Should the ingest finish before the window ends, another corpus
is ingested, so the whole window runs under ingest.

It prints how many were answered 200, how many took over 3 s, p50/p95/p99/max,
and the ingest's progress; it exits non-zero if any command failed, was over 3 s,
or p99 was 1 s or more. Only 127.0.0.1 is ever contacted.
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import itertools
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_ingest import write_corpus  # noqa: E402

from store.db import open_store  # noqa: E402
from tests.served_app import app_env, bot_process_env, serve_app  # noqa: E402
from tests.signed_requests import FORM, SignedClient  # noqa: E402
from tests.slack_standin import SIGNING_SECRET, SlackStandin  # noqa: E402
from tests.store_rows import seed_answers  # noqa: E402

OUT = ROOT / "bench" / "out"
PROMISE_S = 3.0
P99_TARGET_S = 1.0
_CASINGS = itertools.count(1)


def cased(text: str, n: int) -> str:
    letters = [i for i, c in enumerate(text) if c.isalpha()]
    chars = list(text)
    for bit, index in enumerate(letters):
        if n >> bit & 1:
            chars[index] = chars[index].upper()
    return "".join(chars)


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def corpus(results: int, seed: int) -> Path:
    """A corpus of ``results`` results under bench/out/, written once and reused."""
    folder = OUT / f"load-corpus-{results}-{seed}"
    if not (folder / ".done").exists():
        folder.mkdir(parents=True, exist_ok=True)
        write_corpus(folder, results, seed=seed)
        (folder / ".done").write_text("")
    return folder


class Ingests:
    """``python -m bot ingest`` of one corpus after another until stopped."""

    def __init__(self, corpora: list[Path], env: dict[str, str], log: Path) -> None:
        self.corpora, self.env, self.log = corpora, env, log
        self.process: subprocess.Popen | None = None
        self.finished: list[float] = []
        self.started = time.monotonic()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> Ingests:
        self._thread.start()
        return self

    def _run(self) -> None:
        with open(self.log, "ab") as log:
            for folder in itertools.cycle(self.corpora):
                if self._stop.is_set():
                    return
                began = time.monotonic()
                self.process = subprocess.Popen(
                    [sys.executable, "-m", "bot", "ingest", "--quiet", str(folder)],
                    cwd=ROOT, env=self.env, stdout=log, stderr=log, start_new_session=True,
                )  # fmt: skip
                self.process.wait()
                if not self._stop.is_set():
                    self.finished.append(time.monotonic() - began)

    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self) -> None:
        self._stop.set()
        if self.running():
            assert self.process is not None
            # The ingest and its parsing workers: the whole process group.
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait()
        self._thread.join(timeout=10)


def send(port: int, client: SignedClient, text: str) -> tuple[int, bytes]:
    body = client.slash_command_body(text, response_url="http://127.0.0.1:9/response/1")
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request("POST", "/slack/events", body.encode(), client.signed_headers(body, FORM))
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def load(port: int, client: SignedClient, rate: float, seconds: float) -> list[tuple]:
    """Open-loop: command i is sent at start + i/rate; ``(kind, latency s, status, ok)``."""
    results: list[tuple] = []
    lock = threading.Lock()
    threads = []
    start = time.monotonic() + 0.2
    total = int(rate * seconds)

    def one(i: int, due: float) -> None:
        kind = ("help", "cached", "fresh")[i % 3]
        text = {"help": "help", "cached": "ml-intern boston"}.get(kind) or cased(
            "ml-intern boston", next(_CASINGS)
        )
        try:
            status, payload = send(port, client, text)
            ok = status == 200 and (b"blocks" in payload)
        except OSError:
            status, ok = 0, False
        with lock:
            results.append((kind, time.monotonic() - due, status, ok))

    for i in range(total):
        due = start + i / rate
        time.sleep(max(0.0, due - time.monotonic()))
        thread = threading.Thread(target=one, args=(i, due), daemon=True)
        thread.start()
        threads.append(thread)
    for thread in threads:
        thread.join(timeout=60)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rate", type=float, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--results", type=int, default=100_000)
    parser.add_argument("--no-ingest", action="store_true", help="the same load, idle machine")
    args = parser.parse_args()

    corpora = [] if args.no_ingest else [corpus(args.results, 7), corpus(args.results, 8)]
    standin = SlackStandin().start()
    with tempfile.TemporaryDirectory(prefix="bench-load-") as tmp:
        store = Path(tmp) / "salary.db"
        db = open_store(store)
        seed_answers(db)
        db.close()
        env = app_env(standin, store)
        with serve_app(env, Path(tmp) / "server.log") as server:
            client = SignedClient(server.url, SIGNING_SECRET, standin)
            for _ in range(30):  # warm up: imports, caches, connections
                send(server.port, client, "ml-intern boston")
            ingests = None
            if corpora:
                ingests = Ingests(corpora, bot_process_env(env), Path(tmp) / "ingest.log").start()
                time.sleep(3)  # the ingest's workers are parsing and it is writing
            began = time.monotonic()
            results = load(server.port, client, args.rate, args.seconds)
            elapsed = time.monotonic() - began
            under_ingest = ingests.running() if ingests else False
            if ingests:
                ingests.stop()
            refused = server.output().count("refused")
    standin.stop()

    latencies = [r[1] for r in results]
    failed = [r for r in results if not r[3]]
    late = [r for r in results if r[1] > PROMISE_S]
    print(
        f"{len(results)} commands in {elapsed:.1f} s ({args.rate:g}/s), "
        + ("idle machine" if args.no_ingest else f"ingest of {args.results:,} results running")
        + (
            f" (ingests finished: {', '.join(f'{t:.0f} s' for t in ingests.finished) or 'none'};"
            f" still running at the end: {under_ingest})"
            if ingests
            else ""
        )
    )
    print(
        f"answered 200 with blocks: {len(results) - len(failed)}; failed: {len(failed)}; "
        f"over {PROMISE_S:g} s: {len(late)}; refused in the log: {refused}"
    )
    print(
        f"latency p50 {statistics.median(latencies) * 1000:.0f} ms, "
        f"p95 {percentile(latencies, 95) * 1000:.0f} ms, "
        f"p99 {percentile(latencies, 99) * 1000:.0f} ms, max {max(latencies) * 1000:.0f} ms"
    )
    for kind in ("help", "cached", "fresh"):
        values = [r[1] for r in results if r[0] == kind]
        print(
            f"  {kind:6} p50 {statistics.median(values) * 1000:5.0f} ms, "
            f"p99 {percentile(values, 99) * 1000:5.0f} ms"
        )
    good = not failed and not late and percentile(latencies, 99) < P99_TARGET_S
    print("PASS" if good else "FAIL")
    return 0 if good else 1


if __name__ == "__main__":
    sys.exit(main())
