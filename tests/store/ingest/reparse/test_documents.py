"""Stored documents read again under today's rules: the difference is a new parse, history kept.

An older parser is simulated honestly: after a real ingest, the stored rows are edited into what
an older reading would have written (a figure read wrong, one missed, one invented), then
today's rules read the kept text again.
"""

from __future__ import annotations

import json
import os
import zlib
from datetime import UTC, date, datetime

from store.answer.coverage import store_coverage
from store.answer.lookups import latest_observations
from store.db import open_store
from store.export import export_store
from store.ingest.documents import ingest_document
from store.ingest.files import sha256_of
from store.ingest.reparse import reparse_documents
from store.ingest.run import ingest_paths
from store.ingest.texts import kept_bytes, rules_label
from tests.store.ingest.reparse.support import (
    BOSTON,
    SALARY_URL,
    ZIP_RESULT,
    ZIP_URL,
    report,
    rows,
    salary_result,
    salary_row,
    whole_store,
)
from tests.store.ingest_support import JOB_PAGE_SEED, REPORT_SEED, seed, write


def test_ingest_keeps_the_text_compressed_beside_its_hash(db, doc_a):
    [document] = rows(db, "select * from documents")
    [kept] = rows(db, "select * from document_texts")

    data = doc_a.read_bytes()
    assert kept["document_id"] == document["id"] and kept["codec"] == "zlib"
    assert kept_bytes(kept["codec"], kept["text"]) == data
    assert sha256_of(kept_bytes(kept["codec"], kept["text"])) == document["sha256"]
    assert len(kept["text"]) < len(data)
    modified = datetime.fromtimestamp(doc_a.stat().st_mtime, UTC).date()
    assert kept["fallback_date"] == modified.isoformat()
    assert kept["rules"] == rules_label()


def test_reading_again_under_the_same_rules_changes_nothing(db, doc_a):
    before = whole_store(db)

    report_ = reparse_documents(db)

    assert [(r.status, r.kept) for r in report_.documents] == [("unchanged", 2)]
    assert whole_store(db) == before


def test_the_sample_documents_read_again_under_the_same_rules_come_out_the_same(db, tmp_path):
    # Real documents with undated figures and postings: the kept date and time reproduce them.
    for name in (REPORT_SEED, JOB_PAGE_SEED):
        copy = tmp_path / name
        copy.write_bytes(seed(name).read_bytes())
        os.utime(copy, (1_790_000_000, 1_790_000_000))  # a file from weeks ago
        ingest_document(db, copy, now=datetime(2026, 11, 2, 9, 30, tzinfo=UTC))
    before = whole_store(db)
    stored = [
        count
        for (count,) in db.execute(
            "select count(*) from observations group by document_id order by document_id"
        )
    ]

    results = reparse_documents(db).documents

    assert [(r.status, r.kept) for r in results] == [("unchanged", n) for n in stored]
    assert len(stored) == 2 and min(stored) > 0
    assert whole_store(db) == before


def test_a_figure_an_older_parser_read_differently_is_changed_and_the_old_reading_retired(
    db, doc_a
):
    old = salary_row(db)
    db.execute("update observations set min_amount = 90000, annual_min = 90000 where id = ?",
               [old["id"]])  # fmt: skip
    db.conn.commit()

    [result] = reparse_documents(db).documents

    assert result.status == "changed" and (len(result.gained), len(result.lost)) == (0, 0)
    [(before, after)] = result.changed
    assert (before.min_amount, after.min_amount) == (90_000, 100_000)
    [parse] = rows(db, "select * from parses")
    assert (parse["gained"], parse["lost"], parse["changed"], parse["kept"]) == (0, 0, 1, 1)
    assert parse["rules"] == rules_label() and parse["document_id"] == old["document_id"]
    # The old reading is kept, retired by the new parse; the new one was written by it.
    retired = rows(db, "select * from observations where id = ?", [old["id"]])[0]
    assert (retired["min_amount"], retired["retired_by"]) == (90_000, parse["id"])
    current = salary_row(db)
    assert (current["min_amount"], current["parse_id"]) == (100_000, parse["id"])
    assert (current["as_of"], current["ingested_at"]) == (old["as_of"], old["ingested_at"])
    answer = latest_observations(db, ["ml-intern"], [BOSTON])["ml-intern"]
    assert [o.min_amount for o in answer] == [100_000]


