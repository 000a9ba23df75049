"""Read queries (and the benchmark's bulk fill) for the timeline view; SQL stays in the store."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import NamedTuple

from timeline.store.rows import EVENT_COLUMNS, EventRow, event_row, text_tuple
from timeline.store.store import Store, now_iso


class TimelineRow(NamedTuple):
    """The few fields of an event the timeline needs to draw and filter it (cheap to load)."""

    id: int
    start: date
    end: date
    precision: str
    lane: str
    title: str
    source_count: int
    t0: float  # the first day as an ordinal (date.toordinal), where the event begins
    t1: float  # the ordinal of the day after the last: the event is [t0, t1)


#: Page cache (KiB, negative as SQLite wants) and memory map (bytes) for reading many rows.
_CACHE_KIB = 32_768
_MMAP_BYTES = 256 * 1024 * 1024


def tune_for_reading(store: Store) -> None:
    """Give the connection a larger page cache and a memory map (two cheap pragmas).

    Reading every event in date order walks the start index and fetches each
    row from the table: with SQLite's default 2 MB cache that re-reads pages.
    """
    store.db.execute(f"PRAGMA cache_size = -{_CACHE_KIB}")
    store.db.execute(f"PRAGMA mmap_size = {_MMAP_BYTES}")


def load_timeline_rows(store: Store) -> list[TimelineRow]:
    """Every non-hidden event as a TimelineRow, sorted by (start, end, id).

    Only the columns drawn are read; dates and their ordinals are computed once
    per distinct day string (a collection has far fewer days than events).
    """
    tune_for_reading(store)
    sql = (
        'SELECT id, start, "end", precision, lane, title, source_count '
        'FROM events NOT INDEXED WHERE hidden = 0 ORDER BY start, "end", id'
    )  # one pass over the table and a sort beat fetching each row through the index
    fromiso = date.fromisoformat
    days: dict[str, tuple[date, float]] = {}
    new, cls = tuple.__new__, TimelineRow  # what TimelineRow._make does, without its call
    rows: list[TimelineRow] = []
    append = rows.append
    for event_id, start_text, end_text, precision, lane, title, sources in store.db.execute(sql):
        start = days.get(start_text)
        if start is None:
            day = fromiso(start_text)
            start = days[start_text] = (day, float(day.toordinal()))
        end = days.get(end_text)
        if end is None:
            day = fromiso(end_text)
            end = days[end_text] = (day, float(day.toordinal()))
        append(new(cls, (event_id, start[0], end[0], precision, lane, title, sources,
                         start[1], end[1] + 1.0)))  # fmt: skip
    return rows


def load_events(store: Store, *, include_hidden: bool = False) -> list[EventRow]:
    """Every event without sources, sorted by (start, end, id); fast for 100,000 rows.

    Dates are parsed once per distinct day (a collection has far fewer days than events).
    """
    sql = (
        f"SELECT {EVENT_COLUMNS} FROM events e"
        + ("" if include_hidden else " WHERE e.hidden = 0")
        + ' ORDER BY e.start, e."end", e.id'
    )
    days: dict[str, date] = {}

    def day(text: str) -> date:
        parsed = days.get(text)
        if parsed is None:
            parsed = days[text] = date.fromisoformat(text)
        return parsed

    return [event_row(r, day) for r in store.db.execute(sql)]


def event_tags(store: Store) -> dict[int, tuple[str, ...]]:
    """The tags of every non-hidden event that has any (without reading whole rows)."""
    sql = "SELECT id, tags FROM events WHERE hidden = 0 AND tags != ?"
    return {event_id: text_tuple(tags) for event_id, tags in store.db.execute(sql, ("[]",))}


def first_publishers(store: Store) -> dict[int, str]:
    """For every event, the publisher of its earliest source article (if any is known)."""
    sql = """
        SELECT es.event_id, a.source FROM event_sources es
        JOIN mentions m ON m.id = es.mention_id
        JOIN articles a ON a.id = m.article_id
        WHERE a.source IS NOT NULL AND a.source != ''
        ORDER BY es.event_id, a.published, a.path
    """
    result: dict[int, str] = {}
    for event_id, source in store.db.execute(sql):
        result.setdefault(int(event_id), str(source))
    return result


def bulk_insert_events(
    store: Store, events: Iterable[tuple[date, date, str, str, str, int]]
) -> int:
    """Insert synthetic events (start, end, precision, title, lane, source_count) in one go.

    For benchmarks and tests only: the events have no mentions behind them.
    """
    now = now_iso()
    sql = (
        'INSERT INTO events (start, "end", precision, title, summary, lane, tags, notes, '
        "hidden, edited, source_count, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, '', ?, '[]', '', 0, '[]', ?, ?, ?)"
    )
    count = 0
    with store.db.atomic():
        cursor = store.db.conn.cursor()
        batch: list[tuple[object, ...]] = []
        for start, end, precision, title, lane, sources in events:
            batch.append(
                (start.isoformat(), end.isoformat(), precision, title, lane, sources, now, now)
            )
            if len(batch) >= 5000:
                cursor.executemany(sql, batch)
                count += len(batch)
                batch.clear()
        if batch:
            cursor.executemany(sql, batch)
            count += len(batch)
    return count


def publication_extent(store: Store) -> tuple[date, date] | None:
    """The first and last publication dates of the stored articles (None if none is known)."""
    row = store.db.execute(
        "SELECT min(published), max(published) FROM articles WHERE published IS NOT NULL"
    ).fetchone()
    if row is None or row[0] is None:
        return None
    return date.fromisoformat(row[0]), date.fromisoformat(row[1])
