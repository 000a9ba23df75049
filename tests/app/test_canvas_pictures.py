"""Pictures the canvas keeps across frames: made once per size, and only for sizes that recur."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from timeline.app.timeline_cache import Ink, TextCache

pytestmark = pytest.mark.gui


def test_a_bar_picture_is_made_the_second_time_its_size_is_asked_for(qapp: QApplication) -> None:
    cache, ink = TextCache(), Ink(QColor("#0072b2"), QPalette())
    first, margin = ink.bar(cache, 40, 14, False, 1.0)
    assert first is None and margin >= 1  # drawn in place the first time
    second, _ = ink.bar(cache, 40, 14, False, 1.0)
    assert second is not None
    assert (second.width(), second.height()) == (40 + 2 * margin, 14 + 2 * margin)
    again, _ = ink.bar(cache, 40, 14, False, 1.0)
    assert again is second  # kept
    other, _ = ink.bar(cache, 41, 14, False, 1.0)
    assert other is None  # another width: not yet worth a picture


def test_a_badge_picture_is_kept_per_size(qapp: QApplication) -> None:
    cache, ink = TextCache(), Ink(QColor("#d55e00"), QPalette())
    badge = ink.pill(cache, 84, 20, False, 1.0)
    assert (badge.width(), badge.height()) == (84, 20)
    assert ink.pill(cache, 84, 20, False, 1.0) is badge
    assert ink.pill(cache, 84, 20, True, 1.0) is not badge  # hovered looks different


def test_a_recurring_word_is_written_from_a_picture_after_its_first_time(
    qapp: QApplication,
) -> None:
    from PySide6.QtGui import QImage, QPainter

    cache = TextCache()
    writing = cache.writing(qapp.font(), QColor("black"))
    target = QImage(200, 40, QImage.Format.Format_ARGB32_Premultiplied)
    pictures: list[int] = []
    for _ in range(3):
        target.fill(0xFFFFFFFF)
        painter = QPainter(target)
        cache.draw_word(painter, 10, 5, "Q3", writing, 1.0)
        painter.end()
        pictures.append(len(cache._images))
        # Whichever way it was written, the word is on the target.
        assert any(
            target.pixelColor(x, y).lightness() < 128 for x in range(8, 40) for y in range(5, 25)
        )
    assert pictures == [0, 1, 1]  # written directly, then kept, then reused
