"""A reparse is no market change: digests compare the next snapshot with today's reading, and a
posting's pay read again is rewritten, not reported as a change."""

from __future__ import annotations

import os
from datetime import UTC, datetime

from store.answer.lookups import latest_observations
from store.digest.content import build_digest
from store.digest.ledger import current_marks
from store.digest.models import SubscriptionRequest
from store.digest.subscriptions import subscribe
from store.ingest.documents import ingest_document
from store.ingest.reparse import reparse_documents
from tests.store.ingest.reparse.support import BOSTON, report, rows, salary_result, whole_store
from tests.store.ingest_support import write


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def follow_boston_interns(db):
    """A channel following ML interns in Boston since September."""
    return subscribe(
        db,
        SubscriptionRequest(team_id="T1", channel_id="C1", role="ml-intern", place_key=BOSTON),
        now=at("2026-09-01 12:00"),
    )


def two_snapshots(tmp_path):
    """Report Z (September's range) and report A (October's), one source's two snapshots."""
    z = write(tmp_path / "z.txt", report(salary_result(95_000, 115_000, "Sep 2026")))
    a = write(tmp_path / "a.txt", report(salary_result(100_000, 120_000, "Oct 2026")))
    return z, a


def test_a_parser_change_is_not_a_pay_change_and_the_next_snapshot_compares_with_todays_reading(
    db, tmp_path
):
    sub = follow_boston_interns(db)
    z, a = two_snapshots(tmp_path)
    ingest_document(db, z, now=at("2026-09-15 12:00"))
    ingest_document(db, a, now=at("2026-10-20 12:00"))
    # The older parser read A's range as $80,000 - $100,000.
    db.execute(
        "update observations set min_amount = 80000, max_amount = 100000, annual_min = 80000, "
        "annual_max = 100000 where as_of = '2026-10-01'"
    )
    db.conn.commit()
    delivered = current_marks(db)  # the digest of A's week was delivered with that reading

    z_again, a_again = reparse_documents(db).documents
    assert z_again.status == "unchanged"
    assert [(o.min_amount, n.min_amount) for o, n in a_again.changed] == [(80_000, 100_000)]

    week = build_digest(
        db, sub, since=at("2026-10-27 12:00"), until=at("2026-11-03 12:00"),
        threshold_pct=2.0, after=delivered,
    )  # fmt: skip
    assert week.pay_changes == []

    b = write(tmp_path / "b.txt", report(salary_result(110_000, 130_000, "Nov 2026")))
    ingest_document(db, b, now=at("2026-11-05 12:00"))
    next_week = build_digest(
        db, sub, since=at("2026-11-03 12:00"), until=at("2026-11-10 12:00"),
        threshold_pct=2.0, after=week.marks,
    )  # fmt: skip
    [change] = next_week.pay_changes
    assert (change.old.min_amount, change.new.min_amount) == (100_000, 110_000)
    assert change.change_pct == round((120_000 - 110_000) / 110_000 * 100, 1)


def test_a_reparse_of_a_document_learned_this_week_still_shows_its_market_change(db, tmp_path):
    sub = follow_boston_interns(db)
    z, a = two_snapshots(tmp_path)
    ingest_document(db, z, now=at("2026-09-15 12:00"))
    delivered = current_marks(db)
    ingest_document(db, a, now=at("2026-10-29 12:00"))
    db.execute("update observations set min_amount = 80000, annual_min = 80000 "
               "where as_of = '2026-10-01'")  # fmt: skip
    db.conn.commit()
    reparse_documents(db)

    week = build_digest(
        db, sub, since=at("2026-10-27 12:00"), until=at("2026-11-03 12:00"),
        threshold_pct=2.0, after=delivered,
    )  # fmt: skip

    [change] = week.pay_changes  # Z -> A as today's rules read A
    assert (change.old.min_amount, change.new.min_amount) == (95_000, 100_000)


# -- postings -----------------------------------------------------------------------------------


JOB_PAGE = """Machine Learning Intern Jobs in Boston, MA

Machine Learning Intern

Acme Robotics

Boston, MA • Onsite

$35/hr

Internship

Job description

Build and ship models with our perception team during the internship
(June 1 - August 21, 2026). Pay for this role is $35/hr.

Sourced by example-board.com
"""


def test_a_postings_pay_re_read_is_rewritten_and_is_no_pay_change(db, tmp_path):
    page = write(tmp_path / "job.txt", JOB_PAGE)
    os.utime(page, (1_793_000_000, 1_793_000_000))  # 2026-10-26: dates its undated pay
    sub = follow_boston_interns(db)
    ingest_document(db, page, now=at("2026-10-28 12:00"))
    # The older parser read the pay as $30 an hour, in the posting and in its figure.
    db.execute("update postings set min_amount = 30, max_amount = 30, hourly_min = 30, "
               "hourly_max = 30, annual_min = 62400, annual_max = 62400")  # fmt: skip
    db.execute("update observations set min_amount = 30, max_amount = 30, hourly_min = 30, "
               "hourly_max = 30, annual_min = 62400, annual_max = 62400")  # fmt: skip
    db.conn.commit()
    delivered = current_marks(db)

    [result] = reparse_documents(db).documents

    assert result.postings_repriced == 1 and len(result.changed) == 1
    [posting] = rows(db, "select * from postings")
    assert (posting["min_amount"], posting["annual_min"]) == (35, 72_800)
    assert rows(db, "select count(*) n from postings") == [{"n": 1}]  # no new posting
    week = build_digest(
        db, sub, since=at("2026-11-03 12:00"), until=at("2026-11-10 12:00"),
        threshold_pct=2.0, after=delivered,
    )  # fmt: skip
    assert week.pay_changes == [] and week.new_postings == []


def test_a_failed_write_leaves_the_postings_pay_as_it_was(db, tmp_path):
    page = write(tmp_path / "job.txt", JOB_PAGE)
    ingest_document(db, page)
    db.execute("update postings set min_amount = 30, max_amount = 30")
    db.execute("update observations set min_amount = 30, max_amount = 30")
    db.execute(
        "create trigger refuse_parse before insert on observations when new.parse_id is not null "
        "begin select raise(abort, 'disk full'); end"
    )
    db.conn.commit()

    [result] = reparse_documents(db).documents

    assert result.status == "failed"
    assert rows(db, "select min_amount from postings") == [{"min_amount": 30}]
    assert rows(db, "select count(*) n from parses") == [{"n": 0}]


def test_a_posting_the_store_lacks_is_reported_not_added_and_its_stored_figures_stay(db, tmp_path):
    page = write(tmp_path / "job.txt", JOB_PAGE)
    ingest_document(db, page)
    # The older parser read the company as "Acme", so its posting has another fingerprint.
    db.execute("update postings set company = 'Acme', fingerprint = 'acme|ml intern|boston'")
    db.conn.commit()
    before = whole_store(db)

    [result] = reparse_documents(db).documents

    assert (result.status, result.postings_missing, result.lost) == ("unchanged", 1, [])
    assert whole_store(db) == before
    assert len(latest_observations(db, ["ml-intern"], [BOSTON])["ml-intern"]) == 1
