"""The layout pass: rows per lane so labels never overprint, and clusters where it is too dense."""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from typing import Literal

from timeline.core.event_index import EventIndex, Spanned
from timeline.core.viewport import Viewport

Kind = Literal["point", "range", "span"]
Measure = Callable[[str], float]


@dataclass(frozen=True)
class LayoutStyle:
    """Sizes in pixels that the layout respects (the widget scales them by its font)."""

    cell_px: float = 48.0  # width of the cells in which density is judged
    max_rows: int = 6  # rows per lane before a region becomes a cluster
    gap_px: float = 8.0  # free space between two items of one row
    marker_px: float = 12.0  # width of a point event's diamond
    label_pad_px: float = 4.0  # between a marker or bar start and its label
    max_label_px: float = 280.0  # longer labels are elided
    min_label_px: float = 40.0  # a label squeezed below this is not drawn
    min_bar_px: float = 3.0  # the narrowest drawn range
    day_as_range_px: float = 28.0  # a single day wider than this is drawn as a range
    cluster_min_px: float = 28.0  # the narrowest cluster badge
    cluster_max_px: float = 200.0  # longer dense runs are split, so counts show the spread


@dataclass(slots=True)
class Placed:
    """An event placed in a row: its marker or bar ``x0..x1`` and its label.

    Not frozen, but never changed once made: a frozen dataclass takes five times
    as long to make, and a frame makes hundreds.
    """

    item: Spanned
    row: int
    kind: Kind
    label: str
    x0: float
    x1: float
    label_x: float
    label_w: float  # 0 when the label is not drawn; less than measured when elided
    right: float  # the end of everything drawn for it (bar or label)


@dataclass(slots=True)
class Cluster:
    """A region too dense to label: ``count`` events starting in ``t0..t1`` (ordinal days).

    Not frozen, but never changed once made (see ``Placed``).
    """

    lane: int
    row: int
    x0: float
    x1: float
    count: int
    t0: float
    t1: float


@dataclass
class LaneLayout:
    """Everything placed in one lane; ``rows`` is how many rows it uses (at least one)."""

    lane: int
    rows: int = 1
    events: list[Placed] = field(default_factory=list)
    clusters: list[Cluster] = field(default_factory=list)
    ongoing_hidden: int = 0  # events begun before the window that found no row


@dataclass
class Layout:
    """The result of one layout pass, lane by lane."""

    lanes: list[LaneLayout]

    def placed(self) -> list[Placed]:
        """Every placed event of every lane."""
        return [p for lane in self.lanes for p in lane.events]

    def clusters(self) -> list[Cluster]:
        """Every cluster of every lane."""
        return [c for lane in self.lanes for c in lane.clusters]


def geometry(
    item: Spanned, viewport: Viewport, width: float, style: LayoutStyle
) -> tuple[Kind, float, float, float]:
    """How an item is drawn: its kind, marker or bar extent, and where its label starts."""
    x0 = viewport.day_to_x(item.t0, width)
    x1 = viewport.day_to_x(item.t1, width)
    if item.precision != "day":
        kind: Kind = "span"
    elif item.t1 - item.t0 <= 1.0 and x1 - x0 < style.day_as_range_px:
        centre = (x0 + x1) / 2
        half = style.marker_px / 2
        return "point", centre - half, centre + half, centre + half + style.label_pad_px
    else:
        kind = "range"
    if x1 - x0 < style.min_bar_px:
        x1 = x0 + style.min_bar_px
    label_x = max(x0, 0.0) + style.label_pad_px
    if x1 - label_x < style.min_label_px and x1 > 0:
        label_x = max(label_x, x1 + style.label_pad_px)
    return kind, x0, x1, label_x


def layout(
    index: EventIndex,
    viewport: Viewport,
    width: float,
    measure: Measure,
    lanes: Sequence[int] | None = None,
    style: LayoutStyle = LayoutStyle(),
    label_of: Callable[[Spanned], str] | None = None,
    pinned: Collection[Spanned] = (),
) -> Layout:
    """Place the events of ``lanes`` (default: all) visible in ``viewport`` at ``width`` px.

    Each lane is laid out on its own (``lay_out_lane``), so a caller may lay out
    only the lanes it shows.
    """
    chosen = range(index.lane_count) if lanes is None else lanes
    return Layout(
        [
            lay_out_lane(index, lane, viewport, width, measure, style, label_of, pinned)
            for lane in chosen
        ]
    )


