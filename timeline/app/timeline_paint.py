"""Painting of the timeline canvas: axis, lanes, events, clusters, empty state (no state here)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QLinearGradient,
    QPainter,
    QPalette,
    QPen,
    QPolygonF,
    QStaticText,
)

from timeline.app.lane_colors import blend, lane_color, with_alpha
from timeline.core.layout import Cluster, LaneLayout, Placed
from timeline.core.ticks import Axis

Role = QPalette.ColorRole
LEFT = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
CENTRE = int(Qt.AlignmentFlag.AlignCenter)
ELIDE = Qt.TextElideMode.ElideRight
NO_PEN = Qt.PenStyle.NoPen
SEARCH_MARK = QColor(255, 196, 0, 95)


class TextCache:
    """Laid-out label texts (QStaticText) reused across frames: drawing them is far cheaper."""

    def __init__(self, limit: int = 4000) -> None:
        self._texts: dict[str, QStaticText] = {}
        self._limit = limit

    def get(self, text: str) -> QStaticText:
        """The prepared text for ``text``."""
        static = self._texts.get(text)
        if static is None:
            if len(self._texts) >= self._limit:
                self._texts.clear()
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
            self._texts[text] = static
        return static

    def clear(self) -> None:
        """Forget every prepared text (after a font change)."""
        self._texts.clear()


class Ink:
    """Pens and brushes of one lane for one frame, made once instead of per event."""

    def __init__(self, color: QColor, palette: QPalette) -> None:
        self.color = color
        self.range_fill = with_alpha(color, 95)
        self.range_pen = QPen(color, 1.2)
        self.point_pen = QPen(palette.color(Role.Base), 1)
        self.selected_pen = QPen(palette.color(Role.Highlight), 2.5)
        self.soft = with_alpha(color, 60)
        self.clear = with_alpha(color, 0)
        self.text = palette.color(Role.Text)
        self.highlight = palette.color(Role.Highlight)
        self.highlight_text = palette.color(Role.HighlightedText)
        self.hover = with_alpha(self.highlight, 50)


@dataclass(frozen=True)
class Metrics:
    """Sizes derived from the font, so the canvas scales with the user's settings and DPI."""

    line: float
    axis_h: float
    row_h: float
    header_h: float
    lane_gap: float

    @classmethod
    def for_font(cls, font: QFont) -> Metrics:
        """Metrics for a widget font."""
        line = QFontMetricsF(font).height()
        return cls(
            line=line,
            axis_h=round(line * 2 + 12),
            row_h=round(line * 1.5),
            header_h=round(line + 6),
            lane_gap=4.0,
        )


@dataclass
class LaneBand:
    """Where one lane sits vertically (content coordinates, before scrolling)."""

    lane: int
    name: str
    top: float
    rows: int
    height: float
    layout: LaneLayout | None = None
    rug: list[tuple[float, int]] = field(default_factory=list)

    def row_top(self, row: int, m: Metrics) -> float:
        """The top of a row inside this lane."""
        return self.top + m.header_h + row * m.row_h


@dataclass
class Scene:
    """Everything one frame paints; the widget fills it, the painter only reads it."""

    width: float
    height: float
    scroll_y: float
    metrics: Metrics
    axis: Axis
    bands: list[LaneBand]
    selected: int | None = None
    hovered: int | None = None
    hovered_cluster: Cluster | None = None
    highlight: bool = False
    empty_text: str = ""
    measure: Callable[[str], float] | None = None
    texts: TextCache | None = None


def paint_scene(p: QPainter, scene: Scene, palette: QPalette, font: QFont) -> None:
    """Paint one frame."""
    m = scene.metrics
    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    base = palette.color(Role.Base)
    p.fillRect(QRectF(0, 0, scene.width, scene.height), base)
    p.save()
    p.setClipRect(QRectF(0, m.axis_h, scene.width, scene.height - m.axis_h))
    p.translate(0, m.axis_h - scene.scroll_y)
    visible_top, visible_bottom = scene.scroll_y, scene.scroll_y + scene.height - m.axis_h
    shown = [
        band
        for band in scene.bands
        if band.top + band.height >= visible_top and band.top <= visible_bottom
    ]
    alternate = blend(base, palette.color(Role.AlternateBase), 0.7)
    separator = QPen(blend(base, palette.color(Role.Text), 0.16), 0)
    for band in shown:
        if band.lane % 2:
            p.fillRect(QRectF(0, band.top, scene.width, band.height), alternate)
        p.setPen(separator)
        bottom = band.top + band.height
        p.drawLine(QPointF(0, bottom), QPointF(scene.width, bottom))
    _grid(p, scene, palette, visible_top, visible_bottom)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    fm = QFontMetricsF(font)
    for band in shown:
        _band(p, scene, band, palette, font, fm)
    p.restore()
    _axis(p, scene, palette, font)
    if scene.empty_text:
        _empty(p, scene, palette, font)


