"""Read-only records returned by the store's queries."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from timeline.core.records import Precision


@dataclass(frozen=True, slots=True)
class SourceRow:
    """One source of an event: the sentence in an article that states it."""

    mention_id: int
    article_id: int
    path: str
    article_title: str
    publisher: str | None
    published: date | None
    sentence: str
    sentence_start: int
    sentence_end: int
    expression: str
    expression_start: int
    expression_end: int
    confidence: float


@dataclass(frozen=True, slots=True)
class EventRow:
    """An event as the timeline draws it; ``sources`` is filled only when asked for."""

    id: int
    start: date
    end: date
    precision: Precision
    title: str
    summary: str
    lane: str
    tags: tuple[str, ...]
    notes: str
    hidden: bool
    edited: tuple[str, ...]
    source_count: int
    sources: tuple[SourceRow, ...] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """A stored article; ``body`` is empty unless asked for."""

    id: int
    path: str
    sha256: str
    title: str
    source: str | None
    url: str | None
    author: str | None
    published: date | None
    published_how: str
    ingested_at: str
    body: str = ""


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What storing one article did: ``status`` is added, replaced or unchanged."""

    article_id: int
    status: str
    mentions: int
    events_created: int


#: The columns ``event_row`` reads, in order (events aliased ``e``).
EVENT_COLUMNS = (
    'e.id, e.start, e."end", e.precision, e.title, e.summary, e.lane, e.tags, '
    "e.notes, e.hidden, e.edited, e.source_count"
)


def text_tuple(text: str) -> tuple[str, ...]:
    """A JSON list column (tags, edited fields) as a tuple; the common empty list without parsing."""
    return () if text == "[]" else tuple(json.loads(text))


def event_row(r: Sequence[Any], day: Callable[[str], date] = date.fromisoformat) -> EventRow:
    """An EventRow from a result row of ``EVENT_COLUMNS``.

    ``day`` parses a date column (a caching parser when reading many rows).
    """
    return EventRow(
        id=int(r[0]),
        start=day(r[1]),
        end=day(r[2]),
        precision=r[3],
        title=r[4],
        summary=r[5],
        lane=r[6],
        tags=text_tuple(r[7]),
        notes=r[8],
        hidden=bool(r[9]),
        edited=text_tuple(r[10]),
        source_count=int(r[11]),
    )
