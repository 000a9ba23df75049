"""Painting of the timeline canvas: axis, lanes, events, clusters, empty state (no state here)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPalette,
    QPen,
)

from timeline.app.lane_colors import lane_color_for, with_alpha
from timeline.app.timeline_cache import Ink, TextCache, Writing
from timeline.app.timeline_grid import paint_backgrounds
from timeline.core.layout import Cluster, LaneLayout, Placed
from timeline.core.ticks import Axis

Role = QPalette.ColorRole
LEFT = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
NO_PEN = Qt.PenStyle.NoPen
AA = QPainter.RenderHint.Antialiasing
SEARCH_MARK = QColor(255, 196, 0, 95)
#: Range bars up to this wide are blitted from a picture made once per width.
BAR_PICTURE_PX = 400
#: Width of the faded ends of a soft span (a period known only to the month, season, year).
SOFT_FADE_PX = 10.0


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
    pinned: int | None = None  # the event the layout drew on its own (the selection)


@dataclass
class _Frame:
    """What the painting functions share for one frame."""

    p: QPainter
    scene: Scene
    palette: QPalette
    font: QFont
    fm: QFontMetricsF
    cache: TextCache
    ratio: float
    measure: Callable[[str], float]
    plain: Writing  # labels
    chosen: Writing  # the selected event's label
    bold: Writing  # lane names


def paint_scene(p: QPainter, scene: Scene, palette: QPalette, font: QFont) -> None:
    """Paint one frame."""
    m = scene.metrics
    fm = QFontMetricsF(font)
    cache = scene.texts if scene.texts is not None else TextCache()
    device = p.device()
    ratio = device.devicePixelRatioF() if device is not None else 1.0
    text = palette.color(Role.Text)
    f = _Frame(p, scene, palette, font, fm, cache, ratio, scene.measure or fm.horizontalAdvance,
               cache.writing(font, text), cache.writing(font, palette.color(Role.HighlightedText)),
               cache.writing(cache.bold(font), text))  # fmt: skip
    p.setRenderHint(AA, False)
    p.save()
    p.setClipRect(QRectF(0, m.axis_h, scene.width, scene.height - m.axis_h))
    p.translate(0, m.axis_h - scene.scroll_y)
    top, bottom = scene.scroll_y, scene.scroll_y + scene.height - m.axis_h
    shown = [b for b in scene.bands if b.top + b.height >= top and b.top <= bottom]
    paint_backgrounds(p, scene, palette, ratio, shown, (top, bottom))
    p.setRenderHint(AA, True)
    for band in shown:
        _band(f, band)
    p.restore()
    _axis(f)
    if scene.empty_text:
        _empty(p, scene, palette, font)


def _band(f: _Frame, band: LaneBand) -> None:
    color = lane_color_for(band.lane, band.name, f.palette)
    _rug(f, band, color)
    lane = band.layout
    if lane is not None:
        ink = f.cache.ink(color, f.palette)
        m, scene = f.scene.metrics, f.scene
        # Only the rows in sight: a tall lane may be mostly above or below the view.
        rows_top = band.top + m.header_h
        first = int((scene.scroll_y - rows_top) // m.row_h)
        last = int((scene.scroll_y + scene.height - m.axis_h - rows_top) // m.row_h)
        events = [p for p in lane.events if first <= p.row <= last]
        _shapes(f, rows_top, events, ink)
        _labels(f, rows_top, events, ink)
        _clusters(f, band, [c for c in lane.clusters if first <= c.row <= last], ink)
    if band.name or (lane is not None and lane.ongoing_hidden):
        _lane_label(f, band, color)


def _lane_label(f: _Frame, band: LaneBand, color: QColor) -> None:
    """The lane's name on a tag that stays visible while the lane scrolls under the axis.

    The tag is one picture per name and colour: a rounded back, a dot, bold text.
    A tag counting events under way changes with every zoom step: it is drawn
    in place instead (a picture costs several times as much the first time).
    """
    scene, m = f.scene, f.scene.metrics
    bold = f.bold.font
    name = band.name
    hidden = band.layout.ongoing_hidden if band.layout is not None else 0
    if hidden:
        more = f"{hidden:,} more under way"
        name = f"{name} \N{MIDDLE DOT} {more}" if name else more
    text = f.cache.elided(name, scene.width / 2, bold)
    width, height = f.cache.width(text, bold) + m.line + 6, m.header_h - 4
    base = f.palette.color(Role.Base)
    key = ("lane", text, color.rgba(), base.rgba(), width, height, f.ratio)

    def draw(q: QPainter) -> None:
        q.setRenderHint(AA, True)
        q.setPen(NO_PEN)
        q.setBrush(with_alpha(base, 225))
        q.drawRoundedRect(QRectF(0, 0, width, height), 4, 4)
        q.setBrush(color)
        radius = m.line * 0.28
        q.drawEllipse(QPointF(4 + radius, height / 2), radius, radius)
        q.setFont(bold)
        q.setPen(f.bold.color)
        q.drawText(QPointF(m.line * 0.6 + 8, height / 2 - m.line / 2 + f.bold.ascent), text)

    top = min(max(band.top, scene.scroll_y), band.top + band.height - m.header_h)
    if hidden:
        f.p.save()
        f.p.translate(6, top + 2)
        draw(f.p)
        f.p.restore()
        return
    f.p.drawImage(QPointF(6, top + 2), f.cache.picture(key, width, height, f.ratio, draw))


def _rug(f: _Frame, band: LaneBand, color: QColor) -> None:
    """Faded marks for events hidden by the search, so the matches keep their context."""
    if not band.rug:
        return
    y = band.top + band.height - f.scene.metrics.lane_gap - 3
    f.p.setPen(QPen(with_alpha(color, 120), 2))
    f.p.drawLines([QLineF(x, y - 6, x, y) for x, _count in band.rug])


def _shapes(f: _Frame, rows_top: float, events: list[Placed], ink: Ink) -> None:
    """The markers, bars and soft spans of one lane's events.

    Point markers, most of what a lane shows, are blitted here from the one
    picture they share; the rest go through ``_shape``.
    """
    row_h, selected, draw = f.scene.metrics.row_h, f.scene.selected, f.p.drawImage
    marker: tuple[QImage, float, float] | None = None  # picture, x and y offsets
    for placed in events:
        top = rows_top + placed.row * row_h
        if placed.kind != "point" or placed.item.id == selected:
            _shape(f, top, placed, ink)
            continue
        if marker is None:  # the layout gives every marker the same size
            size = placed.x1 - placed.x0
            image = ink.diamond(f.cache, size, False, f.ratio)
            half = image.width() / f.ratio / 2
            marker = (image, size / 2 - half, row_h / 2 - half)
        draw(round(placed.x0 + marker[1]), round(top + marker[2]), marker[0])


def _shape(f: _Frame, top: float, placed: Placed, ink: Ink) -> None:
    """The marker, bar or soft span of one placed event."""
    p, scene, m = f.p, f.scene, f.scene.metrics
    mid = top + m.row_h / 2
    selected = placed.item.id == scene.selected
    # Far off-screen ends are cut: the rasteriser need not walk them.
    x0, x1 = max(placed.x0, -SOFT_FADE_PX * 2), min(placed.x1, scene.width + SOFT_FADE_PX * 2)
    if placed.kind == "point":
        size = placed.x1 - placed.x0
        image = ink.diamond(f.cache, size, selected, f.ratio)
        half = image.width() / f.ratio / 2
        p.drawImage(round(placed.x0 + size / 2 - half), round(mid - half), image)
    elif placed.kind == "range":
        left, right, height = round(x0), round(x1), round(m.row_h * 0.6)
        bar_top = round(mid - height / 2)
        image, margin = None, 0
        if right - left <= BAR_PICTURE_PX:
            # Days drawn as bars share a width at each zoom: one picture serves them all.
            image, margin = ink.bar(f.cache, right - left, height, selected, f.ratio)
        if image is not None:
            p.drawImage(left - margin, bar_top - margin, image)
        else:
            p.setBrush(ink.range_fill)
            p.setPen(ink.selected_pen if selected else ink.range_pen)
            p.drawRoundedRect(QRectF(left, bar_top, right - left, height), 3, 3)
    else:
        _soft_span(f, QRectF(placed.x0, top + 2, placed.x1 - placed.x0, m.row_h - 4), ink)
        if selected:
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(ink.selected_pen)
            p.drawRoundedRect(QRectF(x0, top + 2, x1 - x0, m.row_h - 4), 6, 6)


def _soft_span(f: _Frame, rect: QRectF, ink: Ink) -> None:
    """A period known only coarsely: a flat wash that fades out at both ends."""
    p, width = f.p, f.scene.width
    fade = int(min(SOFT_FADE_PX, rect.width() / 2))
    left, right = round(rect.left()), round(rect.right())
    top, height = round(rect.top()), round(rect.height())
    inner_left, inner_right = max(left + fade, -1), min(right - fade, int(width) + 1)
    if inner_right > inner_left:
        p.fillRect(QRectF(inner_left, top, inner_right - inner_left, height), ink.soft)
    if fade <= 0:
        return
    if -fade < left < width:
        p.drawImage(left, top, ink.fade(f.cache, fade, height, False, f.ratio))
    if 0 < right < width + fade:
        p.drawImage(right - fade, top, ink.fade(f.cache, fade, height, True, f.ratio))


def _labels(f: _Frame, rows_top: float, events: list[Placed], ink: Ink) -> None:
    """The labels of one lane's events: their marks first, then the texts in one font and pen.

    Labels never overlap, so every mark (selection, search match, hover) can go
    down before any text; this loop runs for every label of every frame.
    """
    p, scene, m = f.p, f.scene, f.scene.metrics
    measure, elided, font = f.measure, f.cache.elided, f.font
    selected, hovered, highlight = scene.selected, scene.hovered, scene.highlight
    row_h, text_dy = m.row_h, (m.row_h - m.line) / 2 + f.plain.ascent
    texts: list[tuple[float, float, str]] = []
    chosen: tuple[float, float, str] | None = None
    for placed in events:
        if placed.label_w <= 0:
            continue
        text = placed.label
        text_w = measure(text)
        if text_w > placed.label_w + 0.5:
            text = elided(text, placed.label_w + 0.5, font)
            text_w = placed.label_w
        top = rows_top + placed.row * row_h
        item_id = placed.item.id
        if item_id in (selected, hovered) or highlight:
            back = QRectF(placed.label_x - 2, top + 2, text_w + 4, row_h - 4)
            p.setBrush(
                ink.highlight if item_id == selected else SEARCH_MARK if highlight else ink.hover
            )
            p.setPen(NO_PEN)
            p.drawRoundedRect(back, 3, 3)
        if item_id == selected:
            chosen = (placed.label_x, top + text_dy, text)
        else:
            texts.append((placed.label_x, top + text_dy, text))
    p.setFont(font)
    p.setPen(f.plain.color)
    draw = p.drawText
    for x, y, text in texts:
        draw(QPointF(x, y), text)
    if chosen is not None:
        p.setPen(f.chosen.color)
        draw(QPointF(chosen[0], chosen[1]), chosen[2])


def _clusters(f: _Frame, band: LaneBand, clusters: list[Cluster], ink: Ink) -> None:
    """Cluster badges with their counts (counts recur: written from pictures, see draw_word)."""
    p, scene, m, measure = f.p, f.scene, f.scene.metrics, f.measure
    texts: list[tuple[float, float, str]] = []
    text_dy = (m.row_h - m.line) / 2
    for cluster in clusters:
        top = band.row_top(cluster.row, m)
        x0 = round(cluster.x0 + 1)
        width, height = round(cluster.x1 - 1) - x0, round(m.row_h - 4)
        if width <= 0:
            continue
        hovered = scene.hovered_cluster is not None and scene.hovered_cluster == cluster
        _pill(f, x0, round(top + 2), width, height, hovered, ink)
        text = f"{cluster.count:,} events"
        if measure(text) + 12 > width:
            text = f"{cluster.count:,}"
        if measure(text) + 6 > width:
            text = "\N{HORIZONTAL ELLIPSIS}"
        texts.append((x0 + (width - measure(text)) / 2, top + text_dy, text))
    for x, top, text in texts:
        f.cache.draw_word(p, x, top, text, f.plain, f.ratio)


def _pill(f: _Frame, x: int, y: int, width: int, height: int, hovered: bool, ink: Ink) -> None:
    """A cluster badge, from a picture prepared once per size.

    Badges are whole cells wide, so a handful of widths recur from frame to frame.
    """
    f.p.drawImage(x, y, ink.pill(f.cache, width, height, hovered, f.ratio))


def _axis(f: _Frame) -> None:
    p, scene, m, palette = f.p, f.scene, f.scene.metrics, f.palette
    p.setRenderHint(AA, False)
    p.fillRect(QRectF(0, 0, scene.width, m.axis_h), palette.color(Role.Window))
    p.setPen(QPen(palette.color(Role.Mid), 1))
    p.drawLine(QPointF(0, m.axis_h - 0.5), QPointF(scene.width, m.axis_h - 0.5))
    text_color = palette.color(Role.WindowText)
    axis, axis_bold = f.cache.writing(f.font, text_color), f.cache.writing(f.bold.font, text_color)
    for tick in scene.axis.context:
        f.cache.draw_word(p, tick.label_x, 4, tick.label, axis_bold, f.ratio)
    label_top = 6 + m.line
    if scene.axis.labels:
        p.setPen(QPen(with_alpha(text_color, 120), 1))
        p.drawLines([QLineF(t.x, label_top, t.x, m.axis_h) for t in scene.axis.labels])
    for tick in scene.axis.labels:
        f.cache.draw_word(p, tick.label_x, label_top, tick.label, axis, f.ratio)


def _empty(p: QPainter, scene: Scene, palette: QPalette, font: QFont) -> None:
    m = scene.metrics
    big = QFont(font)
    big.setPointSizeF(font.pointSizeF() * 1.15 if font.pointSizeF() > 0 else 11)
    p.setFont(big)
    p.setPen(palette.color(Role.PlaceholderText))
    area = QRectF(0, m.axis_h, scene.width, scene.height - m.axis_h)
    p.drawText(area, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), scene.empty_text)
    p.setFont(font)
