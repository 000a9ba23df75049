"""Exporting the listed events, and the light/dark theme helpers."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QStyleFactory

from timeline.app.export import write_events
from timeline.app.theme import dark_palette, icon, is_dark
from timeline.app.timeline_model import EventFilter, TimelineModel
from timeline.export import CSV_COLUMNS
from timeline.store import Store

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("kind", ["json", "csv"])
def test_export_writes_only_the_listed_events(
    tmp_path: Path, sample_store: Store, make_model: Callable[[Store], TimelineModel], kind: str
) -> None:
    model = make_model(sample_store)
    model.set_filter(EventFilter(lanes=frozenset({"Economy"})))
    listed = {e.id for e in model.visible_events()}
    out = tmp_path / f"events.{kind}"
    assert write_events(model, out, kind) == len(listed)
    if kind == "json":
        data = json.loads(out.read_text(encoding="utf-8"))
        assert {e["id"] for e in data} == listed
        first = data[0]
        assert first["sources"] and first["sources"][0]["sentence"]
    else:
        with out.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        assert tuple(rows[0]) == CSV_COLUMNS
        assert {int(r[0]) for r in rows[1:]} == listed


def test_unknown_export_format_is_refused(
    tmp_path: Path, sample_store: Store, make_model: Callable[[Store], TimelineModel]
) -> None:
    with pytest.raises(ValueError):
        write_events(make_model(sample_store), tmp_path / "x.xml", "xml")


def test_dark_palette_reads_as_dark_and_icons_follow_the_text_colour(qapp: object) -> None:
    dark = dark_palette()
    assert is_dark(dark)
    assert not is_dark(QStyleFactory.create("Fusion").standardPalette())

    on_dark = icon("zoom-in", dark).pixmap(24, 24).toImage()
    ink = [
        on_dark.pixelColor(x, y)
        for x in range(24)
        for y in range(24)
        if on_dark.pixelColor(x, y).alpha() > 200
    ]
    assert ink, "the icon draws something"
    assert min(c.lightness() for c in ink) > 150  # light strokes on a dark window
    assert icon("no-such-icon").isNull()
