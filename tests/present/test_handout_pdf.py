"""Handouts and worksheets written to PDF and read back with pypdf."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale
from PySide6.QtGui import QPageSize
from pytestqt.qtbot import QtBot

from timeline.app.present.dates import when_text
from timeline.app.present_cli import handout_main
from timeline.handout.document import blank_expression, build_handout
from timeline.handout.export import write_handout
from timeline.handout.pdf import count_pages, page_size_for, render_images
from timeline.store import SourceRow, Store
from timeline.store.lessons import Lessons


def page_texts(path: Path) -> list[str]:
    """Each page's text with ligatures undone and whitespace collapsed."""
    texts = []
    for page in PdfReader(str(path)).pages:
        text = unicodedata.normalize("NFKC", page.extract_text())
        texts.append(re.sub(r"\s+", " ", text))
    return texts


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))


@pytest.fixture
def handout_pdf(qtbot: QtBot, store: Store, tmp_path: Path) -> Path:
    out = tmp_path / "handout.pdf"
    pages = write_handout(store, out, page_size=QPageSize(QPageSize.PageSizeId.A4))
    assert pages == len(PdfReader(str(out)).pages)
    return out


def test_handout_has_overview_then_events_with_dates(handout_pdf: Path, store: Store) -> None:
    events = store.events(with_sources=True)
    texts = page_texts(handout_pdf)
    assert len(texts) >= 2
    assert "Timeline of events" in texts[0]
    assert f"{len(events)} events" in texts[0]
    body = " ".join(texts[1:])
    positions = []
    for event in events:
        assert squash(event.title) in texts[0]  # the overview lists every event
        assert squash(event.title) in body
        assert squash(when_text(event.start, event.end, event.precision)) in body
        positions.append(body.index(squash(event.title)))
    assert positions == sorted(positions)  # date order without a lesson
    assert "Sources" in body
    for number in range(1, len(events) + 1):
        assert f"[{number}]" in body


def test_worksheet_hides_dates_until_the_answer_page(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "worksheet.pdf"
    write_handout(store, out, worksheet=True)
    events = store.events(with_sources=True)
    texts = page_texts(out)
    handout_pages = count_pages(build_handout(events, "x"), page_size_for())
    assert len(texts) == handout_pages + 1  # the same pages plus the answers
    questions, answers = texts[:-1], texts[-1]
    assert "Answers" in answers
    for event in events:
        when = squash(when_text(event.start, event.end, event.precision))
        assert all(when not in page for page in questions), when
        assert when in answers
        assert squash(event.title) in answers
    assert sum(page.count("Date:") for page in questions) == len(events)


def test_lesson_handout_follows_the_lesson_order(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    events = store.events()
    chosen = [events[4].id, events[0].id, events[2].id]
    lesson = Lessons(store).create("Crisis year", chosen)
    out = tmp_path / "lesson.pdf"
    write_handout(store, out, lesson_id=lesson)
    texts = page_texts(out)
    assert "Crisis year" in texts[0]
    body = " ".join(texts[1:])
    by_id = {e.id: e for e in events}
    found = [body.find(squash(by_id[i].title)) for i in chosen]
    assert -1 not in found and found == sorted(found)
    assert squash(events[1].title) not in body


def test_more_events_take_more_pages(store: Store, qtbot: QtBot) -> None:
    events = store.events(with_sources=True)
    few = count_pages(build_handout(events[:2], "t"), page_size_for())
    many = count_pages(build_handout(events * 6, "t"), page_size_for())
    assert many > few >= 2


@pytest.mark.parametrize(
    ("sentence", "offset", "expression", "at", "expected"),
    [
        (
            "Talks began on Friday in Geneva.",
            100,
            "on Friday",
            112,
            "Talks began ________ in Geneva.",
        ),
        ("In March 2012 the vote came.", 0, "In March 2012", 0, "________ the vote came."),
        # Offsets that do not match the words: fall back to finding them.
        ("It ended on 4 May.", 10, "4 May", 999, "It ended on ________."),
        ("No date words here.", 0, "yesterday", 3, "No date words here."),
    ],
)
def test_blank_expression_removes_the_date_words(
    sentence: str, offset: int, expression: str, at: int, expected: str
) -> None:
    source = SourceRow(
        mention_id=1,
        article_id=1,
        path="a.txt",
        article_title="A",
        publisher=None,
        published=None,
        sentence=sentence,
        sentence_start=offset,
        sentence_end=offset + len(sentence),
        expression=expression,
        expression_start=at,
        expression_end=at + len(expression),
        confidence=1.0,
    )
    assert blank_expression(source) == expected


@pytest.mark.parametrize(
    ("locale", "size"),
    [
        ("en_US", QPageSize.PageSizeId.Letter),
        ("en_CA", QPageSize.PageSizeId.Letter),
        ("en_GB", QPageSize.PageSizeId.A4),
        ("de_DE", QPageSize.PageSizeId.A4),
        ("fr_FR", QPageSize.PageSizeId.A4),
    ],
)
def test_paper_follows_the_locale(locale: str, size: QPageSize.PageSizeId) -> None:
    assert page_size_for(QLocale(locale)).id() == size


def test_pages_render_as_images(qtbot: QtBot, store: Store) -> None:
    handout = build_handout(store.events(with_sources=True), "Look", worksheet=True)
    images = render_images(handout, dpi=40)
    assert len(images) == count_pages(handout, page_size_for())
    first = images[0]
    ink = {
        first.pixel(x, y) for x in range(0, first.width(), 7) for y in range(0, first.height(), 7)
    }
    assert len(ink) > 2  # something drawn


def test_handout_command(qtbot: QtBot, db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "cli.pdf"
    assert handout_main(db_path, None, True, out) == 0
    assert "Answers" in page_texts(out)[-1]
    assert handout_main(db_path, "no such lesson", False, tmp_path / "x.pdf") == 2
    assert handout_main(tmp_path / "missing.db", None, False, tmp_path / "y.pdf") == 2