def _grid(p: QPainter, scene: Scene, palette: QPalette, top: float, bottom: float) -> None:
    text = palette.color(Role.Text)
    if scene.axis.grid:
        p.setPen(QPen(with_alpha(text, 22), 0))
        p.drawLines([QLineF(x, top, x, bottom) for x in scene.axis.grid])
    if scene.axis.labels:
        p.setPen(QPen(with_alpha(text, 55), 0))
        p.drawLines([QLineF(t.x, top, t.x, bottom) for t in scene.axis.labels])


def _band(
    p: QPainter,
    scene: Scene,
    band: LaneBand,
    palette: QPalette,
    font: QFont,
    fm: QFontMetricsF,
) -> None:
    color = lane_color(band.lane, palette)
    _rug(p, scene, band, color)
    if band.layout is not None:
        ink = Ink(color, palette)
        measure = scene.measure or fm.horizontalAdvance
        for span in band.layout.events:
            if span.kind == "span":
                _event(p, scene, band, span, ink, fm, measure)
        for placed in band.layout.events:
            if placed.kind != "span":
                _event(p, scene, band, placed, ink, fm, measure)
        for cluster in band.layout.clusters:
            _cluster(p, scene, band, cluster, color, palette, font)
    if band.name or (band.layout is not None and band.layout.ongoing_hidden):
        _lane_label(p, scene, band, color, palette, font)


def _lane_label(
    p: QPainter, scene: Scene, band: LaneBand, color: QColor, palette: QPalette, font: QFont
) -> None:
    m = scene.metrics
    bold = QFont(font)
    bold.setBold(True)
    fm = QFontMetricsF(bold)
    name = band.name
    hidden = band.layout.ongoing_hidden if band.layout is not None else 0
    if hidden:
        name = (
            f"{name} \N{MIDDLE DOT} {hidden:,} more under way"
            if name
            else f"{hidden:,} more under way"
        )
    text = fm.elidedText(name, Qt.TextElideMode.ElideRight, scene.width / 2)
    # Stays visible while the lane scrolls under the axis.
    top = min(max(band.top, scene.scroll_y), band.top + band.height - m.header_h)
    rect = QRectF(6, top + 2, fm.horizontalAdvance(text) + m.line + 8, m.header_h - 4)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(with_alpha(palette.color(Role.Base), 225))
    p.drawRoundedRect(rect, 4, 4)
    p.setBrush(color)
    radius = m.line * 0.28
    p.drawEllipse(QPointF(rect.left() + 4 + radius, rect.center().y()), radius, radius)
    p.setFont(bold)
    p.setPen(palette.color(Role.Text))
    p.drawText(
        rect.adjusted(m.line * 0.6 + 8, 0, 0, 0),
        LEFT,
        text,
    )
    p.setFont(font)


def _rug(p: QPainter, scene: Scene, band: LaneBand, color: QColor) -> None:
    """Faded marks for events hidden by the search, so the matches keep their context."""
    if not band.rug:
        return
    y = band.top + band.height - scene.metrics.lane_gap - 3
    faded = with_alpha(color, 120)
    p.setPen(QPen(faded, 2))
    for x, _count in band.rug:
        p.drawLine(QPointF(x, y - 6), QPointF(x, y))


