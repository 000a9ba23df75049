"""The presentation's small parts: dates, keys, lane styles, step periods, card text."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt

from timeline.app.present.card import card_content, key_source
from timeline.app.present.dates import when_text
from timeline.app.present.keys import Action, KeyInterpreter
from timeline.app.present.palette import lane_style
from timeline.app.present.presenter_view import elapsed_text
from timeline.app.present.steps import Step, step_viewport
from timeline.core.records import Precision
from timeline.core.viewport import to_days
from timeline.store import EventRow, Store

Key = Qt.Key
D = date


@pytest.mark.parametrize(
    ("start", "end", "precision", "gb", "us"),
    [
        (D(2012, 5, 18), D(2012, 5, 18), "day", "18 May 2012", "May 18, 2012"),
        (D(2012, 5, 18), D(2012, 5, 19), "day", "18\u201319 May 2012", "May 18\u201319, 2012"),
        (
            D(2011, 12, 20),
            D(2012, 1, 3),
            "day",
            "20 December 2011 \u2013 3 January 2012",
            "December 20, 2011 \u2013 January 3, 2012",
        ),
        (D(2011, 6, 1), D(2011, 6, 30), "month", "June 2011", "June 2011"),
        (D(2011, 6, 1), D(2011, 8, 31), "month", "June \u2013 August 2011", None),
        (D(2012, 3, 1), D(2012, 5, 31), "season", "Spring 2012", None),
        (D(2011, 12, 1), D(2012, 2, 29), "season", "Winter 2011/12", None),
        (D(2012, 1, 1), D(2012, 2, 29), "season", "Winter 2011/12", None),
        (D(2011, 1, 1), D(2011, 12, 31), "year", "2011", "2011"),
        (D(2010, 1, 1), D(2011, 12, 31), "year", "2010\u20132011", None),
        (D(2010, 1, 1), D(2019, 12, 31), "decade", "2010s", "2010s"),
    ],
)
def test_when_text_is_as_precise_as_known(
    start: date, end: date, precision: Precision, gb: str, us: str | None
) -> None:
    assert when_text(start, end, precision, QLocale("en_GB")) == gb
    if us is not None:
        assert when_text(start, end, precision, QLocale("en_US")) == us


@pytest.mark.parametrize(
    ("keys", "expected"),
    [
        ([Key.Key_Right], [Action.NEXT]),
        ([Key.Key_3, Key.Key_Return], [Action.TYPING, Action.JUMP]),
        ([Key.Key_1, Key.Key_2, Key.Key_Enter], [Action.TYPING, Action.TYPING, Action.JUMP]),
        ([Key.Key_Return], [None]),  # Enter alone means nothing
        ([Key.Key_4, Key.Key_Escape], [Action.TYPING, Action.LEAVE]),
        ([Key.Key_4, Key.Key_Right, Key.Key_Return], [Action.TYPING, Action.NEXT, None]),
        ([Key.Key_Period, Key.Key_B, Key.Key_R], [Action.BLANK, Action.BLANK, Action.REVEAL]),
        ([Key.Key_Q], [None]),
    ],
)
def test_key_interpreter(keys: list[Key], expected: list[Action | None]) -> None:
    interpreter = KeyInterpreter()
    actions = []
    for key in keys:
        command = interpreter.press(key.value)
        actions.append(None if command is None else command.action)
    assert actions == expected


def test_jump_number_is_what_was_typed() -> None:
    interpreter = KeyInterpreter()
    for key in (Key.Key_1, Key.Key_0, Key.Key_7, Key.Key_Backspace):
        interpreter.press(key.value)
    command = interpreter.press(Key.Key_Enter.value)
    assert command is not None and command.number == 10


def test_first_lanes_differ_in_colour_and_shape() -> None:
    styles = [lane_style(i) for i in range(49)]
    assert len({s.color.name() for s in styles[:7]}) == 7
    assert len({s.shape for s in styles[:7]}) == 7
    assert len({(s.color.name(), s.shape) for s in styles}) == 49


@pytest.mark.parametrize(
    ("ms", "text"), [(0, "0:00"), (59_999, "0:59"), (61_000, "1:01"), (3_725_000, "1:02:05")]
)
def test_elapsed_text(ms: int, text: str) -> None:
    assert elapsed_text(ms) == text


def _event(event_id: int, start: date, end: date | None = None) -> EventRow:
    return EventRow(
        id=event_id,
        start=start,
        end=end or start,
        precision="day",
        title=f"Event {event_id}",
        summary="",
        lane="Other",
        tags=(),
        notes="",
        hidden=False,
        edited=(),
        source_count=1,
    )


def test_step_period_shows_near_neighbours_and_skips_far_ones() -> None:
    steps = [
        Step(_event(1, D(2011, 1, 10))),
        Step(_event(2, D(2011, 2, 20))),
        Step(_event(3, D(2019, 6, 1))),  # years away
    ]
    middle = step_viewport(steps, 1)
    assert middle.contains(to_days(D(2011, 2, 20)) + 0.5)
    assert middle.contains(to_days(D(2011, 1, 10)) + 0.5)
    assert not middle.contains(to_days(D(2019, 6, 1)))
    last = step_viewport(steps, 2)
    assert last.contains(to_days(D(2019, 6, 1)) + 0.5)
    assert last.span < 365


def test_card_quotes_the_most_confident_source(store: Store) -> None:
    event = store.events(with_sources=True)[0]
    weak = replace(event.sources[0], mention_id=99, confidence=0.2, sentence="Weak sentence.")
    event = replace(event, sources=(weak, *event.sources))
    assert key_source(event) == event.sources[1]
    card = card_content(event, QLocale("en_GB"))
    assert card.sentence == event.sources[1].sentence
    assert card.publisher == "Daily Courier"
    assert card.published == "22 December 2010"
    assert card.sources == "2 sources"


LONG_TITLE = "The foreign ministers agreed after two days of talks to extend the measures " * 2
LONG_SENTENCE = "The ministers said in a joint statement that the measures would stay. " * 40


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720), (1024, 768), (800, 600)])
@pytest.mark.parametrize(
    ("title", "sentence"),
    [("Summit held", "Short."), (LONG_TITLE, "Short."), ("Summit", LONG_SENTENCE)],
)
def test_cards_fit_without_clipping(
    qtbot: object, size: tuple[int, int], title: str, sentence: str
) -> None:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    from timeline.app.present.card import CardColors, CardContent, CardFonts, fit_card, paint_card

    w, h = size
    content = CardContent(
        1, title.strip(), "18\u201319 May 2012", sentence, "Wire", "1 May", "3 sources"
    )
    rect = QRectF(60, 60, w * 0.9, h * 0.5)
    sizes = CardFonts(h * 0.078, h * 0.044, h * 0.05, h * 0.026)
    layout = fit_card(QFont(), rect, content, sizes)
    assert layout.title_font.pixelSize() >= round(h * 0.05)
    assert layout.body_font.pixelSize() >= round(h * 0.026)
    assert layout.small_font.pixelSize() >= round(h * 0.026)
    image = QImage(w, h, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    white = QColor("#ffffff")
    used = paint_card(painter, rect, content, layout, CardColors(white, white, white))
    painter.end()
    assert used <= rect.height() + 1
    if sentence is LONG_SENTENCE:
        assert layout.sentence.startswith("\u201cThe ministers")
        assert layout.sentence.endswith("\u2026\u201d")
