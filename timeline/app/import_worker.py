"""Import articles off the GUI thread, with a cancellable progress dialog and a problem list."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from timeline.app.timeline_model import TimelineModel
from timeline.store import Store, StoreError

log = logging.getLogger(__name__)

#: ``ingest_paths``'s shape (timeline.ingest), injectable for tests.
IngestFunc = Callable[..., Any]


def _default_ingest() -> IngestFunc:
    # Imported on the worker thread: the extractor's libraries load there, not at start-up.
    from timeline.ingest import ingest_paths

    return ingest_paths


class ImportWorker(QObject):
    """Runs ``ingest_paths`` on its own Store (same file) in a worker thread."""

    progress = Signal(int, int, str)  # done, total, path
    finished = Signal(object)  # IngestReport
    failed = Signal(str)  # the database could not be used, or the import crashed

    def __init__(
        self, db_path: Path, paths: Sequence[Path], ingest: IngestFunc | None = None
    ) -> None:
        super().__init__()
        self.db_path = db_path
        self.paths = list(paths)
        self._ingest = ingest
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the import to stop after the current file (safe from any thread)."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        """Whether cancel() was called."""
        return self._cancel.is_set()

    @Slot()
    def run(self) -> None:
        """Import every path; emits finished(report) or failed(reason)."""
        try:
            ingest = self._ingest or _default_ingest()
            with Store(self.db_path) as store:
                report = ingest(
                    self.paths,
                    store,
                    published=None,
                    progress=lambda done, total, path: self.progress.emit(done, total, path),
                    should_cancel=self._cancel.is_set,
                )
        except StoreError as error:
            log.error("import stopped: %s", error)
            self.failed.emit(str(error))
            return
        except Exception as error:  # a bug must not kill the thread silently
            log.exception("import crashed")
            self.failed.emit(f"the import stopped unexpectedly: {error}")
            return
        self.finished.emit(report)


class ProblemsDialog(QDialog):
    """The end-of-import summary and its problems, one line each."""

    def __init__(self, summary: str, lines: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import finished with problems")
        self.resize(640, 360)
        label = QLabel(summary)
        label.setWordWrap(True)
        self.text = QPlainTextEdit(readOnly=True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setPlainText("\n".join(lines))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)


def problem_lines(report: Any) -> list[str]:
    """One line per failed file, then one per article stored without a publication date."""
    lines = [str(problem) for problem in report.failed]
    lines += [
        f"{path}: no publication date found; relative dates were not resolved"
        for path in report.undated
    ]
    return lines


class ImportController(QObject):
    """Starts imports for a window: thread, progress dialog, reload and problem list."""

    started = Signal()
    finished = Signal(object)  # IngestReport, or None when the import failed as a whole
    message = Signal(str)  # one line for the status bar

    def __init__(
        self,
        model: TimelineModel,
        parent_widget: QWidget | None = None,
        *,
        ingest: IngestFunc | None = None,
        show_dialogs: bool = True,
    ) -> None:
        super().__init__(parent_widget)
        self.model = model
        self.parent_widget = parent_widget
        self.ingest = ingest
        self.show_dialogs = show_dialogs
        self._thread: QThread | None = None
        self._worker: ImportWorker | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.problems_dialog: ProblemsDialog | None = None
        self.last_report: Any = None

    def is_running(self) -> bool:
        """Whether an import is in progress."""
        return self._thread is not None

    def start(
        self, paths: Sequence[Path], label: str = "Importing articles\N{HORIZONTAL ELLIPSIS}"
    ) -> bool:
        """Import ``paths`` in the background; False if another import is still running."""
        if self._thread is not None or not paths:
            return False
        worker = ImportWorker(self.model.store.path, paths, self.ingest)
        thread = QThread(self)
        thread.setObjectName("import")
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progress.connect(self._on_progress)
        worker.finished.connect(self._on_finished)
        worker.failed.connect(self._on_failed)
        self._worker, self._thread = worker, thread

        dialog = QProgressDialog(label, "Cancel", 0, 0, self.parent_widget)
        dialog.setWindowTitle("Import")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        # Direct: the worker thread is busy importing and runs no event loop to deliver it.
        dialog.canceled.connect(worker.cancel, Qt.ConnectionType.DirectConnection)
        dialog.setMinimumWidth(dialog.fontMetrics().horizontalAdvance("M") * 36)
        self.progress_dialog = dialog
        if self.show_dialogs:
            dialog.show()
        log.info("importing %d path(s) into %s", len(paths), self.model.store.path)
        thread.start()
        self.started.emit()
        return True

    def cancel(self) -> None:
        """Stop the running import after the current file."""
        if self._worker is not None:
            self._worker.cancel()

    def _on_progress(self, done: int, total: int, path: str) -> None:
        dialog = self.progress_dialog
        if dialog is None:
            return
        # The label first: a window-modal setValue() processes events, so a later
        # progress report may run inside it and must not be overwritten afterwards.
        dialog.setLabelText(f"Imported {done} of {total}: {Path(path).name}")
        dialog.setMaximum(max(total, 1))
        dialog.setValue(done)

    def _stop_thread(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.hide()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread.deleteLater()
        if self._worker is not None:
            self._worker.deleteLater()
        self._thread, self._worker = None, None

    def _on_finished(self, report: Any) -> None:
        self._stop_thread()
        self.last_report = report
        self.model.reload()
        summary = report.summary() if hasattr(report, "summary") else str(report)
        log.info("import finished: %s", summary)
        self.message.emit(summary)
        lines = problem_lines(report)
        if lines and self.show_dialogs:
            self.problems_dialog = ProblemsDialog(summary, lines, self.parent_widget)
            self.problems_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.problems_dialog.destroyed.connect(self._forget_problems)
            self.problems_dialog.open()
        self.finished.emit(report)

    def _forget_problems(self) -> None:
        self.problems_dialog = None

    def _on_failed(self, reason: str) -> None:
        self._stop_thread()
        self.last_report = None
        self.model.reload()
        self.message.emit(f"Import failed: {reason}")
        if self.show_dialogs:
            self.problems_dialog = ProblemsDialog(
                "The import could not finish.", [reason], self.parent_widget
            )
            self.problems_dialog.setWindowTitle("Import failed")
            self.problems_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.problems_dialog.destroyed.connect(self._forget_problems)
            self.problems_dialog.open()
        self.finished.emit(None)

    def shutdown(self) -> None:
        """Cancel a running import and wait for its thread (when the window closes)."""
        if self._worker is not None:
            self._worker.cancel()
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread.deleteLater()
            self._thread, self._worker = None, None