def lay_out_lane(
    index: EventIndex,
    lane: int,
    viewport: Viewport,
    width: float,
    measure: Measure,
    style: LayoutStyle = LayoutStyle(),
    label_of: Callable[[Spanned], str] | None = None,
    pinned: Collection[Spanned] = (),
) -> LaneLayout:
    """Place the events of one lane visible in ``viewport`` at ``width`` px.

    Work follows what is visible: density is counted per cell by bisection,
    dense cells become clusters without their events being touched, and only
    the events of sparse cells are measured and stacked. ``label_of`` gives an
    item's label when it is needed (default: ``item.label``). ``pinned`` events
    (the selection) of this lane are always drawn on their own, taken out of
    any cluster: they get their rows first (up to ``max_rows - 1`` of them).
    """
    pins = [
        item
        for item in pinned
        if item.t1 > viewport.t0 and item.t0 < viewport.t1 and index.lane_of(item) == lane
    ]
    labels = label_of or _own_label
    return _lane(index, lane, viewport, width, measure, style, labels, pins[: style.max_rows - 1])


def estimate_rows(
    index: EventIndex, lane: int, viewport: Viewport, width: float, style: LayoutStyle
) -> int:
    """About how many rows ``lay_out_lane`` would use, at the cost of counting only.

    For lanes not laid out because they are scrolled out of sight: the most
    events starting in one cell, within ``1..max_rows``.
    """
    if width <= 0 or index.lane_size(lane) == 0:
        return 1
    cells = max(1, math.ceil(width / style.cell_px))
    bounds = [viewport.x_to_day(c * style.cell_px, width) for c in range(cells)]
    bounds.append(viewport.t1)
    most = max(index.start_counts(lane, bounds))
    return max(1, min(style.max_rows, most))


def _own_label(item: Spanned) -> str:
    return str(getattr(item, "label", ""))


#: An item ready for stacking: (x0, t0, id, kind, x1, label_x, wanted label width, label,
#: item, cell). Sorting these tuples orders items by x0, then start, then id.
Shaped = tuple[float, float, int, Kind, float, float, float, str, Spanned, int]
Obstacles = list[list[tuple[float, float]]]


def _lane(
    index: EventIndex,
    lane: int,
    viewport: Viewport,
    width: float,
    measure: Measure,
    style: LayoutStyle,
    label_of: Callable[[Spanned], str],
    pins: list[Spanned],
) -> LaneLayout:
    result = LaneLayout(lane)
    if width <= 0 or index.lane_size(lane) == 0:
        return result
    cells = max(1, math.ceil(width / style.cell_px))
    bounds = [viewport.x_to_day(c * style.cell_px, width) for c in range(cells)]
    bounds.append(viewport.t1)
    counts = index.start_counts(lane, bounds)
    # Events begun before the window (long spans) are not density: they get rows
    # first, and those finding none are only counted (``ongoing_hidden``).
    before = index.started_before(lane, viewport.t0)
    pinned_ids = {item.id for item in pins}
    if pinned_ids:
        before = [item for item in before if item.id not in pinned_ids]
        for item in pins:
            if item.t0 >= viewport.t0:
                counts[_cell_of(item, bounds)] -= 1
    dense = [n > style.max_rows for n in counts]
    shape = _Shaper(viewport, width, measure, style, label_of, bounds)
    shaped = shape.all(_sparse_items(index, lane, dense, bounds, pinned_ids))
    pinned = shape.all(pins)
    for _ in range(cells + 1):
        blocks = _blocks(dense, counts, bounds, lane, viewport, width, style)
        obstacles, placed = _reserve(pinned, blocks, width, style)
        items = [s for s in shaped if not dense[s[9]]]
        overflow, dropped = _stack(items, before, obstacles, placed, shape, width, style)
        if not overflow:
            break
        for cell in overflow:
            dense[cell] = True
    result.events = placed
    result.clusters = blocks
    result.ongoing_hidden = dropped
    rows = [p.row for p in placed] + [b.row for b in blocks]
    result.rows = max(rows, default=0) + 1
    return result


