"""``timeline events``: the events in date order as a table, JSON or CSV."""

from __future__ import annotations

import shutil
import sys
from datetime import date
from pathlib import Path

from timeline.commands.common import open_store
from timeline.export import write_csv, write_json
from timeline.store import EventRow


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
        write_json(events, sys.stdout)
    elif fmt == "csv":
        write_csv(events, sys.stdout)
    else:
        _table(events)
    return 0
