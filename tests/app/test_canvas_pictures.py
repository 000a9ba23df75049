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
