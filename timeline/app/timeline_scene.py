"""Scene building and hit testing of the timeline canvas (mixed into TimelineView)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QFontMetricsF, QHelpEvent
from PySide6.QtWidgets import QToolTip, QWidget

from timeline.app.text_width import TextWidths, canvas_font
from timeline.app.timeline_format import cluster_tooltip, event_tooltip
from timeline.app.timeline_paint import LaneBand, Metrics, Scene, TextCache
from timeline.core.layout import Cluster, LaneLayout, LayoutStyle, estimate_rows, lay_out_lane
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
        _metrics_pair: tuple[TextWidths, TextWidths]
        _lane_work: tuple[Callable[[int], LaneLayout], Callable[[int], int]]
        _through_lane: int
        _lane_rows: dict[str, int]
        _lane_no: dict[str, int]

        def canvas_width(self) -> float: ...
        def _label_of(self, item: Spanned) -> str: ...

    def _measure(self, text: str) -> float:
        widths = self._widths
        width = widths.get(text)
        if width is None:
            if not widths or len(widths) > 50_000:
                # Empty after a font change (the view clears it): new metrics then.
                widths.clear()
                font = canvas_font(self.font())
                bold = QFont(font)
                bold.setBold(True)
                self._metrics_pair = (
                    TextWidths(QFontMetricsF(font)),
                    TextWidths(QFontMetricsF(bold)),
                )
            width = widths[text] = self._metrics_pair[0].width(text)
        return width

    def _measure_bold(self, text: str) -> float:
        key = "\0" + text
        width = self._widths.get(key)
        if width is None:
            self._measure("")  # makes sure the metrics are for the current font
            width = self._widths[key] = self._metrics_pair[1].width(text)
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

    def _ensure_scene(self, every_lane: bool = False) -> Scene:
        """The frame's scene, its visible lanes laid out (with ``every_lane``, all of them).

        Lanes are laid out from the top down to the bottom of what shows, and
        through the selected event's lane; the lanes below keep an estimated
        height until they are scrolled into view. Work follows what is visible.
        """
        selected = self._model.selected_id()
        scene = self._scene
        fresh = scene is None or scene.pinned != selected
        if scene is None or fresh:
            scene = self._new_scene(selected)
        through = len(self._bands) if every_lane else self._through_lane
        if self._lay_out_lanes(scene, through) or fresh:
            self._place_bands(scene)
            scene.empty_text = self._empty_text()
        return scene

    def _new_scene(self, selected: int | None) -> Scene:
        metrics = Metrics.for_font(self.font())
        style = self._style(metrics)
        width = self.canvas_width()
        v = self._viewport
        index, measure, label_of = self._index, self._measure, self._label_of
        # The selection is drawn on its own even where its neighbours form a cluster.
        row = None if selected is None else self._model.row(selected)
        pinned = () if row is None else (row,)
        self._through_lane = 0
        if row is not None and self._model.is_visible(row.id):
            self._through_lane = self._lane_no.get(self._model.lane_of(row), -1) + 1

        def lay(lane: int) -> LaneLayout:
            return lay_out_lane(index, lane, v, width, measure, style, label_of, pinned)

        def guess(lane: int) -> int:
            return estimate_rows(index, lane, v, width, style)

        self._lane_work = (lay, guess)
        self._bands = [LaneBand(lane, name, 0.0, 0, 0.0) for lane, name in
                       enumerate(self._lane_names[: index.lane_count])]  # fmt: skip
        axis = ticks(v, width, self._measure, self._formatter, self._measure_bold)
        self._scene = Scene(
            width=width,
            height=float(self.height()),
            scroll_y=float(self._scrollbar.value()),
            metrics=metrics,
            axis=axis,
            bands=self._bands,
            highlight=self._context is not None,
            measure=self._measure,
            texts=self._texts,
            pinned=selected,
        )
        return self._scene

    def _lay_out_lanes(self, scene: Scene, through: int) -> bool:
        """Lay out the lanes above the bottom of the visible area, and at least ``through``.

        Returns whether any lane was laid out (the lanes below it then moved).
        """
        m = scene.metrics
        bottom = self._scrollbar.value() + self.height() - m.axis_h
        changed = False
        top = 0.0
        for band in self._bands:
            if band.layout is None:
                if band.lane >= through and top > bottom:
                    break
                self._lay_out_band(band, scene)
                changed = True
            top += m.header_h + band.rows * m.row_h + m.lane_gap + 6
        return changed

    def _lay_out_band(self, band: LaneBand, scene: Scene) -> None:
        lay, _guess = self._lane_work
        band.layout = lay(band.lane)
        band.rows = self._lane_rows[band.name] = band.layout.rows
        if self._context is not None:
            band.rug = self._rug(band.lane, self._viewport, scene.width)

    def _place_bands(self, scene: Scene) -> None:
        """Stack the lanes and size the scroll bar.

        A lane not laid out takes the rows it had when it last was, else an estimate.
        """
        m = scene.metrics
        _lay, guess = self._lane_work
        top = 0.0
        for band in self._bands:
            if band.layout is None and band.rows == 0:
                band.rows = self._lane_rows.get(band.name) or guess(band.lane)
            band.top = top
            band.height = m.header_h + band.rows * m.row_h + m.lane_gap + 6
            top += band.height
        self._update_scrollbar(top, m)

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
        if not len(self._index) or any(_shows_events(b) for b in self._bands):
            return ""
        assert self._scene is not None
        for band in self._bands:  # nothing in sight: is there anything further down?
            if band.layout is None:
                self._lay_out_band(band, self._scene)
                if _shows_events(band):
                    self._place_bands(self._scene)
                    return ""
        self._place_bands(self._scene)
        return "No events in this period: press Home or End to go to the events"

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


def _shows_events(band: LaneBand) -> bool:
    return band.layout is not None and bool(band.layout.events or band.layout.clusters)
