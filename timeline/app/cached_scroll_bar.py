"""A scroll bar for the timeline canvas that blits prepared pictures of its parts."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QScrollBar, QStyle, QStyleOptionSlider, QWidget

from timeline.app.timeline_cache import blank_picture

#: The scroll bar handle's ends kept as painted; its middle is one stretched row.
HANDLE_CAP = 8
#: How far outside its rectangle the style paints a scroll bar handle (at most).
HANDLE_MARGIN = 2


class CachedScrollBar(QScrollBar):
    """A scroll bar that blits prepared pictures of its track and handle.

    The canvas repaints (its children too) for every zoom and pan frame, and the
    style's drawing of a scroll bar cost as much as a frame's labels. The track
    (groove and arrows) is drawn once per size and state; the handle once per
    thickness and state, then cut into its two ends and a middle row stretched to
    the handle's length (its look is uniform along the bar). While the pointer is
    over it or it is dragged, it paints as usual (hover and pressed looks).
    """

    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        self._track: tuple[tuple[object, ...], QImage, QImage] | None = None
        self._handle: tuple[tuple[object, ...], QImage] | None = None

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint from the prepared pictures when not hovered or dragged."""
        if self.underMouse() or self.isSliderDown():
            self._track = self._handle = None
            super().paintEvent(event)
            return
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        option.subControls = QStyle.SubControl.SC_All
        ratio = self.devicePixelRatioF()
        style = self.style()
        look = (int(option.state.value), int(option.activeSubControls.value),
                int(option.orientation.value), self.palette().cacheKey(), ratio,
                style.name())  # fmt: skip
        # The arrows' look depends on whether the handle is at either end.
        at_min = option.sliderPosition <= option.minimum
        at_max = option.sliderPosition >= option.maximum
        track_key = (option.rect.width(), option.rect.height(), at_min, at_max, *look)
        if self._track is None or self._track[0] != track_key:
            # The arrows overlap the handle's ends by a pixel: they go on top of it.
            sc = QStyle.SubControl
            arrows = sc.SC_ScrollBarAddLine | sc.SC_ScrollBarSubLine
            self._track = (track_key, self._draw(option, sc.SC_All & ~sc.SC_ScrollBarSlider & ~arrows,
                           ratio), self._draw(option, arrows, ratio))  # fmt: skip
        painter = QPainter(self)
        painter.drawImage(QPointF(0, 0), self._track[1])
        handle = style.subControlRect(QStyle.ComplexControl.CC_ScrollBar, option,
                                      QStyle.SubControl.SC_ScrollBarSlider, self)  # fmt: skip
        if not handle.isEmpty():
            self._draw_handle(painter, option, handle, look, ratio)
        painter.drawImage(QPointF(0, 0), self._track[2])
        painter.end()

    def _draw(self, option: QStyleOptionSlider, parts: QStyle.SubControl, ratio: float) -> QImage:
        """``parts`` of the bar as the style draws them, on a transparent picture."""
        only = QStyleOptionSlider(option)
        only.subControls = parts
        image = blank_picture(self.width(), self.height(), ratio)
        painter = QPainter(image)
        self.style().drawComplexControl(QStyle.ComplexControl.CC_ScrollBar, only, painter, self)
        painter.end()
        return image

    def _draw_handle(
        self,
        painter: QPainter,
        option: QStyleOptionSlider,
        handle: QRect,
        look: tuple[object, ...],
        ratio: float,
    ) -> None:
        vertical = option.orientation == Qt.Orientation.Vertical
        length = handle.height() if vertical else handle.width()
        if ratio != 1.0 or length < 3 * HANDLE_CAP:
            only = QStyleOptionSlider(option)
            only.subControls = QStyle.SubControl.SC_ScrollBarSlider
            self.style().drawComplexControl(QStyle.ComplexControl.CC_ScrollBar, only, painter,
                                            self)  # fmt: skip
            return
        thickness = handle.width() if vertical else handle.height()
        key = (thickness, *look)
        if self._handle is None or self._handle[0] != key:
            self._handle = (key, self._handle_template(option, handle, vertical))
        template, m, cap = self._handle[1], HANDLE_MARGIN, HANDLE_CAP
        span = length + 2 * m  # what the style paints: the handle and a margin around it
        if vertical:
            x, y = handle.x(), handle.y() - m
            last = template.height() - cap
            painter.drawImage(QPointF(x, y), template, QRectF(0, 0, thickness, cap))
            painter.drawImage(QRectF(x, y + cap, thickness, span - 2 * cap), template,
                              QRectF(0, cap, thickness, 1))  # fmt: skip
            painter.drawImage(QPointF(x, y + span - cap), template, QRectF(0, last, thickness, cap))
        else:
            x, y = handle.x() - m, handle.y()
            last = template.width() - cap
            painter.drawImage(QPointF(x, y), template, QRectF(0, 0, cap, thickness))
            painter.drawImage(QRectF(x + cap, y, span - 2 * cap, thickness), template,
                              QRectF(cap, 0, 1, thickness))  # fmt: skip
            painter.drawImage(QPointF(x + span - cap, y), template, QRectF(last, 0, cap, thickness))

    def _handle_template(self, option: QStyleOptionSlider, handle: QRect, vertical: bool) -> QImage:
        """The handle as the style paints it, cut out with a margin around it."""
        image = self._draw(option, QStyle.SubControl.SC_ScrollBarSlider, 1.0)
        m = HANDLE_MARGIN
        area = handle.adjusted(0, -m, 0, m) if vertical else handle.adjusted(-m, 0, m, 0)
        return image.copy(area)
