"""The window's file side: Import articles/folder dialogs, drag and drop, and export."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QStatusBar, QWidget

from timeline.app import export
from timeline.app.import_worker import ImportController
from timeline.app.settings import Settings
from timeline.app.timeline_model import TimelineModel

log = logging.getLogger(__name__)

ARTICLE_FILTER = "Articles (*.txt *.md *.html *.htm);;All files (*)"


if TYPE_CHECKING:
    from timeline.app.lessons_dock import LessonsDock


class FilesMixin:
    """Import and export slots for MainWindow (which provides the attributes below)."""

    importer: ImportController
    settings: Settings
    model: TimelineModel
    lessons_dock: LessonsDock

    if TYPE_CHECKING:

        def statusBar(self) -> QStatusBar: ...  # provided by QMainWindow

    def _dialog_parent(self) -> QWidget | None:
        return self if isinstance(self, QWidget) else None

    # -- import --------------------------------------------------------------------

    def import_files(self) -> None:
        """File > Import articles...: choose files, then import them."""
        names, _ = QFileDialog.getOpenFileNames(
            self._dialog_parent(), "Import articles", self.settings.import_folder, ARTICLE_FILTER
        )
        if names:
            self.settings.import_folder = str(Path(names[0]).parent)
            self.import_paths([Path(n) for n in names])

    def import_folder(self) -> None:
        """File > Import folder...: choose a folder, then import every article in it."""
        name = QFileDialog.getExistingDirectory(
            self._dialog_parent(), "Import folder", self.settings.import_folder
        )
        if name:
            self.settings.import_folder = name
            self.import_paths([Path(name)])

    def import_paths(self, paths: Sequence[Path]) -> bool:
        """Import files or folders off the GUI thread; the view updates when it is done."""
        if self.importer.is_running():
            self.statusBar().showMessage("An import is already running.", 5000)
            return False
        return self.importer.start(list(paths))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept files and folders dragged from the desktop."""
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        """Import the dropped files and folders."""
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # -- export ----------------------------------------------------------------------

    def export_handout(self, *, worksheet: bool) -> Path | None:
        """Save a PDF handout (or worksheet) of the chosen lesson, else of the listed events."""
        from timeline.handout.export import write_handout

        lesson_id = self.lessons_dock.current_lesson_id() if self.lessons_dock.isVisible() else None
        kind = "worksheet" if worksheet else "handout"
        name, _ = QFileDialog.getSaveFileName(
            self._dialog_parent(), f"Export {kind}", f"{kind}.pdf", "PDF (*.pdf)"
        )
        if not name:
            return None
        path = Path(name)
        try:
            pages = write_handout(
                self.model.store,
                path,
                lesson_id=lesson_id,
                worksheet=worksheet,
                visible_ids=[e.id for e in self.model.visible_rows()],
                lane_of=self.model.lane_of,
                lanes=self.model.lanes(),
            )
        except OSError as error:
            self.statusBar().showMessage(f"Could not save {name}: {error.strerror}", 10000)
            return None
        self.statusBar().showMessage(f"Saved a {pages}-page {kind} to {name}", 10000)
        return path

    def export_events(self, kind: str) -> None:
        """Save the listed events as JSON or CSV."""
        pattern = "JSON (*.json)" if kind == "json" else "CSV (*.csv)"
        name, _ = QFileDialog.getSaveFileName(
            self._dialog_parent(), "Export events", f"events.{kind}", pattern
        )
        if not name:
            return
        try:
            count = export.write_events(self.model, Path(name), kind)
        except OSError as error:
            self.statusBar().showMessage(f"Could not save {name}: {error.strerror}", 10000)
            return
        self.statusBar().showMessage(f"Saved {count} events to {name}", 10000)
