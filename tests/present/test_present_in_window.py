"""F5 in the main window presents through the hook, and Esc gives back the very same view."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from timeline.app.main_window import MainWindow
from timeline.app.present import PresentationController
from timeline.app.settings import Settings
from timeline.app.timeline_model import EventFilter
from timeline.store import Store
from timeline.store.lessons import Lessons


def test_a_lesson_presents_and_escape_restores_the_window(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    window = MainWindow(store, Settings.at(tmp_path / "settings"), show_dialogs=False)
    qtbot.addWidget(window)
    window.presentation_factory = PresentationController
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    window.view.set_animations_enabled(False)
    ids = [e.id for e in window.model.visible_events()]
    window.view.set_window(datetime(2011, 3, 1), datetime(2011, 9, 1), animate=False)
    window.model.set_filter(EventFilter(min_sources=1, search=""))
    window.model.select(ids[2])
    before = window.view_state()
    lesson = Lessons(store).create("Window lesson", [ids[6], ids[0]])
    controller = window.start_presentation(lesson)
    assert isinstance(controller, PresentationController)
    stage = controller.stage
    assert stage is not None
    qtbot.waitExposed(stage)
    qtbot.keyClick(stage, Qt.Key.Key_Right)
    assert window.model.selected_id() == ids[0]
    with qtbot.waitSignal(controller.finished, timeout=2000):
        qtbot.keyClick(stage, Qt.Key.Key_Escape)
    assert window.view_state() == before
    window.importer.shutdown()


def test_view_present_steps_through_the_events_in_view(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    window = MainWindow(store, Settings.at(tmp_path / "settings"), show_dialogs=False)
    qtbot.addWidget(window)
    window.presentation_factory = PresentationController
    window.resize(1200, 800)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    window.view.set_animations_enabled(False)
    window.view.set_window(datetime(2011, 11, 1), datetime(2012, 3, 1), animate=False)
    before = window.view_state()
    present = window.commands.present
    assert QKeySequence(Qt.Key.Key_F5) in present.shortcuts()
    present.trigger()  # what F5 does (offscreen windows do not route shortcuts)
    controller = window.presentation
    assert isinstance(controller, PresentationController) and controller.stage is not None
    titles = [s.event.title for s in controller.stage.steps()]
    assert titles == [
        "Parliamentary election held",
        "Protests fill the squares",
        "Council vote vetoed",
    ]
    with qtbot.waitSignal(controller.finished, timeout=2000):
        qtbot.keyClick(controller.stage, Qt.Key.Key_Escape)
    assert window.view_state() == before
    window.importer.shutdown()
