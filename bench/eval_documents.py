"""What ingest keeps from real pages: each labelled figure stored under the right role,
place and period, scored end to end.

    .venv/bin/python bench/eval_documents.py              # dev totals
    .venv/bin/python bench/eval_documents.py --misses     # also each dev page's mismatches
    .venv/bin/python bench/eval_documents.py --heldout    # also the held-out totals
    .venv/bin/python bench/eval_documents.py --pages 35-  # only the dev pages from the 35th on

``bench/doc_eval/pages.jsonl`` holds real pages (a title, a URL and the page's
opening text, as a search result carries them) and, for each, every figure a
careful recruiter would store, labelled by hand as (role slug, place key, min,
max, period, currency); see ``bench/doc_eval/README.md``. Each page goes through
the real parsing path, ``parse_search_results`` with the page as its one result,
and the observations it would store are scored against the labels:

* a stored figure is right when its role, place key, bounds, period and currency
  all equal a labelled figure's (a label may accept a few roles or places, e.g. a
  city or its metro; each label matches once);
* a label marked ``optional`` (a percentile bound, a figure with bonuses, a region
  the place list has no key for) costs nothing when missed and nothing when stored;
* "role wrong": stored figures whose amounts, period and currency are a label's
  but whose role is not; "place wrong": the role and amounts right, the place not;
* "no-pay figures": figures stored from pages that state no pay at all.

The held-out part is scored only when asked (``--heldout``), and only its totals are
ever printed; bench/README.md records how often it was scored.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.scoring import f1, load_jsonl, precision, recall
from store.ingest.report import parse_search_results
from store.models import Observation

PAGES = Path(__file__).resolve().parent / "doc_eval" / "pages.jsonl"
DOC_DATE = date(2026, 11, 30)
NOW = datetime(2026, 11, 30, 12, tzinfo=UTC)

Key = tuple[str, str | None, float | None, float | None, str, str]


class Tally(NamedTuple):
    pages: int = 0
    expected: int = 0  # labels that are not optional
    stored: int = 0  # figures stored, less those that met an optional label
    matched: int = 0
    role_wrong: int = 0
    place_wrong: int = 0
    no_pay_pages: int = 0
    no_pay_figures: int = 0

    def __add__(self, other: tuple) -> Tally:  # type: ignore[override]
        return Tally(*(a + b for a, b in zip(self, other, strict=True)))

    @property
    def precision(self) -> float:
        return precision(self.matched, self.stored)

    @property
    def recall(self) -> float:
        return recall(self.matched, self.expected)

    @property
    def f1(self) -> float:
        return f1(self.matched, self.stored, self.expected)


def _amount(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def _options(value: object) -> list:
    return value if isinstance(value, list) else [value]


def stored_figures(page: dict) -> list[Key]:
    """What ingest would store from the page, each distinct figure once."""
    result = {"title": page["title"], "url": page["url"], "content": page["content"]}
    parse = parse_search_results([result], doc_date=DOC_DATE, now=NOW)
    observations: list[Observation] = list(parse.observations)
    for posting in parse.postings:
        observations += posting.observations
    keys = [
        (o.role, o.place_key, _amount(o.min_amount), _amount(o.max_amount), o.period, o.currency)
        for o in observations
    ]
    return list(dict.fromkeys(keys))


def _fits(label: dict, key: Key, *, role: bool = True, place: bool = True) -> bool:
    amounts = (_amount(label["min"]), _amount(label["max"]), label["period"], label["currency"])
    return (
        amounts == key[2:]
        and (not role or key[0] in _options(label["role"]))
        and (not place or key[1] in _options(label["place"]))
    )


class PageResult(NamedTuple):
    tally: Tally
    missed: list[dict]  # labels not stored
    extra: list[tuple[Key, str]]  # stored figures no label accounts for, with why


def judge(page: dict) -> PageResult:
    """Score one page: match stored figures to its labels (required labels first)."""
    labels = page["figures"]
    open_labels = sorted(range(len(labels)), key=lambda i: bool(labels[i].get("optional")))
    matched = optional_met = role_wrong = place_wrong = 0
    extra: list[tuple[Key, str]] = []
    stored = stored_figures(page)
    for key in stored:
        hit = next((i for i in open_labels if _fits(labels[i], key)), None)
        if hit is not None:
            open_labels.remove(hit)
            if labels[hit].get("optional"):
                optional_met += 1
            else:
                matched += 1
            continue
        if any(_fits(labels[i], key, role=False) for i in open_labels):
            role_wrong += 1
            extra.append((key, "role wrong"))
        elif any(_fits(labels[i], key, place=False) for i in open_labels):
            place_wrong += 1
            extra.append((key, "place wrong"))
        else:
            extra.append((key, "no such figure"))
    expected = sum(1 for label in labels if not label.get("optional"))
    no_pay = not page["pay"]
    tally = Tally(
        pages=1,
        expected=expected,
        stored=len(stored) - optional_met,
        matched=matched,
        role_wrong=role_wrong,
        place_wrong=place_wrong,
        no_pay_pages=int(no_pay),
        no_pay_figures=len(stored) if no_pay else 0,
    )
    missed = [labels[i] for i in open_labels if not labels[i].get("optional")]
    return PageResult(tally, missed, extra)


def _describe(key: Key) -> str:
    role, place, low, high, period, currency = key
    return f"{role} @ {place}: {low}-{high} {currency}/{period}"


def _label_text(label: dict) -> str:
    roles = "|".join(_options(label["role"]))
    places = "|".join(str(p) for p in _options(label["place"]))
    amounts = f"{label['min']}-{label['max']} {label['currency']}/{label['period']}"
    return f"{roles} @ {places}: {amounts}"


def print_totals(name: str, tally: Tally) -> None:
    stored = tally.stored or 1
    print(
        f"{name:9} pages {tally.pages:3}  labelled {tally.expected:4}  stored {tally.stored:4}  "
        f"right {tally.matched:4}  P {tally.precision:.3f}  R {tally.recall:.3f}  "
        f"F1 {tally.f1:.3f}  role wrong {tally.role_wrong} ({tally.role_wrong / stored:.1%})  "
        f"place wrong {tally.place_wrong} ({tally.place_wrong / stored:.1%})  "
        f"no-pay figures {tally.no_pay_figures} (from {tally.no_pay_pages} no-pay pages)"
    )


def page_range(text: str) -> range:
    """The 1-based positions a ``--pages`` argument names: ``35-`` is the 35th page on,
    ``35-40`` the 35th to the 40th, ``7`` the 7th alone.

    >>> page_range("35-")
    range(35, 1000000)
    >>> page_range("3-4")
    range(3, 5)
    """
    first, dash, last = text.partition("-")
    if not dash:
        return range(int(first), int(first) + 1)
    return range(int(first), int(last) + 1 if last else 1_000_000)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--misses", action="store_true", help="print each dev page's mismatches")
    parser.add_argument("--heldout", action="store_true", help="also score the held-out part")
    parser.add_argument(
        "--pages", type=page_range, help="score only the dev pages at these positions, e.g. 35-"
    )
    args = parser.parse_args(argv)
    totals = {"dev": Tally(), "heldout": Tally()}
    for position, page in enumerate(load_jsonl(PAGES), start=1):
        if args.pages is not None and (page["split"] != "dev" or position not in args.pages):
            continue
        if page["split"] == "heldout" and not args.heldout:
            continue
        result = judge(page)
        totals[page["split"]] += result.tally
        if args.misses and page["split"] == "dev" and (result.missed or result.extra):
            print(f"\n{page['id']} {page['title'][:70]}")
            for label in result.missed:
                print(f"  missed  {_label_text(label)}")
            for key, why in result.extra:
                print(f"  stored  {_describe(key)}  ({why})")
    if args.misses:
        print()
    for name, tally in totals.items():
        if tally.pages:
            print_totals(name, tally)


if __name__ == "__main__":
    main()
