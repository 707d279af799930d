"""What a digest says about a week: new and closed postings in scope, and pay changes.

digest = build_digest(db, sub, since=..., until=due.end, threshold_pct=2.0)
"""

from __future__ import annotations

import itertools
import sqlite3
from datetime import datetime

from pydantic import BaseModel
from sqlite_utils import Database

from store.answer.lookups import place_keys_with_rows, posting_place_keys_within, rung_keys
from store.digest.ledger import current_marks, last_delivered_end, last_delivered_marks
from store.digest.models import MAX_PER_COMPANY, Digest, Marks, PayChange, Subscription
from store.digest.schedule import iso_stamp, utc
from store.models import Observation, Posting
from store.resolve.places import PlaceError, get_place, ladder

_POSTING_COLUMNS = ", ".join(Posting.model_fields)
_OBSERVATION_COLUMNS = ", ".join(Observation.model_fields)
_SERIES = ("posting_id", "source", "url", "place_key", "kind", "covers", "region")


def build_digest(
    db: Database,
    sub: Subscription,
    *,
    since: datetime,
    until: datetime,
    threshold_pct: float,
    after: Marks | None = None,
) -> Digest:
    """What ``sub``'s digest says for ``(since, until]``: new and closed postings, pay changes.

    New postings are those first seen in the window and still open at its end,
    newest first, one per fingerprint, at most three per company.

    With ``after`` (the previous digest's ``Marks``, as delivery passes), the window
    is by commit instead: new postings and freshly learned figures are those
    committed since the previous digest read the store and up to now, whatever
    time the ingest stamped on them, so nothing falls between two digests.
    """
    posting_keys, figure_keys = scope_keys(db, sub.role, sub.place_key)
    marks = current_marks(db) if after is not None else None
    window = _Window(since=since, until=until, after=after, upto=marks)
    new, held_back = _cap_per_company(_new_postings(db, sub.role, posting_keys, window))
    return Digest(
        subscription=sub,
        since=utc(since),
        until=utc(until),
        new_postings=new,
        held_back=held_back,
        closed_postings=_closed_postings(db, sub.role, posting_keys, since, until),
        pay_changes=pay_changes(
            db, sub.role, figure_keys, since, until, threshold_pct=threshold_pct, window=window
        ),
        marks=marks,
    )


class _Window(BaseModel):
    """Which rows a digest counts, by time alone or (``after`` given) by time and commit.

    By commit, a row is in digest N when it was committed by the time N was built
    (id within N's marks) and stamped no later than N's period end, and it was not
    already in digest N-1 by the same test. Every row meets the test for the first
    time in exactly one digest: an ingest that committed while N-1 was being built,
    stamped before N-1's period end, is in N.
    """

    since: datetime
    until: datetime
    after: Marks | None = None
    upto: Marks | None = None

    def _rule(self, column: str, stamp: str, upto: int | None, after: int | None) -> tuple:
        in_sql = f"datetime({column}) <= datetime(?)"
        in_args: list = [stamp_of(self.until, stamp)]
        before_sql = f"datetime({column}) > datetime(?)"
        before_args: list = [stamp_of(self.since, stamp)]
        if self.upto is not None and upto is not None:
            in_sql += " and id <= ?"
            in_args.append(upto)
            if self.after is not None and after is not None:
                before_sql = f"(id > ? or {before_sql})"
                before_args = [after, *before_args]
        return in_sql, in_args, before_sql, before_args

    def new_postings_sql(self) -> tuple[str, list]:
        """Postings new in this digest: first seen in the window (see the class)."""
        upto = self.upto.posting if self.upto else None
        after = self.after.posting if self.after else None
        in_sql, in_args, new_sql, new_args = self._rule("first_seen", "iso", upto, after)
        return f"{in_sql} and {new_sql}", [*in_args, *new_args]

    def figures_sql(self) -> tuple[str, list, str, list]:
        """``(which snapshots count, args, which are fresh, args)`` for pay changes.

        A snapshot a reparse wrote (``parse_id`` set) is a new reading of a document
        already learned, not news: it is fresh only when the document itself was
        learned in the window (its ``ingested_at``), whenever the reparse committed.
        """
        upto = self.upto.observation if self.upto else None
        after = self.after.observation if self.after else None
        in_sql, in_args, fresh_sql, fresh_args = self._rule("ingested_at", "sql", upto, after)
        _, _, learned_sql, learned_args = self._rule("ingested_at", "sql", None, None)
        fresh = f"case when parse_id is null then {fresh_sql} else {learned_sql} end"
        return in_sql, in_args, fresh, [*fresh_args, *learned_args]


