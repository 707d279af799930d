"""Faults and attacks against the served app, each tried several times; a table of failures.

    .venv/bin/python bench/bench_attacks.py          # every row; exits non-zero on a failure
    .venv/bin/python bench/bench_attacks.py --quick  # fewer tries of each

The server is the real one (``python -m bot serve`` on 127.0.0.1, against the local
Slack stand-in); Socket Mode is ``python -m bot socket`` against the local WebSocket
stand-in; ingest is ``python -m bot ingest``; digests run ``send_due`` against the
stand-in with a channel history. Nothing but 127.0.0.1 is contacted. Each row
prints: the attack or fault, how many tries, and how many of them the app got
wrong (what "wrong" means is in each check's docstring).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.attacks import Row  # noqa: E402
from bench.attacks.digests import (  # noqa: E402
    committed_while_building,
    crash_after_posting,
    out_of_time_claimant,
    two_employers_one_board_page,
)
from bench.attacks.files import csv_round_trip, oauth_file_mode, special_files  # noqa: E402
from bench.attacks.served import (  # noqa: E402
    Served,
    chunked_body,
    dripping_header,
    forged_requests,
    fuzzed_requests,
    malformed_unauthenticated,
    mention_injection,
    oversized_body,
    replayed_unsubscribe,
    retried_event,
    stalled_connections,
)
from bench.attacks.socket_mode import socket_mode  # noqa: E402
from store.db import open_store  # noqa: E402
from tests.served_app import app_env, serve_app  # noqa: E402
from tests.signed_requests import SignedClient  # noqa: E402
from tests.slack_standin import SIGNING_SECRET, SlackStandin  # noqa: E402
from tests.store_rows import seed_answers  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer tries of each")
    args = parser.parse_args()
    n = 3 if args.quick else 10
    rows: list[Row] = []
    standin = SlackStandin().start()
    with tempfile.TemporaryDirectory(prefix="bench-attacks-") as tmp_name:
        tmp = Path(tmp_name)
        store = tmp / "salary.db"
        db = open_store(store)
        seed_answers(db)
        db.close()
        with serve_app(app_env(standin, store), tmp / "server.log") as server:
            app = Served(server, SignedClient(server.url, SIGNING_SECRET, standin), standin, store)
            for name, check, tries in (
                ("50 stalled connections, then commands", stalled_connections, n),
                ("header dripped a line a second", dripping_header, 3),
                ("50 MB Content-Length", oversized_body, n),
                ("chunked body past 1 MB", chunked_body, n),
                ("malformed unauthenticated requests", malformed_unauthenticated, 3 * n),
                ("forged or stale signatures", forged_requests, 3 * n),
                ("random methods, paths, headers and bytes", fuzzed_requests, 10 * n),
                ("replayed /salary unsubscribe (x3)", replayed_unsubscribe, n),
                ("Slack retry of an event", retried_event, n),
                ("mentions and links typed into commands", mention_injection, 4 * n),
            ):
                rows.append((name, tries, check(app, tries)))
                print(f"{name}: {rows[-1][2]} of {tries} failed", file=sys.stderr, flush=True)
        for name, check, tries in (
            ("ingest: pipe, socket, device, sparse 1 GB", special_files, 2 * n),
            ("CSV export: formulas, CRs, NUL round trip", csv_round_trip, n),
            ("OAuth database created 0600", oauth_file_mode, n),
            ("two employers' postings on one board page", two_employers_one_board_page, n),
        ):
            rows.append((name, tries, check(tmp, tries)))
        for name, fault, tries in (
            ("digest: crash after posting, found after lease", crash_after_posting, n),
            ("digest: claimant out of time, takeover posts once", out_of_time_claimant, 3),
            ("digest: posting committed during a build", committed_while_building, n),
        ):
            rows.append((name, tries, fault(tmp, standin, tries)))
        rows += socket_mode(tmp, standin, 3 if args.quick else 5)
    standin.stop()

    width = max(len(name) for name, _, _ in rows)
    print(f"| {'attack or fault':{width}} | tries | failures |")
    print(f"| {'-' * width} | ----- | -------- |")
    for name, tries, failures in rows:
        print(f"| {name:{width}} | {tries:5} | {failures:8} |")
    return 1 if any(failures for _, _, failures in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
