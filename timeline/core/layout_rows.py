"""Rows and clusters of one lane: greedy rows left to right, dense cells as cluster badges."""

from __future__ import annotations

import math
from bisect import bisect_right

from timeline.core.event_index import EventIndex, Spanned
from timeline.core.layout_shape import Shaper
from timeline.core.layout_types import Cluster, Kind, LayoutStyle, Placed, Shaped
from timeline.core.viewport import Viewport

Obstacles = list[list[tuple[float, float]]]


def dense_blocks(
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


def sparse_items(
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


def cell_of(item: Spanned, bounds: list[float]) -> int:
    return max(0, min(len(bounds) - 2, bisect_right(bounds, item.t0) - 1))


def reserve(
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


def stack(
    items: list[Shaped],
    ongoing: list[Spanned],
    obstacles: Obstacles,
    placed: list[Placed],
    shape: Shaper,
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
    for x0, _t0, _id, kind, x1, label_x, wanted, label, item, _cell in shape.each(
        candidates[:max_rows]
    ):
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
