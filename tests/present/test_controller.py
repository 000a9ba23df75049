"""Starting and leaving a presentation from a real timeline view."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from timeline.app.present import PresentationController, build_steps
from timeline.app.present_cli import present_main
from timeline.app.timeline_model import EventFilter, TimelineModel
from timeline.app.timeline_view import TimelineView
from timeline.store import Store
from timeline.store.lessons import Lessons


@pytest.fixture
def model(store: Store) -> TimelineModel:
    return TimelineModel(store)


@pytest.fixture
def view(qtbot: QtBot, model: TimelineModel) -> TimelineView:
    widget = TimelineView(model)
    qtbot.addWidget(widget)
    widget.resize(900, 400)
    widget.set_animations_enabled(False)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def start(
    qtbot: QtBot, model: TimelineModel, view: TimelineView, lesson: int | None, **kw: object
) -> PresentationController:
    controller = PresentationController(model, view, lesson, None, animate=False, **kw)  # type: ignore[arg-type]
    assert controller.start()
    assert controller.stage is not None
    qtbot.waitExposed(controller.stage)
    return controller


def test_leaving_restores_the_view(qtbot: QtBot, model: TimelineModel, view: TimelineView) -> None:
    events = model.visible_events()
    view.set_window(datetime(2011, 1, 1), datetime(2012, 1, 1), animate=False)
    model.select(events[1].id)
    model.set_filter(EventFilter(date_from=date(2010, 1, 1)))
    before = (view.visible_window(), model.selected_id(), model.filter())
    controller = start(qtbot, model, view, None)
    stage = controller.stage
    assert stage is not None
    qtbot.keyClick(stage, Qt.Key.Key_End)
    assert view.visible_window() != before[0]  # the view follows the steps meanwhile
    assert model.selected_id() == stage.current_step().event.id  # type: ignore[union-attr]
    with qtbot.waitSignal(controller.finished, timeout=2000):
        qtbot.keyClick(stage, Qt.Key.Key_Escape)
    assert (view.visible_window(), model.selected_id(), model.filter()) == before
    assert controller.stage is None and not controller.is_running()


def test_without_a_lesson_the_steps_are_the_events_in_the_view(
    qtbot: QtBot, model: TimelineModel, view: TimelineView
) -> None:
    view.set_window(datetime(2011, 11, 1), datetime(2012, 3, 1), animate=False)
    steps = build_steps(model, None, view.visible_window())
    titles = [s.event.title for s in steps]
    assert titles == [
        "Parliamentary election held",
        "Protests fill the squares",
        "Council vote vetoed",
    ]
    starts = [s.event.start for s in steps]
    assert starts == sorted(starts)


def test_a_lesson_presents_its_steps_and_notes(
    qtbot: QtBot, model: TimelineModel, view: TimelineView, store: Store
) -> None:
    ids = [e.id for e in model.visible_events()]
    lesson = Lessons(store).create("Order")
    Lessons(store).set_steps(lesson, [(ids[6], "start at the end"), (ids[0], ""), (ids[3], "x")])
    controller = start(qtbot, model, view, lesson, presenter=True)
    stage, presenter = controller.stage, controller.presenter_view
    assert stage is not None and presenter is not None
    assert [s.event.id for s in stage.steps()] == [ids[6], ids[0], ids[3]]
    assert presenter.step_text() == "1 / 3" and presenter.note() == "start at the end"
    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)  # keys on the presenter drive the stage
    assert stage.current_index() == 1 and presenter.step_text() == "2 / 3"
    image = presenter.grab().toImage()
    assert image.width() > 0
    with qtbot.waitSignal(controller.finished, timeout=2000):
        qtbot.keyClick(stage, Qt.Key.Key_Escape)


def test_single_screen_has_no_presenter_view(
    qtbot: QtBot, model: TimelineModel, view: TimelineView
) -> None:
    controller = start(qtbot, model, view, None)
    assert controller.presenter_view is None  # offscreen has one screen
    assert controller.stage is not None
    assert controller.stage.windowFlags() & Qt.WindowType.FramelessWindowHint
    controller.stop()


@pytest.mark.parametrize(("step", "size"), [(1, (1920, 1080)), (4, (1280, 720))])
def test_screenshot_renders_a_step(
    qtbot: QtBot, db_path: Path, tmp_path: Path, step: int, size: tuple[int, int]
) -> None:
    out = tmp_path / "stage.png"
    assert present_main(db_path, None, None, out, step, size) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == size


def test_screenshot_in_reveal_mode_hides_later_events(
    qtbot: QtBot, db_path: Path, tmp_path: Path
) -> None:
    plain, hidden = tmp_path / "plain.png", tmp_path / "reveal.png"
    assert present_main(db_path, None, None, plain, 1, (1280, 720)) == 0
    assert present_main(db_path, None, None, hidden, 1, (1280, 720), reveal=True) == 0
    assert QImage(str(plain)) != QImage(str(hidden))


def test_screenshot_rejects_a_missing_step_or_lesson(
    qtbot: QtBot, db_path: Path, tmp_path: Path
) -> None:
    assert present_main(db_path, None, None, tmp_path / "a.png", 99, None) == 2
    assert present_main(db_path, "nope", None, tmp_path / "b.png", 1, None) == 2
    assert not (tmp_path / "a.png").exists()
