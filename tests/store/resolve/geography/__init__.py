"""Tests of store/resolve/geography: the gazetteer, metros, regions and place keys."""
