"""Bringing the selected event into view: pan in time, scroll to its lane row (a view mixin)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from timeline.app.timeline_paint import LaneBand, Metrics
from timeline.core.viewport import Viewport, to_days

if TYPE_CHECKING:
    from PySide6.QtWidgets import QScrollBar

    from timeline.app.timeline_model import TimelineModel, TimelineRow
    from timeline.app.timeline_paint import Scene

    _Base = QWidget
else:
    _Base = object

#: Share of the visible width at each side within which a selected event counts as off-screen.
REVEAL_MARGIN = 0.02


class FollowMixin(_Base):
    """Follows the model's selection: the selected event is kept in view both ways."""

    if TYPE_CHECKING:  # provided by TimelineView and SceneMixin
        _model: TimelineModel
        _viewport: Viewport
        _target: Viewport | None
        _scrollbar: QScrollBar
        _bands: list[LaneBand]
        _lane_no: dict[str, int]
        _reveal_pending: bool

        def set_viewport(self, target: Viewport, animate: bool = True) -> None: ...
        def _ensure_scene(self, every_lane: bool = False) -> Scene: ...
        def _row_y(self, band: LaneBand, row: int) -> float: ...
        def _selected_event(self) -> TimelineRow | None: ...

    def row_showing(self, event_id: int) -> tuple[LaneBand, int] | None:
        """The lane and row where an event is drawn, or its cluster (row 0 if neither)."""
        event = self._model.row(event_id)
        if event is None or not self._model.is_visible(event_id):
            return None
        self._ensure_scene()
        lane = self._lane_no.get(self._model.lane_of(event), 0)
        band = next((b for b in self._bands if b.lane == lane), None)
        return None if band is None else (band, _row_of(band, event_id, event.t0))

    def event_row_y(self, event_id: int) -> float | None:
        """The widget y of the middle of the row showing an event (see ``row_showing``)."""
        shown = self.row_showing(event_id)
        return None if shown is None else self._row_y(*shown)

    def _follow_selection(self, event_id: object) -> None:
        self.update()
        event = self._selected_event()
        if event is None:
            return
        v = self._target or self._viewport
        target = _period_showing(v, to_days(event.start), to_days(event.end) + 1)
        if target is not v:
            self.set_viewport(target)
        # The row is known once the layout at the new period is built: now when
        # nothing is animating, and again at the next paint (after any resize).
        self._reveal_pending = True
        if self._target is None:
            self.reveal_selected_row()

    def reveal_selected_row(self) -> None:
        """Scroll the lanes vertically so the selected event's row (or cluster) shows."""
        selected = self._model.selected_id()
        shown = None if selected is None else self.row_showing(selected)
        if shown is None:
            return
        band, row = shown
        m = Metrics.for_font(self.font())
        room = self.height() - m.axis_h
        if band.height <= room:  # the whole lane, its label included
            top, bottom = band.top, band.top + band.height
        else:
            top = band.row_top(row, m) - (m.header_h if row == 0 else 0.0)
            bottom = band.row_top(row, m) + m.row_h
        bar = self._scrollbar
        value = bar.value()
        if top < value:
            value = int(top)
        elif bottom > value + room:
            value = int(min(top, bottom - room) + 0.999)
        if value != bar.value():
            bar.setValue(max(bar.minimum(), min(bar.maximum(), value)))


def _period_showing(v: Viewport, t0: float, t1: float) -> Viewport:
    """``v``, or ``v`` panned (same zoom) so the event ``[t0, t1)`` shows, ``v`` itself if it does.

    An event that fits is brought wholly inside, centred; one longer than the
    period is left alone while it covers part of it, else its start is shown.
    """
    width = v.t1 - v.t0
    if t1 - t0 <= width:
        margin = min(width * REVEAL_MARGIN, (width - (t1 - t0)) / 2)
        if t0 >= v.t0 + margin and t1 <= v.t1 - margin:
            return v
        return v.centred_on((t0 + t1) / 2)
    if t1 > v.t0 and t0 < v.t1:
        return v
    return v.centred_on(t0 + width * 0.4)


def _row_of(band: LaneBand, event_id: int, t0: float) -> int:
    """The row where ``band`` shows an event: its own, its cluster's, else the first."""
    if band.layout is None:
        return 0
    for placed in band.layout.events:
        if placed.item.id == event_id:
            return placed.row
    for cluster in band.layout.clusters:
        if cluster.t0 <= t0 < cluster.t1:
            return cluster.row
    return 0
