"""Events as the documented JSON objects and as CSV rows: one format for the CLI and the window."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO

from timeline.store import EventRow

CSV_COLUMNS = (
    "id", "start", "end", "precision", "title", "lane", "tags", "sources", "sentence", "path",
    "notes",
)  # fmt: skip


def event_json(event: EventRow) -> dict[str, Any]:
    """The documented JSON object of one event (see the README); needs its sources loaded."""
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


def csv_row(event: EventRow) -> list[object]:
    """One CSV row (``CSV_COLUMNS``): the first source's sentence and file stand for all."""
    first = event.sources[0] if event.sources else None
    return [
        event.id,
        event.start.isoformat(),
        event.end.isoformat(),
        event.precision,
        event.title,
        event.lane,
        ";".join(event.tags),
        event.source_count,
        first.sentence if first else "",
        first.path if first else "",
        event.notes,
    ]


def write_json(events: Iterable[EventRow], stream: TextIO) -> None:
    """The events as a JSON list of documented objects."""
    json.dump([event_json(e) for e in events], stream, ensure_ascii=False, indent=2)
    stream.write("\n")


def write_csv(events: Iterable[EventRow], stream: TextIO) -> None:
    """The events as CSV with a header row."""
    writer = csv.writer(stream)
    writer.writerow(CSV_COLUMNS)
    writer.writerows(csv_row(e) for e in events)
