"""Start the viewer: the QApplication, the store, the main window, first start and screenshots."""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from datetime import date, datetime, time, timedelta
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from timeline import __version__
from timeline.app import qtlog
from timeline.app.first_start import needs_sample, sample_paths
from timeline.app.main_window import MainWindow
from timeline.app.settings import APPLICATION, ORGANIZATION, Settings
from timeline.app.theme import apply_theme
from timeline.app.timeline_model import LaneMode
from timeline.display import NO_DISPLAY, can_show_windows, has_display
from timeline.paths import default_db_path
from timeline.store import Store, StoreError

log = logging.getLogger(__name__)

DEFAULT_SCREENSHOT_SIZE = (1600, 1000)


def application(*, offscreen: bool = False) -> QApplication:
    """The QApplication (made once), named so QSettings land in a per-app place."""
    if offscreen and not has_display():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Diplomatic Timeline")
    app.setApplicationVersion(__version__)
    apply_theme(app)
    return app


def window_period(period: tuple[date, date]) -> tuple[datetime, datetime]:
    """Inclusive days START:END as the half-open period the view shows."""
    start, end = period
    return datetime.combine(start, time()), datetime.combine(end + timedelta(days=1), time())


def settle(app: QApplication, rounds: int = 4) -> None:
    """Let pending layouts, timers and paints run (a few short event-loop turns)."""
    for _ in range(rounds):
        loop = QEventLoop()
        QTimer.singleShot(25, loop.quit)
        loop.exec()
        app.processEvents()


def run_viewer(
    db: Path | None,
    *,
    screenshot: Path | None = None,
    size: tuple[int, int] | None = None,
    window: tuple[date, date] | None = None,
    select: int | None = None,
    first_start_sample: bool = True,
    settings: Settings | None = None,
    search: str | None = None,
    lanes: str | None = None,
) -> int:
    """Open the main window on ``db`` (or the default database); return the exit status.

    With ``screenshot`` the window is rendered offscreen at ``size``, saved as a
    PNG, and the function returns without waiting for the user. ``search`` starts
    with that text in the search field; ``lanes`` (topic, tag, source, none) picks
    the lane mode.
    """
    if screenshot is None and not can_show_windows():
        sys.stderr.write(f"timeline: error: {NO_DISPLAY}\n")
        return 1
    previous_handler = qtlog.install()
    try:
        app = application(offscreen=screenshot is not None)
        return _run(
            app, db, screenshot, size, window, select, first_start_sample, settings, search, lanes
        )
    finally:
        qtlog.restore(previous_handler)


def _run(
    app: QApplication,
    db: Path | None,
    screenshot: Path | None,
    size: tuple[int, int] | None,
    window: tuple[date, date] | None,
    select: int | None,
    first_start_sample: bool,
    settings: Settings | None,
    search: str | None,
    lanes: str | None = None,
) -> int:
    path = default_db_path(db)
    try:
        store = Store(path)
    except StoreError as error:
        log.error("%s", error)
        if screenshot is not None:
            sys.stderr.write(f"timeline: {error}\n")
        else:
            QMessageBox.critical(None, "Cannot open the database", str(error))
        return 1

    scratch: tempfile.TemporaryDirectory[str] | None = None
    if settings is None and screenshot is not None:
        # A screenshot must not depend on (or change) the user's remembered layout.
        scratch = tempfile.TemporaryDirectory(prefix="timeline-shot-")
        settings = Settings(
            QSettings(str(Path(scratch.name) / "s.ini"), QSettings.Format.IniFormat)
        )
    main = MainWindow(store, settings or Settings(), show_dialogs=screenshot is None)
    if lanes:
        main.model.set_lane_mode(LaneMode(lanes))
    if search:
        main.search.setText(search)
        main.search.apply()
    try:
        if screenshot is not None:
            return _screenshot(app, main, screenshot, size, window, select, db, first_start_sample)
        main.show()
        if first_start_sample and needs_sample(db, store):
            _first_start(main)
        elif window is not None:
            main.view.set_window(*window_period(window), animate=False)
        if select is not None:
            main.show_details(select)
        return app.exec()
    finally:
        main.importer.shutdown()
        main.close()
        shiboken6.delete(main)  # now, before its store closes
        store.close()
        if scratch is not None:
            scratch.cleanup()


def _first_start(main: MainWindow) -> bool:
    """Import the sample corpus into the empty default database, then frame it."""
    log.info("first start: importing the sample corpus")
    main.importer.finished.connect(lambda _report: main.frame_all())
    return main.importer.start(
        sample_paths(), "Preparing the sample timeline\N{HORIZONTAL ELLIPSIS}"
    )


def _screenshot(
    app: QApplication,
    main: MainWindow,
    out: Path,
    size: tuple[int, int] | None,
    window: tuple[date, date] | None,
    select: int | None,
    db: Path | None,
    first_start_sample: bool,
) -> int:
    width, height = size or DEFAULT_SCREENSHOT_SIZE
    main.commands.animations.setChecked(False)
    main.resize(width, height)
    main.show()
    if first_start_sample and needs_sample(db, main.model.store):
        loop = QEventLoop()
        main.importer.finished.connect(lambda _report: loop.quit())
        if _first_start(main):
            loop.exec()
    settle(app)
    if window is not None:
        main.view.set_window(*window_period(window), animate=False)
    else:
        main.frame_all()
    if select is not None:
        if main.model.cached_event(select) is None:
            sys.stderr.write(f"timeline: no event {select} to select\n")
            return 1
        main.show_details(select)
        if window is not None:
            main.view.set_window(*window_period(window), animate=False)
    settle(app)
    out.parent.mkdir(parents=True, exist_ok=True)
    if not main.grab().save(str(out)):
        sys.stderr.write(f"timeline: cannot write {out}\n")
        return 1
    log.info("screenshot written to %s", out)
    return 0
