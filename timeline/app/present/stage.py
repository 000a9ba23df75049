"""The full-screen stage: a large card for the current step over the projector band."""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QEasingCurve, QPointF, QRectF, Qt, QVariantAnimation, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from timeline.app.present.band import BandEvent, BandPaint, BandTheme, paint_band, styles_for
from timeline.app.present.card import (
    CardColors,
    CardContent,
    CardFonts,
    CardLayout,
    card_content,
    fit_card,
    paint_card,
    pixel_font,
)
from timeline.app.present.keys import Action, Command, KeyInterpreter
from timeline.app.present.overlays import paint_empty, paint_pending
from timeline.app.present.palette import (
    ACCENT,
    BACKGROUND,
    BAND_BACKGROUND,
    GRID,
    MUTED,
    TEXT,
    marker_path,
)
from timeline.app.present.steps import Step, step_viewport
from timeline.core.viewport import Viewport
from timeline.store.rows import EventRow

log = logging.getLogger(__name__)

#: Sizes as fractions of the stage height.
TITLE_SIZE, MIN_TITLE_SIZE = 0.078, 0.05
BODY_SIZE, MIN_BODY_SIZE = 0.044, 0.026
LABEL_SIZE = 0.026
MARKER_SIZE = 0.036
ANIMATION_MS = 400


