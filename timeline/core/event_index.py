"""Events per lane in sorted arrays, so a frame finds what it shows by bisection, not scanning."""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from itertools import pairwise
from typing import NamedTuple, Protocol, TypeVar

#: Events are kept in classes by duration so that looking back for ranges that
#: started before a window costs no more than the longest event of the class.
DURATION_LIMITS: tuple[float, ...] = (1.0, 8.0, 32.0, 100.0, 370.0, 3700.0, math.inf)


class Spanned(Protocol):
    """What the index and the layout read of an event: id, ``[t0, t1)`` and precision."""

    @property
    def id(self) -> int: ...
    @property
    def t0(self) -> float: ...
    @property
    def t1(self) -> float: ...
    @property
    def precision(self) -> str: ...


S = TypeVar("S", bound=Spanned)


class Item(NamedTuple):
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
        self.items: list[Spanned] = []
        self.longest = 0.0


class EventIndex:
    """Items by lane and duration class, each sorted by start time.

    ``lanes`` gives each item's lane index (in the order of ``items``); without
    it the items' own ``lane`` attribute is used.
    """

    def __init__(
        self, items: Iterable[Spanned], lane_count: int, lanes: Sequence[int] | None = None
    ) -> None:
        self.lane_count = lane_count
        self._lanes: list[list[_Class]] = [
            [_Class() for _ in DURATION_LIMITS] for _ in range(lane_count)
        ]
        self._sizes = [0] * lane_count
        ordered = list(items)
        lane_of = list(lanes) if lanes is not None else [i.lane for i in ordered]  # type: ignore[attr-defined]
        if any(a.t0 > b.t0 for a, b in pairwise(ordered)):
            order = sorted(range(len(ordered)), key=lambda k: (ordered[k].t0, ordered[k].t1))
            ordered = [ordered[k] for k in order]
            lane_of = [lane_of[k] for k in order]
        limits = DURATION_LIMITS
        for item, lane in zip(ordered, lane_of, strict=True):
            duration = item.t1 - item.t0
            cls = self._lanes[lane][bisect_left(limits, duration)]
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

    def lane_of(self, item: Spanned) -> int | None:
        """The lane holding ``item`` (found by its start and id), or None if it is not indexed."""
        duration = item.t1 - item.t0
        slot = bisect_left(DURATION_LIMITS, duration)
        for lane, classes in enumerate(self._lanes):
            cls = classes[slot]
            i = bisect_left(cls.starts, item.t0)
            while i < len(cls.starts) and cls.starts[i] == item.t0:
                if cls.items[i].id == item.id:
                    return lane
                i += 1
        return None

    def overlapping(self, lane: int, a: float, b: float) -> list[Spanned]:
        """Items of ``lane`` with ``t0 < b`` and ``t1 > a``, sorted by start."""
        out = self._live_at(lane, a, b)
        out.sort(key=lambda i: (i.t0, i.t1, i.id))
        return out

    def started_before(self, lane: int, a: float) -> list[Spanned]:
        """Items of ``lane`` that start before ``a`` and are still going on at ``a``."""
        return self._live_at(lane, a, a)

    def _live_at(self, lane: int, a: float, b: float) -> list[Spanned]:
        """Items of ``lane`` starting before ``b`` and ending after ``a`` (unsorted)."""
        out: list[Spanned] = []
        for cls in self._lanes[lane]:
            if not cls.starts:
                continue
            lo = bisect_left(cls.starts, a - cls.longest)
            hi = bisect_left(cls.starts, b)
            out.extend(item for item in cls.items[lo:hi] if item.t1 > a)
        return out

    def start_counts(self, lane: int, bounds: Sequence[float]) -> list[int]:
        """How many items of ``lane`` start in each ``[bounds[i], bounds[i + 1])``."""
        counts = [0] * (len(bounds) - 1)
        for cls in self._lanes[lane]:
            if not cls.starts:
                continue
            starts = cls.starts
            lo = bisect_left(starts, bounds[0])
            hi = bisect_left(starts, bounds[-1], lo)
            if lo == hi:
                continue  # none of this class starts in the window
            positions = [bisect_left(starts, b, lo, hi) for b in bounds]
            for i in range(len(counts)):
                counts[i] += positions[i + 1] - positions[i]
        return counts

    def in_cells(self, lane: int, a: float, b: float, ordered: bool = True) -> list[Spanned]:
        """Items of ``lane`` starting in ``[a, b)``, sorted by start unless ``ordered`` is off."""
        out: list[Spanned] = []
        for cls in self._lanes[lane]:
            if cls.starts:
                out.extend(cls.items[bisect_left(cls.starts, a) : bisect_left(cls.starts, b)])
        if ordered:
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


def core_span(
    spans: Sequence[tuple[float, float]],
    share: float = 0.9,
    gap_ratio: float = 0.25,
    minimum: int = 10,
) -> tuple[float, float] | None:
    """The period of the spans without stray ones far from the rest, out to their ends.

    A few mentions far from the others (an article recalling 1945) would make
    "fit" show decades of empty time. Spans are dropped from either end while
    the gap to their neighbour exceeds ``gap_ratio`` of the rest's length, but
    never more than ``1 - share`` of them, and not at all below ``minimum``
    spans. ``spans`` are ``(t0, t1)`` pairs.
    """
    if not spans:
        return None
    ordered = sorted(spans)
    n = len(ordered)
    lo, hi = 0, n - 1
    budget = 0 if n < minimum else n - math.ceil(n * share)
    while budget > 0 and hi - lo >= 2:
        left_gap = ordered[lo + 1][0] - ordered[lo][0]
        right_gap = ordered[hi][0] - ordered[hi - 1][0]
        if left_gap >= right_gap and left_gap > gap_ratio * (ordered[hi][0] - ordered[lo + 1][0]):
            lo += 1
        elif right_gap > gap_ratio * (ordered[hi - 1][0] - ordered[lo][0]):
            hi -= 1
        else:
            break
        budget -= 1
    chosen = ordered[lo : hi + 1]
    return chosen[0][0], max(t1 for _, t1 in chosen)
