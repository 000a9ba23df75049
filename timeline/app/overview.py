"""The overview strip: a density histogram of the whole collection with the view's window on it."""

from __future__ import annotations

import logging
from datetime import datetime
from enum import Enum

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from timeline.app.lane_colors import with_alpha
from timeline.app.timeline_format import AxisFormatter
from timeline.app.timeline_model import TimelineModel
from timeline.app.timeline_view import TimelineView
from timeline.core.event_index import histogram
from timeline.core.ticks import ticks
from timeline.core.viewport import Viewport, to_days

log = logging.getLogger(__name__)
Role = QPalette.ColorRole

#: Width of one histogram bar in pixels, and the grip zone at each edge of the window.
BIN_PX = 3
EDGE_PX = 6.0


class _Drag(Enum):
    MOVE = "move"
    LEFT = "left"
    RIGHT = "right"


class OverviewStrip(QWidget):
    """The whole collection at a glance; drag the rectangle to move, its edges to resize."""

    def __init__(
        self, model: TimelineModel, view: TimelineView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._view = view
        self._starts: list[float] = []
        self._range = Viewport.from_days(
            to_days(datetime(2000, 1, 1)), to_days(datetime(2001, 1, 1))
        )
        self._bins: list[int] = []
        self._binned_for: tuple[float, float] = (0.0, 0.0)
        self._press_range = self._range
        self._drag: _Drag | None = None
        self._press_x = 0.0
        self._press_window: tuple[float, float] = (0.0, 0.0)
        self._formatter = AxisFormatter()
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setToolTip("Overview of the whole collection: drag the window to move, its edges to "
                        "resize; click elsewhere to jump there")  # fmt: skip
        model.eventsChanged.connect(self._recount)
        view.windowChanged.connect(self._window_changed)
        self._recount()

    def sizeHint(self) -> QSize:
        """Three text lines tall."""
        line = QFontMetricsF(self.font()).height()
        return QSize(400, int(line * 3.2))

    def minimumSizeHint(self) -> QSize:
        """As tall as the size hint."""
        return QSize(120, self.sizeHint().height())

    def bins(self) -> list[int]:
        """The histogram counts as last computed (for tests)."""
        return self._bins

    def full_range(self) -> Viewport:
        """The period the strip spans."""
        return self._range

    # -- data -----------------------------------------------------------------

    def _recount(self) -> None:
        self._starts = [e.t0 for e in self._model.visible_rows()]
        every = self._model.all_rows()
        if every:
            first = every[0].t0
            last = max(e.t1 for e in every)
            pad = max((last - first) * 0.02, 1.0)
            self._range = Viewport.from_days(first - pad, last + pad)
        self._rebin()

    def _rebin(self) -> None:
        r = self._shown_range()
        width = max(1, self.width())
        self._binned_for = (r.t0, r.t1)
        self._bins = histogram(self._starts, r.t0, r.t1, max(1, width // BIN_PX))
        self.update()

    def _shown_range(self) -> Viewport:
        """The collection's range, widened to include the view's window."""
        start, end = self._view.visible_window()
        t0, t1 = min(self._range.t0, to_days(start)), max(self._range.t1, to_days(end))
        return Viewport.from_days(t0, t1)

    def _window_changed(self, start: object, end: object) -> None:
        r = self._shown_range()
        if (r.t0, r.t1) != self._binned_for:
            self._rebin()
        self.update()

    # -- geometry -----------------------------------------------------------------

    def window_rect(self) -> QRectF:
        """Where the view's window sits on the strip."""
        r = self._shown_range()
        start, end = self._view.visible_window()
        width = float(max(1, self.width()))
        x0 = r.day_to_x(to_days(start), width)
        x1 = r.day_to_x(to_days(end), width)
        if x1 - x0 < 4:
            mid = (x0 + x1) / 2
            x0, x1 = mid - 2, mid + 2
        return QRectF(x0, 1, x1 - x0, self.height() - 2)

    # -- painting -------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        """Histogram, year labels and the window rectangle."""
        p = QPainter(self)
        try:
            self._paint(p)
        finally:
            p.end()

    def _paint(self, p: QPainter) -> None:
        palette = self.palette()
        width, height = float(self.width()), float(self.height())
        p.fillRect(QRectF(0, 0, width, height), palette.color(Role.Window))
        fm = QFontMetricsF(self.font())
        label_h = fm.height()
        chart_h = height - label_h - 4
        peak = max(self._bins, default=0)
        if peak:
            bar = with_alpha(palette.color(Role.Highlight), 170)
            for i, count in enumerate(self._bins):
                if count:
                    h = max(1.5, chart_h * (count / peak) ** 0.5)
                    p.fillRect(QRectF(i * BIN_PX, chart_h - h + 2, BIN_PX - 0.5, h), bar)
        r = self._shown_range()
        axis = ticks(r, width, fm.horizontalAdvance, self._formatter)
        p.setPen(QPen(with_alpha(palette.color(Role.WindowText), 140), 0))
        for tick in axis.labels:
            p.drawLine(QPointF(tick.x, chart_h + 2), QPointF(tick.x, height))
            p.drawText(QRectF(tick.label_x, chart_h + 2, tick.label_w + 2, label_h),
                       int(Qt.AlignmentFlag.AlignLeft), tick.label)  # fmt: skip
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        rect = self.window_rect()
        highlight = palette.color(Role.Highlight)
        p.setBrush(with_alpha(highlight, 45))
        p.setPen(QPen(highlight, 1.5))
        p.drawRoundedRect(rect.adjusted(0.75, 0.75, -0.75, -0.75), 3, 3)
        p.setPen(QPen(highlight, 3))
        for x in (rect.left() + 1.5, rect.right() - 1.5):
            p.drawLine(QPointF(x, rect.center().y() - 6), QPointF(x, rect.center().y() + 6))
        if not self._starts:
            p.setPen(palette.color(Role.PlaceholderText))
            p.drawText(QRectF(0, 0, width, chart_h), int(Qt.AlignmentFlag.AlignCenter),
                       "No events to show")  # fmt: skip

    # -- input --------------------------------------------------------------------------

    def _part_at(self, x: float) -> _Drag | None:
        rect = self.window_rect()
        if abs(x - rect.left()) <= EDGE_PX:
            return _Drag.LEFT
        if abs(x - rect.right()) <= EDGE_PX:
            return _Drag.RIGHT
        if rect.left() < x < rect.right():
            return _Drag.MOVE
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Grab the window (or an edge), or jump there when pressing outside it."""
        if event.button() != Qt.MouseButton.LeftButton:
            return
        x = event.position().x()
        part = self._part_at(x)
        r = self._shown_range()
        width = float(max(1, self.width()))
        if part is None:
            self._view.set_viewport(self._view.viewport().centred_on(r.x_to_day(x, width)))
            part = _Drag.MOVE
        start, end = self._view.visible_window()
        self._drag = part
        self._press_x = x
        self._press_window = (to_days(start), to_days(end))
        self._press_range = r

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Move or resize the view's window while dragging; show the grip cursor otherwise."""
        x = event.position().x()
        if self._drag is None:
            part = self._part_at(x)
            cursor = {
                _Drag.LEFT: Qt.CursorShape.SizeHorCursor,
                _Drag.RIGHT: Qt.CursorShape.SizeHorCursor,
                _Drag.MOVE: Qt.CursorShape.OpenHandCursor,
                None: Qt.CursorShape.ArrowCursor,
            }[part]
            self.setCursor(cursor)
            return
        r = self._press_range
        width = float(max(1, self.width()))
        days = (x - self._press_x) * r.span / width
        t0, t1 = self._press_window
        minimum = r.span * 4 / width
        if self._drag is _Drag.MOVE:
            t0, t1 = t0 + days, t1 + days
        elif self._drag is _Drag.LEFT:
            t0 = min(t0 + days, t1 - minimum)
        else:
            t1 = max(t1 + days, t0 + minimum)
        self._view.set_viewport(Viewport.from_days(t0, t1), animate=False)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """End the drag."""
        self._drag = None

    def wheelEvent(self, event: QWheelEvent) -> None:
        """The wheel zooms the view around the time under the cursor."""
        r = self._shown_range()
        anchor = r.x_to_day(event.position().x(), float(max(1, self.width())))
        steps = event.angleDelta().y() / 120
        if steps:
            view = self._view.viewport()
            self._view.set_viewport(view.zoom(0.85**steps, anchor), animate=False)
        event.accept()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Re-bin for the new width."""
        super().resizeEvent(event)
        self._rebin()
