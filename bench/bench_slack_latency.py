"""`/salary` latency over real HTTP: the answer against a no-op command, through one server.

    .venv/bin/python bench/bench_slack_latency.py                 # 10k and 1M stores
    .venv/bin/python bench/bench_slack_latency.py --rows 10000 --requests 500

For each store size it starts the real server (``python -m bot serve``: gunicorn,
Bolt's WSGI adapter) against a local Slack stand-in, then sends signed slash
commands over one keep-alive connection, interleaving ``/salary help`` (the no-op:
answered without touching the store) with ``/salary ml-intern boston`` asked
again (served from the answer cache) and asked anew (the same question cased
differently each time, so the cache misses and the store is read).
It prints p50/p99 of each, ratios to the no-op, and the serving worker's peak
RSS (VmHWM). With ``--compare-ack`` it also runs the 10k store through
Bolt's threaded ack path (``process_before_response=False``) for comparison.

The synthetic stores are built by bench_answer.store_path (the store benchmark) into
bench/out/ once and reused. Results go in bench/README.md by hand.
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench_answer import store_path  # noqa: E402 - the store benchmark's synthetic store

from tests.served_app import app_env, serve_app  # noqa: E402
from tests.signed_requests import FORM, SignedClient  # noqa: E402
from tests.slack_standin import SIGNING_SECRET, SlackStandin  # noqa: E402

ANSWER = "ml-intern boston"
NOOP = "help"
THREADED_ACK_SERVER = (
    "from bot.app import build_app; from bot.settings import load_settings; "
    "from bot.server import EmbeddedGunicorn, configure_logging, gunicorn_options, wsgi_app; "
    "s = load_settings(); configure_logging(); "
    "EmbeddedGunicorn(wsgi_app(build_app(s, process_before_response=False)), "
    "gunicorn_options(s.port)).run()"
)


def peak_rss_mb(pid: int) -> float:
    """VmHWM of ``pid`` in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmHWM for {pid}")


def worker_pids(master: int) -> list[int]:
    """gunicorn's worker processes: the master's children."""
    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    return [int(pid) for pid in children]


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


# Each first ask gets a casing never sent before, warm-up included, so none is a cache hit.
_NEW_CASINGS = itertools.count(1)


def cased(text: str, n: int) -> str:
    """``text`` with its letters upper-cased by the bits of ``n``: the same question, a new key.

    >>> cased("ml-intern boston", 5)
    'Ml-Intern boston'
    """
    letters = [i for i, c in enumerate(text) if c.isalpha()]
    chars = list(text)
    for bit, index in enumerate(letters):
        if n >> bit & 1:
            chars[index] = chars[index].upper()
    return "".join(chars)


def measure(port: int, client: SignedClient, requests: int) -> dict[str, list[float]]:
    """Milliseconds per request of each kind, interleaved, over one keep-alive connection."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    times: dict[str, list[float]] = {"noop": [], "cached": [], "uncached": []}
    for i in range(requests * 3):
        kind = ("noop", "cached", "uncached")[i % 3]
        fresh = cased(ANSWER, next(_NEW_CASINGS)) if kind == "uncached" else ""
        text = {"noop": NOOP, "cached": ANSWER, "uncached": fresh}[kind]
        body = client.slash_command_body(text, response_url="http://127.0.0.1:9/response/1")
        headers = client.signed_headers(body, FORM)
        began = time.perf_counter()
        conn.request("POST", "/slack/events", body.encode(), headers)
        response = conn.getresponse()
        payload = response.read()
        elapsed = (time.perf_counter() - began) * 1000
        expected = b"blocks" if kind == "noop" else b"*Consensus: "
        if response.status != 200 or expected not in payload:
            raise RuntimeError(f"{text!r}: {response.status} {payload[:300]!r}")
        times[kind].append(elapsed)
    conn.close()
    return times


def run(label: str, rows: int, requests: int, python_args: tuple[str, ...]) -> dict:
    standin = SlackStandin().start()
    with tempfile.TemporaryDirectory() as tmp:
        env = app_env(standin, store_path(rows))
        with serve_app(env, Path(tmp) / "server.log", python_args=python_args) as server:
            client = SignedClient(server.url, SIGNING_SECRET, standin)
            measure(server.port, client, 50)  # warm up: imports, caches, connections
            times = measure(server.port, client, requests)
            rss = max(peak_rss_mb(pid) for pid in worker_pids(server.process.pid))
    standin.stop()
    result: dict = {"label": label, "rows": rows, "rss_mb": rss}
    for kind, values in times.items():
        result[kind] = (statistics.median(values), percentile(values, 99))
    noop = result["noop"][0]
    line = f"{label:20} {rows:>9,} obs"
    for kind in ("noop", "cached", "uncached"):
        p50, p99 = result[kind]
        line += f" | {kind} p50 {p50:5.2f} ms ({p50 / noop:4.2f}x) p99 {p99:5.2f} ms"
    print(f"{line} | worker VmHWM {rss:.0f} MB", flush=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[10_000, 1_000_000])
    parser.add_argument("--requests", type=int, default=1000, help="of each kind")
    parser.add_argument("--compare-ack", action="store_true", help="also Bolt's threaded ack")
    args = parser.parse_args()
    serve = ("-m", "bot", "serve")
    results = [run("in-request (default)", rows, args.requests, serve) for rows in args.rows]
    if args.compare_ack:
        threaded = ("-c", THREADED_ACK_SERVER)
        results.append(run("threaded ack", min(args.rows), args.requests, threaded))
    if len(args.rows) > 1:
        small, large = results[0], results[len(args.rows) - 1]
        for kind in ("cached", "uncached"):
            ratio = large[kind][0] / small[kind][0]
            print(f"{kind} answer p50, largest store / smallest: {ratio:.2f}x")


if __name__ == "__main__":
    main()
