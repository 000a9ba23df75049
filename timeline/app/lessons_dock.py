"""The lesson builder dock: pick a lesson, add the selected events, reorder, annotate."""

from __future__ import annotations

import logging

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from timeline.app.present.dates import when_text
from timeline.app.timeline_model import TimelineModel
from timeline.store.connection import StoreError
from timeline.store.lessons import Lessons

log = logging.getLogger(__name__)

EVENT_ROLE = Qt.ItemDataRole.UserRole
NOTE_ROLE = Qt.ItemDataRole.UserRole + 1
SAVE_DELAY_MS = 400


class StepList(QListWidget):
    """The steps of a lesson; drag to reorder, Ctrl+Up/Down to move, Delete to remove."""

    moveRequested = Signal(int)  # -1 up, +1 down
    removeRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        control = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if control and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.moveRequested.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        if event.key() in (Qt.Key.Key_Delete,):
            self.removeRequested.emit()
            return
        super().keyPressEvent(event)


class LessonsDock(QDockWidget):
    """Builds lessons in the main window; they are saved in the database as they change."""

    presentRequested = Signal(int)  # lesson id
    lessonsChanged = Signal()

    def __init__(self, model: TimelineModel, parent: QWidget | None = None) -> None:
        super().__init__("Lessons", parent)
        self.setObjectName("lessonsDock")
        self._model = model
        self._lessons = Lessons(model.store)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save)
        self._build()
        self.reload_lessons()
        model.selectionChanged.connect(lambda *_: self._update_buttons())
        model.eventsChanged.connect(self._refresh_texts)

    # -- widgets -------------------------------------------------------------------

    def _build(self) -> None:
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        top = QHBoxLayout()
        self.combo = QComboBox(body)
        self.combo.setToolTip("The lesson being built")
        self.combo.currentIndexChanged.connect(lambda *_: self._load_current())
        top.addWidget(self.combo, 1)
        self.new_button = self._button("New\u2026", "Create a new lesson", self._ask_new, top)
        self.rename_button = self._button(
            "Rename\u2026", "Rename this lesson", self._ask_rename, top
        )
        self.delete_button = self._button("Delete", "Delete this lesson", self._ask_delete, top)
        layout.addLayout(top)
        self.steps = StepList(body)
        self.steps.setToolTip("Drag to reorder (or Ctrl+Up / Ctrl+Down); Delete removes")
        self.steps.model().rowsMoved.connect(lambda *_: self._after_reorder())
        self.steps.currentItemChanged.connect(lambda *_: self._show_note())
        self.steps.moveRequested.connect(self.move_current)
        self.steps.removeRequested.connect(self.remove_current)
        layout.addWidget(self.steps, 3)
        row = QHBoxLayout()
        self.add_button = self._button(
            "Add selected", "Add the event selected on the timeline", self.add_selected, row
        )
        self.remove_button = self._button("Remove", "Remove this step", self.remove_current, row)
        self.present_button = self._button(
            "Present", "Present this lesson full screen", self._present, row
        )
        layout.addLayout(row)
        layout.addWidget(QLabel("Teacher's note for this step:", body))
        self.note_edit = QPlainTextEdit(body)
        self.note_edit.setPlaceholderText("Shown only on the presenter screen")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.textChanged.connect(self._note_edited)
        layout.addWidget(self.note_edit, 1)
        self.hint = QLabel(body)
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)
        layout.addWidget(self.hint)
        self.setWidget(body)
        shortcut = QShortcut(QKeySequence("Ctrl+Shift+L"), self)
        shortcut.activated.connect(self.add_selected)

    def _button(self, text: str, tip: str, slot: object, layout: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        layout.addWidget(button)
        return button

    # -- lessons ---------------------------------------------------------------------

    def current_lesson_id(self) -> int | None:
        """The lesson shown in the dock."""
        data = self.combo.currentData()
        return int(data) if data is not None else None

    def reload_lessons(self, select: int | None = None) -> None:
        """Read the lesson list again, keeping (or choosing) the current lesson."""
        keep = select if select is not None else self.current_lesson_id()
        with QSignalBlocker(self.combo):
            self.combo.clear()
            for lesson in self._lessons.list():
                self.combo.addItem(lesson.name, lesson.id)
            index = self.combo.findData(keep) if keep is not None else -1
            self.combo.setCurrentIndex(index if index >= 0 else (0 if self.combo.count() else -1))
        self._load_current()

    def new_lesson(self, name: str) -> int | None:
        """Create a lesson and show it; ``None`` (with a message) when the name is taken."""
        try:
            lesson_id = self._lessons.create(name)
        except StoreError as error:
            self._tell(str(error))
            return None
        self.reload_lessons(select=lesson_id)
        self.lessonsChanged.emit()
        return lesson_id

    def rename_lesson(self, name: str) -> bool:
        """Rename the current lesson."""
        lesson_id = self.current_lesson_id()
        if lesson_id is None:
            return False
        try:
            self._lessons.rename(lesson_id, name)
        except StoreError as error:
            self._tell(str(error))
            return False
        self.reload_lessons(select=lesson_id)
        self.lessonsChanged.emit()
        return True

    def delete_lesson(self) -> None:
        """Delete the current lesson."""
        lesson_id = self.current_lesson_id()
        if lesson_id is None:
            return
        self._save_timer.stop()
        self._lessons.delete(lesson_id)
        self.reload_lessons()
        self.lessonsChanged.emit()

    def _ask_new(self) -> None:
        name, ok = QInputDialog.getText(self, "New lesson", "Name of the lesson:")
        if ok and name.strip():
            self.new_lesson(name)
            if self._model.selected_id() is not None:
                self.add_selected()

    def _ask_rename(self) -> None:
        if self.current_lesson_id() is None:
            return
        name, ok = QInputDialog.getText(
            self, "Rename lesson", "New name:", text=self.combo.currentText()
        )
        if ok and name.strip():
            self.rename_lesson(name)

    def _ask_delete(self) -> None:
        if self.current_lesson_id() is None:
            return
        answer = QMessageBox.question(
            self, "Delete lesson", f"Delete the lesson \u201c{self.combo.currentText()}\u201d?"
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_lesson()

    def _present(self) -> None:
        lesson_id = self.current_lesson_id()
        if lesson_id is not None:
            self.save()
            self.presentRequested.emit(lesson_id)

    def _tell(self, message: str) -> None:
        self.hint.setText(message)
        log.info("%s", message)

    # -- steps -------------------------------------------------------------------------

    def step_pairs(self) -> list[tuple[int, str]]:
        """The steps as shown: ``(event_id, note)`` in order."""
        pairs = []
        for row in range(self.steps.count()):
            item = self.steps.item(row)
            pairs.append((int(item.data(EVENT_ROLE)), str(item.data(NOTE_ROLE) or "")))
        return pairs

    def _load_current(self) -> None:
        self._save_timer.stop()
        lesson_id = self.current_lesson_id()
        with QSignalBlocker(self.steps):
            self.steps.clear()
            if lesson_id is not None:
                for step in self._lessons.steps(lesson_id):
                    self._append(step.event_id, step.note)
        self._renumber()
        if self.steps.count():
            self.steps.setCurrentRow(0)
        self._show_note()
        self._update_buttons()

    def _append(self, event_id: int, note: str) -> None:
        item = QListWidgetItem()
        item.setData(EVENT_ROLE, event_id)
        item.setData(NOTE_ROLE, note)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsDragEnabled)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
        self.steps.addItem(item)

    def _renumber(self) -> None:
        for row in range(self.steps.count()):
            item = self.steps.item(row)
            event_id = int(item.data(EVENT_ROLE))
            event = self._model.cached_event(event_id) or self._model.event(event_id)
            if event is None:
                text = f"{row + 1}. (event {event_id} no longer exists)"
            else:
                when = when_text(event.start, event.end, event.precision)
                text = f"{row + 1}. {event.title} \u2014 {when}"
            item.setText(text)
            note = str(item.data(NOTE_ROLE) or "")
            item.setToolTip(note or "No teacher's note")

    def _refresh_texts(self) -> None:
        self._renumber()

    def add_selected(self) -> int:
        """Append the event selected on the timeline (creating a lesson if there is none)."""
        event_id = self._model.selected_id()
        if event_id is None:
            self._tell("Select an event on the timeline first.")
            return 0
        if self.current_lesson_id() is None and self.new_lesson(self._free_name()) is None:
            return 0
        if event_id in {e for e, _ in self.step_pairs()}:
            self._tell("That event is already in the lesson.")
            return 0
        self._append(event_id, "")
        self._renumber()
        self.steps.setCurrentRow(self.steps.count() - 1)
        self.save()
        self._tell("")
        return 1

    def remove_current(self) -> None:
        """Remove the current step."""
        row = self.steps.currentRow()
        if row < 0:
            return
        self.steps.takeItem(row)
        self._renumber()
        self.save()

    def move_current(self, delta: int) -> None:
        """Move the current step up (-1) or down (+1)."""
        row = self.steps.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.steps.count():
            return
        item = self.steps.takeItem(row)
        self.steps.insertItem(target, item)
        self.steps.setCurrentRow(target)
        self._after_reorder()

    def _after_reorder(self) -> None:
        self._renumber()
        self.save()

    def _show_note(self) -> None:
        item = self.steps.currentItem()
        with QSignalBlocker(self.note_edit):
            self.note_edit.setPlainText(str(item.data(NOTE_ROLE) or "") if item else "")
        self.note_edit.setEnabled(item is not None)

    def _note_edited(self) -> None:
        item = self.steps.currentItem()
        if item is None:
            return
        item.setData(NOTE_ROLE, self.note_edit.toPlainText())
        item.setToolTip(self.note_edit.toPlainText() or "No teacher's note")
        self._save_timer.start()

    def save(self) -> None:
        """Write the shown steps (order and notes) to the database now."""
        self._save_timer.stop()
        lesson_id = self.current_lesson_id()
        if lesson_id is None:
            return
        try:
            self._lessons.set_steps(lesson_id, self.step_pairs())
        except StoreError as error:
            self._tell(f"Could not save the lesson: {error}")

    def _update_buttons(self) -> None:
        has_lesson = self.current_lesson_id() is not None
        self.rename_button.setEnabled(has_lesson)
        self.delete_button.setEnabled(has_lesson)
        self.present_button.setEnabled(has_lesson and self.steps.count() > 0)
        self.remove_button.setEnabled(self.steps.count() > 0)
        self.add_button.setEnabled(self._model.selected_id() is not None)
        if not has_lesson:
            self.hint.setText("Select an event on the timeline and press Add selected to start.")

    def _free_name(self) -> str:
        names = {lesson.name for lesson in self._lessons.list()}
        number = 1
        while f"Lesson {number}" in names:
            number += 1
        return f"Lesson {number}"

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save()
        super().closeEvent(event)
