"""Save the events the window lists (after filters and search) as JSON or CSV."""

from __future__ import annotations

from pathlib import Path

from timeline.app.timeline_model import TimelineModel
from timeline.export import write_csv, write_json
from timeline.store import EventRow


def listed_events(model: TimelineModel) -> list[EventRow]:
    """The visible events with their sources, in time order."""
    return model.store.events(ids=[e.id for e in model.visible_rows()], with_sources=True)


def write_events(model: TimelineModel, path: Path, kind: str) -> int:
    """Write the listed events to ``path`` as ``json`` or ``csv``; returns how many.

    The formats are those of ``timeline events --format json|csv`` (see the README).
    """
    if kind not in ("json", "csv"):
        raise ValueError(f"unknown export format: {kind}")
    events = listed_events(model)
    with path.open("w", encoding="utf-8", newline="") as handle:
        (write_json if kind == "json" else write_csv)(events, handle)
    return len(events)
