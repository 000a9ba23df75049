"""The view benchmark: synthetic data, its JSON figures, and the process-start clock."""

from __future__ import annotations

import json
import subprocess
import time
from collections import Counter
from pathlib import Path

import pytest

from timeline.bench import view as bench
from timeline.store import Store


def test_synthetic_events_cover_ten_years_and_all_kinds() -> None:
    events = list(bench.synthetic_events(2000))
    assert len(events) == 2000
    starts = [e[0] for e in events]
    assert min(starts).year == bench.FIRST_DAY.year
    assert max(starts).year == bench.FIRST_DAY.year + bench.YEARS - 1
    kinds = Counter(e[2] for e in events)
    assert kinds["day"] > kinds["month"] > 0 and kinds["season"] > 0 and kinds["year"] > 0
    assert all(start <= end for start, end, *_ in events)
    assert list(bench.synthetic_events(50)) == list(bench.synthetic_events(50))


def test_fill_makes_a_store_with_every_event(tmp_path: Path) -> None:
    db = tmp_path / "bench.db"
    bench.fill(db, 500)
    with Store(db, readonly=True) as store:
        assert store.count_events() == 500
        extent = store.extent()
    assert extent is not None and extent[0] >= bench.FIRST_DAY


def test_script_has_enough_zooms_and_pans() -> None:
    steps = bench.script(1280)
    assert len(steps) >= 50
    assert {a for a, _, _ in steps} == {"zoom", "pan"}


def test_parent_passes_its_clock_just_before_starting_the_child(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    seen: dict[str, object] = {}
    figures = {"events": 5, "first_paint_s": 0.5, "frame_ms_p50": 1.0, "frame_ms_p95": 2.0,
               "peak_rss_mb": 50.0}  # fmt: skip

    def fake_run(command: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
        seen["command"], seen["at"] = command, time.time()
        return subprocess.CompletedProcess(command, 0, json.dumps(figures) + "\n", "")

    monkeypatch.setattr(bench.subprocess, "run", fake_run)
    assert bench.main(["--events", "5", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == figures
    command = seen["command"]
    assert isinstance(command, list) and "--child" in command
    started = float(command[command.index("--started") + 1])
    assert 0 <= float(seen["at"]) - started < 0.5  # type: ignore[arg-type]


def test_runs_are_combined_into_medians_and_the_highest_memory(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    runs = iter(
        [
            {"events": 5, "first_paint_s": 0.9, "frame_ms_p50": 4.0, "frame_ms_p95": 30.0,
             "peak_rss_mb": 80.0},
            {"events": 5, "first_paint_s": 0.5, "frame_ms_p50": 2.0, "frame_ms_p95": 10.0,
             "peak_rss_mb": 95.0},
            {"events": 5, "first_paint_s": 0.7, "frame_ms_p50": 3.0, "frame_ms_p95": 12.0,
             "peak_rss_mb": 85.0},
        ]
    )  # fmt: skip

    def fake_run(command: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
        return subprocess.CompletedProcess(command, 0, json.dumps(next(runs)) + "\n", "")

    monkeypatch.setattr(bench.subprocess, "run", fake_run)
    assert bench.main(["--events", "5", "--json", "--repeat", "3"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "events": 5, "first_paint_s": 0.7, "frame_ms_p50": 3.0, "frame_ms_p95": 12.0,
        "peak_rss_mb": 95.0,
    }  # fmt: skip


@pytest.mark.slow
def test_benchmark_prints_the_figures(capsys: pytest.CaptureFixture[str]) -> None:
    assert bench.main(["--events", "300", "--json", "--repeat", "1"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert set(figures) == {"events", "first_paint_s", "frame_ms_p50", "frame_ms_p95",
                            "peak_rss_mb"}  # fmt: skip
    assert figures["events"] == 300
    assert 0 < figures["first_paint_s"] < 60
    assert 0 < figures["frame_ms_p50"] <= figures["frame_ms_p95"]
    assert figures["peak_rss_mb"] > 10
