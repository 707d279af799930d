"""Delivering digests to the Slack stand-in: once a week, never twice, never silently lost."""
