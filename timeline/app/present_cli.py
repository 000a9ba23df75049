"""The ``timeline present`` and ``timeline handout`` commands (the CLI parses, these run)."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from timeline.app import qtlog
from timeline.app.run import application
from timeline.display import NO_DISPLAY, can_show_windows
from timeline.paths import default_db_path
from timeline.store import Store, StoreError
from timeline.store.lessons import Lessons

log = logging.getLogger(__name__)

DEFAULT_SIZE = (1920, 1080)


def _fail(message: str) -> int:
    print(f"timeline: {message}", file=sys.stderr)
    return 2


def _open(db: Path | None) -> Store | str:
    path = default_db_path(db)
    if not path.exists():
        return f"no database at {path} (import articles first: timeline ingest PATH)"
    try:
        return Store(path)
    except StoreError as error:
        return str(error)


def _lesson_id(store: Store, name: str | None) -> int | str | None:
    """The lesson's id, ``None`` without a name, or an error message."""
    if name is None:
        return None
    lessons = Lessons(store)
    lesson = lessons.find(name)
    if lesson is not None:
        return lesson.id
    names = ", ".join(repr(x.name) for x in lessons.list()) or "none yet"
    return f"no lesson named {name!r} (lessons: {names})"


class _Failure(Exception):
    """A reason to stop with one line on stderr."""


@contextmanager
def _opened(db: Path | None, lesson: str | None) -> Iterator[tuple[Store, int | None]]:
    """The store and the chosen lesson's id; closes the store afterwards."""
    opened = _open(db)
    if isinstance(opened, str):
        raise _Failure(opened)
    try:
        lesson_id = _lesson_id(opened, lesson)
        if isinstance(lesson_id, str):
            raise _Failure(lesson_id)
        yield opened, lesson_id
    finally:
        opened.close()


def present_main(
    db: Path | None,
    lesson: str | None,
    screen: int | None,
    screenshot: Path | None,
    step: int | None,
    size: tuple[int, int] | None,
    *,
    reveal: bool = False,
) -> int:
    """Present full screen until Esc, or with ``screenshot`` render step ``step`` and exit.

    ``reveal`` starts with the events after the current step hidden (R toggles it).
    """
    if screenshot is None and not can_show_windows():
        print(f"timeline: error: {NO_DISPLAY}", file=sys.stderr)
        return 1
    try:
        with _opened(db, lesson) as (store, lesson_id):
            return _present(store, lesson_id, screen, screenshot, step, size, reveal)
    except _Failure as failure:
        return _fail(str(failure))


def _present(
    store: Store,
    lesson_id: int | None,
    screen: int | None,
    screenshot: Path | None,
    step: int | None,
    size: tuple[int, int] | None,
    reveal: bool,
) -> int:
    from timeline.app.present import PresentationController, PresentationStage, build_steps
    from timeline.app.timeline_model import TimelineModel

    qtlog.install()
    app = application(offscreen=screenshot is not None)
    model = TimelineModel(store)
    if screenshot is not None:
        steps = build_steps(model, lesson_id)
        if step is not None and not 1 <= step <= max(1, len(steps)):
            return _fail(f"--step {step}: there are {len(steps)} steps")
        stage = PresentationStage(
            steps,
            lane_of=model.lane_of,
            lanes=model.lanes(),
            load=model.event,
            reveal=reveal,
            animate=False,
        )
        stage.resize(*(size or DEFAULT_SIZE))
        stage.go_to((step or 1) - 1)
        if not stage.grab().save(str(screenshot)):
            return _fail(f"cannot write {screenshot}")
        log.info("wrote %s (step %d of %d)", screenshot, (step or 1), len(steps))
        return 0
    controller = PresentationController(model, None, lesson_id, screen, reveal=reveal)
    controller.finished.connect(app.quit)
    controller.start()
    if step is not None and controller.stage is not None:
        controller.stage.go_to(step - 1)
    return int(app.exec())


def handout_main(db: Path | None, lesson: str | None, worksheet: bool, out: Path) -> int:
    """Write the handout (or worksheet) PDF of a lesson or of all events to ``out``."""
    try:
        with _opened(db, lesson) as (store, lesson_id):
            return _handout(store, lesson_id, worksheet, out)
    except _Failure as failure:
        return _fail(str(failure))


def _handout(store: Store, lesson_id: int | None, worksheet: bool, out: Path) -> int:
    from timeline.app.timeline_model import TimelineModel
    from timeline.handout.export import write_handout

    qtlog.install()
    application(offscreen=True)
    model = TimelineModel(store)
    visible = [e.id for e in model.visible_rows()]
    try:
        pages = write_handout(
            store,
            out,
            lesson_id=lesson_id,
            worksheet=worksheet,
            visible_ids=visible,
            lane_of=model.lane_of,
            lanes=model.lanes(),
        )
    except OSError as error:
        return _fail(f"cannot write {out}: {error}")
    kind = "worksheet" if worksheet else "handout"
    print(f"{out}: {kind}, {pages} page{'s' if pages != 1 else ''}")
    return 0
