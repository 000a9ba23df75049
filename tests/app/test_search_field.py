"""The search field: debounced full-text search, and Enter / Shift+Enter through the matches."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt

from timeline.app.event_table import EventTable
from timeline.app.filters import FilterPanel
from timeline.app.search_bar import SearchField
from timeline.app.timeline_model import EventFilter, TimelineModel
from timeline.store import Store

pytestmark = pytest.mark.gui


def test_typing_filters_the_table_and_highlights_after_the_pause(
    qtbot, sample_store: Store, make_model: Callable[[Store], TimelineModel]
) -> None:
    model = make_model(sample_store)
    field, table = SearchField(model), EventTable(model)
    qtbot.addWidget(field)
    qtbot.addWidget(table)
    with qtbot.waitSignal(model.highlightChanged, timeout=2000):
        qtbot.keyClicks(field, "summit")
    listed = {table.event_id_at(r) for r in range(table.row_count())}
    assert listed == sample_store.search_event_ids("summit")
    assert len(listed) < model.total_count()
    assert model.highlighted_ids() == {e.id for e in model.visible_events()}


def test_enter_and_shift_enter_step_through_matches_in_time_order(
    qtbot, sample_store: Store, make_model: Callable[[Store], TimelineModel]
) -> None:
    model = make_model(sample_store)
    field = SearchField(model)
    qtbot.addWidget(field)
    field.setText("summit")
    qtbot.keyClick(field, Qt.Key.Key_Return)  # runs the pending search at once
    matches = field.matches()
    assert len(matches) >= 3
    assert model.selected_id() == matches[0]
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert model.selected_id() == matches[1]
    qtbot.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert model.selected_id() == matches[-1]  # wraps around


def test_clearing_the_filters_empties_the_field(
    qtbot, sample_store: Store, make_model: Callable[[Store], TimelineModel]
) -> None:
    model = make_model(sample_store)
    field = SearchField(model)
    qtbot.addWidget(field)
    field.setText("Camp David")
    field.apply()
    assert len(model.visible_events()) < model.total_count()
    model.set_filter(EventFilter())
    assert field.text() == ""


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda p: p.min_sources.setValue(2), lambda e: e.source_count >= 2),
        (lambda p: p.lane_list.item(0).setCheckState(Qt.CheckState.Unchecked), None),
        (lambda p: p.article_combo.setCurrentIndex(1), None),
    ],
)
def test_filter_widgets_change_the_model_filter(
    qtbot,
    sample_store: Store,
    make_model: Callable[[Store], TimelineModel],
    change: Callable[[FilterPanel], None],
    expected: Callable[[object], bool] | None,
) -> None:
    model = make_model(sample_store)
    panel = FilterPanel(model)
    qtbot.addWidget(panel)
    before = len(model.visible_events())
    with qtbot.waitSignal(model.eventsChanged):
        change(panel)
    assert model.filter() != EventFilter()
    assert len(model.visible_events()) < before
    if expected is not None:
        assert all(expected(e) for e in model.visible_events())
    panel.clear_button.click()
    assert model.filter() == EventFilter()
    assert len(model.visible_events()) == before
    assert panel.min_sources.value() == 1
    assert panel.article_combo.currentIndex() == 0


def test_date_range_keeps_overlapping_events(
    qtbot, sample_store: Store, make_model: Callable[[Store], TimelineModel]
) -> None:
    from datetime import date

    from PySide6.QtCore import QDate

    model = make_model(sample_store)
    panel = FilterPanel(model)
    qtbot.addWidget(panel)
    panel.from_edit.setDate(QDate(2012, 1, 1))
    panel.from_check.setChecked(True)
    assert model.filter().date_from == date(2012, 1, 1)
    assert model.visible_events()
    assert all(e.end >= date(2012, 1, 1) for e in model.visible_events())


def test_lane_list_follows_the_lane_mode_and_drops_a_stale_lane_filter(
    qtbot, sample_store: Store, make_model: Callable[[Store], TimelineModel]
) -> None:
    from timeline.app.timeline_model import LaneMode

    model = make_model(sample_store)
    panel = FilterPanel(model)
    qtbot.addWidget(panel)
    panel.lane_list.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert model.filter().lanes is not None
    model.set_lane_mode(LaneMode.SOURCE)
    assert model.filter().lanes is None
    names = [panel.lane_list.item(i).text() for i in range(panel.lane_list.count())]
    assert names == model.lanes()
    assert all(
        panel.lane_list.item(i).checkState() == Qt.CheckState.Checked
        for i in range(panel.lane_list.count())
    )
