"""What the layout pass produces and the sizes it respects (plain values, no Qt)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from timeline.core.event_index import Spanned

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


#: The sizes used when the caller gives none.
DEFAULT_STYLE = LayoutStyle()


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


#: An item ready for stacking: (x0, t0, id, kind, x1, label_x, wanted label width, label,
#: item, cell). Sorting these tuples orders items by x0, then start, then id.
Shaped = tuple[float, float, int, Kind, float, float, float, str, Spanned, int]
