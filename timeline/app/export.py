"""Save the events the window lists (after filters and search) as JSON or CSV."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from timeline.app.timeline_model import TimelineModel
from timeline.store import EventRow

CSV_COLUMNS = ("id", "start", "end", "precision", "title", "lane", "tags", "sources", "notes")


def _event_record(event: EventRow) -> dict[str, Any]:
    return {
        "id": event.id,
        "start": event.start.isoformat(),
        "end": event.end.isoformat(),
        "precision": event.precision,
        "title": event.title,
        "lane": event.lane,
        "tags": list(event.tags),
        "notes": event.notes,
        "sources": [
            {
                "article_id": s.article_id,
                "article_title": s.article_title,
                "publisher": s.publisher,
                "published": s.published.isoformat() if s.published else None,
                "path": s.path,
                "sentence": s.sentence,
                "expression": s.expression,
            }
            for s in event.sources
        ],
    }


def listed_events(model: TimelineModel) -> list[EventRow]:
    """The visible events with their sources, in time order."""
    wanted = {e.id for e in model.visible_events()}
    return [e for e in model.store.events(with_sources=True) if e.id in wanted]


def write_events(model: TimelineModel, path: Path, kind: str) -> int:
    """Write the listed events to ``path`` as ``json`` or ``csv``; returns how many."""
    events = listed_events(model)
    if kind == "json":
        data = {"events": [_event_record(e) for e in events]}
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    elif kind == "csv":
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(CSV_COLUMNS)
            for e in events:
                writer.writerow(
                    [
                        e.id,
                        e.start.isoformat(),
                        e.end.isoformat(),
                        e.precision,
                        e.title,
                        e.lane,
                        ";".join(e.tags),
                        e.source_count,
                        e.notes,
                    ]
                )
    else:
        raise ValueError(f"unknown export format: {kind}")
    return len(events)