def stamp_of(moment: datetime, style: str) -> str:
    return iso_stamp(moment) if style == "iso" else _sql_time(moment)


def scope_keys(db: Database, role: str, place_key: str) -> tuple[list[str], list[str]]:
    """The place keys a digest covers: ``(for postings, for pay figures)``.

    Postings inside the place (a state's cities and metros), at the rungs above
    it up to the state, and Remote; pay figures at the place (a metro's include
    its cities') and at the rungs above it up to the state.
    """
    try:
        place = get_place(place_key)
    except PlaceError:  # a key the gazetteer no longer has: match it exactly
        return [place_key], [place_key]
    if place.level == "remote":
        return [place_key], [place_key]
    above = [
        rung for rung in ladder(place) if rung.level in ("city", "metro", "state", place.level)
    ]
    inside = posting_place_keys_within(db, role, place)
    if inside is None:  # a whole country: every place key under it that has postings
        inside = [
            key
            for level in ("city", "metro", "state")
            for key in place_keys_with_rows(db, "postings", role, f"{level}:{place.country}-")
        ]
    posting_keys = list(dict.fromkeys([*inside, *(rung.key for rung in above), "remote"]))
    figure_keys = [*rung_keys(db, [role], place), *(rung.key for rung in above)]
    return posting_keys, list(dict.fromkeys(figure_keys))


def window_start(db: Database, sub: Subscription) -> datetime:
    """Where ``sub``'s next digest starts: the end of its last delivered one, or its creation."""
    return last_delivered_end(db, sub.id) or utc(sub.created_at)


def digest_so_far(
    db: Database, sub: Subscription, *, now: datetime, threshold_pct: float
) -> Digest:
    """What ``sub``'s next digest would say if it were sent at ``now`` (previews)."""
    return build_digest(
        db,
        sub,
        since=window_start(db, sub),
        until=now,
        threshold_pct=threshold_pct,
        after=last_delivered_marks(db, sub.id),
    )


def _in(keys: list[str]) -> str:
    return ", ".join("?" for _ in keys)


def _new_postings(db: Database, role: str, keys: list[str], window: _Window) -> list[Posting]:
    new_sql, new_args = window.new_postings_sql()
    rows = db.execute(
        f"select {_POSTING_COLUMNS} from postings where role = ? and place_key in ({_in(keys)}) "
        f"and {new_sql} "
        "and (closed_at is null or datetime(closed_at) > datetime(?)) "
        "order by coalesce(posted_date, substr(first_seen, 1, 10)) desc, first_seen desc, id",
        [role, *keys, *new_args, iso_stamp(window.until)],
    )
    return _unique_by_fingerprint(_postings(rows))


def _closed_postings(
    db: Database, role: str, keys: list[str], since: datetime, until: datetime
) -> list[Posting]:
    rows = db.execute(
        f"select {_POSTING_COLUMNS} from postings where role = ? and place_key in ({_in(keys)}) "
        "and status != 'open' "
        "and datetime(closed_at) > datetime(?) and datetime(closed_at) <= datetime(?) "
        "order by closed_at desc, id",
        [role, *keys, iso_stamp(since), iso_stamp(until)],
    )
    return _unique_by_fingerprint(_postings(rows))


def _postings(cursor: sqlite3.Cursor) -> list[Posting]:
    names = [column[0] for column in cursor.description]
    return [Posting.model_validate(dict(zip(names, row, strict=True))) for row in cursor]


