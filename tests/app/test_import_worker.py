"""Importing off the GUI thread: progress, cancel, problems, and the model reloads."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QPushButton, QWidget

from timeline.app.import_worker import ImportController, problem_lines
from timeline.app.timeline_model import TimelineModel
from timeline.store import Store

pytestmark = pytest.mark.gui


ARTICLE = """Title: {title}
Date: {date}
Source: Test Wire

{body}
"""


def write_articles(folder: Path) -> list[Path]:
    """Two small dated articles."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = {
        "talks.txt": ARTICLE.format(
            title="Ministers meet in Geneva",
            date="2012-03-09",
            body="Foreign ministers met in Geneva on Thursday to discuss the treaty. "
            "They will meet again on March 20.",
        ),
        "summit.txt": ARTICLE.format(
            title="Leaders gather for the summit",
            date="2012-05-17",
            body="Leaders arrive at Camp David on Friday for two days of talks.",
        ),
    }
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return sorted(folder.iterdir())


def test_import_adds_articles_and_reloads_the_model(
    qtbot, tmp_path: Path, empty_store: Store, make_model: Callable[[Store], TimelineModel]
) -> None:
    model = make_model(empty_store)
    controller = ImportController(model, None, show_dialogs=False)
    folder = tmp_path / "incoming"
    write_articles(folder)
    progress: list[tuple[int, int]] = []
    assert model.total_count() == 0

    controller.started.connect(
        lambda: controller._worker.progress.connect(lambda d, t, _p: progress.append((d, t)))
    )
    with (
        qtbot.waitSignal(model.eventsChanged, timeout=60000),
        qtbot.waitSignal(controller.finished, timeout=60000) as done,
    ):
        assert controller.start([folder])
    report = done.args[0]
    assert report.added == 2
    assert not controller.is_running()
    assert empty_store.count_articles() == 2
    assert model.total_count() > 0
    assert progress[-1] == (2, 2)
    assert len(problem_lines(report)) == len(report.failed) + len(report.undated)


def test_cancel_stops_between_files(
    qtbot, tmp_path: Path, empty_store: Store, make_model: Callable[[Store], TimelineModel]
) -> None:
    model = make_model(empty_store)
    seen: list[str] = []

    def slow_ingest(paths: list[Path], store: Store, **kw: Any) -> Any:
        from timeline.ingest import IngestReport

        report = IngestReport()
        for number in range(50):
            if kw["should_cancel"]():
                report.cancelled = True
                break
            seen.append(str(number))
            kw["progress"](number + 1, 50, f"file{number}.txt")
        return report

    controller = ImportController(model, None, ingest=slow_ingest, show_dialogs=False)
    controller.start([tmp_path])
    controller.cancel()
    with qtbot.waitSignal(controller.finished, timeout=10000) as done:
        pass
    assert done.args[0].cancelled
    assert len(seen) < 50


def test_a_database_failure_is_reported_not_raised(
    qtbot, tmp_path: Path, empty_store: Store, make_model: Callable[[Store], TimelineModel]
) -> None:
    from timeline.store import StoreError

    def failing(paths: list[Path], store: Store, **kw: Any) -> Any:
        raise StoreError(f"{store.path}: the database is read-only")

    model = make_model(empty_store)
    controller = ImportController(model, None, ingest=failing, show_dialogs=False)
    messages: list[str] = []
    controller.message.connect(messages.append)
    with qtbot.waitSignal(controller.finished, timeout=10000) as done:
        controller.start([tmp_path])
    assert done.args == [None]
    assert messages and "read-only" in messages[0]


def test_problems_are_listed_one_line_each_at_the_end(
    qtbot, tmp_path: Path, empty_store: Store, make_model: Callable[[Store], TimelineModel]
) -> None:
    model = make_model(empty_store)
    parent = QWidget()
    qtbot.addWidget(parent)
    controller = ImportController(model, parent, show_dialogs=True)
    folder = tmp_path / "mixed"
    write_articles(folder)
    (folder / "empty.txt").write_text("", encoding="utf-8")
    odd = tmp_path / "notes.docx"
    odd.write_text("not an article", encoding="utf-8")

    with qtbot.waitSignal(controller.finished, timeout=60000) as done:
        controller.start([folder, odd])
    report = done.args[0]
    assert report.added == 2 and len(report.failed) == 2
    dialog = controller.problems_dialog
    assert dialog is not None and dialog.isVisible()
    lines = dialog.text.toPlainText().splitlines()
    assert len(lines) == 2
    assert any(line.startswith(str(odd)) for line in lines)
    assert any("empty.txt" in line for line in lines)
    assert controller.progress_dialog is None  # closed when the work ended
    dialog.close()


def test_the_progress_dialogs_cancel_button_stops_a_busy_import(
    qtbot, tmp_path: Path, empty_store: Store, make_model: Callable[[Store], TimelineModel]
) -> None:
    import time

    from timeline.ingest import IngestReport

    def waits_for_cancel(paths: list[Path], store: Store, **kw: Any) -> Any:
        report = IngestReport()
        kw["progress"](0, 1, "big.txt")
        deadline = time.monotonic() + 20
        while not kw["should_cancel"]() and time.monotonic() < deadline:
            time.sleep(0.01)  # the worker thread is busy; the GUI thread stays free
        report.cancelled = kw["should_cancel"]()
        return report

    model = make_model(empty_store)
    parent = QWidget()
    qtbot.addWidget(parent)
    controller = ImportController(model, parent, ingest=waits_for_cancel, show_dialogs=True)
    controller.start([tmp_path])
    dialog = controller.progress_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    button = dialog.findChild(QPushButton)
    assert button is not None and button.text() == "Cancel"
    with qtbot.waitSignal(controller.finished, timeout=5000) as done:
        button.click()
    assert done.args[0].cancelled


def test_progress_dialog_shows_the_latest_file(
    qtbot, tmp_path: Path, empty_store: Store, make_model: Callable[[Store], TimelineModel]
) -> None:
    import threading

    from timeline.ingest import IngestReport

    release = threading.Event()

    def three_then_wait(paths: list[Path], store: Store, **kw: Any) -> Any:
        for number in range(3):
            kw["progress"](number + 1, 12, f"/in/{number}.txt")
        release.wait(20)
        return IngestReport()

    model = make_model(empty_store)
    parent = QWidget()
    qtbot.addWidget(parent)
    controller = ImportController(model, parent, ingest=three_then_wait, show_dialogs=True)
    controller.start([tmp_path])
    dialog = controller.progress_dialog
    assert dialog is not None
    try:
        qtbot.waitUntil(lambda: dialog.labelText() == "Imported 3 of 12: 2.txt")
        assert dialog.value() == 3
        assert dialog.maximum() == 12
    finally:
        release.set()
    with qtbot.waitSignal(controller.finished, timeout=10000):
        pass
