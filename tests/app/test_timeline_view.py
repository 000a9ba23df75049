"""The painted timeline widget driven as a user would: zoom, pan, click, Tab, clusters, search."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QScrollBar

from tests.app.conftest import DENSE_COUNT, DENSE_FIRST
from timeline.app.cached_scroll_bar import CachedScrollBar
from timeline.app.timeline_model import EventFilter, LaneMode, TimelineModel
from timeline.app.timeline_paint import Metrics
from timeline.app.timeline_view import TimelineView
from timeline.store import Store

pytestmark = pytest.mark.gui

ModelFactory = Callable[[Store], TimelineModel]


@pytest.fixture
def view(qtbot, sample_store: Store, make_model: ModelFactory) -> Iterator[TimelineView]:
    widget = TimelineView(make_model(sample_store))
    qtbot.addWidget(widget)
    widget.set_animations_enabled(False)
    widget.resize(1100, 520)
    widget.show()
    qtbot.waitExposed(widget)
    widget.zoom_to_fit(animate=False)
    yield widget


def span_days(view: TimelineView) -> float:
    start, end = view.visible_window()
    return (end - start).total_seconds() / 86400


def test_fit_frames_every_event(view: TimelineView) -> None:
    start, end = view.visible_window()
    first, last = view.model.extent()  # type: ignore[misc]
    assert start.date() <= first and end.date() > last
    assert span_days(view) < (last - first).days * 1.2


@pytest.mark.parametrize(("key", "grows"), [(Qt.Key.Key_Plus, False), (Qt.Key.Key_Minus, True)])
def test_plus_minus_zoom(qtbot, view: TimelineView, key: Qt.Key, grows: bool) -> None:
    before = span_days(view)
    with qtbot.waitSignal(view.windowChanged):
        qtbot.keyClick(view, key)
    assert (span_days(view) > before) == grows


@pytest.mark.parametrize(("key", "later"), [(Qt.Key.Key_Right, True), (Qt.Key.Key_Left, False)])
def test_arrows_pan(qtbot, view: TimelineView, key: Qt.Key, later: bool) -> None:
    before_start, _ = view.visible_window()
    span = span_days(view)
    qtbot.keyClick(view, key)
    start, _ = view.visible_window()
    assert (start > before_start) == later
    assert span_days(view) == pytest.approx(span)


def test_wheel_zooms_at_cursor(qtbot, view: TimelineView) -> None:
    from PySide6.QtCore import QPoint as P
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    x = 300.0
    anchor_before = view.viewport().x_to_day(x, view.canvas_width())
    event = QWheelEvent(QPointF(x, 200), view.mapToGlobal(QPointF(x, 200)), P(0, 0),
                        P(0, 240), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)  # fmt: skip
    before = span_days(view)
    QApplication.sendEvent(view, event)
    assert span_days(view) < before
    assert view.viewport().x_to_day(x, view.canvas_width()) == pytest.approx(
        anchor_before, abs=1e-3
    )


def test_drag_pans(qtbot, view: TimelineView) -> None:
    start_before, _ = view.visible_window()
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(600, 450))
    qtbot.mouseMove(view, QPoint(400, 450))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(400, 450))
    start, _ = view.visible_window()
    assert start > start_before  # dragging left shows later times


def test_click_selects_event_and_double_click_activates(qtbot, view: TimelineView) -> None:
    placed, _band = next((p, b) for p, b in view.placed_events() if p.kind == "point")
    point = view.event_point(placed.item.id)
    assert point is not None
    with qtbot.waitSignal(view.model.selectionChanged) as blocker:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=point.toPoint())
    assert blocker.args == [placed.item.id]
    with qtbot.waitSignal(view.activated) as blocker:
        qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=point.toPoint())
    assert blocker.args == [placed.item.id]


def test_tab_walks_events_and_enter_activates(qtbot, view: TimelineView) -> None:
    view.setFocus()
    ids = [e.id for e in view.model.visible_events()]
    for expected in ids[:4]:
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        assert view.model.selected_id() == expected
    qtbot.keyClick(view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert view.model.selected_id() == ids[2]
    with qtbot.waitSignal(view.activated) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == [ids[2]]


def test_selection_from_model_scrolls_into_view(view: TimelineView) -> None:
    view.set_window(datetime(2010, 1, 1), datetime(2010, 2, 1), animate=False)
    last = view.model.visible_events()[-1]
    view.model.select(last.id)
    start, end = view.visible_window()
    assert start.date() <= last.start <= end.date()


def test_dense_week_clusters_and_click_zooms_in(qtbot, view: TimelineView) -> None:
    clusters = view.clusters()
    assert clusters and sum(c.count for c, _ in clusters) >= DENSE_COUNT
    cluster, band = max(clusters, key=lambda cb: cb[0].count)
    before = span_days(view)
    with qtbot.waitSignal(view.windowChanged):
        qtbot.mouseClick(
            view, Qt.MouseButton.LeftButton, pos=view.cluster_point(cluster, band).toPoint()
        )
    assert span_days(view) < before / 5
    start, end = view.visible_window()
    assert start.date() <= DENSE_FIRST + timedelta(days=1) <= end.date()


def test_home_end_go_to_first_and_last_event(qtbot, view: TimelineView) -> None:
    view.set_window(datetime(2011, 6, 1), datetime(2011, 6, 8), animate=False)
    qtbot.keyClick(view, Qt.Key.Key_End)
    _, end = view.visible_window()
    assert end.date() >= view.model.extent()[1]  # type: ignore[index]
    qtbot.keyClick(view, Qt.Key.Key_Home)
    start, _ = view.visible_window()
    assert start.date() <= view.model.extent()[0]  # type: ignore[index]


def test_zoom_to_selection(view: TimelineView) -> None:
    event = view.model.visible_events()[3]
    view.model.select(event.id)
    view.zoom_to_selection()
    start, end = view.visible_window()
    assert start.date() <= event.start and event.end <= end.date()
    duration = (event.end - event.start).days + 1
    assert span_days(view) <= max(duration * 3, 15)


def test_animation_reaches_target(qtbot, view: TimelineView) -> None:
    view.set_animations_enabled(True)
    target = (datetime(2011, 3, 1), datetime(2011, 4, 1))
    view.set_window(*target)
    assert view.visible_window() == target or abs(view.visible_window()[0] - target[0]) < timedelta(
        seconds=1
    )
    qtbot.waitUntil(lambda: abs(view.viewport().start - target[0]) < timedelta(seconds=1))


def test_search_highlights_matches_and_keeps_context(view: TimelineView) -> None:
    model = view.model
    model.set_filter(EventFilter(search="honolulu"))
    placed_ids = {p.item.id for p, _ in view.placed_events()}
    clustered = sum(c.count for c, _ in view.clusters())
    assert placed_ids <= model.highlighted_ids()
    assert len(placed_ids) + clustered == len(model.highlighted_ids())
    assert any(band.rug for band in view.lane_bands())


@pytest.mark.parametrize(
    ("mode", "lanes"),
    [(LaneMode.TOPIC, 4), (LaneMode.SOURCE, 3), (LaneMode.NONE, 1)],
)
def test_lane_modes_change_bands(view: TimelineView, mode: LaneMode, lanes: int) -> None:
    view.model.set_lane_mode(mode)
    assert len(view.lane_bands()) == lanes


def test_tooltip_names_event(qtbot, view: TimelineView) -> None:
    placed, _ = view.placed_events()[0]
    row = view.model.cached_event(placed.item.id)
    from timeline.app.timeline_format import event_tooltip

    assert row is not None and row.title in event_tooltip(row)
    assert view.hit(view.event_point(placed.item.id)) == placed.item.id  # type: ignore[arg-type]


def _has_ink(image: QImage, background: QColor) -> bool:
    for y in range(60, image.height(), 6):
        for x in range(0, image.width(), 6):
            if image.pixelColor(x, y) != background:
                return True
    return False


def test_empty_store_shows_hint(qtbot, empty_store: Store, make_model: ModelFactory) -> None:
    widget = TimelineView(make_model(empty_store))
    qtbot.addWidget(widget)
    widget.resize(600, 300)
    assert "Import" in widget._empty_text()
    image = widget.grab().toImage()
    assert not image.isNull()


def test_filters_hiding_everything_say_so(view: TimelineView) -> None:
    view.model.set_filter(EventFilter(min_sources=99))
    assert view._empty_text() == "No events match the filters"
    assert not view.placed_events()


def test_fit_ignores_stray_mentions_far_from_the_coverage(
    qtbot, tmp_path, make_model: ModelFactory
) -> None:
    from datetime import date

    from tests.app.conftest import Spec, build_store, sample_specs

    strays = [
        Spec(date(1945, 5, 9), date(1945, 5, 9), "day", "Victory Day recalled", "Security",
             "Daily Ledger", "in 1945"),
        Spec(date(1999, 12, 31), date(1999, 12, 31), "day", "An old resignation recalled",
             "Security", "World Wire", "on Dec. 31, 1999"),
    ]  # fmt: skip
    store = build_store(tmp_path / "strays.db", sample_specs() + strays)
    widget = TimelineView(make_model(store))
    qtbot.addWidget(widget)
    widget.resize(900, 400)
    widget.zoom_to_fit(animate=False)
    start, end = widget.visible_window()
    assert datetime(2010, 6, 1) < start <= datetime(2010, 12, 22)
    assert datetime(2012, 5, 19) <= end < datetime(2012, 12, 1)
    widget.zoom_to_fit(animate=False, everything=True)
    assert widget.visible_window()[0] < datetime(1945, 5, 9)
    store.close()


# -- bringing the selection into view ------------------------------------------------


def row_is_visible(view: TimelineView, event_id: int) -> bool:
    """True when the row showing the event lies between the axis and the bottom edge."""
    y = view.event_row_y(event_id)
    axis_h = Metrics.for_font(view.font()).axis_h
    return y is not None and axis_h < y < view.height()


def event_days(view: TimelineView, event_id: int) -> tuple[datetime, datetime]:
    row = view.model.row(event_id)
    assert row is not None
    return (datetime.combine(row.start, datetime.min.time()),
            datetime.combine(row.end, datetime.min.time()) + timedelta(days=1))  # fmt: skip


@pytest.mark.parametrize(
    ("title", "offset_days"),
    [
        ("G8 summit at Camp David", -200),  # far later than the window
        ("Senate ratifies the arms treaty", 300),  # far earlier
        ("APEC summit in Honolulu", -1.5),  # only partly inside, at the right edge
        ("Treaty enters into force at Munich", 0),  # already inside: nothing moves
    ],
)
def test_selecting_pans_to_the_event_without_zooming(
    view: TimelineView, title: str, offset_days: float
) -> None:
    event = next(e for e in view.model.visible_events() if e.title == title)
    first, last = event_days(view, event.id)
    span = timedelta(days=20)
    # A window whose end sits offset_days after the event's end (centred when 0).
    end = last + timedelta(days=offset_days) if offset_days else last + span / 2
    view.set_window(end - span, end, animate=False)
    before = view.visible_window()
    view.model.select(event.id)
    start, stop = view.visible_window()
    assert stop - start == pytest.approx(span, abs=timedelta(seconds=1))
    assert start <= first and last <= stop
    assert ((start, stop) == before) == (offset_days == 0)


def test_selecting_a_long_event_overlapping_the_window_keeps_it(view: TimelineView) -> None:
    year = next(e for e in view.model.visible_events() if e.precision == "year")
    view.set_window(datetime(2011, 6, 1), datetime(2011, 6, 15), animate=False)
    view.model.select(year.id)
    assert view.visible_window() == (datetime(2011, 6, 1), datetime(2011, 6, 15))


@pytest.fixture
def short_view(view: TimelineView) -> TimelineView:
    """The view too short for its lanes, at the dense week, scrolled to the top."""
    view.resize(900, 240)
    view.set_window(datetime(2011, 9, 8), datetime(2011, 9, 22), animate=False)
    view.lane_bands()
    assert view._scrollbar.maximum() > 0
    view._scrollbar.setValue(0)
    return view


def last_lane_event(view: TimelineView) -> int:
    """The event inside the window drawn lowest (in the last row of the lowest lane)."""
    start, end = view.visible_window()
    inside = [e.id for e in view.model.visible_events() if start.date() <= e.start < end.date()]
    return max(inside, key=lambda i: view.event_row_y(i) or 0.0)


def test_selecting_in_a_lane_below_scrolls_down_and_back_up(short_view: TimelineView) -> None:
    view = short_view
    low = last_lane_event(view)
    assert not row_is_visible(view, low)
    view.model.select(low)
    assert view._scrollbar.value() > 0
    assert row_is_visible(view, low)
    top_lane = view.lane_bands()[0]
    high = next(e.id for e in view.model.visible_events() if view.model.lane_of(e) == top_lane.name)
    view.model.select(high)
    assert row_is_visible(view, high)


def test_tab_keeps_the_selected_row_visible(qtbot, short_view: TimelineView) -> None:
    view = short_view
    ids = [e.id for e in view.model.visible_events()]
    dense = [e.id for e in view.model.visible_events() if e.start >= DENSE_FIRST]
    view.model.select(ids[ids.index(dense[0]) - 1])  # the event before the dense week
    view._scrollbar.setValue(0)
    view.setFocus()
    scrolled = []
    for _ in range(DENSE_COUNT):
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        selected = view.model.selected_id()
        assert selected is not None
        assert row_is_visible(view, selected)
        start, end = view.visible_window()
        first, last = event_days(view, selected)
        assert start <= first and last <= end
        scrolled.append(view._scrollbar.value())
    assert max(scrolled) > 0  # some rows were below the visible area


def test_animated_selection_ends_with_the_row_visible(qtbot, short_view: TimelineView) -> None:
    view = short_view
    low = last_lane_event(view)
    dense_start, dense_end = view.visible_window()
    away = (dense_start - timedelta(days=14), dense_end - timedelta(days=14))
    # Where the selection will pan to, and that its row is hidden there unscrolled.
    view.set_window(*away, animate=False)
    view.model.select(low)
    arrival = view.visible_window()
    view.model.select(None)
    view.set_window(*arrival, animate=False)
    view._scrollbar.setValue(0)
    assert not row_is_visible(view, low)
    view.set_window(*away, animate=False)
    view._scrollbar.setValue(0)
    view.set_animations_enabled(True)
    view.model.select(low)
    assert view._target is not None  # animating
    qtbot.waitUntil(lambda: view._target is None and row_is_visible(view, low))
    assert view.visible_window() == arrival


def test_selection_made_before_showing_is_revealed_at_first_paint(
    qtbot, sample_store: Store, make_model: ModelFactory
) -> None:
    model = make_model(sample_store)
    widget = TimelineView(model)
    qtbot.addWidget(widget)
    widget.set_animations_enabled(False)
    widget.resize(900, 240)
    widget.set_window(datetime(2011, 9, 8), datetime(2011, 9, 22), animate=False)
    low = last_lane_event(widget)
    assert not row_is_visible(widget, low)
    # As --select does: selected while the window is laid out at another size.
    widget.resize(1200, 700)
    model.select(low)
    assert widget._scrollbar.value() == 0
    widget.resize(900, 240)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: row_is_visible(widget, low))


def _scroll_bar_picture(bar: QScrollBar) -> QImage:
    image = QImage(bar.size(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    bar.render(image)
    return image


def _largest_difference(a: QImage, b: QImage) -> int:
    worst = 0
    for y in range(a.height()):
        for x in range(a.width()):
            pa, pb = a.pixelColor(x, y), b.pixelColor(x, y)
            worst = max(worst, *(abs(u - v) for u, v in zip(pa.getRgb(), pb.getRgb(), strict=True)))
    return worst


@pytest.mark.gui
@pytest.mark.parametrize("orientation", [Qt.Orientation.Vertical, Qt.Orientation.Horizontal])
def test_cached_scroll_bar_looks_like_the_style_drawing(qtbot, orientation: Qt.Orientation) -> None:
    plain, cached = QScrollBar(orientation), CachedScrollBar(orientation)
    for bar in (plain, cached):
        qtbot.addWidget(bar)
        bar.resize(QSize(14, 300) if orientation == Qt.Orientation.Vertical else QSize(300, 14))
        bar.setPageStep(250)
    for maximum, value in [(0, 0), (40, 0), (40, 40), (900, 0), (900, 333), (900, 900), (5000, 7)]:
        for bar in (plain, cached):
            bar.setRange(0, maximum)
            bar.setValue(value)
        # Compositing the handle over the track may round an edge pixel by one step.
        assert _largest_difference(_scroll_bar_picture(plain), _scroll_bar_picture(cached)) <= 2


def test_lanes_out_of_sight_are_laid_out_only_when_scrolled_to(short_view: TimelineView) -> None:
    view = short_view
    view.resize(900, 160)  # the smallest the view gets: the lowest lane is out of sight
    view.set_window(datetime(2011, 9, 9), datetime(2011, 9, 23), animate=False)
    view.grab()  # paints: lays out what shows
    bands = view._bands
    room = view.height() - Metrics.for_font(view.font()).axis_h
    waiting = [b for b in bands if b.layout is None]
    assert waiting, "every lane was laid out though most are below the visible area"
    assert all(b.top > room for b in waiting)
    assert all(b.layout is not None for b in bands if b.top <= room)
    view._scrollbar.setValue(view._scrollbar.maximum())
    view.grab()
    bottom = view._scrollbar.value() + room
    assert all(b.layout is not None for b in view._bands if b.top <= bottom)
    assert view._bands[-1].layout is not None  # the lowest lane, now in sight
    lowest = view._bands[-1].name
    drawn = {placed.item.id for placed, band in view.placed_events() if band.name == lowest}
    assert drawn or view._bands[-1].layout.clusters


def test_lanes_out_of_sight_still_count_for_the_empty_state(view: TimelineView) -> None:
    view.resize(900, 160)  # only the first lanes show
    view.set_window(datetime(2011, 9, 8), datetime(2011, 9, 22), animate=False)
    bands = view.lane_bands()
    start, end = view.visible_window()
    for event in view.model.visible_events():
        if not start.date() <= event.start < end.date():
            continue
        if view.model.lane_of(event) == bands[0].name:
            continue
        view.model.set_filter(EventFilter(search=event.title))
        shown = {view.model.lane_of(e) for e in view.model.visible_events()
                 if start.date() <= e.start < end.date()}  # fmt: skip
        if bands[0].name not in shown:
            break
    else:
        pytest.fail("no search leaves the first lane empty in the window")
    view._scrollbar.setValue(0)
    view.grab()
    assert view._bands[0].layout is not None and not view._bands[0].layout.events
    assert view._empty_text() == ""  # the matches are further down, not missing
