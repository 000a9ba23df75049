"""Mouse, wheel, pinch and keyboard handling of the timeline canvas (mixed into TimelineView)."""

from __future__ import annotations

import math
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QNativeGestureEvent, QWheelEvent
from PySide6.QtWidgets import QGestureEvent, QPinchGesture, QWidget

from timeline.core.viewport import Viewport, to_days

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QScrollBar

    from timeline.app.timeline_model import TimelineModel
    from timeline.core.layout import Cluster

    _Base = QWidget
else:
    _Base = object

#: Zoom per wheel notch (120 units) and per + / - key press.
WHEEL_STEP = 0.85
KEY_ZOOM = 0.7
#: Fraction of the width moved by an arrow key.
KEY_PAN = 0.2
#: A press that moves less than this many pixels is a click, not a drag.
CLICK_SLOP = 4.0


class InputMixin(_Base):
    """Input handling for the canvas; relies on the view's viewport, hit test and model."""

    if TYPE_CHECKING:  # provided by TimelineView and SceneMixin
        _model: TimelineModel
        _viewport: Viewport
        _target: Viewport | None
        _scrollbar: QScrollBar
        _hovered: int | None
        _hovered_cluster: Cluster | None
        activated: SignalInstance

        def set_viewport(self, target: Viewport, animate: bool = True) -> None: ...
        def canvas_width(self) -> float: ...
        def hit(self, pos: QPointF) -> int | Cluster | None: ...
        def zoom(self, factor: float, anchor: datetime | None = None) -> None: ...
        def pan(self, fraction: float) -> None: ...
        def show_tooltip(self, event: QHelpEvent) -> bool: ...

    def init_input(self) -> None:
        """Set up drag state."""
        self._press: QPointF | None = None
        self._press_viewport: Viewport | None = None
        self._dragging = False

    # -- wheel and pinch --------------------------------------------------------

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Wheel zooms at the cursor; a horizontal wheel (or Shift) pans; Alt scrolls lanes."""
        delta = event.angleDelta()
        modifiers = event.modifiers()
        if modifiers & Qt.KeyboardModifier.AltModifier:
            bar = self._scrollbar
            bar.setValue(bar.value() - int(delta.y() or delta.x()) // 2)
        elif delta.x() and not delta.y():
            self._pan_pixels(-delta.x() / 2)
        elif modifiers & Qt.KeyboardModifier.ShiftModifier:
            self._pan_pixels(-delta.y() / 2)
        elif delta.y():
            self._zoom_at(WHEEL_STEP ** (delta.y() / 120), event.position().x())
        event.accept()

    def _zoom_at(self, factor: float, x: float) -> None:
        base = self._target or self._viewport
        anchor = base.x_to_day(x, self.canvas_width())
        self.set_viewport(base.zoom(factor, anchor), animate=False)

    def _pan_pixels(self, dx: float) -> None:
        base = self._target or self._viewport
        days = dx * base.span / self.canvas_width()
        self.set_viewport(base.pan(days), animate=False)

    def event(self, event: QEvent) -> bool:
        """Pinch gestures, native zoom gestures (touchpads) and tooltips."""
        kind = event.type()
        if kind == QEvent.Type.Gesture and isinstance(event, QGestureEvent):
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                scale = pinch.scaleFactor()
                if scale > 0 and not math.isclose(scale, 1.0):
                    centre = self.mapFromGlobal(pinch.centerPoint().toPoint())
                    self._zoom_at(1 / scale, centre.x())
                event.accept()
                return True
        if (
            kind == QEvent.Type.NativeGesture
            and isinstance(event, QNativeGestureEvent)
            and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture
        ):
            self._zoom_at(1 / (1 + event.value()), event.position().x())
            return True
        if kind == QEvent.Type.ToolTip:
            return self.show_tooltip(event)  # type: ignore[arg-type,unused-ignore]
        return super().event(event)

    # -- mouse ------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Start a click or a drag."""
        if event.button() == Qt.MouseButton.LeftButton:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self._press = event.position()
            self._press_viewport = self._target or self._viewport
            self._dragging = False
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Drag pans; otherwise track the hovered item."""
        if self._press is not None and self._press_viewport is not None:
            dx = event.position().x() - self._press.x()
            if self._dragging or abs(dx) > CLICK_SLOP:
                self._dragging = True
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
                v = self._press_viewport
                self.set_viewport(v.pan(-dx * v.span / self.canvas_width()), animate=False)
            return
        hit = self.hit(event.position())
        hovered = hit if isinstance(hit, int) else None
        cluster = None if hit is None or isinstance(hit, int) else hit
        if hovered != self._hovered or cluster != self._hovered_cluster:
            self._hovered, self._hovered_cluster = hovered, cluster
            pointing = hit is not None
            self.setCursor(
                Qt.CursorShape.PointingHandCursor if pointing else Qt.CursorShape.ArrowCursor
            )
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A click selects an event, zooms into a cluster, or clears the selection."""
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            super().mouseReleaseEvent(event)
            return
        was_drag = self._dragging
        self._press, self._press_viewport, self._dragging = None, None, False
        self.setCursor(Qt.CursorShape.ArrowCursor)
        if was_drag:
            return
        hit = self.hit(event.position())
        if isinstance(hit, int):
            self._model.select(hit)
        elif hit is not None:
            self.zoom_into_cluster(hit.t0, hit.t1)
        else:
            self._model.select(None)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """Double-click on an event opens its details."""
        hit = self.hit(event.position())
        if isinstance(hit, int):
            self._model.select(hit)
            self.activated.emit(hit)
        elif hit is None:
            super().mouseDoubleClickEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        """Forget the hovered item."""
        if self._hovered is not None or self._hovered_cluster is not None:
            self._hovered, self._hovered_cluster = None, None
            self.update()
        super().leaveEvent(event)

    def zoom_into_cluster(self, t0: float, t1: float) -> None:
        """Frame a cluster's period so its events can be told apart."""
        pad = (t1 - t0) * 0.15
        self.set_viewport(Viewport.from_days(t0 - pad, t1 + pad))

    # -- keyboard -----------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """+ / - zoom, arrows pan (Up/Down scroll lanes), Home/End, Enter opens details."""
        key = event.key()
        Key = Qt.Key
        if key in (Key.Key_Plus, Key.Key_Equal):
            self.zoom(KEY_ZOOM)
        elif key in (Key.Key_Minus, Key.Key_Underscore):
            self.zoom(1 / KEY_ZOOM)
        elif key == Key.Key_Left:
            self.pan(-KEY_PAN)
        elif key == Key.Key_Right:
            self.pan(KEY_PAN)
        elif key in (Key.Key_Up, Key.Key_Down):
            step = self._scrollbar.singleStep() * (-1 if key == Key.Key_Up else 1)
            self._scrollbar.setValue(self._scrollbar.value() + step)
        elif key in (Key.Key_Home, Key.Key_End):
            self._go_to_end(first=key == Key.Key_Home)
        elif key in (Key.Key_Return, Key.Key_Enter):
            selected = self._model.selected_id()
            if selected is not None:
                self.activated.emit(selected)
        elif key == Key.Key_Escape and self._model.selected_id() is not None:
            self._model.select(None)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _go_to_end(self, first: bool) -> None:
        events = self._model.visible_rows()
        if not events:
            return
        event = events[0] if first else max(events, key=lambda e: (e.end, e.start, e.id))
        base = self._target or self._viewport
        if first:
            t0 = to_days(event.start) - base.span * 0.05
            self.set_viewport(Viewport.from_days(t0, t0 + base.span))
        else:
            t1 = to_days(event.end) + 1 + base.span * 0.05
            self.set_viewport(Viewport.from_days(t1 - base.span, t1))

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab walk the selection through the events in time order."""
        if not self.hasFocus():
            return super().focusNextPrevChild(next)
        target = self._model.next_id(self._model.selected_id(), 1 if next else -1)
        if target is not None:
            self._model.select(target)
        return True

    def anchor_time(self, x: float) -> datetime:
        """The instant at a widget x position."""
        return (self._target or self._viewport).x_to_time(x, self.canvas_width())
