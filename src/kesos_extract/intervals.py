"""Sets of disjoint half-open spans with logarithmic overlap tests.

Mentions, cells and claims are found by the thousand in a long report; checking each new span
against all the ones taken before would make extraction quadratic in the report's length.
"""

from __future__ import annotations

import bisect
from typing import Iterable


class DisjointSpans:
    """Non-overlapping ``[start, end)`` spans kept sorted by start."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()):
        self._starts: list[int] = []
        self._ends: list[int] = []
        for s, e in sorted(spans):
            # in start order a span can only overlap the last one kept: appending is enough
            if not self._ends or s >= self._ends[-1]:
                self._starts.append(s)
                self._ends.append(e)

    def overlaps(self, start: int, end: int) -> bool:
        """Does ``[start, end)`` share a character with a span of the set?"""
        i = bisect.bisect_right(self._starts, start)
        if i and self._ends[i - 1] > start:
            return True
        return i < len(self._starts) and self._starts[i] < end

    def contains(self, point: int) -> bool:
        i = bisect.bisect_right(self._starts, point)
        return bool(i) and self._ends[i - 1] > point

    def add(self, start: int, end: int) -> None:
        """Add a span that overlaps none of the set (the caller checks with :meth:`overlaps`)."""
        i = bisect.bisect_right(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)
