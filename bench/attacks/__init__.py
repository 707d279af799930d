"""The checks run by ``bench/bench_attacks.py``, one module per surface attacked."""

MB = 1_048_576
Row = tuple[str, int, int]  # attack or fault, tries, failures
