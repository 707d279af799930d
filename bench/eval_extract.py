"""Pay extraction against a hand-labelled set of real text: precision, recall and F1.

    .venv/bin/python bench/eval_extract.py              # scores for dev
    .venv/bin/python bench/eval_extract.py --heldout    # and held-out totals (rarely, see below)
    .venv/bin/python bench/eval_extract.py --misses     # also each dev item it gets wrong
    .venv/bin/python bench/eval_extract.py --ids x501-x608   # also a run of dev items alone
    .venv/bin/python bench/eval_extract.py --heldout --ids x1-x308  # and that run's held-out totals

``bench/extract_eval/items.jsonl`` holds short excerpts of public pages (job
postings, salary guides, statistics offices, forums; English, German, French,
Spanish, Dutch, Polish, Hungarian, Hindi, Greek; USD, GBP, EUR, INR, PLN, HUF,
CHF, ZAR, AUD, PHP) and, for each, the figures a careful reader takes from it,
labelled by hand (see ``bench/extract_eval/README.md``). More than a third of
the items is marked ``heldout``: a third of the first 308 and of several later
batches, each drawn with a fixed seed before any tuning, and 548 fresh items held
out whole; no rule is ever made from them:
only its totals are ever printed, and only on request (``--heldout``), so that
a round of work can look at them a fixed few times rather than after every change.

A reported figure counts as right when its minimum, maximum, period and currency
all equal a labelled one (each labelled figure matches at most once). Kind is
scored apart, over the figures that match. "False figures" are those reported
from texts that hold no pay at all.

A figure the extractor returns without a period is not reported: ingest skips
it ("no pay period stated or implied") and stores nothing, so it is counted
apart, as undecided.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.scoring import f1, load_jsonl, precision, recall
from store.extract.figures import extract_pay

ITEMS = Path(__file__).resolve().parent / "extract_eval" / "items.jsonl"

Key = tuple[float | None, float | None, str | None, str | None]


class Score(NamedTuple):
    items: int
    expected: int
    reported: int
    matched: int
    kind_right: int
    false_figures: int  # reported from texts with no pay
    undecided: int  # returned without a period, so never stored
    bound_only: int  # misses that differ from a labelled figure only in an open bound

    @property
    def precision(self) -> float:
        return precision(self.matched, self.reported)

    @property
    def recall(self) -> float:
        return recall(self.matched, self.expected)

    @property
    def f1(self) -> float:
        return f1(self.matched, self.reported, self.expected)


def _amount(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def _key(low: float | None, high: float | None, period: str | None, currency: str | None) -> Key:
    return (_amount(low), _amount(high), period, currency)


def _single(key: Key) -> tuple | None:
    """One amount read as exact, a floor or a ceiling, without saying which; else None.

    >>> _single((12.0, None, "hour", "USD")) == _single((12.0, 12.0, "hour", "USD"))
    True
    >>> _single((12.0, 15.0, "hour", "USD")) is None
    True
    """
    low, high, period, currency = key
    if low is not None and high is not None and low != high:
        return None
    return (low if low is not None else high, period, currency)


def bound_only(expected: Counter, reported: Counter) -> int:
    """Reported figures that miss a labelled one only in whether a bound is open: the same
    amount, period and currency read as exact where the label has a floor, or the reverse.
    The set's labellers themselves split on such readings (a minimum wage's level), so the
    count says how much of a score's shortfall is that, not wrong money."""
    missing = Counter(_single(key) for key in (expected - reported).elements())
    extra = Counter(_single(key) for key in (reported - expected).elements())
    missing.pop(None, None)
    extra.pop(None, None)
    return sum((missing & extra).values())


def judge(item: dict) -> tuple[Counter, Counter, int, int, int]:
    """(expected keys, reported keys, matches, matches of the right kind, undecided)."""
    labelled = {_key(f["min"], f["max"], f["period"], f["currency"]): f for f in item["figures"]}
    expected = Counter(
        _key(f["min"], f["max"], f["period"], f["currency"]) for f in item["figures"]
    )
    everything = extract_pay(item["text"])
    found = [figure for figure in everything if figure.period]
    reported = Counter(_key(f.min_amount, f.max_amount, f.period, f.currency) for f in found)
    matched = sum((expected & reported).values())
    kind_right = sum(
        1
        for f in found
        if labelled.get(_key(f.min_amount, f.max_amount, f.period, f.currency), {}).get("kind")
        == f.kind
    )
    return expected, reported, matched, min(kind_right, matched), len(everything) - len(found)


def score(items: list[dict], show_misses: bool = False) -> Score:
    """Totals over ``items``; with ``show_misses``, print each item not read exactly."""
    totals = Counter()
    for item in items:
        expected, reported, matched, kind_right, undecided = judge(item)
        totals["expected"] += sum(expected.values())
        totals["reported"] += sum(reported.values())
        totals["matched"] += matched
        totals["kind_right"] += kind_right
        totals["undecided"] += undecided
        totals["bound_only"] += bound_only(expected, reported)
        if not item["figures"]:
            totals["false_figures"] += sum(reported.values())
        if show_misses and expected != reported:
            print(f"\n{item['id']}  {item['url']}\n  {item['text']!r}")
            print(f"  missed:   {sorted((expected - reported).elements(), key=str)}")
            print(f"  spurious: {sorted((reported - expected).elements(), key=str)}")
    return Score(len(items), **{name: totals[name] for name in Score._fields[1:]})


def id_range(spec: str) -> tuple[int, int]:
    """The first and last item number of a range of ids.

    >>> id_range("x501-x608"), id_range("x042")
    ((501, 608), (42, 42))
    """
    first, _, last = spec.partition("-")
    return int(first.lstrip("x")), int((last or first).lstrip("x"))


def in_range(item: dict, bounds: tuple[int, int]) -> bool:
    return bounds[0] <= int(item["id"].lstrip("x")) <= bounds[1]


def report(name: str, result: Score) -> str:
    """One line of figures for a part of the set."""
    kind = result.kind_right / result.matched if result.matched else 1.0
    return (
        f"{name:9} items {result.items:3}  expected {result.expected:3}  "
        f"reported {result.reported:3}  P {result.precision:.3f}  R {result.recall:.3f}  "
        f"F1 {result.f1:.3f}  kind {kind:.3f}  false figures {result.false_figures}  "
        f"undecided {result.undecided}  open-bound-only misses {result.bound_only}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--misses", action="store_true", help="print each dev item not read exactly"
    )
    parser.add_argument(
        "--ids",
        type=id_range,
        help="also score the dev items of this id range alone, e.g. x501-x608; with --heldout,"
        " also the totals of its held-out items",
    )
    parser.add_argument(
        "--heldout", action="store_true", help="also print the held-out part's totals"
    )
    args = parser.parse_args()
    items = load_jsonl(ITEMS)
    dev = [item for item in items if item["split"] == "dev"]
    heldout = [item for item in items if item["split"] == "heldout"]
    dev_score = score(dev, show_misses=args.misses)
    print()
    if args.ids:
        print(report("dev ids", score([item for item in dev if in_range(item, args.ids)])))
    print(report("dev", dev_score))
    if args.heldout:
        if args.ids:
            part = [item for item in heldout if in_range(item, args.ids)]
            print(report("held ids", score(part)))
        print(report("held-out", score(heldout)))


if __name__ == "__main__":
    main()
