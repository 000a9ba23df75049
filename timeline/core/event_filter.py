"""Which events the viewer shows: the filter record and the pure function that applies it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Protocol, TypeVar


class FilterableEvent(Protocol):
    """The fields of an event that filtering reads."""

    @property
    def id(self) -> int: ...
    @property
    def start(self) -> date: ...
    @property
    def end(self) -> date: ...
    @property
    def source_count(self) -> int: ...


E = TypeVar("E", bound=FilterableEvent)


@dataclass(frozen=True)
class EventFilter:
    """What the user asked to see; the default shows every event that has a source."""

    date_from: date | None = None
    date_to: date | None = None
    lanes: frozenset[str] | None = None  # None = all lanes
    article_ids: frozenset[int] | None = None  # None = all articles
    min_sources: int = 1  # events with fewer sources are hidden (0 shows orphans)
    search: str = ""  # full text; when set, non-matching events are hidden
    tags: frozenset[str] | None = None  # None = all; else events with any of these tags

    def without_search(self) -> EventFilter:
        """The same filter with the search cleared (every other field kept)."""
        return replace(self, search="")

    def is_default(self) -> bool:
        """True when nothing is filtered out beyond the default."""
        return self == EventFilter()


def apply_filter(
    events: Iterable[E],
    f: EventFilter,
    lane_of: Callable[[E], str],
    article_ids_of: Mapping[int, tuple[int, ...]] | None = None,
    search_ids: frozenset[int] | None = None,
    tags_of: Mapping[int, tuple[str, ...]] | None = None,
) -> list[E]:
    """The events that pass ``f`` (order kept); ``search_ids`` are the matches of ``f.search``.

    Date bounds keep events overlapping ``[date_from, date_to]``; ``tags_of``
    gives each event's tags (needed when ``f.tags`` is set: an event passes
    when it has any of the chosen tags).
    """
    plain = f.date_from is None and f.date_to is None and f.lanes is None and f.tags is None
    if plain and f.article_ids is None and not (f.search.strip() and search_ids is not None):
        minimum = f.min_sources  # the common case, kept fast for large collections
        return [e for e in events if e.source_count >= minimum]
    out: list[E] = []
    wanted_articles = f.article_ids
    wanted_tags = f.tags
    for event in events:
        if event.source_count < f.min_sources:
            continue
        if f.date_from is not None and event.end < f.date_from:
            continue
        if f.date_to is not None and event.start > f.date_to:
            continue
        if f.lanes is not None and lane_of(event) not in f.lanes:
            continue
        if wanted_articles is not None:
            mine = article_ids_of.get(event.id, ()) if article_ids_of is not None else ()
            if not any(a in wanted_articles for a in mine):
                continue
        if wanted_tags is not None:
            mine_tags = tags_of.get(event.id, ()) if tags_of is not None else ()
            if not any(t in wanted_tags for t in mine_tags):
                continue
        if f.search.strip() and search_ids is not None and event.id not in search_ids:
            continue
        out.append(event)
    return out
