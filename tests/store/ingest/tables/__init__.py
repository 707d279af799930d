"""Tests of store/ingest/tables: pay laid out in tables, schedules, lists and cards."""
