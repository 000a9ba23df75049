"""Write the handout of a lesson, or of the visible events, to a PDF file."""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Sequence
from pathlib import Path

from PySide6.QtGui import QPageSize

from timeline.handout.document import build_handout
from timeline.handout.pdf import write_pdf
from timeline.store import EventRow, Store
from timeline.store.lessons import Lessons

log = logging.getLogger(__name__)

DEFAULT_TITLE = "Timeline of events"


def handout_events(
    store: Store, lesson_id: int | None = None, visible_ids: Collection[int] | None = None
) -> list[EventRow]:
    """A lesson's events in step order, else the (visible) events in date order, with sources."""
    if lesson_id is not None:
        events = (store.event(event_id) for event_id in Lessons(store).event_ids(lesson_id))
        return [e for e in events if e is not None]
    if visible_ids is None:
        return [e for e in store.events(with_sources=True) if e.source_count > 0]
    return store.events(ids=visible_ids, with_sources=True)


def write_handout(
    store: Store,
    out: Path,
    *,
    lesson_id: int | None = None,
    worksheet: bool = False,
    visible_ids: Collection[int] | None = None,
    lane_of: Callable[[EventRow], str] | None = None,
    lanes: Sequence[str] | None = None,
    page_size: QPageSize | None = None,
) -> int:
    """Write the handout (or worksheet) PDF to ``out``; returns the number of pages.

    Needs a QGuiApplication. ``visible_ids`` limits the events when there is no lesson
    (the window passes its filtered events).
    """
    title = DEFAULT_TITLE
    if lesson_id is not None:
        lesson = Lessons(store).get(lesson_id)
        title = lesson.name if lesson is not None else title
    events = handout_events(store, lesson_id, visible_ids)
    handout = build_handout(events, title, worksheet=worksheet, lane_of=lane_of, lanes=lanes)
    return write_pdf(handout, out, page_size)
