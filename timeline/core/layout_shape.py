"""Where each event goes at one scale: marker or bar extent, label start, wanted label width."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence

from timeline.core.event_index import Spanned
from timeline.core.layout_types import Kind, LayoutStyle, Measure, Shaped
from timeline.core.viewport import Viewport


class Shaper:
    """Where items go at one scale: their kind, marker or bar extent, label start and width."""

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
        """Every item shaped, sorted by x0 (then start, then id)."""
        out = self.each(items)
        out.sort()
        return out

    def each(self, items: Sequence[Spanned]) -> list[Shaped]:
        """Every item shaped, in the order given.

        Everything it reads is held in local names: this loop runs for every
        event of the sparse cells in every frame.
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
        return out
