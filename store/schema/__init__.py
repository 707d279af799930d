"""The store's schema, created and upgraded by sqlite-utils migrations.

    from store.schema import migrations
    migrations.apply(db)

Each migration is a small function in the module for its part of the store, listed in
that module's ``STEPS``; ``MODULES`` gives the modules in the order their migrations were
written (m001 first), which is the order a new store is built in and the order
sqlite-utils applies what a store has not run yet:

* ``tables``: documents, observations, postings, subscriptions, digest runs (m001-m020);
* ``figures``: the latest-figures table, snapshot lookups, kept texts (m030-m100);
* ``collection``: searches spent, refreshes (m200).

A new migration goes at the end of the newest module's ``STEPS`` (or in a new module
listed last), with a name that sorts after the others.
"""

from sqlite_utils.migrations import Migrations

from store.schema import collection, figures, tables

MODULES = (tables, figures, collection)

migrations = Migrations("salary-store")
for _module in MODULES:
    for _step in _module.STEPS:
        migrations()(_step)
