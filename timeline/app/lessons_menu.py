"""The Lessons menu: one entry per saved lesson that presents it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMenu

from timeline.app.timeline_model import TimelineModel
from timeline.store.lessons import Lessons

_FILLED = "_timeline_lessons_menu"


def fill_lessons_menu(
    menu: QMenu, model: TimelineModel, on_present: Callable[[int | None], object]
) -> None:
    """Replace the menu's entries with the current lessons."""
    menu.clear()
    visible = menu.addAction("Present the visible events")
    visible.setToolTip("Step through the events in the view, in date order")
    visible.triggered.connect(lambda: on_present(None))
    menu.addSeparator()
    lessons = Lessons(model.store).list()
    if not lessons:
        empty = menu.addAction("No lessons yet: build one in the Lessons panel")
        empty.setEnabled(False)
        return
    for lesson in lessons:
        steps = f"{lesson.step_count} step" + ("" if lesson.step_count == 1 else "s")
        action = menu.addAction(f"Present \u201c{lesson.name}\u201d ({steps})")
        action.setToolTip(f"Present the lesson \u201c{lesson.name}\u201d full screen")
        action.setEnabled(lesson.step_count > 0)
        action.setData(lesson.id)
        action.triggered.connect(lambda _=False, lid=lesson.id: on_present(lid))


def populate_lessons_menu(
    menu: QMenu, model: TimelineModel, on_present: Callable[[int | None], object]
) -> None:
    """Fill ``menu`` now and again each time it opens (lessons change while the window runs)."""
    menu.setToolTipsVisible(True)
    fill_lessons_menu(menu, model, on_present)
    if not menu.property(_FILLED):
        menu.setProperty(_FILLED, True)
        menu.aboutToShow.connect(lambda: fill_lessons_menu(menu, model, on_present))
