"""The viewer's shared Qt model: the store's events with filter, search, lanes, selection."""

from __future__ import annotations

import bisect
import enum
import gc
import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from typing import overload

from PySide6.QtCore import QEvent, QObject, Signal

from timeline.core.event_filter import EventFilter, apply_filter
from timeline.core.tag_lanes import OTHER_TAGS, UNTAGGED, tag_frequencies, tag_lanes
from timeline.store import EventRow, Store
from timeline.store.queries_view import (
    TimelineRow,
    event_tags,
    first_publishers,
    load_events,
    load_timeline_rows,
    publication_extent,
)

__all__ = ["OTHER_TAGS", "UNTAGGED", "EventFilter", "LaneMode", "TimelineModel", "TimelineRow"]

log = logging.getLogger(__name__)


@contextmanager
def bulk_allocation() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many small objects at once.

    Loading 100,000 rows otherwise triggers repeated collections that walk
    every object already alive; the rows hold no reference cycles. Afterwards
    everything alive is moved out of the collector's sight (``gc.freeze``):
    otherwise the next collections, during the first frames, walk every new row
    once more (20 to 50 ms each at 100,000 events). Frozen objects are still
    freed by reference counting when dropped.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


#: The lane of an event whose articles name no publisher, in source lane mode.
UNKNOWN_SOURCE = "Unknown source"


class LaneMode(enum.Enum):
    """How the timeline splits events into horizontal lanes."""

    TOPIC = "topic"
    TAG = "tag"
    SOURCE = "source"
    NONE = "none"


def _order_key(event: EventRow | TimelineRow) -> tuple[date, date, int]:
    return (event.start, event.end, event.id)


class EventRows(Sequence[EventRow]):
    """A read-only sequence of EventRows built on first access from light timeline rows.

    The timeline draws from the light rows; full rows (summary, tags, notes) are
    read from the store in one query the first time anyone looks at one.
    """

    __slots__ = ("_model", "_rows")

    def __init__(self, model: TimelineModel, rows: Sequence[TimelineRow]) -> None:
        self._model = model
        self._rows = rows

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> EventRow: ...
    @overload
    def __getitem__(self, index: slice) -> list[EventRow]: ...
    def __getitem__(self, index: int | slice) -> EventRow | list[EventRow]:
        full = self._model._full_rows()
        if isinstance(index, slice):
            return [full[r.id] for r in self._rows[index]]
        return full[self._rows[index].id]

    def __iter__(self) -> Iterator[EventRow]:
        full = self._model._full_rows()
        return (full[r.id] for r in self._rows)

    def __bool__(self) -> bool:
        return bool(self._rows)


