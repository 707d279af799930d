"""Amounts as pages write them: currency marks and codes, grouping and scale, which
neighbouring amounts make one range, bare numbers that are pay, and sums."""
