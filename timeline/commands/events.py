"""``timeline events``: the events in date order as a table, JSON or CSV."""

from __future__ import annotations

import csv
import json
import shutil
import sys
from datetime import date
from pathlib import Path
from typing import Any

from timeline.commands.common import open_store
from timeline.store import EventRow


def event_json(event: EventRow) -> dict[str, Any]:
    """The documented JSON object of one event (see the README)."""
    return {
        "id": event.id,
        "start": event.start.isoformat(),
        "end": event.end.isoformat(),
        "precision": event.precision,
        "title": event.title,
        "sources": [
            {
                "article_id": s.article_id,
                "path": s.path,
                "title": s.article_title,
                "published": s.published.isoformat() if s.published else None,
                "sentence": s.sentence,
                "expression": s.expression,
                "offset": s.expression_start,
            }
            for s in event.sources
        ],
    }


def date_text(event: EventRow) -> str:
    """The event's interval as ISO text: one day, or start..end."""
    if event.start == event.end:
        return event.start.isoformat()
    return f"{event.start.isoformat()}..{event.end.isoformat()}"


def _table(events: list[EventRow]) -> None:
    width = shutil.get_terminal_size((120, 20)).columns
    dates = max((len(date_text(e)) for e in events), default=10)
    head = f"{'ID':>5}  {'DATE':<{dates}}  {'PRECISION':<9}  {'SRC':>3}  TITLE"
    print(head)
    for e in events:
        when = date_text(e)
        line = f"{e.id:>5}  {when:<{dates}}  {e.precision:<9}  {e.source_count:>3}  {e.title}"
        print(line[: width - 1] if sys.stdout.isatty() and len(line) >= width else line)
    print(f"{len(events)} event{'s' if len(events) != 1 else ''}")


def _csv(events: list[EventRow]) -> None:
    writer = csv.writer(sys.stdout)
    writer.writerow(["id", "start", "end", "precision", "title", "sources", "sentence", "path"])
    for e in events:
        first = e.sources[0] if e.sources else None
        writer.writerow(
            [
                e.id,
                e.start.isoformat(),
                e.end.isoformat(),
                e.precision,
                e.title,
                e.source_count,
                first.sentence if first else "",
                first.path if first else "",
            ]
        )


def run_events(
    db: Path | None, date_from: date | None, date_to: date | None, search: str | None, fmt: str
) -> int:
    """Print the events; exit 1 when the database cannot be opened."""
    store = open_store(db, readonly=True)
    if store is None:
        return 1
    with store:
        events = store.events(start=date_from, end=date_to, search=search, with_sources=True)
    if fmt == "json":
        json.dump([event_json(e) for e in events], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif fmt == "csv":
        _csv(events)
    else:
        _table(events)
    return 0
