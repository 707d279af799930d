"""Dates as pages write them, absolute ("May 28, 2026") and relative to the day a page
was saved ("Posted 3 days ago")."""
