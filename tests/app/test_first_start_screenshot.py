"""First start fills the empty default database; the screenshot option writes the window."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from timeline.app import first_start, run
from timeline.app.first_start import needs_sample
from timeline.app.run import run_viewer
from timeline.paths import DB_ENV
from timeline.store import Store

pytestmark = pytest.mark.gui


def write_corpus(folder: Path) -> Path:
    folder.mkdir(parents=True)
    for number, (day, text) in enumerate(
        [
            ("2012-03-09", "Ministers met in Geneva on Thursday to discuss the treaty."),
            ("2012-05-17", "Leaders arrive at Camp David on Friday for two days of talks."),
        ]
    ):
        (folder / f"{number}.txt").write_text(
            f"Title: Dispatch {number}\nDate: {day}\nSource: Test Wire\n\n{text}\n",
            encoding="utf-8",
        )
    return folder


@pytest.fixture
def default_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The 'default' database lives in tmp_path and the sample corpus is two small files."""
    monkeypatch.delenv(DB_ENV, raising=False)
    path = tmp_path / "user-data" / "timeline.db"
    monkeypatch.setattr(run, "default_db_path", lambda explicit=None: Path(explicit or path))
    corpus = write_corpus(tmp_path / "corpus")
    monkeypatch.setattr(first_start, "sample_articles_dir", lambda: corpus)
    return path


@pytest.mark.parametrize(
    ("explicit", "env", "articles", "expected"),
    [
        (None, None, 0, True),
        ("chosen.db", None, 0, False),
        (None, "from-env.db", 0, False),
        (None, None, 1, False),
    ],
)
def test_only_an_empty_default_database_gets_the_sample(
    tmp_path: Path,
    default_db: Path,
    monkeypatch: pytest.MonkeyPatch,
    explicit: str | None,
    env: str | None,
    articles: int,
    expected: bool,
) -> None:
    if env:
        monkeypatch.setenv(DB_ENV, env)
    with Store(tmp_path / "probe.db") as store:
        if articles:
            from timeline.ingest import ingest_paths

            ingest_paths([first_start.sample_articles_dir() / "0.txt"], store)
        assert needs_sample(explicit, store) is expected


def test_first_start_imports_the_sample_then_screenshots(
    qapp: object, tmp_path: Path, default_db: Path
) -> None:
    out = tmp_path / "first.png"
    assert run_viewer(None, screenshot=out, size=(900, 640)) == 0
    with Store(default_db) as store:
        assert store.count_articles() == 2
    image = QImage(str(out))
    assert not image.isNull()
    assert (image.width(), image.height()) == (900, 640)


def test_screenshot_with_window_and_selection(
    qapp: object, tmp_path: Path, sample_store: Store
) -> None:
    out = tmp_path / "shots" / "window.png"
    event_id = sample_store.events()[-1].id
    status = run_viewer(
        sample_store.path,
        screenshot=out,
        size=(1000, 700),
        window=(date(2012, 5, 1), date(2012, 5, 31)),
        select=event_id,
    )
    assert status == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1000, 700)
    # Not a blank frame: the rendered window has many distinct colours.
    colours = {image.pixel(x, y) for x in range(0, 1000, 25) for y in range(0, 700, 25)}
    assert len(colours) > 10


@pytest.mark.parametrize("problem", ["missing-event", "bad-db"])
def test_screenshot_errors_exit_with_status_one(
    qapp: object,
    tmp_path: Path,
    sample_store: Store,
    problem: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    if problem == "bad-db":
        db = tmp_path / "not-a-db.db"
        db.write_bytes(b"this is not sqlite" * 100)
        status = run_viewer(db, screenshot=tmp_path / "x.png")
    else:
        status = run_viewer(sample_store.path, screenshot=tmp_path / "x.png", select=999999)
    assert status == 1
    assert capsys.readouterr().err.startswith("timeline: ")
    assert not (tmp_path / "x.png").exists()
