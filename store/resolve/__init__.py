"""Resolution: reading what people type and what documents say as roles and places.

``levels``, ``occupations``, ``titles`` and ``roles`` read job titles; ``places`` reads
where a job is.
"""