class _Shaper:
    """Geometry and wanted label width of items at one scale (``geometry``, inlined)."""

    def __init__(
        self,
        viewport: Viewport,
        width: float,
        measure: Measure,
        style: LayoutStyle,
        label_of: Callable[[Spanned], str],
        bounds: list[float],
    ) -> None:
        self.viewport, self.width, self.measure, self.style = viewport, width, measure, style
        self.label_of, self.bounds = label_of, bounds

    def all(self, items: Sequence[Spanned]) -> list[Shaped]:
        """Every item shaped, sorted by x0 (then start, then id).

        ``one`` for many items, with everything it reads held in local names:
        this loop runs for every event of the sparse cells in every frame.
        """
        style, width, bounds = self.style, self.width, self.bounds
        origin, scale = self.viewport.t0, width / self.viewport.span
        pad, half = style.label_pad_px, style.marker_px / 2
        as_range, min_bar, min_label = style.day_as_range_px, style.min_bar_px, style.min_label_px
        max_label, label_of, measure = style.max_label_px, self.label_of, self.measure
        last_cell = len(bounds) - 2
        out: list[Shaped] = []
        append = out.append
        kind: Kind
        for item in items:
            t0, t1 = item.t0, item.t1
            x0, x1 = (t0 - origin) * scale, (t1 - origin) * scale
            day = item.precision == "day"
            if day and t1 - t0 <= 1.0 and x1 - x0 < as_range:
                kind = "point"
                centre = (x0 + x1) / 2
                x0, x1 = centre - half, centre + half
                label_x = x1 + pad
            else:
                kind = "range" if day else "span"
                if x1 - x0 < min_bar:
                    x1 = x0 + min_bar
                label_x = (x0 if x0 > 0.0 else 0.0) + pad
                if x1 - label_x < min_label and x1 > 0 and x1 + pad > label_x:
                    label_x = x1 + pad
            label = label_of(item)
            wanted = 0.0
            if label:
                wanted = measure(label)
                if wanted > max_label:
                    wanted = max_label
            if day and kind == "range" and label_x < x1 < width and label_x + wanted > x1 - pad:
                label_x = x1 + pad  # too long for the bar: write it after the bar
            cell = bisect_right(bounds, t0) - 1
            cell = 0 if cell < 0 else last_cell if cell > last_cell else cell
            append((x0, t0, item.id, kind, x1, label_x, wanted, label, item, cell))
        out.sort()
        return out

    def one(self, item: Spanned) -> Shaped:
        """One item shaped."""
        return self.all([item])[0]