def test_a_figure_an_older_parser_missed_is_gained(db, doc_a):
    db.execute("delete from observations where url = ?", [ZIP_URL])
    db.conn.commit()
    assert latest_observations(db, ["ml-intern"], ["state:US-MA"])["ml-intern"] == []

    [result] = reparse_documents(db).documents

    assert [(o.source, o.kind, o.min_amount, o.period) for o in result.gained] == [
        ("ZipRecruiter", "average", 30.0, "hour")
    ]
    assert (result.lost, result.changed, result.kept) == ([], [], 1)
    [found] = latest_observations(db, ["ml-intern"], ["state:US-MA"])["ml-intern"]
    assert found.min_amount == 30.0


def test_a_figure_an_older_parser_invented_is_lost_retired_and_read_by_nothing(db, doc_a, tmp_path):
    invented = salary_row(db) | {"source": "Glassdoor", "url": "https://www.glassdoor.com/x"}
    del invented["id"]
    db["observations"].insert(invented)
    db.conn.commit()
    assert "Glassdoor" in store_coverage(db).sources

    [result] = reparse_documents(db).documents

    assert [o.source for o in result.lost] == ["Glassdoor"]
    assert (result.gained, result.changed, result.kept) == ([], [], 2)
    [kept] = rows(db, "select * from observations where source = 'Glassdoor'")  # not deleted
    assert kept["retired_by"] is not None
    answer = latest_observations(db, ["ml-intern"], [BOSTON])["ml-intern"]
    assert [o.source for o in answer] == ["Salary.com"]
    coverage = store_coverage(db)
    assert "Glassdoor" not in coverage.sources and coverage.observation_count == 2
    export_store(db, tmp_path / "export", fmt="json")
    exported = json.loads((tmp_path / "export" / "observations.json").read_text())
    assert [row["source"] for row in exported] == ["Salary.com", "ZipRecruiter"]
    assert "retired_by" not in exported[0] and "parse_id" not in exported[0]


def test_an_export_after_a_reparse_restores_the_current_figures_exactly(db, doc_a, tmp_path):
    db.execute("update observations set max_amount = 125000 where url = ?", [SALARY_URL])
    db.conn.commit()
    reparse_documents(db)
    export_store(db, tmp_path / "export", fmt="csv")
    fresh = open_store(tmp_path / "fresh.db")

    assert ingest_paths(fresh, [tmp_path / "export"]).ok

    export_store(fresh, tmp_path / "again", fmt="csv")
    for name in ("postings", "posting_sightings", "observations"):
        again = (tmp_path / "again" / f"{name}.csv").read_text()
        assert again == (tmp_path / "export" / f"{name}.csv").read_text()
    assert rows(fresh, "select count(*) n from document_texts") == [{"n": 0}]  # rows, no text


def test_a_dry_run_writes_nothing_and_says_what_would_change(db, doc_a):
    db.execute("delete from observations where url = ?", [ZIP_URL])
    db.execute("update observations set min_amount = 90000 where url = ?", [SALARY_URL])
    db.conn.commit()
    before = whole_store(db)

    [result] = reparse_documents(db, dry_run=True).documents

    assert (len(result.gained), len(result.changed), result.parse_id) == (1, 1, None)
    assert whole_store(db) == before
    [again] = reparse_documents(db).documents  # the real run finds the same difference
    assert (len(again.gained), len(again.changed)) == (1, 1) and again.parse_id is not None


def test_the_same_bytes_stay_a_no_op_after_a_reparse(db, doc_a):
    db.execute("update observations set min_amount = 90000 where url = ?", [SALARY_URL])
    db.conn.commit()
    reparse_documents(db)
    before = whole_store(db)

    result = ingest_document(db, doc_a)

    assert result.status == "already_ingested"
    assert whole_store(db) == before
    assert [r.status for r in reparse_documents(db).documents] == ["unchanged"]


