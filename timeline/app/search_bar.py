"""The search field: full-text search with a short debounce, Enter steps through the matches."""

from __future__ import annotations

import dataclasses
import logging

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from timeline.app.timeline_model import TimelineModel

log = logging.getLogger(__name__)

#: How long typing must pause before the search runs.
DEBOUNCE_MS = 200


class SearchField(QLineEdit):
    """Sets the model filter's search text; Enter / Shift+Enter select the next / previous match."""

    def __init__(self, model: TimelineModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.setPlaceholderText("Search events and articles (Ctrl+F)")
        self.setClearButtonEnabled(True)
        self.setToolTip(
            "Full-text search over event titles, sentences and article texts.\n"
            "Enter selects the next match, Shift+Enter the previous one."
        )
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 22)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.apply)
        self.textChanged.connect(lambda _text: self._timer.start())
        model.eventsChanged.connect(self._follow_model)

    def apply(self) -> None:
        """Run the search now (what the debounce timer does when typing pauses)."""
        self._timer.stop()
        current = self.model.filter()
        text = self.text().strip()
        if text != current.search:
            self.model.set_filter(dataclasses.replace(current, search=text))

    def _follow_model(self) -> None:
        """Show the model's search text when someone else changed it (Clear filters)."""
        if self._timer.isActive():
            return
        text = self.model.filter().search
        if text != self.text().strip():
            self.blockSignals(True)
            self.setText(text)
            self.blockSignals(False)

    def matches(self) -> list[int]:
        """The matching events in time order (all visible events when nothing is searched)."""
        highlighted = self.model.highlighted_ids()
        events = self.model.visible_rows()
        if not highlighted:
            return [e.id for e in events]
        return [e.id for e in events if e.id in highlighted]

    def step(self, forward: bool = True) -> int | None:
        """Select the next (or previous) match after the selection, wrapping around."""
        self.apply()
        ids = self.matches()
        if not ids:
            return None
        selected = self.model.selected_id()
        target: int | None
        if selected in ids:
            index = ids.index(selected) + (1 if forward else -1)
            target = ids[index % len(ids)]
        else:
            target = self.model.next_id(selected, 1 if forward else -1)
            if target is None or target not in ids:
                target = ids[0 if forward else -1]
        self.model.select(target)
        return target

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter and Shift+Enter step through matches; Escape clears the search."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            forward = not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            self.step(forward)
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            self.apply()
            return
        super().keyPressEvent(event)
