"""The presenter's own screen: current and next card, the teacher's note, step and time."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QRectF, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QColor, QFontMetricsF, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from timeline.app.present.card import (
    CardColors,
    CardContent,
    CardFonts,
    fit_card,
    paint_card,
    pixel_font,
    text_height,
)
from timeline.app.present.palette import ACCENT, BACKGROUND, GRID, MUTED, TEXT
from timeline.app.present.stage import PresentationStage

_WRAP = int(Qt.TextFlag.TextWordWrap)
HELP = "\u2192 next   \u2190 back   number + Enter: go to   B: blank   R: reveal   Esc: end"


def elapsed_text(milliseconds: int) -> str:
    """ "4:05" or "1:02:09"."""
    seconds = max(0, milliseconds) // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class PresenterView(QWidget):
    """Follows a stage; keys pressed here drive the stage too."""

    def __init__(self, stage: PresentationStage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Presenter view")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._stage = stage
        self._clock = QElapsedTimer()
        self._clock.start()
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.update)
        self._timer.start()
        for signal in (stage.stepChanged, stage.blankChanged, stage.revealChanged):
            signal.connect(self.update)
        stage.pendingChanged.connect(self.update)

    def restart_clock(self) -> None:
        """Start the elapsed time from zero."""
        self._clock.restart()
        self.update()

    def elapsed_ms(self) -> int:
        """Milliseconds since the presentation started."""
        return int(self._clock.elapsed())

    def step_text(self) -> str:
        """ "3 / 12" (the step counted from 1)."""
        count = self._stage.step_count()
        return f"{self._stage.current_index() + 1} / {count}" if count else "0 / 0"

    def note(self) -> str:
        """The teacher's note of the current step."""
        step = self._stage.current_step()
        return step.note if step is not None else ""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._stage.handle_key(event.key()):
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._timer.stop()
        super().closeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillRect(self.rect(), BACKGROUND)
        h, w = float(self.height()), float(self.width())
        m = h * 0.03
        base = self.font()
        head = pixel_font(base, h * 0.045, bold=True)
        small = pixel_font(base, h * 0.024)
        line = QFontMetricsF(head).lineSpacing()
        painter.setFont(head)
        painter.setPen(TEXT)
        status = self.step_text()
        if self._stage.is_blank():
            status += "   (screen blanked)"
        if self._stage.pending_number():
            status += f"   go to {self._stage.pending_number()}\u2026"
        painter.drawText(QRectF(m, m, w - 2 * m, line), 0, status)
        painter.setPen(ACCENT)
        painter.drawText(
            QRectF(m, m, w - 2 * m, line),
            int(Qt.AlignmentFlag.AlignRight),
            elapsed_text(self.elapsed_ms()),
        )
        top = m + line * 1.3
        bottom = h - m - QFontMetricsF(small).lineSpacing() * 1.5
        split = w * 0.58
        index = self._stage.current_index()
        self._paint_panel(
            painter,
            QRectF(m, top, split - 1.5 * m, bottom - top),
            "Now",
            self._stage.card(index),
            1.0,
        )
        right = QRectF(split, top, w - split - m, (bottom - top) * 0.5)
        self._paint_panel(painter, right, "Next", self._stage.card(index + 1), 0.7)
        note_rect = QRectF(split, right.bottom() + m, right.width(), bottom - right.bottom() - m)
        self._paint_note(painter, note_rect)
        painter.setFont(small)
        painter.setPen(MUTED)
        painter.drawText(
            QRectF(m, bottom, w - 2 * m, h - bottom), int(Qt.AlignmentFlag.AlignVCenter), HELP
        )

    def _paint_panel(
        self, painter: QPainter, rect: QRectF, label: str, card: CardContent | None, scale: float
    ) -> None:
        h = self.height()
        painter.setPen(QPen(GRID, 2.0))
        painter.setBrush(QColor("#141922"))
        painter.drawRoundedRect(rect, 10, 10)
        pad = h * 0.02
        caption = pixel_font(self.font(), h * 0.022, bold=True)
        painter.setFont(caption)
        painter.setPen(MUTED)
        cap_h = QFontMetricsF(caption).lineSpacing()
        painter.drawText(
            QRectF(rect.left() + pad, rect.top() + pad * 0.6, rect.width(), cap_h), 0, label.upper()
        )
        inner = rect.adjusted(pad, pad * 0.6 + cap_h * 1.3, -pad, -pad)
        if card is None:
            painter.setFont(pixel_font(self.font(), h * 0.03 * scale))
            painter.drawText(inner, _WRAP, "End of the presentation")
            return
        sizes = CardFonts(h * 0.05 * scale, h * 0.03 * scale, h * 0.03 * scale, h * 0.02 * scale)
        layout = fit_card(self.font(), inner, card, sizes)
        paint_card(painter, inner, card, layout, CardColors(TEXT, MUTED, ACCENT))

    def _paint_note(self, painter: QPainter, rect: QRectF) -> None:
        h = self.height()
        caption = pixel_font(self.font(), h * 0.022, bold=True)
        painter.setFont(caption)
        painter.setPen(MUTED)
        cap_h = QFontMetricsF(caption).lineSpacing()
        painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), cap_h), 0, "TEACHER'S NOTE")
        note = self.note() or "(no note for this step)"
        font = pixel_font(self.font(), h * 0.03)
        body = QRectF(
            rect.left(), rect.top() + cap_h * 1.3, rect.width(), rect.height() - cap_h * 1.3
        )
        while (
            font.pixelSize() > h * 0.018 and text_height(font, body.width(), note) > body.height()
        ):
            font = pixel_font(font, font.pixelSize() * 0.9)
        painter.setFont(font)
        painter.setPen(TEXT if self.note() else MUTED)
        painter.drawText(body, _WRAP, note)