class TimelineModel(QObject):
    """All events of a store with the filter, the search highlight and the selection.

    ``visible_events()`` are the events passing the whole filter, search included
    (what lists show and what Tab walks); ``context_events()`` pass the filter
    without the search, so the timeline can draw non-matches faded around the
    matches.
    """

    eventsChanged = Signal()  # reloaded or filter changed: visible_events() is new
    selectionChanged = Signal(object)  # int | None
    highlightChanged = Signal()  # search matches changed
    laneModeChanged = Signal()

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._filter = EventFilter()
        self._lane_mode = LaneMode.TOPIC
        self._selected: int | None = None
        self._all: list[TimelineRow] = []
        self._by_id: dict[int, TimelineRow] = {}
        self._full: dict[int, EventRow] | None = None
        self._context: list[TimelineRow] = []
        self._visible: list[TimelineRow] = []
        self._extent: tuple[date, date] | None = None
        self._coverage: tuple[date, date] | None = None
        self._visible_keys: list[tuple[date, date, int]] = []
        self._visible_ids: frozenset[int] = frozenset()
        self._highlight: frozenset[int] = frozenset()
        self._search_ids: frozenset[int] | None = None
        self._publishers: dict[int, str] | None = None
        self._article_ids: dict[int, tuple[int, ...]] | None = None
        self._tags: dict[int, tuple[str, ...]] | None = None
        self._tag_counts: list[tuple[str, int]] | None = None
        self._tag_lanes: dict[int, str] | None = None
        self._tag_lane_order: list[str] = []
        self._generation = 0
        with bulk_allocation():
            self._load()
            self._apply()

    # -- loading and filtering ---------------------------------------------

    @property
    def store(self) -> Store:
        """The store the events come from."""
        return self._store

    @property
    def generation(self) -> int:
        """Grows by one whenever the visible or context events change (for caches)."""
        return self._generation

    def _load(self) -> None:
        self._all = load_timeline_rows(self._store)
        self._by_id = {e.id: e for e in self._all}
        self._full = None
        self._coverage = publication_extent(self._store)
        self._publishers = None
        self._article_ids = None
        self._tags = None
        self._tag_counts = None
        self._tag_lanes = None
        search = self._filter.search.strip()
        self._search_ids = frozenset(self._store.search_event_ids(search)) if search else None

    def _apply(self) -> None:
        f = self._filter
        articles = self._article_ids_map() if f.article_ids is not None else None
        tags = self._tags_map() if f.tags is not None else None
        self._context = apply_filter(
            self._all, f.without_search(), self.lane_of, articles, tags_of=tags
        )
        if f.search.strip() and self._search_ids is not None:
            matches = self._search_ids
            self._visible = [e for e in self._context if e.id in matches]
        else:
            self._visible = list(self._context)
        self._visible_keys = []
        self._visible_ids = frozenset(e.id for e in self._visible)
        last = max((e.end for e in self._visible), default=None)
        self._extent = None if last is None else (self._visible[0].start, last)
        self._highlight = self._visible_ids if f.search.strip() else frozenset()
        self._generation += 1

    def _full_rows(self) -> dict[int, EventRow]:
        if self._full is None:
            with bulk_allocation():
                self._full = {e.id: e for e in load_events(self._store)}
        return self._full

    def _article_ids_map(self) -> dict[int, tuple[int, ...]]:
        if self._article_ids is None:
            self._article_ids = self._store.event_article_ids()
        return self._article_ids

    def _tags_map(self) -> dict[int, tuple[str, ...]]:
        if self._tags is None:
            self._tags = event_tags(self._store)
        return self._tags

    def _keep_selection_valid(self) -> None:
        if self._selected is not None and self._selected not in self._visible_ids:
            self.select(None)

    def reload(self) -> None:
        """Read the store again (after an import or an edit)."""
        old_highlight = self._highlight
        with bulk_allocation():
            self._load()
            self._apply()
        log.debug("reloaded %d events, %d visible", len(self._all), len(self._visible))
        self.eventsChanged.emit()
        if self._highlight != old_highlight:
            self.highlightChanged.emit()
        self._keep_selection_valid()

    def total_count(self) -> int:
        """All non-hidden events (the "M" in "N of M events")."""
        return len(self._all)

    def all_events(self) -> Sequence[EventRow]:
        """Every non-hidden event, unfiltered, sorted by (start, end, id)."""
        return EventRows(self, self._all)

    def visible_events(self) -> Sequence[EventRow]:
        """The events passing the filter (search included), sorted by (start, end, id)."""
        return EventRows(self, self._visible)

    def context_events(self) -> Sequence[EventRow]:
        """The events passing the filter without its search, sorted like visible_events()."""
        return EventRows(self, self._context)

    def all_rows(self) -> Sequence[TimelineRow]:
        """Light rows of every non-hidden event (what the canvas draws from)."""
        return self._all

    def visible_rows(self) -> Sequence[TimelineRow]:
        """Light rows of visible_events()."""
        return self._visible

    def context_rows(self) -> Sequence[TimelineRow]:
        """Light rows of context_events()."""
        return self._context

    def is_visible(self, event_id: int) -> bool:
        """True when the event passes the whole filter."""
        return event_id in self._visible_ids

    def event(self, event_id: int) -> EventRow | None:  # type: ignore[override]
        """One event with its sources, read from the store.

        The name (from the viewer contract) shadows ``QObject.event``; Qt's own
        events are passed on to it.
        """
        if isinstance(event_id, QEvent):
            return QObject.event(self, event_id)  # type: ignore[return-value]
        return self._store.event(event_id)

    def cached_event(self, event_id: int) -> EventRow | None:
        """One non-hidden event without sources (all rows are read once, then from memory)."""
        if event_id not in self._by_id:
            return None
        return self._full_rows().get(event_id)

    def row(self, event_id: int) -> TimelineRow | None:
        """The light row of a non-hidden event (no query)."""
        return self._by_id.get(event_id)

    def filter(self) -> EventFilter:
        """The current filter."""
        return self._filter

    def set_filter(self, f: EventFilter) -> None:
        """Change the filter; emits eventsChanged (and highlightChanged when matches change)."""
        if f == self._filter:
            return
        old_highlight = self._highlight
        if f.search.strip() != self._filter.search.strip():
            search = f.search.strip()
            self._search_ids = frozenset(self._store.search_event_ids(search)) if search else None
        self._filter = f
        self._apply()
        self.eventsChanged.emit()
        if self._highlight != old_highlight:
            self.highlightChanged.emit()
        self._keep_selection_valid()

    def highlighted_ids(self) -> frozenset[int]:
        """The search matches among the events passing the rest of the filter."""
        return self._highlight

    # -- selection ------------------------------------------------------------

    def selected_id(self) -> int | None:
        """The selected event, if any."""
        return self._selected

    def select(self, event_id: int | None) -> None:
        """Select an event (or nothing); emits selectionChanged when it changes."""
        if event_id == self._selected:
            return
        self._selected = event_id
        self.selectionChanged.emit(event_id)

    def next_id(self, event_id: int | None, step: int = 1) -> int | None:
        """The visible event ``step`` places after (or before) ``event_id`` in time order.

        From no selection, a positive step gives the first event and a negative
        one the last; the walk stops at both ends (returns the end event).
        """
        if not self._visible:
            return None
        count = len(self._visible)
        current = self._by_id.get(event_id) if event_id is not None else None
        if current is None:
            return self._visible[0 if step >= 0 else -1].id
        key = _order_key(current)
        if not self._visible_keys:
            self._visible_keys = [_order_key(e) for e in self._visible]
        index = bisect.bisect_left(self._visible_keys, key)
        found = index < count and self._visible_keys[index] == key
        # Not found: ``index`` is where the event would be, between two visible ones.
        target = index + step - 1 if step > 0 and not found else index + step
        target = max(0, min(count - 1, target))
        return self._visible[target].id

    # -- lanes ------------------------------------------------------------------

    def lane_mode(self) -> LaneMode:
        """How events are split into lanes."""
        return self._lane_mode

    def set_lane_mode(self, mode: LaneMode) -> None:
        """Change the lane mode; emits laneModeChanged (and eventsChanged if lanes are filtered)."""
        if mode == self._lane_mode:
            return
        self._lane_mode = mode
        if self._filter.lanes is not None:
            self._apply()
            self.laneModeChanged.emit()
            self.eventsChanged.emit()
            self._keep_selection_valid()
        else:
            self._generation += 1
            self.laneModeChanged.emit()

    def lane_of(self, event: EventRow | TimelineRow) -> str:
        """The lane of ``event`` under the lane mode: topic, first publisher, or ""."""
        if self._lane_mode is LaneMode.TOPIC:
            return event.lane
        if self._lane_mode is LaneMode.TAG:
            return self._tag_lane_map().get(event.id, UNTAGGED)
        if self._lane_mode is LaneMode.SOURCE:
            if self._publishers is None:
                self._publishers = first_publishers(self._store)
            return self._publishers.get(event.id, UNKNOWN_SOURCE)
        return ""

    def lanes(self) -> list[str]:
        """The lanes used by any non-hidden event under the current mode.

        Topics and sources come alphabetically; tag lanes by how many events
        they hold (then by name), with "Other tags" and "Untagged" last.
        """
        if self._lane_mode is LaneMode.TAG:
            self._tag_lane_map()
            return list(self._tag_lane_order)
        return sorted({self.lane_of(e) for e in self._all})

    def tag_counts(self) -> list[tuple[str, int]]:
        """Every tag of the non-hidden events with how many events carry it, most frequent first."""
        if self._tag_counts is None:
            self._tag_counts = tag_frequencies(self._tags_map())
        return self._tag_counts

    def tags_of(self, event_id: int) -> tuple[str, ...]:
        """The tags of a non-hidden event (empty when it has none)."""
        return self._tags_map().get(event_id, ())

    def _tag_lane_map(self) -> dict[int, str]:
        if self._tag_lanes is None:
            tags = self._tags_map()
            untagged = sum(1 for e in self._all if e.id not in tags)
            self._tag_lanes, self._tag_lane_order = tag_lanes(tags, untagged)
        return self._tag_lanes

    def coverage(self) -> tuple[date, date] | None:
        """The period in which the stored articles were published (their news coverage)."""
        return self._coverage

    def extent(self) -> tuple[date, date] | None:
        """The first start and last end of the visible events (None when there are none)."""
        return self._extent
