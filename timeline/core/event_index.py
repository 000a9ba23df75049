"""Events per lane in sorted arrays, so a frame finds what it shows by bisection, not scanning."""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

#: Events are kept in classes by duration so that looking back for ranges that
#: started before a window costs no more than the longest event of the class.
DURATION_LIMITS: tuple[float, ...] = (1.0, 8.0, 32.0, 100.0, 370.0, 3700.0, math.inf)


@dataclass(frozen=True, slots=True)
class Item:
    """What the layout needs of an event: id, lane index, ``[t0, t1)`` in ordinal days, label."""

    id: int
    lane: int
    t0: float
    t1: float
    precision: str
    label: str = ""


class _Class:
    """Items of one duration class in one lane, sorted by start."""

    __slots__ = ("items", "longest", "starts")

    def __init__(self) -> None:
        self.starts: list[float] = []
        self.items: list[Item] = []
        self.longest = 0.0


class EventIndex:
    """Items by lane and duration class, each sorted by start time."""

    def __init__(self, items: Iterable[Item], lane_count: int) -> None:
        self.lane_count = lane_count
        self._lanes: list[list[_Class]] = [
            [_Class() for _ in DURATION_LIMITS] for _ in range(lane_count)
        ]
        self._sizes = [0] * lane_count
        ordered = list(items)
        if any(a.t0 > b.t0 for a, b in pairwise(ordered)):
            ordered.sort(key=lambda i: (i.t0, i.t1, i.id))
        limits = DURATION_LIMITS
        for item in ordered:
            duration = item.t1 - item.t0
            cls = self._lanes[item.lane][bisect_left(limits, duration)]
            cls.starts.append(item.t0)
            cls.items.append(item)
            if duration > cls.longest:
                cls.longest = duration
        for lane, classes in enumerate(self._lanes):
            self._sizes[lane] = sum(len(c.items) for c in classes)
        self.first = ordered[0].t0 if ordered else None
        self.last = max((i.t1 for i in ordered), default=None)

    def __len__(self) -> int:
        return sum(self._sizes)

    def lane_size(self, lane: int) -> int:
        """How many items the lane holds."""
        return self._sizes[lane]

    def overlapping(self, lane: int, a: float, b: float) -> list[Item]:
        """Items of ``lane`` with ``t0 < b`` and ``t1 > a``, sorted by start."""
        out: list[Item] = []
        for cls in self._lanes[lane]:
            if not cls.starts:
                continue
            lo = bisect_left(cls.starts, a - cls.longest)
            hi = bisect_left(cls.starts, b)
            out.extend(item for item in cls.items[lo:hi] if item.t1 > a)
        out.sort(key=lambda i: (i.t0, i.t1, i.id))
        return out

    def started_before(self, lane: int, a: float) -> list[Item]:
        """Items of ``lane`` that start before ``a`` and are still going on at ``a``."""
        out: list[Item] = []
        for cls in self._lanes[lane]:
            if not cls.starts:
                continue
            lo = bisect_left(cls.starts, a - cls.longest)
            hi = bisect_left(cls.starts, a)
            out.extend(item for item in cls.items[lo:hi] if item.t1 > a)
        return out

    def start_counts(self, lane: int, bounds: Sequence[float]) -> list[int]:
        """How many items of ``lane`` start in each ``[bounds[i], bounds[i + 1])``."""
        counts = [0] * (len(bounds) - 1)
        for cls in self._lanes[lane]:
            if not cls.starts:
                continue
            starts = cls.starts
            positions = [bisect_left(starts, b) for b in bounds]
            for i in range(len(counts)):
                counts[i] += positions[i + 1] - positions[i]
        return counts

    def in_cells(self, lane: int, a: float, b: float) -> list[Item]:
        """Items of ``lane`` starting in ``[a, b)``, sorted by start."""
        out: list[Item] = []
        for cls in self._lanes[lane]:
            if cls.starts:
                out.extend(cls.items[bisect_left(cls.starts, a) : bisect_left(cls.starts, b)])
        out.sort(key=lambda i: (i.t0, i.t1, i.id))
        return out


def histogram(starts: Sequence[float], first: float, last: float, bins: int) -> list[int]:
    """Counts of sorted ``starts`` in ``bins`` equal slices of ``[first, last)``."""
    if bins <= 0 or last <= first:
        return []
    step = (last - first) / bins
    positions = [bisect_left(starts, first + i * step) for i in range(bins)]
    positions.append(bisect_left(starts, last))
    return [positions[i + 1] - positions[i] for i in range(bins)]
