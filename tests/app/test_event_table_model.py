"""The event list: a sound item model, sorting, and selection in sync with the timeline model."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt

from timeline.app.event_table import DATE, SOURCES, TITLE, EventTable, EventTableModel
from timeline.app.timeline_model import EventFilter, TimelineModel
from timeline.store import Store

pytestmark = pytest.mark.gui


def test_table_model_passes_the_model_tester(
    qtmodeltester, sample_store: Store, make_model: Callable[[Store], TimelineModel]
) -> None:
    model = make_model(sample_store)
    table_model = EventTableModel(model)
    qtmodeltester.check(table_model, force_py=True)
    model.set_filter(EventFilter(search="summit"))
    qtmodeltester.check(table_model, force_py=True)


def test_rows_follow_the_filter(
    qtbot, sample_store: Store, make_model: Callable[[Store], TimelineModel]
) -> None:
    model = make_model(sample_store)
    table = EventTable(model)
    qtbot.addWidget(table)
    assert table.row_count() == len(model.visible_events())
    model.set_filter(EventFilter(lanes=frozenset({"Economy"})))
    titles = {table.source_model.index(r, TITLE).data() for r in range(table.row_count())}
    assert titles == {"Summer of budget negotiations", "Spring talks on sanctions"}


@pytest.mark.parametrize(
    ("column", "order"),
    [
        (DATE, Qt.SortOrder.DescendingOrder),
        (TITLE, Qt.SortOrder.AscendingOrder),
        (SOURCES, Qt.SortOrder.DescendingOrder),
    ],
)
def test_sorting_orders_rows_by_the_column(
    qtbot,
    sample_store: Store,
    make_model: Callable[[Store], TimelineModel],
    column: int,
    order: Qt.SortOrder,
) -> None:
    model = make_model(sample_store)
    table = EventTable(model)
    qtbot.addWidget(table)
    table.sortByColumn(column, order)
    events = [model.cached_event(table.event_id_at(r)) for r in range(table.row_count())]
    keys = {
        DATE: lambda e: (e.start, e.end, e.id),
        TITLE: lambda e: e.title.casefold(),
        SOURCES: lambda e: e.source_count,
    }[column]
    values = [keys(e) for e in events]
    assert values == sorted(values, reverse=order == Qt.SortOrder.DescendingOrder)


def test_selection_syncs_both_ways(
    qtbot, sample_store: Store, make_model: Callable[[Store], TimelineModel]
) -> None:
    model = make_model(sample_store)
    table = EventTable(model)
    qtbot.addWidget(table)
    table.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)

    # table -> model
    with qtbot.waitSignal(model.selectionChanged) as changed:
        table.selectRow(3)
    assert changed.args == [table.event_id_at(3)]
    assert model.selected_id() == table.event_id_at(3)

    # model -> table
    target = model.visible_events()[-1].id
    model.select(target)
    assert table.selected_event_id() == target
    model.select(None)
    assert table.selected_event_id() is None


def test_enter_on_a_row_asks_for_details(
    qtbot, sample_store: Store, make_model: Callable[[Store], TimelineModel]
) -> None:
    model = make_model(sample_store)
    table = EventTable(model)
    qtbot.addWidget(table)
    table.selectRow(0)
    with qtbot.waitSignal(table.activated_event) as activated:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert activated.args == [table.event_id_at(0)]


def test_sort_keeps_the_selection_and_survives_a_filter_change(
    qtbot, sample_store: Store, make_model: Callable[[Store], TimelineModel]
) -> None:
    model = make_model(sample_store)
    table = EventTable(model)
    qtbot.addWidget(table)
    target = model.visible_events()[7].id
    model.select(target)
    table.sortByColumn(TITLE, Qt.SortOrder.DescendingOrder)
    assert table.selected_event_id() == target
    assert table.currentIndex().row() == table.source_model.row_of(target)

    model.set_filter(EventFilter(lanes=frozenset({"Summits"})))
    titles = [table.source_model.index(r, TITLE).data() for r in range(table.row_count())]
    assert titles == sorted(titles, key=str.casefold, reverse=True)


def test_list_follows_the_timeline_period_unless_a_selection_is_in_sight(
    qtbot, sample_store: Store, make_model: Callable[[Store], TimelineModel]
) -> None:
    from datetime import date, datetime

    model = make_model(sample_store)
    table = EventTable(model)
    qtbot.addWidget(table)
    table.resize(500, 160)
    table.show()
    qtbot.waitExposed(table)
    table.follow_period(datetime(2011, 5, 1), datetime(2011, 6, 1))
    top = table.event_id_at(table.rowAt(0))
    first = next(e for e in model.visible_events() if e.start >= date(2011, 5, 1))
    assert top == first.id

    model.select(model.visible_events()[0].id)  # scrolls the first row into sight
    table.follow_period(datetime(2011, 5, 1), datetime(2011, 6, 1))
    assert table.rowAt(0) == 0  # the visible selection is not scrolled away


def test_listing_overview_and_filters_read_no_full_rows(
    qtbot,
    monkeypatch: pytest.MonkeyPatch,
    sample_store: Store,
    make_model: Callable[[Store], TimelineModel],
) -> None:
    # Reading every event's summary, tags and notes took a second at 100,000 events;
    # the list, its sorting, the overview and the filter panel's tag list do not need them.
    from timeline.app import timeline_model
    from timeline.app.filters import FilterPanel
    from timeline.app.overview import OverviewStrip
    from timeline.app.timeline_view import TimelineView

    model = make_model(sample_store)

    def refuse(*_args: object, **_kwargs: object) -> list[object]:
        raise AssertionError("full rows were read")

    monkeypatch.setattr(timeline_model, "load_events", refuse)
    table = EventTable(model)
    qtbot.addWidget(table)
    view = TimelineView(model)
    qtbot.addWidget(view)
    view.resize(800, 400)
    view.zoom_to_fit(animate=False)
    view.grab()
    strip = OverviewStrip(model, view)
    qtbot.addWidget(strip)
    strip.resize(800, 40)
    strip.grab()
    panel = FilterPanel(model)  # lists the tags with their counts
    qtbot.addWidget(panel)
    table.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    model.set_filter(EventFilter(search="summit"))
    view.grab()
    assert table.row_count() == len(model.visible_rows()) > 0
    titles = [table.source_model.index(r, TITLE).data() for r in range(table.row_count())]
    assert titles == sorted(titles, key=str.casefold)