def _event(
    p: QPainter,
    scene: Scene,
    band: LaneBand,
    placed: Placed,
    ink: Ink,
    fm: QFontMetricsF,
    measure: Callable[[str], float],
) -> None:
    m = scene.metrics
    top = band.row_top(placed.row, m)
    mid = top + m.row_h / 2
    selected = placed.item.id == scene.selected
    if placed.kind == "point":
        half = (placed.x1 - placed.x0) / 2
        cx = placed.x0 + half
        diamond = QPolygonF(
            [QPointF(cx, mid - half), QPointF(cx + half, mid), QPointF(cx, mid + half),
             QPointF(cx - half, mid)]
        )  # fmt: skip
        p.setBrush(ink.color)
        p.setPen(ink.selected_pen if selected else ink.point_pen)
        p.drawPolygon(diamond)
    elif placed.kind == "range":
        rect = QRectF(placed.x0, mid - m.row_h * 0.3, placed.x1 - placed.x0, m.row_h * 0.6)
        p.setBrush(ink.range_fill)
        p.setPen(ink.selected_pen if selected else ink.range_pen)
        p.drawRoundedRect(rect, 3, 3)
    else:
        rect = QRectF(placed.x0, top + 2, placed.x1 - placed.x0, m.row_h - 4)
        gradient = QLinearGradient(rect.topLeft(), rect.topRight())
        soft = min(0.5, 10 / max(rect.width(), 1))
        gradient.setColorAt(0, ink.clear)
        gradient.setColorAt(soft, ink.soft)
        gradient.setColorAt(1 - soft, ink.soft)
        gradient.setColorAt(1, ink.clear)
        p.setBrush(QBrush(gradient))
        p.setPen(ink.selected_pen if selected else NO_PEN)
        p.drawRoundedRect(rect, 6, 6)
    if placed.label_w <= 0:
        return
    text = placed.label
    text_w = measure(text)
    if text_w > placed.label_w + 0.5:
        text = fm.elidedText(text, ELIDE, placed.label_w + 0.5)
        text_w = placed.label_w
    label = QRectF(placed.label_x, top, placed.label_w + 1, m.row_h)
    hovered = placed.item.id == scene.hovered
    if selected or scene.highlight or hovered:
        back = QRectF(label.left() - 2, top + 2, text_w + 4, m.row_h - 4)
        p.setBrush(ink.highlight if selected else SEARCH_MARK if scene.highlight else ink.hover)
        p.setPen(NO_PEN)
        p.drawRoundedRect(back, 3, 3)
    p.setPen(ink.highlight_text if selected else ink.text)
    if scene.texts is not None:
        p.drawStaticText(QPointF(placed.label_x, top + (m.row_h - fm.height()) / 2),
                         scene.texts.get(text))  # fmt: skip
    else:
        p.drawText(label, LEFT, text)


def _cluster(
    p: QPainter,
    scene: Scene,
    band: LaneBand,
    cluster: Cluster,
    color: QColor,
    palette: QPalette,
    font: QFont,
) -> None:
    m = scene.metrics
    top = band.row_top(cluster.row, m)
    rect = QRectF(cluster.x0 + 1, top + 2, cluster.x1 - cluster.x0 - 2, m.row_h - 4)
    hovered = scene.hovered_cluster is not None and scene.hovered_cluster == cluster
    base = palette.color(Role.Base)
    p.setBrush(blend(base, color, 0.35 if hovered else 0.22))
    p.setPen(QPen(color, 1.2))
    p.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
    fm = QFontMetricsF(font)
    text = (
        f"{cluster.count:,} events"
        if fm.horizontalAdvance(f"{cluster.count:,} events") + 12 <= rect.width()
        else f"{cluster.count:,}"
    )
    if fm.horizontalAdvance(text) + 6 > rect.width():
        text = "…"
    p.setPen(palette.color(Role.Text))
    p.drawText(rect, CENTRE, text)


def _axis(p: QPainter, scene: Scene, palette: QPalette, font: QFont) -> None:
    m = scene.metrics
    rect = QRectF(0, 0, scene.width, m.axis_h)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    p.fillRect(rect, palette.color(Role.Window))
    p.setPen(QPen(palette.color(Role.Mid), 1))
    p.drawLine(QPointF(0, m.axis_h - 0.5), QPointF(scene.width, m.axis_h - 0.5))
    text_color = palette.color(Role.WindowText)
    bold = QFont(font)
    bold.setBold(True)
    p.setFont(bold)
    p.setPen(text_color)
    context_row = QRectF(0, 4, 0, m.line)
    for tick in scene.axis.context:
        r = QRectF(tick.label_x, context_row.top(), tick.label_w + 2, m.line)
        p.drawText(r, LEFT, tick.label)
    p.setFont(font)
    label_top = 6 + m.line
    if scene.axis.labels:
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setPen(QPen(with_alpha(text_color, 120), 1))
        p.drawLines([QLineF(t.x, label_top, t.x, m.axis_h) for t in scene.axis.labels])
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setPen(text_color)
    for tick in scene.axis.labels:
        r = QRectF(tick.label_x, label_top, tick.label_w + 2, m.line)
        p.drawText(r, LEFT, tick.label)


def _empty(p: QPainter, scene: Scene, palette: QPalette, font: QFont) -> None:
    m = scene.metrics
    big = QFont(font)
    big.setPointSizeF(font.pointSizeF() * 1.15 if font.pointSizeF() > 0 else 11)
    p.setFont(big)
    p.setPen(palette.color(Role.PlaceholderText))
    area = QRectF(0, m.axis_h, scene.width, scene.height - m.axis_h)
    p.drawText(area, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), scene.empty_text)
    p.setFont(font)
