"""Distances between points, and a grid that finds the points near one without
measuring them all.

    >>> round(km(42.36, -71.06, 42.37, -71.11))  # Boston to Cambridge, MA
    4
    >>> grid = Grid([(42.37, -71.11, "Cambridge"), (40.71, -74.01, "New York")])
    >>> [item for _, item in grid.near(42.36, -71.06, 80)]
    ['Cambridge']
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T")


def km(lat_a: float, lon_a: float, lat_b: float, lon_b: float) -> float:
    """Equirectangular distance: exact enough for the ~100 km a metro spans."""
    x = math.radians(lon_b - lon_a) * math.cos(math.radians((lat_a + lat_b) / 2))
    y = math.radians(lat_b - lat_a)
    return 6371.0 * math.hypot(x, y)


class Grid(Generic[T]):
    """Points in one-degree cells; ``near`` looks only at the cells within reach (and
    remembers, per cell, which points those are: neighbouring cities share them)."""

    def __init__(self, points: Iterable[tuple[float, float, T]]) -> None:
        self._cells: dict[tuple[int, int], list[tuple[float, float, T]]] = defaultdict(list)
        for lat, lon, item in points:
            self._cells[(math.floor(lat), math.floor(lon))].append((lat, lon, item))
        self._reach: dict[tuple[int, int, float], list[tuple[float, float, T]]] = {}

    def _within_reach(self, lat: float, lon: float, max_km: float) -> list[tuple[float, float, T]]:
        row, column = math.floor(lat), math.floor(lon)
        found = self._reach.get((row, column, max_km))
        if found is None:
            # A degree of latitude is 111 km; of longitude, 111 km x cos(latitude).
            reach_lat = math.ceil(max_km / 111.0)
            cos = max(math.cos(math.radians(max(abs(row), abs(row + 1)) + reach_lat)), 0.05)
            reach_lon = math.ceil(max_km / (111.0 * cos))
            found = [
                point
                for d_lat in range(-reach_lat, reach_lat + 1)
                for d_lon in range(-reach_lon, reach_lon + 1)
                for point in self._cells.get((row + d_lat, column + d_lon), ())
            ]
            self._reach[(row, column, max_km)] = found
        return found

    def near(self, lat: float, lon: float, max_km: float) -> Iterator[tuple[float, T]]:
        """(distance, item) of each point within ``max_km``, in no order."""
        for p_lat, p_lon, item in self._within_reach(lat, lon, max_km):
            distance = km(lat, lon, p_lat, p_lon)
            if distance <= max_km:
                yield distance, item

    def nearest(self, lat: float, lon: float, max_km: float) -> tuple[float, T] | None:
        """(distance, item) of the nearest point within ``max_km``, or None."""
        best: tuple[float, T] | None = None
        for p_lat, p_lon, item in self._within_reach(lat, lon, max_km):
            distance = km(lat, lon, p_lat, p_lon)
            if distance <= max_km and (best is None or distance < best[0]):
                best = (distance, item)
        return best
