"""Rebuild every picture in docs/ from the bundled sample corpus.

Run from the repository root: ``python docs/make_screenshots.py``. It imports
the sample into a temporary database, adds a demonstration lesson, and renders
the main window, the timeline at several zoom levels, presentation steps, the
presenter view and handout pages, offscreen, with the same code the program
uses.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DOCS = Path(os.environ.get("TIMELINE_DOCS_OUT", Path(__file__).resolve().parent))
LESSON = "From New START to Camp David"
#: The lesson's steps: a day and words its event's sources must contain; and a note.
STEPS = [
    (date(2010, 12, 22), "Senate", "The vote was 71-26: how many votes did ratification need?"),
    (date(2011, 1, 25), "Duma", ""),
    (
        date(2011, 2, 5),
        "between the United States",
        "Ask: why exchange instruments of ratification?",
    ),
    (date(2011, 9, 24), "Putin", ""),
    (
        date(2011, 12, 10),
        "Bolotnaya",
        "Compare the crowd estimates given by police and organisers.",
    ),
    (date(2012, 3, 4), "election", ""),
    (date(2012, 3, 9), "Obama", ""),
    (date(2012, 5, 18), "G8", "Why did the summit move from Chicago to Camp David?"),
]


def timeline(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "timeline", *args], check=True)


def make_lesson(db: Path) -> None:
    from timeline.store import Store
    from timeline.store.lessons import Lessons

    with Store(db) as store:
        chosen: list[tuple[int, str]] = []
        for day, word, note in STEPS:
            candidates = [
                e
                for e in store.events(start=day, end=day, with_sources=True)
                if e.start == day and any(word in s.sentence for s in e.sources)
            ]
            if candidates:
                best = max(
                    candidates, key=lambda e: (word in e.title, e.source_count, -len(e.title))
                )
                chosen.append((best.id, note))
        lessons = Lessons(store)
        lesson_id = lessons.create(LESSON)
        lessons.set_steps(lesson_id, chosen)


def handout_pages(db: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from timeline.handout.document import build_handout
    from timeline.handout.export import handout_events
    from timeline.handout.pdf import render_images
    from timeline.store import Store
    from timeline.store.lessons import Lessons

    QApplication.instance() or QApplication([])
    with Store(db) as store:
        lesson = Lessons(store).find(LESSON)
        assert lesson is not None
        events = handout_events(store, lesson.id, None)
        for worksheet, name in ((False, "handout"), (True, "handout-worksheet")):
            pages = render_images(build_handout(events, LESSON, worksheet=worksheet), dpi=90)
            pages[0].save(str(DOCS / f"{name}-page1.png"))
            pages[1].save(str(DOCS / f"{name}-page2.png"))
            pages[-1].save(
                str(DOCS / f"{name}-answers.png" if worksheet else DOCS / f"{name}-last.png")
            )


def presenter_view(db: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from timeline.app.present import PresentationStage, build_steps
    from timeline.app.present.presenter_view import PresenterView
    from timeline.app.timeline_model import TimelineModel
    from timeline.store import Store
    from timeline.store.lessons import Lessons

    QApplication.instance() or QApplication([])
    with Store(db) as store:
        model = TimelineModel(store)
        lesson = Lessons(store).find(LESSON)
        assert lesson is not None
        stage = PresentationStage(
            build_steps(model, lesson.id),
            lane_of=model.lane_of,
            lanes=model.lanes(),
            load=model.event,
            animate=False,
        )
        stage.resize(1920, 1080)
        stage.go_to(4)
        view = PresenterView(stage)
        view.resize(1440, 900)
        view.grab().save(str(DOCS / "present-presenter-view.png"))


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="timeline-docs-") as folder:
        db = Path(folder) / "sample.db"
        timeline("ingest", "--sample", "--db", str(db))
        make_lesson(db)
        shot = ["view", "--db", str(db), "--size", "1600x1000", "--screenshot"]
        timeline(*shot, str(DOCS / "window-collection.png"))
        timeline(*shot, str(DOCS / "window-selected.png"), "--window", "2010-12-01:2011-02-28",
                 "--select", _event_id(db, date(2010, 12, 22), "Senate"))  # fmt: skip
        timeline(*shot, str(DOCS / "timeline-years.png"), "--window", "2009:2013")
        timeline(*shot, str(DOCS / "timeline-months.png"), "--window", "2011-11:2012-06",
                 "--lanes", "tag")  # fmt: skip
        timeline(*shot, str(DOCS / "timeline-days.png"), "--window", "2012-05-01:2012-05-25",
                 "--select", _event_id(db, date(2012, 5, 18), "G8"))  # fmt: skip
        timeline(*shot, str(DOCS / "window-search.png"), "--search", "treaty",
                 "--window", "2010-11:2011-03")  # fmt: skip
        for size, steps in (("1920x1080", (1, 3, 8)), ("1280x720", (2, 8))):
            for step in steps:
                out = DOCS / f"present-{size.split('x')[1]}p-step{step}.png"
                timeline("present", "--db", str(db), "--lesson", LESSON, "--size", size,
                         "--screenshot", str(out), "--step", str(step))  # fmt: skip
        timeline("present", "--db", str(db), "--lesson", LESSON, "--size", "1920x1080",
                 "--reveal", "--screenshot", str(DOCS / "present-1080p-step4-reveal.png"),
                 "--step", "4")  # fmt: skip
        handout_pages(db)
        presenter_view(db)
    return 0


def _event_id(db: Path, day: date, word: str) -> str:
    from timeline.store import Store

    with Store(db) as store:
        for event in store.events(start=day, end=day, with_sources=True):
            if event.start == day and any(word in s.sentence for s in event.sources):
                return str(event.id)
    raise SystemExit(f"no event on {day} mentioning {word!r}")


if __name__ == "__main__":
    raise SystemExit(main())
