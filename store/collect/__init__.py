"""Gathering documents without anyone feeding files.

* ``research``: market-research reports from the Tavily search API (``report`` writes them);
* ``budget``: the monthly search budget the bot counts in the store;
* ``jobspy_rows``: postings from JobSpy (scraped now, or its export files);
* ``inbox``: the drop folder the clock sweeps;
* ``ledger``: refreshes of a role and place, at most once per period, with their outcome.

Every gathered document is an ordinary file that ``store.ingest.documents`` reads, kept as evidence.
"""
