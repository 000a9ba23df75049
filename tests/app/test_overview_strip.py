"""The overview strip: histogram of the collection and a draggable, resizable window."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from timeline.app.overview import OverviewStrip
from timeline.app.timeline_model import EventFilter, TimelineModel
from timeline.app.timeline_view import TimelineView
from timeline.store import Store

pytestmark = pytest.mark.gui


@pytest.fixture
def pair(
    qtbot, sample_store: Store, make_model: Callable[[Store], TimelineModel]
) -> Iterator[tuple[TimelineView, OverviewStrip]]:
    host = QWidget()
    layout = QVBoxLayout(host)
    model = make_model(sample_store)
    view = TimelineView(model)
    strip = OverviewStrip(model, view)
    layout.addWidget(view)
    layout.addWidget(strip)
    qtbot.addWidget(host)
    view.set_animations_enabled(False)
    host.resize(1000, 500)
    host.show()
    qtbot.waitExposed(host)
    view.zoom_to_fit(animate=False)
    view.zoom(0.2)  # a window narrower than the collection
    yield view, strip


def test_histogram_counts_every_visible_event(pair: tuple[TimelineView, OverviewStrip]) -> None:
    view, strip = pair
    assert sum(strip.bins()) == len(view.model.visible_events())
    peak = max(strip.bins())
    assert peak >= 10  # the dense week stands out


def test_histogram_follows_filter(pair: tuple[TimelineView, OverviewStrip]) -> None:
    view, strip = pair
    view.model.set_filter(EventFilter(lanes=frozenset({"Economy"})))
    assert sum(strip.bins()) == 2


def test_window_rect_tracks_view(qtbot, pair: tuple[TimelineView, OverviewStrip]) -> None:
    view, strip = pair
    before = strip.window_rect()
    view.pan(0.5)
    after = strip.window_rect()
    assert after.left() > before.left()
    assert after.width() == pytest.approx(before.width(), abs=1.0)


def test_dragging_rectangle_moves_view(qtbot, pair: tuple[TimelineView, OverviewStrip]) -> None:
    view, strip = pair
    rect = strip.window_rect()
    start_before, end_before = view.visible_window()
    y = int(rect.center().y())
    centre = QPoint(int(rect.center().x()), y)
    qtbot.mousePress(strip, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseMove(strip, centre + QPoint(80, 0))
    qtbot.mouseRelease(strip, Qt.MouseButton.LeftButton, pos=centre + QPoint(80, 0))
    start, end = view.visible_window()
    assert start > start_before
    assert (end - start).total_seconds() == pytest.approx(
        (end_before - start_before).total_seconds(), rel=1e-3
    )


def test_dragging_right_edge_resizes(qtbot, pair: tuple[TimelineView, OverviewStrip]) -> None:
    view, strip = pair
    rect = strip.window_rect()
    start_before, end_before = view.visible_window()
    edge = QPoint(int(rect.right()) - 1, int(rect.center().y()))
    qtbot.mousePress(strip, Qt.MouseButton.LeftButton, pos=edge)
    qtbot.mouseMove(strip, edge + QPoint(120, 0))
    qtbot.mouseRelease(strip, Qt.MouseButton.LeftButton, pos=edge + QPoint(120, 0))
    start, end = view.visible_window()
    assert abs((start - start_before).total_seconds()) < 60
    assert end > end_before


def test_click_outside_jumps(qtbot, pair: tuple[TimelineView, OverviewStrip]) -> None:
    view, strip = pair
    rect = strip.window_rect()
    target_x = 5 if rect.left() > strip.width() / 2 else strip.width() - 5
    start_before, _ = view.visible_window()
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(target_x, 10))
    start, _ = view.visible_window()
    assert (start < start_before) == (target_x == 5)