def _unique_by_fingerprint(postings: list[Posting]) -> list[Posting]:
    # The ingester merges one job seen on several sites; this guards what slipped through.
    seen: set[str] = set()
    unique = []
    for posting in postings:
        if posting.fingerprint not in seen:
            seen.add(posting.fingerprint)
            unique.append(posting)
    return unique


def _cap_per_company(postings: list[Posting]) -> tuple[list[Posting], dict[str, int]]:
    kept, shown, held_back = [], {}, {}
    for posting in postings:
        company = posting.company.strip().casefold()
        shown[company] = shown.get(company, 0) + 1
        if shown[company] <= MAX_PER_COMPANY:
            kept.append(posting)
        else:
            held_back[posting.company] = held_back.get(posting.company, 0) + 1
    return kept, held_back


def pay_changes(
    db: Database,
    role: str,
    keys: list[str],
    since: datetime,
    until: datetime,
    *,
    threshold_pct: float,
    window: _Window | None = None,
) -> list[PayChange]:
    """Sources whose latest figure, learned in ``(since, until]``, moved from the one before.

    A series is one figure of the same thing: one employer's posting (``posting_id``),
    or else one page (source, url) for the role at a place (with kind, covers,
    region). Two employers' postings that link to the same board page are two
    series, never a pay change. Snapshots are ordered by as-of date, then by when
    they were ingested. Moves under ``threshold_pct`` percent are left out. Figures
    a reparse retired are left out, so a new snapshot is compared with the current
    reading of the one before it, and a reparse alone is never a change.
    """
    window = window or _Window(since=since, until=until)
    counted_sql, counted_args, fresh_sql, fresh_args = window.figures_sql()
    series = ", ".join(f"coalesce({column}, '')" for column in _SERIES)
    # Rank each series' snapshots on the narrow index columns, then read whole rows
    # only for the latest two of each series.
    rows = db.execute(
        f"""
        with ranked as materialized (
            select id, {fresh_sql} as fresh,
                row_number() over (
                    partition by {series} order by as_of desc, ingested_at desc, id desc
                ) as rank
            from observations
            where role = ? and place_key in ({_in(keys)}) and {counted_sql}
                and retired_by is null
        )
        select {_OBSERVATION_COLUMNS}, ranked.rank, ranked.fresh
        from ranked join observations using (id)
        where ranked.rank <= 2
        order by {series}, ranked.rank
        """,
        [*fresh_args, role, *keys, *counted_args],
    )
    names = [column[0] for column in rows.description]
    snapshots = [dict(zip(names, row, strict=True)) for row in rows]
    changes = []
    for newest, before in itertools.pairwise(snapshots):
        if not (newest["rank"] == 1 and newest["fresh"] and before["rank"] == 2):
            continue
        change = _change_pct(before, newest)
        if change is not None and abs(change) >= threshold_pct:
            changes.append(
                PayChange(
                    old=Observation.model_validate(before),
                    new=Observation.model_validate(newest),
                    change_pct=round(change, 1),
                )
            )
    return sorted(changes, key=lambda c: abs(c.change_pct), reverse=True)


def _sql_time(moment: datetime) -> str:
    """``moment`` as SQLite's ``datetime()`` writes it, to compare with ``datetime(column)``."""
    return utc(moment).strftime("%Y-%m-%d %H:%M:%S")


def _midpoint(low: float | None, high: float | None) -> float | None:
    values = [v for v in (low, high) if v is not None]
    return sum(values) / len(values) if values else None


def _change_pct(old: dict, new: dict) -> float | None:
    """Percent change of the figure's midpoint, on the annual basis when both have one."""
    before = _midpoint(old["annual_min"], old["annual_max"])
    after = _midpoint(new["annual_min"], new["annual_max"])
    if before is None or after is None:
        if old["period"] != new["period"]:
            return None
        before = _midpoint(old["min_amount"], old["max_amount"])
        after = _midpoint(new["min_amount"], new["max_amount"])
    if not before or after is None:
        return None
    return (after - before) / before * 100