def test_a_document_from_before_texts_were_kept_is_read_from_its_unchanged_file(db, doc_a):
    db.execute("delete from document_texts")  # as a store migrated from before m100 holds it
    db.execute("delete from observations where url = ?", [ZIP_URL])
    db.conn.commit()

    [result] = reparse_documents(db).documents

    assert result.text_recovered and len(result.gained) == 1
    [kept] = rows(db, "select * from document_texts")
    assert kept_bytes(kept["codec"], kept["text"]) == doc_a.read_bytes()
    assert kept["rules"] is None  # the rules of its first reading are not known


def test_a_document_without_text_whose_file_is_gone_or_changed_is_reported_not_fatal(
    db, doc_a, tmp_path
):
    other = write(tmp_path / "b.txt", report(salary_result(100_000, 120_000, "Nov 2026")))
    assert ingest_paths(db, [other]).ok
    db.execute("delete from document_texts")
    db.conn.commit()
    doc_a.write_text(doc_a.read_text() + "\nedited later\n")
    other.unlink()
    before = whole_store(db)

    results = reparse_documents(db).documents

    assert [(r.status, r.reason) for r in results] == [
        ("no_text", f"no stored text, and {doc_a} is gone or holds other bytes"),
        ("no_text", f"no stored text, and {other} is gone or holds other bytes"),
    ]
    assert whole_store(db) == before


def test_a_document_todays_rules_refuse_keeps_its_figures(db, doc_a):
    # An older parser accepted this text; today's rules find no layout in it.
    refused = b"Lunch with the team on Friday. Bring $20 for pizza.\n"
    [document] = rows(db, "select * from documents")
    db.execute("update documents set sha256 = ? where id = ?", [sha256_of(refused), document["id"]])
    db.execute(
        "update document_texts set text = ? where document_id = ?",
        [zlib.compress(refused), document["id"]],
    )
    db.conn.commit()
    before = whole_store(db)

    [result] = reparse_documents(db).documents

    assert result.status == "refused" and result.kept == 2
    assert "unknown layout" in result.reason
    assert whole_store(db) == before
    assert len(latest_observations(db, ["ml-intern"], [BOSTON])["ml-intern"]) == 1


def test_a_stored_text_that_does_not_match_its_hash_is_not_trusted(db, doc_a):
    db.execute("update documents set sha256 = 'not-the-hash'")
    db.conn.commit()

    [result] = reparse_documents(db).documents

    assert result.status == "failed" and "does not match its SHA-256" in result.reason


def test_each_documents_reparse_is_one_transaction(db, doc_a):
    db.execute("delete from observations where url = ?", [ZIP_URL])
    db.execute("update observations set min_amount = 90000 where url = ?", [SALARY_URL])
    # The store refuses the new parse's rows (after the old one was retired, in the same
    # transaction): all of the difference must go, none of it stay.
    db.execute(
        "create trigger refuse_parse before insert on observations when new.parse_id is not null "
        "begin select raise(abort, 'disk full'); end"
    )
    db.conn.commit()
    before = whole_store(db)

    [result] = reparse_documents(db).documents

    assert result.status == "failed" and "disk full" in result.reason
    assert whole_store(db) == before


def test_since_reads_only_documents_ingested_on_or_after_the_day(db, tmp_path):
    early = write(tmp_path / "early.txt", report(salary_result(100_000, 120_000, "Sep 2026")))
    late = write(tmp_path / "late.txt", report(ZIP_RESULT))
    ingest_document(db, early, now=datetime(2026, 10, 1, 12, tzinfo=UTC))
    ingest_document(db, late, now=datetime(2026, 11, 2, 12, tzinfo=UTC))

    results = reparse_documents(db, since=date(2026, 11, 2)).documents

    assert [r.path for r in results] == [str(late)]


# -- pay changes --------------------------------------------------------------------------------
