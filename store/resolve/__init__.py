"""Reading what users type and what documents say as roles and places (see places.py)."""
