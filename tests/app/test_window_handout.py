"""File > Export handout / worksheet from the window: the listed events, or the chosen lesson."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog

from timeline.app.main_window import MainWindow
from timeline.app.settings import Settings
from timeline.app.timeline_model import EventFilter
from timeline.store import Store
from timeline.store.lessons import Lessons

pytestmark = pytest.mark.gui


def _text(path: Path) -> str:
    """The PDF's text with ligatures unfolded and all white space as single spaces."""
    raw = " ".join(page.extract_text() or "" for page in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFKC", raw).split())


@pytest.fixture
def window(qtbot, tmp_path: Path, sample_store: Store) -> MainWindow:
    win = MainWindow(sample_store, Settings.at(tmp_path / "settings"), show_dialogs=False)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.importer.shutdown()


@pytest.mark.parametrize("worksheet", [False, True])
def test_export_handout_of_the_listed_events(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, worksheet: bool
) -> None:
    out = tmp_path / "out.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    lane = window.model.visible_events()[0].lane
    window.model.set_filter(EventFilter(lanes=frozenset({lane})))
    listed = window.model.visible_events()
    hidden = [e for e in window.model.store.events() if e.lane != lane]
    assert window.export_handout(worksheet=worksheet) == out
    text = _text(out)
    assert listed[0].title.split()[0] in text
    assert any(e.title in text for e in listed if len(e.title) > 20)
    assert not any(e.title in text for e in hidden if len(e.title) > 20)
    assert "Saved a" in window.statusBar().currentMessage()


def test_export_handout_of_the_chosen_lesson(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    events = window.model.store.events()
    lessons = Lessons(window.model.store)
    lesson_id = lessons.create("Ratification")
    lessons.set_steps(lesson_id, [(events[-1].id, ""), (events[0].id, "")])
    window.lessons_dock.reload_lessons(select=lesson_id)
    window.lessons_dock.show()
    out = tmp_path / "lesson.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.export_handout(worksheet=False)
    text = _text(out)
    assert "Ratification" in text
    assert events[0].title in text and events[-1].title in text
    others = [e for e in events[1:-1] if len(e.title) > 20]
    assert not any(e.title in text for e in others)


def test_cancelled_dialog_writes_nothing(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert window.export_handout(worksheet=True) is None
    assert list(tmp_path.glob("*.pdf")) == []
