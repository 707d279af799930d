"""Tests of store/ingest/attribution: whose each figure on a page is."""
