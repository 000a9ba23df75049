"""Building a lesson in the dock: create, add, reorder, annotate, save and load again."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from timeline.app.lessons_dock import LessonsDock
from timeline.app.lessons_menu import populate_lessons_menu
from timeline.app.timeline_model import TimelineModel
from timeline.store import Store
from timeline.store.lessons import Lessons

MakeDock = Callable[[], LessonsDock]


@pytest.fixture
def model(store: Store) -> TimelineModel:
    return TimelineModel(store)


@pytest.fixture
def make_dock(qtbot: QtBot, model: TimelineModel) -> MakeDock:
    def make() -> LessonsDock:
        dock = LessonsDock(model)
        qtbot.addWidget(dock)
        dock.show()
        return dock

    return make


def add(dock: LessonsDock, model: TimelineModel, qtbot: QtBot, event_id: int) -> None:
    model.select(event_id)
    qtbot.mouseClick(dock.add_button, Qt.MouseButton.LeftButton)


def test_build_reorder_save_and_load_again(
    make_dock: MakeDock, model: TimelineModel, store: Store, qtbot: QtBot
) -> None:
    ids = [e.id for e in model.visible_events()]
    dock = make_dock()
    assert dock.current_lesson_id() is None
    lesson = dock.new_lesson("Cold spring")
    assert lesson is not None
    for event_id in (ids[0], ids[3], ids[5]):
        add(dock, model, qtbot, event_id)
    add(dock, model, qtbot, ids[3])  # already there: not added twice
    assert [e for e, _ in dock.step_pairs()] == [ids[0], ids[3], ids[5]]
    # Keyboard reorder: the last step up twice.
    dock.steps.setCurrentRow(2)
    qtbot.keyClick(dock.steps, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dock.steps, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    # A drag ends in a row move on the list's model: the first row to the end.
    moved = dock.steps.model().moveRow(QModelIndex(), 1, QModelIndex(), 3)
    assert moved
    expected = [ids[5], ids[3], ids[0]]
    assert [e for e, _ in dock.step_pairs()] == expected
    assert Lessons(store).event_ids(lesson) == expected  # saved at once
    assert dock.steps.item(0).text().startswith("1. ")
    # A note on the second step, saved after a short pause.
    dock.steps.setCurrentRow(1)
    qtbot.keyClicks(dock.note_edit, "Ask who benefits")
    qtbot.waitUntil(lambda: Lessons(store).steps(lesson)[1].note == "Ask who benefits")
    assert Lessons(store).event_ids(lesson) == expected
    # A new dock over the same database shows the same lesson.
    again = make_dock()
    assert again.current_lesson_id() == lesson
    assert again.step_pairs() == [(ids[5], ""), (ids[3], "Ask who benefits"), (ids[0], "")]
    again.steps.setCurrentRow(1)
    assert again.note_edit.toPlainText() == "Ask who benefits"


def test_remove_rename_and_delete(
    make_dock: MakeDock, model: TimelineModel, store: Store, qtbot: QtBot
) -> None:
    ids = [e.id for e in model.visible_events()]
    dock = make_dock()
    dock.new_lesson("First")
    for event_id in ids[:3]:
        add(dock, model, qtbot, event_id)
    dock.steps.setCurrentRow(1)
    qtbot.keyClick(dock.steps, Qt.Key.Key_Delete)
    lesson = dock.current_lesson_id()
    assert lesson is not None
    assert Lessons(store).event_ids(lesson) == [ids[0], ids[2]]
    assert dock.rename_lesson("Renamed")
    assert Lessons(store).get(lesson).name == "Renamed"  # type: ignore[union-attr]
    dock.new_lesson("Second")
    assert not dock.rename_lesson("Renamed")  # taken
    assert "already exists" in dock.hint.text()
    dock.delete_lesson()
    assert [x.name for x in Lessons(store).list()] == ["Renamed"]
    assert dock.combo.currentText() == "Renamed"


def test_adding_without_a_lesson_creates_one(
    make_dock: MakeDock, model: TimelineModel, store: Store, qtbot: QtBot
) -> None:
    dock = make_dock()
    event_id = model.visible_events()[2].id
    add(dock, model, qtbot, event_id)
    lessons = Lessons(store).list()
    assert [(x.name, x.step_count) for x in lessons] == [("Lesson 1", 1)]


def test_lessons_menu_lists_and_presents(qtbot: QtBot, model: TimelineModel, store: Store) -> None:
    ids = [e.id for e in model.visible_events()]
    menu = QMenu()
    qtbot.addWidget(menu)
    chosen: list[int | None] = []
    populate_lessons_menu(menu, model, chosen.append)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[0] == "Present the visible events"
    assert not menu.actions()[-1].isEnabled()  # "no lessons yet"
    lesson = Lessons(store).create("Summits", ids[:2])
    menu.aboutToShow.emit()
    entries = [a for a in menu.actions() if a.data() == lesson]
    assert len(entries) == 1 and "Summits" in entries[0].text() and "2 steps" in entries[0].text()
    entries[0].trigger()
    menu.actions()[0].trigger()
    assert chosen == [lesson, None]