def _blocks(
    dense: list[bool],
    counts: list[int],
    bounds: list[float],
    lane: int,
    viewport: Viewport,
    width: float,
    style: LayoutStyle,
) -> list[Cluster]:
    """Runs of dense cells merged into cluster badges in row 0."""
    blocks: list[Cluster] = []
    cell = 0
    longest = max(1, int(style.cluster_max_px // style.cell_px))
    while cell < len(dense):
        if not dense[cell]:
            cell += 1
            continue
        first = cell
        while cell < len(dense) and dense[cell] and cell - first < longest:
            cell += 1
        count = sum(counts[first:cell])
        if count == 0:
            continue
        x0 = max(0.0, viewport.day_to_x(bounds[first], width))
        x1 = min(width, viewport.day_to_x(bounds[cell], width))
        if x1 - x0 < style.cluster_min_px:
            x1 = x0 + style.cluster_min_px
        blocks.append(Cluster(lane, 0, x0, x1, count, bounds[first], bounds[cell]))
    return blocks


def _sparse_items(
    index: EventIndex, lane: int, dense: list[bool], bounds: list[float], leave_out: set[int]
) -> list[Spanned]:
    items: list[Spanned] = []
    cell = 0
    while cell < len(dense):
        if dense[cell]:
            cell += 1
            continue
        first = cell
        while cell < len(dense) and not dense[cell]:
            cell += 1
        items.extend(index.in_cells(lane, bounds[first], bounds[cell], ordered=False))
    if leave_out:
        items = [item for item in items if item.id not in leave_out]
    return items


def _cell_of(item: Spanned, bounds: list[float]) -> int:
    return max(0, min(len(bounds) - 2, bisect_right(bounds, item.t0) - 1))


def _reserve(
    pinned: list[Shaped], blocks: list[Cluster], width: float, style: LayoutStyle
) -> tuple[Obstacles, list[Placed]]:
    """Rows for the pinned items before anything else: what each row must leave free.

    Row 0 holds the cluster badges; a pinned item takes the first row where it
    and its label fit between what is already there.
    """
    obstacles: Obstacles = [[] for _ in range(style.max_rows)]
    obstacles[0] = [(b.x0, b.x1) for b in blocks]
    placed: list[Placed] = []
    for x0, _t0, _id, kind, x1, label_x, wanted, label, item, _cell in pinned:
        for row, taken in enumerate(obstacles):
            limit = _limit(taken, [a for a, _ in taken], x0, style.gap_px)
            label_w = _fit_label(kind, x1, label_x, wanted, limit, width, style)
            if label_w is None:
                continue
            right = max(x1, label_x + label_w)
            taken.append((x0, right))
            taken.sort()
            placed.append(Placed(item, row, kind, label, x0, x1, label_x, label_w, right))
            break
    return obstacles, placed


def _limit(taken: list[tuple[float, float]], starts: list[float], x: float, gap: float) -> float:
    """How far right an item starting at ``x`` may reach in a row (-inf: ``x`` is taken)."""
    if not taken:
        return math.inf
    i = bisect_right(starts, x) - 1
    if i >= 0 and taken[i][1] > x - gap:
        return -math.inf
    i += 1
    return taken[i][0] if i < len(taken) else math.inf


def _stack(
    items: list[Shaped],
    ongoing: list[Spanned],
    obstacles: Obstacles,
    placed: list[Placed],
    shape: _Shaper,
    width: float,
    style: LayoutStyle,
) -> tuple[set[int], int]:
    """Greedy rows, left to right, then events begun before the window in what is left.

    The window's own events come first: they are what the reader zoomed in to
    see. ``placed`` holds the pinned items (their room is in ``obstacles``) and
    receives the others. Returns the cells whose events overflowed and how many
    begun-before events found no row.
    """
    max_rows, gap, min_label = style.max_rows, style.gap_px, style.min_label_px
    ends = [-math.inf] * max_rows
    firsts = [taken[0][0] if taken else math.inf for taken in obstacles]
    starts = [[a for a, _ in taken] for taken in obstacles]
    overflow: set[int] = set()
    inf = math.inf
    # Rows found, made into Placed only if no cell overflows (else all is redone).
    found: list[tuple[Spanned, int, Kind, str, float, float, float, float, float]] = []
    keep = found.append
    for x0, _t0, _id, kind, x1, label_x, wanted, label, item, cell in items:
        if cell in overflow:
            continue  # the cell becomes a cluster anyway: its other events need no row
        least = wanted if wanted < min_label else min_label
        free_from = x0 - gap
        for row in range(max_rows):
            if ends[row] > free_from:
                continue
            taken = obstacles[row]
            limit = _limit(taken, starts[row], x0, gap) if taken else inf
            # _fit_label, inlined: this loop runs for every sparse item of every frame.
            if limit < x1 + gap:
                continue
            label_w = min(wanted, limit - gap - label_x)
            if label_x < width and label_x + label_w > width:
                label_w = max(least, width - gap - label_x)
            if label_w < least:
                if kind == "point" or label_x < x1:
                    continue
                label_w = 0.0
            right = label_x + label_w
            if x1 > right:
                right = x1
            ends[row] = right
            if x0 < firsts[row]:
                firsts[row] = x0
            keep((item, row, kind, label, x0, x1, label_x, label_w, right))
            break
        else:
            overflow.add(cell)
    if overflow:
        return overflow, 0
    placed.extend([Placed(*row) for row in found])
    # Each placed begun-before event holds a row from the left edge, so at most
    # ``max_rows`` of them can be placed: the longest are tried, the rest counted.
    candidates = sorted(ongoing, key=lambda i: (-i.t1, i.t0, i.id))
    dropped = max(0, len(candidates) - max_rows)
    for item in candidates[:max_rows]:
        x0, _t0, _id, kind, x1, label_x, wanted, label, _item, _cell = shape.one(item)
        for row in range(max_rows):
            if firsts[row] < x1 + gap:
                continue  # only rows still free from the left edge to this span's end
            fitted = _fit_label(kind, x1, label_x, wanted, firsts[row], width, style)
            if fitted is not None:
                label_w = fitted
                right = max(x1, label_x + label_w)
                firsts[row] = x0
                ends[row] = max(ends[row], right)
                placed.append(Placed(item, row, kind, label, x0, x1, label_x, label_w, right))
                break
        else:
            dropped += 1
    return overflow, dropped


def _fit_label(
    kind: Kind,
    x1: float,
    label_x: float,
    wanted: float,
    limit: float,
    width: float,
    style: LayoutStyle,
) -> float | None:
    """The label width an item can have before ``limit`` (None: the item does not fit)."""
    if limit < x1 + style.gap_px:
        return None
    label_w = min(wanted, limit - style.gap_px - label_x)
    if label_x < width and label_x + label_w > width:
        label_w = max(min(wanted, style.min_label_px), width - style.gap_px - label_x)
    if label_w < min(wanted, style.min_label_px):
        if kind == "point" or label_x < x1:
            return None  # a marker must keep a readable label beside it
        label_w = 0.0
    return label_w
