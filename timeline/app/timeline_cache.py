"""Prepared pictures for the timeline canvas: recurring words, markers, badges, bars, inks."""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable
from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QLinearGradient,
    QPainter,
    QPalette,
    QPen,
    QPolygonF,
)

from timeline.app.lane_colors import blend, with_alpha
from timeline.app.text_width import TextWidths

Role = QPalette.ColorRole
AA = QPainter.RenderHint.Antialiasing
_IMAGE = QImage.Format.Format_ARGB32_Premultiplied
#: Elided labels are cut to a multiple of this many pixels.
ELIDE_STEP = 6


class TextCache:
    """Kept across frames: text widths and shortenings; markers, badges and lane tags as pictures.

    Blitting a prepared image costs a fraction of rasterising an antialiased
    outline every frame. The view clears the cache when its font
    or palette changes. Images are kept up to ``budget`` bytes; beyond that the
    older half is dropped.
    """

    def __init__(self, budget: int = 24 * 1024 * 1024) -> None:
        self._images: dict[Hashable, QImage] = {}
        self._bytes = 0
        self._budget = budget
        self._elided: dict[tuple[str, int, bool], str] = {}
        self._seen: set[Hashable] = set()
        self._metrics: dict[tuple[str, bool], float] = {}
        self._widths: dict[tuple[str, int, bool], float] = {}
        self._bold: QFont | None = None
        self._font_metrics: dict[bool, QFontMetricsF] = {}
        self._text_widths: dict[bool, TextWidths] = {}
        self._inks: dict[tuple[int, int], Ink] = {}

    def clear(self) -> None:
        """Forget everything prepared (after a font or palette change)."""
        self._images.clear()
        self._seen.clear()
        self._metrics.clear()
        self._widths.clear()
        self._bold = None
        self._font_metrics.clear()
        self._text_widths.clear()
        self._elided.clear()
        self._inks.clear()
        self._bytes = 0

    def _keep(self, key: Hashable, image: QImage) -> QImage:
        size = image.sizeInBytes()
        if self._bytes + size > self._budget:
            keys = list(self._images)
            for old in keys[: len(keys) // 2 + 1]:
                self._bytes -= self._images.pop(old).sizeInBytes()
        self._images[key] = image
        self._bytes += size
        return image

    def picture(
        self,
        key: Hashable,
        width: float,
        height: float,
        ratio: float,
        draw: Callable[[QPainter], None],
    ) -> QImage:
        """The picture kept under ``key``, else one ``width`` x ``height`` px made by ``draw``."""
        image = self._images.get(key)
        if image is None:
            image = blank_picture(width, height, ratio)
            q = QPainter(image)
            draw(q)
            q.end()
            image = self._keep(key, image)
        return image

    def writing(self, font: QFont, color: QColor) -> Writing:
        """A font and colour to write with (make one per frame, not per text)."""
        return Writing(font, color, self.ascent(font), (font.bold(), color.rgba()))

    @staticmethod
    def draw_text(p: QPainter, x: float, top: float, text: str, writing: Writing) -> None:
        """Draw ``text`` with its left edge at ``x`` and its line box from ``top``.

        Event labels are drawn, not kept as pictures: preparing a picture of a
        text costs as much as drawing it six times, and while zooming most labels
        show in only a few frames, many of them shortened to a new width each time.
        """
        p.setFont(writing.font)
        p.setPen(writing.color)
        p.drawText(QPointF(x, top + writing.ascent), text)

    def draw_word(
        self, p: QPainter, x: float, top: float, text: str, writing: Writing, ratio: float
    ) -> None:
        """``draw_text`` for the few words that recur: axis labels, cluster counts.

        "Q1", "Mar" or "3 events" come back many times in a frame and in every
        frame after: the second time a word is asked for, its picture is made,
        and from then on it is blitted (a fifth of the cost of writing it).
        """
        key = (text, writing.key, ratio)
        image = self._images.get(key)
        if image is None:
            if not _again(self._seen, key):
                self.draw_text(p, x, top, text, writing)
                return
            fm = self.font_metrics(writing.font)
            image = blank_picture(fm.horizontalAdvance(text) + 3, fm.height(), ratio)
            q = QPainter(image)
            q.setFont(writing.font)
            q.setPen(writing.color)
            q.drawText(QPointF(1, writing.ascent), text)
            q.end()
            image = self._keep(key, image)
        p.drawImage(round(x - 1), round(top), image)

    def ascent(self, font: QFont) -> float:
        """The ascent of ``font`` (the widget font or its bold variant)."""
        key = ("a", font.bold())
        value = self._metrics.get(key)
        if value is None:
            value = self._metrics[key] = self.font_metrics(font).ascent()
        return value

    def bold(self, font: QFont) -> QFont:
        """The bold variant of the widget font."""
        bold = self._bold
        if bold is None:
            bold = self._bold = QFont(font)
            bold.setBold(True)
        return bold

    def width(self, text: str, font: QFont) -> float:
        """The advance width of ``text`` in ``font`` (see ``TextWidths``)."""
        key = (text, -1, font.bold())
        value = self._widths.get(key)
        if value is None:
            if len(self._widths) > 20_000:
                self._widths.clear()
            value = self._widths[key] = self.text_widths(font).width(text)
        return value

    def elided(self, text: str, width: float, font: QFont) -> str:
        """``text`` shortened with an ellipsis to fit ``width`` pixels.

        The width is rounded down to a multiple of ``ELIDE_STEP`` px, so that
        while zooming the same shortened texts come back (and their images).
        """
        room = int(width) - int(width) % ELIDE_STEP
        key = (text, room, font.bold())
        short = self._elided.get(key)
        if short is None:
            if len(self._elided) > 20_000:
                self._elided.clear()
            short = self._elided[key] = self.text_widths(font).elide(text, room)
        return short

    def text_widths(self, font: QFont) -> TextWidths:
        """Per-character widths of the widget font or its bold variant (made once)."""
        widths = self._text_widths.get(font.bold())
        if widths is None:
            widths = self._text_widths[font.bold()] = TextWidths(self.font_metrics(font))
        return widths

    def font_metrics(self, font: QFont) -> QFontMetricsF:
        """Metrics of the widget font or its bold variant (made once)."""
        metrics = self._font_metrics.get(font.bold())
        if metrics is None:
            metrics = self._font_metrics[font.bold()] = QFontMetricsF(font)
        return metrics

    def diamond(self, size: float, fill: QColor, pen: QPen, ratio: float) -> QImage:
        """A point event's marker: a diamond ``size`` px across, its outline outside it."""
        key = ("d", size, fill.rgba(), pen.color().rgba(), pen.widthF(), ratio)
        image = self._images.get(key)
        if image is None:
            margin = math.ceil(pen.widthF())
            side = size + 2 * margin
            image = blank_picture(side, side, ratio)
            c, h = side / 2, size / 2
            q = QPainter(image)
            q.setRenderHint(AA, True)
            q.setBrush(fill)
            q.setPen(pen)
            q.drawPolygon(QPolygonF([QPointF(c, c - h), QPointF(c + h, c), QPointF(c, c + h),
                                     QPointF(c - h, c)]))  # fmt: skip
            q.end()
            image = self._keep(key, image)
        return image

    def pill(self, width: int, height: int, fill: QColor, edge: QColor, ratio: float) -> QImage:
        """A cluster badge: a rounded pill ``width`` x ``height`` px."""
        key = ("p", width, height, fill.rgba(), edge.rgba(), ratio)
        image = self._images.get(key)
        if image is None:
            image = blank_picture(width, height, ratio)
            q = QPainter(image)
            q.setRenderHint(AA, True)
            q.setBrush(fill)
            q.setPen(QPen(edge, 1.2))
            rect = QRectF(0.6, 0.6, width - 1.2, height - 1.2)
            q.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
            q.end()
            image = self._keep(key, image)
        return image

    def ink(self, color: QColor, palette: QPalette) -> Ink:
        """Pens and brushes for one lane colour."""
        key = (color.rgba(), palette.color(Role.Base).rgba())
        ink = self._inks.get(key)
        if ink is None:
            ink = self._inks[key] = Ink(color, palette)
        return ink


class Writing(NamedTuple):
    """A font and a colour to write with, with what the cache needs to know of them."""

    font: QFont
    color: QColor
    ascent: float
    key: tuple[bool, int]


def _again(seen: set[Hashable], key: Hashable) -> bool:
    """Whether ``key`` was asked for before (recorded now; past 5,000 the record restarts)."""
    if key in seen:
        return True
    if len(seen) > 5000:
        seen.clear()
    seen.add(key)
    return False


def blank_picture(width: float, height: float, ratio: float) -> QImage:
    """A transparent picture ``width`` x ``height`` logical px at device pixel ``ratio``."""
    image = QImage(max(1, math.ceil(width * ratio)), max(1, math.ceil(height * ratio)), _IMAGE)
    image.setDevicePixelRatio(ratio)
    image.fill(0)
    return image


class Ink:
    """Pens and brushes of one lane, made once instead of per event."""

    def __init__(self, color: QColor, palette: QPalette) -> None:
        base = palette.color(Role.Base)
        self.color = color
        self.range_fill = with_alpha(color, 95)
        self.range_pen = QPen(color, 1.2)
        self.point_pen = QPen(base, 1)
        self.selected_pen = QPen(palette.color(Role.Highlight), 2.5)
        self.soft = with_alpha(color, 60)
        self.clear = with_alpha(color, 0)
        self.text = palette.color(Role.Text)
        self.highlight = palette.color(Role.Highlight)
        self.highlight_text = palette.color(Role.HighlightedText)
        self.hover = with_alpha(self.highlight, 50)
        self.cluster = blend(base, color, 0.22)
        self.cluster_hover = blend(base, color, 0.35)
        self._pictures: dict[tuple[object, ...], QImage] = {}
        self._seen: set[Hashable] = set()

    def diamond(self, cache: TextCache, size: float, selected: bool, ratio: float) -> QImage:
        """This lane's point marker (outlined in the highlight colour when selected)."""
        key = ("d", size, selected, ratio)
        image = self._pictures.get(key)
        if image is None:
            pen = self.selected_pen if selected else self.point_pen
            image = self._pictures[key] = cache.diamond(size, self.color, pen, ratio)
        return image

    def fade(self, cache: TextCache, width: int, height: int, out: bool, ratio: float) -> QImage:
        """The faded end of a soft span: transparent to the wash (or back, when ``out``)."""
        key = ("f", width, height, out, ratio)
        image = self._pictures.get(key)
        if image is None:
            image = blank_picture(width, height, ratio)
            gradient = QLinearGradient(0, 0, width, 0)
            gradient.setColorAt(1 if out else 0, self.clear)
            gradient.setColorAt(0 if out else 1, self.soft)
            q = QPainter(image)
            q.fillRect(QRectF(0, 0, width, height), QBrush(gradient))
            q.end()
            self._pictures[key] = image
        return image

    def bar(
        self, cache: TextCache, width: int, height: int, selected: bool, ratio: float
    ) -> tuple[QImage | None, int]:
        """This lane's range bar ``width`` x ``height`` px, and the margin its outline takes.

        The picture is made the second time a size is asked for (None the first
        time): bars of days share a width at each zoom, but ranges of several
        days come in many widths that are seldom asked for again.
        """
        key = ("b", width, height, selected, ratio)
        pen = self.selected_pen if selected else self.range_pen
        margin = math.ceil(pen.widthF() / 2)
        image = self._pictures.get(key)
        if image is None:
            if not _again(self._seen, key):
                return None, margin
            if len(self._pictures) > 500:
                self._pictures.clear()
            image = blank_picture(width + 2 * margin, height + 2 * margin, ratio)
            q = QPainter(image)
            q.setRenderHint(AA, True)
            q.setBrush(self.range_fill)
            q.setPen(pen)
            q.drawRoundedRect(QRectF(margin, margin, width, height), 3, 3)
            q.end()
            self._pictures[key] = image
        return image, margin

    def pill(
        self, cache: TextCache, width: int, height: int, hovered: bool, ratio: float
    ) -> QImage:
        """This lane's cluster badge, ``width`` x ``height`` px."""
        key = ("p", width, height, hovered, ratio)
        image = self._pictures.get(key)
        if image is None:
            if len(self._pictures) > 500:
                self._pictures.clear()
            fill = self.cluster_hover if hovered else self.cluster
            image = self._pictures[key] = cache.pill(width, height, fill, self.color, ratio)
        return image
