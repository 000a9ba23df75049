"""Timeline view benchmark: first paint, frame times over scripted zooms and pans, peak memory.

``python -m timeline.bench view --events N --json`` fills a temporary database
with N synthetic events over ten years, then starts a child process that opens
it, paints the view offscreen and times a scripted sequence of frames.

``first_paint_s`` runs from the child's process start to its first painted
frame, so Python's and Qt's start-up count while filling the database does not.
The parent reads ``time.time()`` immediately before starting the child and
passes it as ``--started``: the kernel's record of a process start
(``/proc/stat`` ``btime``) has only one-second resolution. A child run by hand
without ``--started`` measures from the import of this module instead.
``--profile FILE`` (for development) writes a cProfile of the scripted frames.

The child is run three times (``--repeat``) and the median of each timing is
printed, with the highest peak memory: on a shared machine one run can be
slowed by a neighbour by half again.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

_IMPORTED_AT = time.time()
log = logging.getLogger(__name__)

FIRST_DAY = date(2010, 1, 1)
YEARS = 10
LANES = ("Arms control", "Diplomacy", "Economy", "Energy", "Security", "Summits")
WIDTH, HEIGHT = 1280, 720


def synthetic_events(count: int, seed: int = 7) -> Iterator[tuple[date, date, str, str, str, int]]:
    """``count`` events over ten years: mostly single days, some ranges and coarse periods."""
    rng = random.Random(seed)
    days = (date(FIRST_DAY.year + YEARS, 1, 1) - FIRST_DAY).days
    for number in range(count):
        start = FIRST_DAY + timedelta(days=rng.randrange(days))
        roll = rng.random()
        precision = "day"
        end = start
        if roll < 0.10:
            end = start + timedelta(days=rng.randint(1, 20))
        elif roll < 0.15:
            precision = "month"
            start = start.replace(day=1)
            end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        elif roll < 0.18:
            precision = "season"
            first_month = (start.month - 1) // 3 * 3 + 1
            start = date(start.year, first_month, 1)
            end = (start + timedelta(days=95)).replace(day=1) - timedelta(days=1)
        elif roll < 0.20:
            precision = "year"
            start, end = date(start.year, 1, 1), date(start.year, 12, 31)
        lane = LANES[rng.randrange(len(LANES))]
        title = f"Synthetic {lane.lower()} event {number + 1}"
        yield start, end, precision, title, lane, rng.randint(1, 3)


def fill(path: Path, count: int) -> None:
    """Create the benchmark database at ``path``."""
    from timeline.store import Store
    from timeline.store.queries_view import bulk_insert_events

    with Store(path) as store:
        bulk_insert_events(store, synthetic_events(count))


def script(width: float) -> list[tuple[str, float, float]]:
    """The scripted frames: (action, amount, anchor fraction of the width)."""
    steps: list[tuple[str, float, float]] = []
    anchors = (0.5, 0.3, 0.7, 0.45, 0.62)
    steps += [("zoom", 0.7, anchors[i % 5]) for i in range(25)]  # ten years -> hours
    steps += [("pan", 0.25 if i % 3 else -0.15, 0.0) for i in range(10)]
    steps += [("zoom", 1 / 0.7, anchors[i % 5]) for i in range(25)]  # back out
    steps += [("pan", 0.2 if i % 2 else -0.3, 0.0) for i in range(10)]
    del width
    return steps


def child(db: Path, started: float, profile: Path | None = None) -> dict[str, float | int]:
    """Open ``db``, paint, and time the scripted frames; returns the figures.

    ``started`` is when the process was started (epoch seconds); with ``profile``
    the scripted frames run under cProfile and its statistics go to that file.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QImage, QRegion
    from PySide6.QtWidgets import QApplication, QWidget

    from timeline.app.timeline_model import TimelineModel
    from timeline.app.timeline_view import TimelineView
    from timeline.store import Store

    app = QApplication.instance() or QApplication([])
    store = Store(db, readonly=True)
    model = TimelineModel(store)
    view = TimelineView(model)
    view.set_animations_enabled(False)
    view.resize(WIDTH, HEIGHT)
    view.zoom_to_fit(animate=False)
    ratio = 1.0
    image = QImage(
        int(WIDTH * ratio), int(HEIGHT * ratio), QImage.Format.Format_ARGB32_Premultiplied
    )

    def frame() -> None:
        # The view paints every pixel itself: no background fill needed first.
        view.render(image, QPoint(), QRegion(), QWidget.RenderFlag.DrawChildren)

    frame()
    first_paint = time.time() - started
    times: list[float] = []
    profiler = None
    if profile is not None:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    for action, amount, anchor in script(WIDTH):
        t = time.perf_counter()
        v = view.viewport()
        if action == "zoom":
            view.set_viewport(v.zoom(amount, v.x_to_day(anchor * WIDTH, WIDTH)), animate=False)
        else:
            view.set_viewport(v.pan_fraction(amount), animate=False)
        frame()
        times.append((time.perf_counter() - t) * 1000)
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(str(profile))
    times.sort()
    events = model.total_count()
    view.deleteLater()
    store.close()
    app.processEvents()
    return {
        "events": events,
        "first_paint_s": round(first_paint, 3),
        "frame_ms_p50": round(_percentile(times, 50), 2),
        "frame_ms_p95": round(_percentile(times, 95), 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def _percentile(sorted_values: list[float], q: float) -> float:
    if not sorted_values:
        return 0.0
    k = (len(sorted_values) - 1) * q / 100
    lo = int(k)
    hi = min(lo + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (k - lo)


def combine(runs: list[dict[str, float | int]]) -> dict[str, float | int]:
    """One set of figures from several runs: each timing's median, the highest memory."""
    figures = dict(runs[0])
    for key in ("first_paint_s", "frame_ms_p50", "frame_ms_p95"):
        figures[key] = statistics.median(run[key] for run in runs)
    figures["peak_rss_mb"] = max(run["peak_rss_mb"] for run in runs)
    return figures


def main(argv: list[str]) -> int:
    """Run the benchmark; prints one JSON object (or a line of text without --json)."""
    parser = argparse.ArgumentParser(prog="python -m timeline.bench view", description=__doc__)
    parser.add_argument("--events", type=int, default=1000, help="synthetic events (1000)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--started", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--profile", type=Path, help="write a cProfile of the frames to FILE")
    parser.add_argument(
        "--repeat", type=int, default=3, help="child runs; their median is printed (3)"
    )
    args = parser.parse_args(argv)
    if args.child is not None:
        started = _IMPORTED_AT if args.started is None else args.started
        figures = child(args.child, started, args.profile)
        print(json.dumps(figures))
        return 0
    with tempfile.TemporaryDirectory(prefix="timeline-bench-") as folder:
        db = Path(folder) / "bench.db"
        fill(db, args.events)
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        command = [sys.executable, "-m", "timeline.bench", "view", "--child", str(db)]
        if args.profile is not None:
            command += ["--profile", str(args.profile)]
        runs: list[dict[str, float | int]] = []
        for _ in range(max(1, args.repeat)):
            started = time.time()  # as late as possible: the child's start-up is measured
            done = subprocess.run(
                [*command, "--started", repr(started)],
                capture_output=True,
                text=True,
                env=env,
                check=False,
            )
            if done.returncode != 0:
                sys.stderr.write(done.stderr)
                return done.returncode
            runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    figures = combine(runs)
    if args.json:
        print(json.dumps(figures))
    else:
        print(
            f"{figures['events']} events: first paint {figures['first_paint_s']} s, "
            f"frame p50 {figures['frame_ms_p50']} ms, p95 {figures['frame_ms_p95']} ms, "
            f"peak RSS {figures['peak_rss_mb']} MB"
        )
    return 0
