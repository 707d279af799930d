"""BLS Occupational Employment and Wage Statistics (OEWS): the built-in baseline.

``release`` builds the bundled release into a small read-only SQLite file;
``wages`` reads one occupation's published wages at one area.
"""
