"""The main window driven as a user would: zoom, click, Tab, search, sync, import, settings."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from timeline.app.main_window import MainWindow
from timeline.app.settings import Settings
from timeline.app.timeline_model import EventFilter, LaneMode
from timeline.store import Store

pytestmark = [
    pytest.mark.gui,
    # No Qt warning may appear while the window is driven (the offscreen
    # platform's own notes about window hints aside).
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("This plugin does not support"),
]

MakeWindow = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot, tmp_path: Path) -> Iterator[MakeWindow]:
    """Windows over a store with settings in tmp_path; closed (and settings saved) at the end."""
    made: list[MainWindow] = []

    def make(store: Store, settings_dir: Path | None = None) -> MainWindow:
        settings = Settings.at(settings_dir or tmp_path / "settings")
        window = MainWindow(store, settings, show_dialogs=False)
        qtbot.addWidget(window)
        if settings.geometry is None:
            window.resize(1300, 850)
        window.commands.animations.setChecked(False)
        window.show()
        window.activateWindow()
        qtbot.waitExposed(window)
        qtbot.waitActive(window)
        made.append(window)
        return window

    yield make
    for window in made:
        window.importer.shutdown()


def focus(qtbot, widget: object) -> None:
    """Give keyboard focus to ``widget`` and wait until it has it."""
    widget.setFocus()  # type: ignore[attr-defined]
    qtbot.waitUntil(widget.hasFocus)  # type: ignore[attr-defined]


def width(window: MainWindow) -> timedelta:
    start, end = window.view.visible_window()
    return end - start


def test_zoom_actions_and_keys_change_the_visible_window(
    qtbot, sample_store: Store, make_window: MakeWindow
) -> None:
    window = make_window(sample_store)
    before = width(window)
    window.commands.zoom_in.trigger()
    assert width(window) < before * 0.75
    window.commands.zoom_out.trigger()
    window.commands.zoom_out.trigger()
    assert width(window) > before * 1.25

    start = window.view.visible_window()[0]
    focus(qtbot, window.view)
    qtbot.keyClick(window.view, Qt.Key.Key_Right)
    assert window.view.visible_window()[0] > start
    qtbot.keyClick(window.view, Qt.Key.Key_Plus)
    assert width(window) < before * 2


def test_clicking_an_event_shows_its_source_sentence(
    qtbot, sample_store: Store, make_window: MakeWindow
) -> None:
    window = make_window(sample_store)
    placed = window.view.placed_events()
    assert placed, "the framed sample shows events"
    event_id = next(p.item.id for p, _band in placed if p.kind == "point")
    point = window.view.event_point(event_id)
    assert point is not None
    qtbot.mouseClick(window.view, Qt.MouseButton.LeftButton, pos=point.toPoint())
    assert window.model.selected_id() == event_id
    expected = [s.sentence for s in sample_store.sources(event_id)]
    assert window.details.sentence_texts() == expected
    assert window.table.selected_event_id() == event_id


def test_tab_walks_the_events_in_time_order(
    qtbot, sample_store: Store, make_window: MakeWindow
) -> None:
    window = make_window(sample_store)
    events = window.model.visible_events()
    focus(qtbot, window.view)
    qtbot.keyClick(window.view, Qt.Key.Key_Tab)
    assert window.model.selected_id() == events[0].id
    qtbot.keyClick(window.view, Qt.Key.Key_Tab)
    assert window.model.selected_id() == events[1].id
    qtbot.keyClick(window.view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert window.model.selected_id() == events[0].id
    assert window.details.title.text() == events[0].title


def test_search_lists_and_highlights_matches(
    qtbot, sample_store: Store, make_window: MakeWindow
) -> None:
    window = make_window(sample_store)
    total = window.model.total_count()
    window.commands.find.trigger()
    qtbot.waitUntil(window.search.hasFocus)
    with qtbot.waitSignal(window.model.highlightChanged, timeout=3000):
        qtbot.keyClicks(window.search, "Honolulu")
    matches = sample_store.search_event_ids("Honolulu")
    assert window.model.highlighted_ids() == matches
    listed = {window.table.event_id_at(r) for r in range(window.table.row_count())}
    assert listed == matches
    assert (
        window.count_label.text() == f"{len(matches)} of {total} events match \u201cHonolulu\u201d"
    )
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.model.selected_id() in matches


def test_list_and_timeline_stay_in_sync(
    qtbot, sample_store: Store, make_window: MakeWindow
) -> None:
    window = make_window(sample_store)
    table = window.table
    table.selectRow(5)
    chosen = table.event_id_at(5)
    assert window.model.selected_id() == chosen
    assert window.details.event_row is not None and window.details.event_row.id == chosen

    focus(qtbot, window.view)
    qtbot.keyClick(window.view, Qt.Key.Key_Tab)
    assert table.selected_event_id() == window.model.selected_id() != chosen

    # Enter in the list brings the details panel back.
    window.details_dock.hide()
    focus(qtbot, table)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.details_dock.isVisible()


def test_empty_state_offers_clear_filters(
    qtbot, sample_store: Store, make_window: MakeWindow
) -> None:
    window = make_window(sample_store)
    total = window.model.total_count()
    assert not window.is_empty_state()
    window.model.set_filter(EventFilter(min_sources=50))
    assert window.is_empty_state()
    assert "filters hide every event" in window.empty_label.text()
    assert window.count_label.text() == f"0 of {total} events"
    assert window.status_clear.isVisible()
    qtbot.mouseClick(window.empty_button, Qt.MouseButton.LeftButton)
    assert window.model.filter() == EventFilter()
    assert not window.is_empty_state()
    assert not window.status_clear.isVisible()


def test_importing_from_the_window_adds_articles_and_updates_the_view(
    qtbot, tmp_path: Path, empty_store: Store, make_window: MakeWindow
) -> None:
    window = make_window(empty_store)
    assert window.is_empty_state() and "No events yet" in window.empty_label.text()
    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / "talks.txt").write_text(
        "Title: Ministers meet in Geneva\nDate: 2012-03-09\nSource: Test Wire\n\n"
        "Foreign ministers met in Geneva on Thursday. They meet again on March 20.\n",
        encoding="utf-8",
    )
    with qtbot.waitSignal(window.importer.finished, timeout=60000):
        assert window.import_paths([folder])
    assert empty_store.count_articles() == 1
    assert window.model.total_count() > 0
    assert not window.is_empty_state()
    assert window.table.row_count() == window.model.total_count()
    assert window.count_label.text().endswith(f"of {window.model.total_count()} events")


def test_settings_restore_geometry_lane_mode_and_window(
    qtbot, tmp_path: Path, sample_store: Store, make_window: MakeWindow
) -> None:
    first = make_window(sample_store, tmp_path / "cfg")
    first.resize(780, 560)
    first.set_lane_mode(LaneMode.SOURCE)
    first.commands.zoom_in.trigger()
    period = first.view.visible_window()
    first.filters_dock.show()
    first.close()

    second = make_window(sample_store, tmp_path / "cfg")
    assert (second.width(), second.height()) == (780, 560)
    assert second.model.lane_mode() is LaneMode.SOURCE
    assert second.lanes_combo.currentData() == "source"
    assert second.commands.lane_actions[LaneMode.SOURCE].isChecked()
    assert second.view.visible_window() == period
    assert second.filters_dock.isVisible()
    assert second.commands.animations.isChecked() is False


def test_every_action_has_a_shortcut_and_a_tooltip(
    sample_store: Store, make_window: MakeWindow
) -> None:
    window = make_window(sample_store)
    actions = [a for a in window.commands.findChildren(type(window.commands.quit))]
    assert len(actions) >= 20
    for action in actions:
        assert not action.shortcut().isEmpty(), action.text()
        assert action.toolTip() and action.statusTip(), action.text()
    shortcuts = [a.shortcut().toString() for a in actions]
    assert len(shortcuts) == len(set(shortcuts)), "no shortcut is used twice"


def test_lane_selector_in_toolbar_changes_the_model(
    qtbot, sample_store: Store, make_window: MakeWindow
) -> None:
    window = make_window(sample_store)
    combo = window.lanes_combo
    combo.setFocus()
    index = combo.findData("none")
    combo.activated.emit(index)
    assert window.model.lane_mode() is LaneMode.NONE
    window.commands.lane_actions[LaneMode.TOPIC].trigger()
    assert combo.currentData() == "topic"
    assert window.model.lane_mode() is LaneMode.TOPIC


def test_present_then_leave_restores_the_view(
    qtbot, sample_store: Store, make_window: MakeWindow
) -> None:
    window = make_window(sample_store)
    window.model.set_filter(EventFilter(lanes=frozenset({"Summits", "Security"})))
    window.table.selectRow(2)
    before = window.view_state()
    window.commands.present.trigger()
    controller = window.presentation
    assert controller is not None and controller.is_running()
    qtbot.waitUntil(lambda: controller.stage is not None and controller.stage.isVisible())
    with qtbot.waitSignal(controller.finished):
        controller.stop()
    assert window.presentation is None
    assert window.view_state() == before


def test_dropping_a_folder_imports_it(
    qtbot, tmp_path: Path, empty_store: Store, make_window: MakeWindow
) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    window = make_window(empty_store)
    folder = tmp_path / "dropped"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Title: Talks\nDate: 2012-03-09\n\nDiplomats met on Thursday in Vienna.\n",
        encoding="utf-8",
    )
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    actions = Qt.DropAction.CopyAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(window.rect().center(), actions, mime, buttons, mods)
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(window.rect().center()), actions, mime, buttons, mods)
    with qtbot.waitSignal(window.importer.finished, timeout=60000):
        window.dropEvent(drop)
    assert empty_store.count_articles() == 1
    assert window.model.total_count() >= 1


def test_enter_on_the_timeline_opens_the_details(
    qtbot, sample_store: Store, make_window: MakeWindow
) -> None:
    window = make_window(sample_store)
    window.details_dock.hide()
    focus(qtbot, window.view)
    qtbot.keyClick(window.view, Qt.Key.Key_Tab)
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert window.details_dock.isVisible()
    assert window.details.event_row is not None
    assert window.details.event_row.id == window.model.selected_id()


def test_about_box_names_version_and_licence(
    qtbot, sample_store: Store, make_window: MakeWindow
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from timeline import __version__

    window = make_window(sample_store)
    window.commands.about.trigger()
    boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert len(boxes) == 1
    assert __version__ in boxes[0].text() and "MIT" in boxes[0].text()
    boxes[0].close()
