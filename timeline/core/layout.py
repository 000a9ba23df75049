"""The layout pass: rows per lane so labels never overprint, and clusters where it is too dense."""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Sequence

from timeline.core.event_index import EventIndex, Spanned
from timeline.core.layout_rows import cell_of, dense_blocks, reserve, sparse_items, stack
from timeline.core.layout_shape import Shaper
from timeline.core.layout_types import (
    DEFAULT_STYLE,
    Cluster,
    Kind,
    LaneLayout,
    Layout,
    LayoutStyle,
    Measure,
    Placed,
    Shaped,
)
from timeline.core.viewport import Viewport

__all__ = [
    "Cluster",
    "Kind",
    "LaneLayout",
    "Layout",
    "LayoutStyle",
    "Measure",
    "Placed",
    "Shaped",
    "estimate_rows",
    "lay_out_lane",
    "layout",
]


def layout(
    index: EventIndex,
    viewport: Viewport,
    width: float,
    measure: Measure,
    lanes: Sequence[int] | None = None,
    style: LayoutStyle = DEFAULT_STYLE,
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
    style: LayoutStyle = DEFAULT_STYLE,
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
                counts[cell_of(item, bounds)] -= 1
    dense = [n > style.max_rows for n in counts]
    shape = Shaper(viewport, width, measure, style, label_of, bounds)
    shaped = shape.all(sparse_items(index, lane, dense, bounds, pinned_ids))
    pinned = shape.all(pins)
    for _ in range(cells + 1):
        blocks = dense_blocks(dense, counts, bounds, lane, viewport, width, style)
        obstacles, placed = reserve(pinned, blocks, width, style)
        items = [s for s in shaped if not dense[s[9]]]
        overflow, dropped = stack(items, before, obstacles, placed, shape, width, style)
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
