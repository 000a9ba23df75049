"""What the stage draws over or instead of a card: a step number being typed, no steps."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen

from timeline.app.present.card import pixel_font
from timeline.app.present.palette import ACCENT, BACKGROUND, MUTED, TEXT


def paint_pending(
    painter: QPainter, bottom_right: QPointF, base: QFont, pixels: float, digits: str
) -> None:
    """A box "Go to step 12" whose bottom-right corner is ``bottom_right``."""
    font = pixel_font(base, pixels, bold=True)
    metrics = QFontMetricsF(font)
    text = f"Go to step {digits}"
    w, h = metrics.horizontalAdvance(text) + metrics.height(), metrics.height() * 1.6
    box = QRectF(bottom_right.x() - w, bottom_right.y() - h, w, h)
    painter.setPen(QPen(ACCENT, 3.0))
    painter.setBrush(BACKGROUND)
    painter.drawRoundedRect(box, h * 0.2, h * 0.2)
    painter.setFont(font)
    painter.setPen(TEXT)
    painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)


def paint_empty(painter: QPainter, rect: QRectF, base: QFont, title: float, body: float) -> None:
    """The empty state: nothing to present, and what to do about it."""
    h = rect.height()
    painter.setPen(TEXT)
    painter.setFont(pixel_font(base, title, bold=True))
    top = QRectF(rect.left(), rect.top() + h * 0.3, rect.width(), h * 0.15)
    painter.drawText(top, int(Qt.AlignmentFlag.AlignCenter), "No events to present")
    painter.setPen(MUTED)
    painter.setFont(pixel_font(base, body))
    hint = "Choose a lesson or widen the filters. Press Esc to leave."
    painter.drawText(
        QRectF(rect.left() + h * 0.05, rect.top() + h * 0.48, rect.width() - h * 0.1, h * 0.2),
        int(Qt.AlignmentFlag.AlignHCenter) | int(Qt.TextFlag.TextWordWrap),
        hint,
    )