class PresentationStage(QWidget):
    """Shows one step at a time; keys (or a clicker) move through the steps."""

    stepChanged = Signal(int)
    blankChanged = Signal(bool)
    revealChanged = Signal(bool)
    pendingChanged = Signal(str)
    finished = Signal()

    def __init__(
        self,
        steps: Sequence[Step],
        *,
        lane_of: Callable[[EventRow], str] | None = None,
        lanes: Sequence[str] | None = None,
        load: Callable[[int], EventRow | None] | None = None,
        reveal: bool = False,
        animate: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Presentation")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self._steps = list(steps)
        self._lane_of = lane_of or (lambda e: e.lane)
        wanted = {self._lane_of(s.event) for s in self._steps}
        self._lanes = [lane for lane in (lanes or sorted(wanted)) if lane in wanted] or [""]
        self._band_events = [BandEvent.of(s.event, self._lane_of(s.event)) for s in self._steps]
        self._load = load
        self._cards: dict[int, CardContent] = {}
        self._index = 0
        self._blank = False
        self._reveal = reveal
        self._animate = animate
        self._keys = KeyInterpreter()
        today = date.today()
        self._viewport = (
            step_viewport(self._steps, 0) if self._steps else Viewport.around(today, today)
        )
        self._animation = QVariantAnimation(self)
        self._animation.setDuration(ANIMATION_MS)
        self._animation.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self._animation.setStartValue(0.0)
        self._animation.setEndValue(1.0)
        self._animation.valueChanged.connect(self._on_progress)
        self._from = self._viewport
        self._to = self._viewport

    # -- state -------------------------------------------------------------

    def steps(self) -> list[Step]:
        """The steps in presentation order."""
        return list(self._steps)

    def step_count(self) -> int:
        """How many steps there are."""
        return len(self._steps)

    def current_index(self) -> int:
        """The current step, counted from 0."""
        return self._index

    def current_step(self) -> Step | None:
        """The current step, or ``None`` when there are no steps."""
        return self._steps[self._index] if self._steps else None

    def is_blank(self) -> bool:
        """True while the screen is blanked."""
        return self._blank

    def reveal(self) -> bool:
        """True when events after the current step stay hidden."""
        return self._reveal

    def pending_number(self) -> str:
        """The step number being typed (empty when none)."""
        return self._keys.pending

    def viewport(self) -> Viewport:
        """The period the band shows now."""
        return self._viewport

    def target_viewport(self) -> Viewport:
        """The period the band is moving to (the current one when not animating)."""
        return self._to

    def card(self, index: int) -> CardContent | None:
        """The card of step ``index`` (sources loaded on first use)."""
        if not 0 <= index < len(self._steps):
            return None
        event = self._steps[index].event
        if event.id not in self._cards:
            full = self._load(event.id) if self._load is not None else None
            self._cards[event.id] = card_content(full or event, lane=self._lane_of(event))
        return self._cards[event.id]

    def band_event_ids(self) -> list[int]:
        """The events the band may draw: all steps, or (in reveal mode) those reached so far."""
        shown = self._band_events if not self._reveal else self._band_events[: self._index + 1]
        return [e.id for e in shown]

    def drawn_event_ids(self) -> set[int]:
        """The events drawn on the band now (revealed and inside the visible period)."""
        allowed = set(self.band_event_ids())
        vp = self._viewport
        return {
            e.id for e in self._band_events if e.id in allowed and e.t1 > vp.t0 and e.t0 < vp.t1
        }

    def title_pixel_size(self) -> int:
        """The title's font size in pixels as it is painted at the current size."""
        return self._fitted().title_font.pixelSize() if self._steps else 0

    def body_pixel_size(self) -> int:
        """The body text's font size in pixels as it is painted at the current size."""
        return self._fitted().body_font.pixelSize() if self._steps else 0

    # -- actions -----------------------------------------------------------

    def set_animations_enabled(self, on: bool) -> None:
        """Animate the pan and zoom between steps (off in tests and screenshots)."""
        self._animate = on

    def go_to(self, index: int) -> None:
        """Show step ``index`` (0-based, clamped), animating the band to its event."""
        if not self._steps:
            return
        index = max(0, min(len(self._steps) - 1, index))
        if index == self._index and self._to == step_viewport(self._steps, index):
            return
        self._index = index
        self._move_to(step_viewport(self._steps, index))
        self.update()
        self.stepChanged.emit(index)

    def next(self) -> None:
        """The next step."""
        self.go_to(self._index + 1)

    def previous(self) -> None:
        """The previous step."""
        self.go_to(self._index - 1)

    def set_blank(self, on: bool) -> None:
        """Blank the screen (black) or bring it back."""
        if on != self._blank:
            self._blank = on
            self.update()
            self.blankChanged.emit(on)

    def set_reveal(self, on: bool) -> None:
        """Hide (or show) the events after the current step."""
        if on != self._reveal:
            self._reveal = on
            self.update()
            self.revealChanged.emit(on)

    def leave(self) -> None:
        """Stop presenting: emits ``finished``."""
        self._animation.stop()
        self.finished.emit()

    def perform(self, command: Command) -> None:
        """Carry out one command (from a key on the stage or on the presenter view)."""
        action = command.action
        self.pendingChanged.emit(self._keys.pending)
        if action is Action.TYPING:
            self.update()
            return
        if action is Action.LEAVE:
            self.leave()
            return
        if action is Action.BLANK:
            self.set_blank(not self._blank)
            return
        if action is Action.REVEAL:
            self.set_reveal(not self._reveal)
            return
        if self._blank:
            self.set_blank(False)  # a move on a blank screen first brings the picture back
            if action is not Action.JUMP:
                return
        if action is Action.NEXT:
            self.next()
        elif action is Action.PREVIOUS:
            self.previous()
        elif action is Action.FIRST:
            self.go_to(0)
        elif action is Action.LAST:
            self.go_to(len(self._steps) - 1)
        elif action is Action.JUMP:
            self.go_to((command.number or 1) - 1)
        self.update()

    def handle_key(self, key: int) -> bool:
        """Interpret a key press; True when it meant something."""
        command = self._keys.press(key)
        if command is None:
            return False
        self.perform(command)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.handle_key(event.key()):
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A click moves on, a right click goes back (as in slide programs)."""
        if event.button() == Qt.MouseButton.LeftButton:
            self.perform(Command(Action.NEXT))
        elif event.button() == Qt.MouseButton.RightButton:
            self.perform(Command(Action.PREVIOUS))
        else:
            super().mousePressEvent(event)

    # -- animation ---------------------------------------------------------

    def _move_to(self, target: Viewport) -> None:
        self._animation.stop()
        self._from, self._to = self._viewport, target
        if not self._animate or not self.isVisible():
            self._viewport = target
            return
        self._animation.start()

    def _on_progress(self, value: object) -> None:
        self._viewport = self._from.interpolate(self._to, float(value))  # type: ignore[arg-type]
        self.update()

    # -- painting ----------------------------------------------------------

    def _fitted(self) -> CardLayout:
        card = self.card(self._index)
        assert card is not None
        return fit_card(self.font(), self._card_rect(), card, self._card_fonts())

    def _card_fonts(self) -> CardFonts:
        h = self.height()
        # The minimums round up so the painted pixel size never falls below them.
        return CardFonts(
            h * TITLE_SIZE,
            h * BODY_SIZE,
            math.ceil(h * MIN_TITLE_SIZE),
            math.ceil(h * MIN_BODY_SIZE),
        )

    def _margin(self) -> float:
        return self.height() * 0.045

    def _band_rect(self) -> QRectF:
        h, w = self.height(), self.width()
        top = h * 0.63
        return QRectF(0, top, w, h - top)

    def _card_rect(self) -> QRectF:
        m = self._margin()
        stripe = self.height() * 0.034
        top = m + self.height() * LABEL_SIZE * 1.4  # room for the step counter
        return QRectF(
            m * 1.6 + stripe,
            top,
            self.width() - m * 2.6 - stripe,
            self._band_rect().top() - top - m * 0.6,
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.fillRect(self.rect(), QColor("#000000") if self._blank else BACKGROUND)
        if self._blank:
            return
        if not self._steps:
            self._paint_empty(painter)
            return
        h = self.height()
        band = BandPaint(
            events=[e for e in self._band_events if e.id in set(self.band_event_ids())],
            lanes=self._lanes,
            viewport=self._viewport,
            current_id=self._steps[self._index].event.id,
        )
        theme = BandTheme(
            background=BAND_BACKGROUND,
            text=TEXT,
            muted=MUTED,
            grid=GRID,
            highlight=TEXT,
            outline=BACKGROUND,
            marker=h * MARKER_SIZE,
            label=h * LABEL_SIZE,
            font=self.font(),
        )
        paint_band(painter, self._band_rect(), band, theme)
        self._paint_card(painter)
        self._paint_counter(painter)
        if self._keys.pending:
            self._paint_pending(painter)

    def _paint_card(self, painter: QPainter) -> None:
        card = self.card(self._index)
        assert card is not None
        rect = self._card_rect()
        layout = fit_card(self.font(), rect, card, self._card_fonts())
        used = paint_card(painter, rect, card, layout, CardColors(TEXT, MUTED, ACCENT))
        lane = self._lane_of(self._steps[self._index].event)
        style = styles_for(self._lanes).get(lane)
        if style is not None and lane:
            m = self._margin()
            size = self.height() * 0.034
            stripe = self.height() * 0.012
            top = rect.top() + size * 0.9
            painter.fillRect(
                QRectF(m + (size - stripe) / 2, top, stripe, used - size * 0.9), style.color
            )
            centre = QPointF(m + size / 2, rect.top() + size * 0.45)
            painter.setPen(QPen(BACKGROUND, 2.0))
            painter.setBrush(style.color)
            painter.drawPath(marker_path(style.shape, centre, size / 2))

    def _paint_counter(self, painter: QPainter) -> None:
        font = pixel_font(self.font(), self.height() * LABEL_SIZE)
        painter.setFont(font)
        painter.setPen(MUTED)
        m = self._margin()
        text = f"{self._index + 1} / {len(self._steps)}"
        if self._reveal:
            text = "Reveal \u00b7 " + text
        line = QFontMetricsF(font).lineSpacing()
        painter.drawText(
            QRectF(m, m * 0.5, self.width() - 2 * m, line), int(Qt.AlignmentFlag.AlignRight), text
        )

    def _paint_pending(self, painter: QPainter) -> None:
        m = self._margin()
        corner = QPointF(self.width() - m, self._band_rect().top() - m * 0.3)
        paint_pending(painter, corner, self.font(), self.height() * BODY_SIZE, self._keys.pending)

    def _paint_empty(self, painter: QPainter) -> None:
        h = self.height()
        paint_empty(painter, QRectF(self.rect()), self.font(), h * TITLE_SIZE, h * BODY_SIZE)
