"""The painted timeline widget: follows the TimelineModel, lays out visible events, takes input."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date, datetime

from PySide6.QtCore import (
    QEasingCurve,
    QEvent,
    QPointF,
    QRectF,
    QSignalBlocker,
    Qt,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QWidget

from timeline.app.cached_scroll_bar import CachedScrollBar
from timeline.app.text_width import canvas_font
from timeline.app.timeline_follow import FollowMixin
from timeline.app.timeline_format import AxisFormatter, item_label
from timeline.app.timeline_input import InputMixin
from timeline.app.timeline_model import LaneMode, TimelineModel, TimelineRow, bulk_allocation
from timeline.app.timeline_paint import LaneBand, Scene, TextCache, paint_scene
from timeline.app.timeline_scene import SceneMixin
from timeline.core.event_index import EventIndex, Spanned, core_span
from timeline.core.layout import Cluster, Placed
from timeline.core.viewport import Viewport, to_days

log = logging.getLogger(__name__)

#: How long animated transitions take.
ANIMATION_MS = 200


class TimelineView(FollowMixin, InputMixin, SceneMixin, QWidget):
    """The timeline canvas: axis, lanes, events and clusters of the model's visible window."""

    windowChanged = Signal(object, object)  # (datetime, datetime) visible period
    activated = Signal(int)  # Enter / double-click on an event: open details

    def __init__(self, model: TimelineModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setMinimumSize(240, 160)
        self.grabGesture(Qt.GestureType.PinchGesture)
        self._viewport = Viewport(datetime(2000, 1, 1), datetime(2001, 1, 1))
        self._target: Viewport | None = None
        self._animations = True
        self._animation = QVariantAnimation(self)
        self._animation.setDuration(ANIMATION_MS)
        self._animation.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._animation.setStartValue(0.0)
        self._animation.setEndValue(1.0)
        self._animation.valueChanged.connect(self._animate_step)
        self._anim_from = self._viewport
        self._scrollbar = CachedScrollBar(Qt.Orientation.Vertical, self)
        self._scrollbar.hide()
        self._scrollbar.valueChanged.connect(self.update)
        self._formatter = AxisFormatter()
        self._widths: dict[str, float] = {}
        self._texts = TextCache()
        self._lane_names: list[str] = []
        self._lane_no: dict[str, int] = {}
        self._reveal_pending = False
        self._labels: dict[int, str] = {}
        self._fits: dict[tuple[int, bool], tuple[float, float] | None] = {}
        self._index = EventIndex([], 0)
        self._context: EventIndex | None = None
        self._bands: list[LaneBand] = []
        self._through_lane = 0  # lanes to lay out even when out of sight (to the selection's)
        self._lane_rows: dict[str, int] = {}  # rows each lane took when last laid out
        self._scene: Scene | None = None
        self._hovered: int | None = None
        self._hovered_cluster: Cluster | None = None
        self.init_input()
        model.eventsChanged.connect(self._rebuild)
        model.laneModeChanged.connect(self._rebuild)
        model.highlightChanged.connect(self.update)
        model.selectionChanged.connect(self._follow_selection)
        self._rebuild()
        self.zoom_to_fit(animate=False)

    # -- public API -----------------------------------------------------------

    @property
    def model(self) -> TimelineModel:
        """The model the view shows."""
        return self._model

    def viewport(self) -> Viewport:
        """The current visible period as a Viewport value."""
        return self._viewport

    def visible_window(self) -> tuple[datetime, datetime]:
        """The visible period (the target of a running animation)."""
        v = self._target or self._viewport
        return v.start, v.end

    def set_window(self, start: datetime, end: datetime, animate: bool = True) -> None:
        """Show the period ``start``..``end``, with a short animation unless turned off."""
        self.set_viewport(Viewport(start, end), animate)

    def set_viewport(self, target: Viewport, animate: bool = True) -> None:
        """Show ``target``, animated when asked and animations are on."""
        self._animation.stop()
        if animate and self._animations and self.isVisible():
            self._anim_from = self._viewport
            self._target = target
            self._animation.start()
            self.windowChanged.emit(target.start, target.end)
            return
        self._target = None
        self._apply_viewport(target)

    def zoom(self, factor: float, anchor: datetime | None = None) -> None:
        """Zoom by ``factor`` (< 1 zooms in) around ``anchor`` (default: centre)."""
        base = self._target or self._viewport
        self.set_viewport(base.zoom(factor, anchor), animate=True)

    def pan(self, fraction: float) -> None:
        """Move by a fraction of the visible width (positive moves later)."""
        base = self._target or self._viewport
        self.set_viewport(base.pan_fraction(fraction), animate=True)

    def zoom_to_fit(self, animate: bool = True, everything: bool = False) -> None:
        """Frame the visible events: their bulk, or with ``everything`` all of them.

        The bulk is the period of the day-precise events that happened while the
        articles were published (from a month before the first to a week after
        the last), without strays far from the rest (see ``core_span``); the
        others stay reachable with Home, End and the overview strip.
        """
        span = self._fit_span(everything)
        if span is None:
            today = date.today()
            self.set_viewport(Viewport.around(date(today.year, 1, 1), date(today.year, 12, 31)),
                              animate)  # fmt: skip
            return
        pad = (span[1] - span[0]) * 0.04
        self.set_viewport(Viewport.from_days(span[0] - pad, span[1] + pad), animate)

    def _fit_span(self, everything: bool) -> tuple[float, float] | None:
        key = (self._model.generation, everything)
        cached = self._fits.get(key)
        if cached is not None or key in self._fits:
            return cached
        items = self._model.visible_rows() or self._model.context_rows()
        with bulk_allocation():  # many small tuples: no collections walking every row
            precise = [(i.t0, i.t1) for i in items if i.precision == "day"]
            if everything or len(precise) < 10:
                precise = [(i.t0, i.t1) for i in items]
            coverage = self._model.coverage()
            if coverage is not None and not everything:
                # News collections: frame what happened while the articles appeared.
                lo, hi = coverage[0].toordinal() - 31, coverage[1].toordinal() + 8
                inside = [s for s in precise if lo <= s[0] < hi]
                if len(inside) >= max(3, len(precise) // 4):
                    precise = inside
            span = core_span(precise, share=1.0 if everything else 0.9)
        self._fits = {key: span}
        return span

    def zoom_to_selection(self) -> None:
        """Frame the selected event with some context around it."""
        event = self._selected_event()
        if event is None:
            return
        t0, t1 = to_days(event.start), to_days(event.end) + 1
        span = max((t1 - t0) * 2.5, 14.0)
        centre = (t0 + t1) / 2
        self.set_viewport(Viewport.from_days(centre - span / 2, centre + span / 2))

    def set_animations_enabled(self, on: bool) -> None:
        """Turn the short animated transitions on or off."""
        self._animations = on
        if not on and self._target is not None:
            self._animation.stop()
            target, self._target = self._target, None
            self._apply_viewport(target)

    def animations_enabled(self) -> bool:
        """Whether transitions are animated."""
        return self._animations

    def lane_bands(self) -> list[LaneBand]:
        """The lanes as last laid out, all of them (for tests)."""
        self._ensure_scene(every_lane=True)
        return self._bands

    def placed_events(self) -> list[tuple[Placed, LaneBand]]:
        """Every event placed in the last frame with its lane (every lane laid out)."""
        self._ensure_scene(every_lane=True)
        return [(p, b) for b in self._bands if b.layout for p in b.layout.events]

    def clusters(self) -> list[tuple[Cluster, LaneBand]]:
        """Every cluster of the last frame with its lane (every lane laid out)."""
        self._ensure_scene(every_lane=True)
        return [(c, b) for b in self._bands if b.layout for c in b.layout.clusters]

    def event_point(self, event_id: int) -> QPointF | None:
        """The widget position of an event's marker (or label start), if it is placed."""
        for placed, band in self.placed_events():
            if placed.item.id == event_id:
                x = (placed.x0 + placed.x1) / 2 if placed.kind == "point" else placed.label_x + 2
                y = self._row_y(band, placed.row)
                return QPointF(min(max(x, 1), self.canvas_width() - 1), y)
        return None

    def cluster_point(self, cluster: Cluster, band: LaneBand) -> QPointF:
        """The widget position of the centre of a cluster badge."""
        return QPointF((cluster.x0 + cluster.x1) / 2, self._row_y(band, cluster.row))

    def canvas_width(self) -> float:
        """The width used for time (the widget minus a visible scroll bar)."""
        bar = self._scrollbar.width() if not self._scrollbar.isHidden() else 0
        return float(max(1, self.width() - bar))

    # -- model following ------------------------------------------------------

    def _rebuild(self) -> None:
        model = self._model
        visible, context = model.visible_rows(), model.context_rows()
        mode = model.lane_mode()
        lane_of = model.lane_of
        if mode is LaneMode.NONE:
            names = [""]
        elif mode is LaneMode.TOPIC:
            names = sorted({e.lane for e in context})
        else:
            present = {lane_of(e) for e in context}
            if mode is LaneMode.TAG:  # the model's order: biggest lanes first
                names = [name for name in model.lanes() if name in present]
            else:
                names = sorted(present)
        lane_no = {name: i for i, name in enumerate(names)}
        self._lane_names = names
        self._lane_no = lane_no
        self._labels = {}
        self._lane_rows = {}

        def lanes(rows: Sequence[TimelineRow]) -> list[int]:
            if mode is LaneMode.TOPIC:
                return [lane_no[e.lane] for e in rows]
            return [lane_no[lane_of(e)] for e in rows]

        with bulk_allocation():
            self._index = EventIndex(visible, len(names), lanes(visible))
            if len(visible) != len(context):  # a search hides some: draw them faded
                hidden = [e for e in context if not model.is_visible(e.id)]
                self._context = EventIndex(hidden, len(names), lanes(hidden))
            else:
                self._context = None
        self._scene = None
        self.update()

    def _label_of(self, item: Spanned) -> str:
        if item.precision == "day" and isinstance(item, TimelineRow):
            return item.title  # what item_label gives, without a lookup
        label = self._labels.get(item.id)
        if label is None:
            row = self._model.row(item.id)
            label = self._labels[item.id] = item_label(row) if row is not None else ""
        return label

    def _selected_event(self) -> TimelineRow | None:
        selected = self._model.selected_id()
        return None if selected is None else self._model.row(selected)

    # -- viewport and animation -------------------------------------------------

    def _apply_viewport(self, viewport: Viewport) -> None:
        changed = viewport != self._viewport
        self._viewport = viewport
        self._scene = None
        self.update()
        if changed and self._target is None:
            self.windowChanged.emit(viewport.start, viewport.end)

    def _animate_step(self, value: object) -> None:
        if self._target is None:
            return
        progress = float(value)  # type: ignore[arg-type]
        self._viewport = self._anim_from.interpolate(self._target, progress)
        if progress >= 1.0:
            self._viewport, self._target = self._target, None
        self._scene = None
        self.update()

    # -- frame building -----------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        """Lay out (if anything changed) and paint one frame."""
        scene = self._ensure_scene()
        if self._reveal_pending and self._target is None:
            self._reveal_pending = False
            with QSignalBlocker(self._scrollbar):
                self.reveal_selected_row()
            self._ensure_scene()  # lays out any lane the scrolling brought into view
        scene.scroll_y = float(self._scrollbar.value())
        scene.selected = self._model.selected_id()
        scene.hovered = self._hovered
        scene.hovered_cluster = self._hovered_cluster
        painter = QPainter(self)
        try:
            if scene.width < self.width():  # the corner above the vertical scroll bar
                corner = QRectF(scene.width, 0, self.width() - scene.width, scene.metrics.axis_h)
                painter.fillRect(corner, self.palette().color(QPalette.ColorRole.Window))
            paint_scene(painter, scene, self.palette(), canvas_font(self.font()))
        finally:
            painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Relayout for the new size."""
        self._scene = None
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        """Relayout when the font or palette changes."""
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self._widths.clear()
            self._texts.clear()
            self._scene = None
            self.update()
        super().changeEvent(event)
