"""Start and stop a presentation: build the steps, show the stage, restore the view after."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QScreen

from timeline.app.present.presenter_view import PresenterView
from timeline.app.present.stage import PresentationStage
from timeline.app.present.steps import Step
from timeline.app.timeline_model import EventFilter, TimelineModel
from timeline.core.viewport import to_days
from timeline.store.lessons import Lessons
from timeline.store.rows import EventRow

log = logging.getLogger(__name__)


class WindowedView(Protocol):
    """What the controller needs of the timeline view (``TimelineView`` has it)."""

    def visible_window(self) -> tuple[datetime, datetime]: ...
    def set_window(self, start: datetime, end: datetime, animate: bool = True) -> None: ...
    def screen(self) -> QScreen: ...


def build_steps(
    model: TimelineModel,
    lesson_id: int | None,
    window: tuple[datetime, datetime] | None = None,
) -> list[Step]:
    """A lesson's steps in order, else the visible events (inside ``window`` if any) by date."""
    if lesson_id is not None:
        steps: list[Step] = []
        for step in Lessons(model.store).steps(lesson_id):
            event = model.cached_event(step.event_id) or model.event(step.event_id)
            if event is not None:
                steps.append(Step(event, step.note))
        return steps
    events: Sequence[EventRow] = model.visible_events()
    if window is not None:
        t0, t1 = to_days(window[0]), to_days(window[1])
        inside = [e for e in events if to_days(e.end) + 1.0 > t0 and to_days(e.start) < t1]
        events = inside or events
    return [Step(e) for e in events]


class PresentationController(QObject):
    """Runs one presentation from ``start()`` until the stage is left (``finished``)."""

    finished = Signal()

    def __init__(
        self,
        model: TimelineModel,
        view: WindowedView | None,
        lesson_id: int | None,
        screen_index: int | None,
        parent: QObject | None = None,
        *,
        reveal: bool = False,
        animate: bool = True,
        presenter: bool | None = None,
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._view = view
        self._lesson_id = lesson_id
        self._screen_index = screen_index
        self._reveal = reveal
        self._animate = animate
        self._presenter_wanted = presenter
        self._stage: PresentationStage | None = None
        self._presenter: PresenterView | None = None
        self._saved_window: tuple[datetime, datetime] | None = None
        self._saved_selection: int | None = None
        self._saved_filter: EventFilter | None = None
        self._running = False

    @property
    def stage(self) -> PresentationStage | None:
        """The stage while presenting."""
        return self._stage

    @property
    def presenter_view(self) -> PresenterView | None:
        """The presenter view, when there is a second screen (or it was asked for)."""
        return self._presenter

    def is_running(self) -> bool:
        """True between ``start()`` and leaving."""
        return self._running

    def screens(self) -> tuple[QScreen, QScreen | None]:
        """The stage's screen and the presenter's (``None`` with a single screen)."""
        screens = QGuiApplication.screens()
        if self._screen_index is not None and 0 <= self._screen_index < len(screens):
            stage_screen = screens[self._screen_index]
        else:
            if self._screen_index is not None:
                log.warning("no screen %d; presenting on the current one", self._screen_index)
            current = self._view.screen() if self._view is not None else None
            stage_screen = current or QGuiApplication.primaryScreen()
        others = [s for s in screens if s is not stage_screen]
        return stage_screen, (others[0] if others else None)

    def start(self) -> bool:
        """Remember the view, build the steps and show the stage; False when already running."""
        if self._running:
            return False
        self._running = True
        window = self._view.visible_window() if self._view is not None else None
        self._saved_window = window
        self._saved_selection = self._model.selected_id()
        self._saved_filter = self._model.filter()
        steps = build_steps(self._model, self._lesson_id, window)
        lanes = self._model.lanes()
        stage = PresentationStage(
            steps,
            lane_of=self._model.lane_of,
            lanes=lanes,
            load=self._model.event,
            reveal=self._reveal,
            animate=self._animate,
        )
        stage.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        stage.setCursor(Qt.CursorShape.BlankCursor)
        stage.finished.connect(self.stop)
        stage.stepChanged.connect(self._follow)
        self._stage = stage
        stage_screen, presenter_screen = self.screens()
        stage.setScreen(stage_screen)
        stage.setGeometry(stage_screen.geometry())
        stage.showFullScreen()
        want_presenter = self._presenter_wanted
        if want_presenter is None:
            want_presenter = presenter_screen is not None
        if want_presenter:
            presenter = PresenterView(stage)
            screen = presenter_screen or stage_screen
            presenter.setScreen(screen)
            presenter.setGeometry(screen.availableGeometry())
            presenter.show()
            presenter.restart_clock()
            self._presenter = presenter
        stage.raise_()
        stage.activateWindow()
        stage.setFocus(Qt.FocusReason.OtherFocusReason)
        log.info("presenting %d steps on %s", len(steps), stage_screen.name())
        self._follow(0)
        return True

    def stop(self) -> None:
        """Close the stage and the presenter view, restore the view, emit ``finished``."""
        if not self._running:
            return
        self._running = False
        for widget in (self._presenter, self._stage):
            if widget is not None:
                widget.close()
                widget.deleteLater()
        self._presenter = None
        self._stage = None
        if self._saved_filter is not None:
            self._model.set_filter(self._saved_filter)
        self._model.select(self._saved_selection)
        if self._view is not None and self._saved_window is not None:
            self._view.set_window(*self._saved_window, animate=False)
        self.finished.emit()

    def _follow(self, index: int) -> None:
        """Keep the main view on the step shown, so it matches the projector while presenting."""
        stage = self._stage
        if stage is None or not stage.step_count():
            return
        event = stage.steps()[index].event
        if self._model.is_visible(event.id):
            self._model.select(event.id)
        if self._view is not None:
            target = stage.target_viewport()
            self._view.set_window(target.start, target.end, animate=False)
