"""Scene building and hit testing of the timeline canvas (mixed into TimelineView)."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QFontMetricsF, QHelpEvent
from PySide6.QtWidgets import QToolTip, QWidget

from timeline.app.timeline_format import cluster_tooltip, event_tooltip
from timeline.app.timeline_paint import LaneBand, Metrics, Scene, TextCache
from timeline.core.layout import Cluster, LayoutStyle, layout
from timeline.core.ticks import ticks
from timeline.core.viewport import Viewport, from_days

if TYPE_CHECKING:
    from PySide6.QtWidgets import QScrollBar

    from timeline.app.timeline_format import AxisFormatter
    from timeline.app.timeline_model import TimelineModel
    from timeline.core.event_index import EventIndex, Spanned

    _Base = QWidget
else:
    _Base = object

#: Pixel width of the cells for rug marks of events hidden by the search.
RUG_PX = 3


class SceneMixin(_Base):
    """Builds the frame's Scene from the layout pass and answers "what is under x, y"."""

    if TYPE_CHECKING:  # provided by TimelineView
        _model: TimelineModel
        _viewport: Viewport
        _scrollbar: QScrollBar
        _scene: Scene | None
        _bands: list[LaneBand]
        _index: EventIndex
        _context: EventIndex | None
        _lane_names: list[str]
        _widths: dict[str, float]
        _formatter: AxisFormatter
        _texts: TextCache
        _metrics_pair: tuple[QFontMetricsF, QFontMetricsF]

        def canvas_width(self) -> float: ...
        def _label_of(self, item: Spanned) -> str: ...

    def _measure(self, text: str) -> float:
        widths = self._widths
        width = widths.get(text)
        if width is None:
            if not widths or len(widths) > 50_000:
                # Empty after a font change (the view clears it): new metrics then.
                widths.clear()
                bold = QFont(self.font())
                bold.setBold(True)
                self._metrics_pair = (QFontMetricsF(self.font()), QFontMetricsF(bold))
            width = widths[text] = self._metrics_pair[0].horizontalAdvance(text)
        return width

    def _measure_bold(self, text: str) -> float:
        key = "\0" + text
        width = self._widths.get(key)
        if width is None:
            self._measure("")  # makes sure the metrics are for the current font
            width = self._widths[key] = self._metrics_pair[1].horizontalAdvance(text)
        return width

    def _style(self, metrics: Metrics) -> LayoutStyle:
        lanes = max(1, len(self._lane_names))
        free = self.height() - metrics.axis_h - lanes * (metrics.header_h + metrics.lane_gap)
        # Lanes take the rows they use, so a dense lane may grow while sparse ones shrink.
        rows = int(free // metrics.row_h) - (lanes - 1)
        line = metrics.line
        return LayoutStyle(
            cell_px=max(40.0, line * 3),
            max_rows=max(4, min(rows, 10)),
            gap_px=line * 0.6,
            marker_px=round(line * 0.75),
            label_pad_px=line * 0.3,
            max_label_px=line * 20,
            min_label_px=line * 3,
            day_as_range_px=line * 2,
            cluster_min_px=line * 2.2,
            cluster_max_px=line * 10,
        )

    def _ensure_scene(self) -> Scene:
        selected = self._model.selected_id()
        if self._scene is not None and self._scene.pinned == selected:
            return self._scene
        metrics = Metrics.for_font(self.font())
        style = self._style(metrics)
        width = self.canvas_width()
        v = self._viewport
        # The selection is drawn on its own even where its neighbours form a cluster.
        row = None if selected is None else self._model.row(selected)
        result = layout(self._index, v, width, self._measure, style=style,
                        label_of=self._label_of, pinned=() if row is None else (row,))  # fmt: skip
        bands: list[LaneBand] = []
        top = 0.0
        for lane_layout in result.lanes:
            rows = lane_layout.rows
            height = metrics.header_h + rows * metrics.row_h + metrics.lane_gap + 6
            band = LaneBand(lane_layout.lane, self._lane_names[lane_layout.lane], top,
                            rows, height, lane_layout)  # fmt: skip
            if self._context is not None:
                band.rug = self._rug(band.lane, v, width)
            bands.append(band)
            top += height
        self._bands = bands
        self._update_scrollbar(top, metrics)
        axis = ticks(v, width, self._measure, self._formatter, self._measure_bold)
        self._scene = Scene(
            width=width,
            height=float(self.height()),
            scroll_y=float(self._scrollbar.value()),
            metrics=metrics,
            axis=axis,
            bands=bands,
            highlight=self._context is not None,
            empty_text=self._empty_text(),
            measure=self._measure,
            texts=self._texts,
            pinned=selected,
        )
        return self._scene

    def _rug(self, lane: int, v: Viewport, width: float) -> list[tuple[float, int]]:
        assert self._context is not None
        cells = int(width // RUG_PX) + 1
        bounds = [v.x_to_day(i * RUG_PX, width) for i in range(cells + 1)]
        counts = self._context.start_counts(lane, bounds)
        return [(i * RUG_PX + 1, n) for i, n in enumerate(counts) if n]

    def _update_scrollbar(self, content: float, metrics: Metrics) -> None:
        room = self.height() - metrics.axis_h
        overflow = int(max(0.0, content - room))
        bar = self._scrollbar
        bar.blockSignals(True)
        bar.setRange(0, overflow)
        bar.setPageStep(int(max(1, room)))
        bar.setSingleStep(int(metrics.row_h))
        bar.blockSignals(False)
        if (overflow > 0) == bar.isHidden():  # isVisible is False until the view is shown
            bar.setVisible(overflow > 0)
        bar.setGeometry(
            self.width() - bar.sizeHint().width(),
            int(metrics.axis_h),
            bar.sizeHint().width(),
            int(max(0, room)),
        )

    def _empty_text(self) -> str:
        model = self._model
        if model.total_count() == 0:
            return "No events yet: File > Import articles..."
        if not model.visible_events():
            return "No events match the filters"
        if len(self._index) and all(
            not (b.layout and (b.layout.events or b.layout.clusters)) for b in self._bands
        ):
            return "No events in this period: press Home or End to go to the events"
        return ""

    def _row_y(self, band: LaneBand, row: int) -> float:
        m = Metrics.for_font(self.font())
        return m.axis_h - self._scrollbar.value() + band.row_top(row, m) + m.row_h / 2

    # -- Qt events ----------------------------------------------------------------

    def show_tooltip(self, event: QHelpEvent) -> bool:
        """Show the tooltip for what is under the cursor."""
        hit = self.hit(event.position() if hasattr(event, "position") else QPointF(event.pos()))
        if isinstance(hit, int):
            row = self._model.row(hit)
            if row is not None:
                QToolTip.showText(event.globalPos(), event_tooltip(row), self)
                return True
        elif isinstance(hit, Cluster):
            first, last = from_days(hit.t0), from_days(hit.t1) - timedelta(seconds=1)
            QToolTip.showText(event.globalPos(), cluster_tooltip(hit.count, first, last), self)
            return True
        QToolTip.hideText()
        event.ignore()
        return True

    def hit(self, pos: QPointF) -> int | Cluster | None:
        """The event id or cluster under a widget position."""
        scene = self._ensure_scene()
        m = scene.metrics
        if pos.y() < m.axis_h:
            return None
        y = pos.y() - m.axis_h + self._scrollbar.value()
        x = pos.x()
        for band in self._bands:
            if not band.layout or not band.top <= y < band.top + band.height:
                continue
            row = int((y - band.top - m.header_h) // m.row_h)
            for cluster in band.layout.clusters:
                if cluster.row == row and cluster.x0 <= x <= cluster.x1:
                    return cluster
            for placed in band.layout.events:
                if placed.row == row and placed.x0 - 2 <= x <= placed.right + 2:
                    return placed.item.id
        return None
