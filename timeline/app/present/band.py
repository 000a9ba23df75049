"""The projector timeline band: lanes of large shaped markers over a simple date axis."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from timeline.app.present.card import pixel_font
from timeline.app.present.palette import LaneStyle, lane_style, marker_path
from timeline.core.viewport import Viewport, to_days
from timeline.store.rows import EventRow

_MONTH_STEPS = (1, 2, 3, 6)
_YEAR_STEPS = (1, 2, 5, 10, 20, 50, 100)
_DAY_STEPS = (1, 2, 7, 14)


@dataclass(frozen=True, slots=True)
class BandEvent:
    """An event as the band needs it: id, interval in ordinal days, and lane."""

    id: int
    t0: float
    t1: float
    lane: str

    @classmethod
    def of(cls, event: EventRow, lane: str) -> BandEvent:
        """From an event row (``end`` is inclusive, so the interval ends a day later)."""
        return cls(event.id, to_days(event.start), to_days(event.end) + 1.0, lane)


@dataclass(frozen=True, slots=True)
class Marker:
    """A placed marker: centre x, span x0..x1, lane row and stacking sub-row."""

    id: int
    x: float
    x0: float
    x1: float
    lane: int
    sub_row: int


@dataclass(frozen=True, slots=True)
class Tick:
    """An axis tick at ordinal day ``t`` with its label; ``major`` ticks carry a second line."""

    t: float
    label: str
    major: str = ""


def layout_markers(
    events: Sequence[BandEvent],
    viewport: Viewport,
    width: float,
    lanes: Sequence[str],
    diameter: float,
    max_sub_rows: int,
) -> list[Marker]:
    """Place the events inside the viewport; markers that would touch stack in sub-rows."""
    lane_index = {name: i for i, name in enumerate(lanes)}
    ordered = sorted(events, key=lambda e: ((e.t0 + e.t1) / 2, e.id))
    right_edges: dict[tuple[int, int], float] = {}
    placed: list[Marker] = []
    for event in ordered:
        if event.t1 <= viewport.t0 or event.t0 >= viewport.t1:
            continue
        x0 = viewport.day_to_x(event.t0, width)
        x1 = viewport.day_to_x(event.t1, width)
        x = (x0 + x1) / 2
        lane = lane_index.get(event.lane, 0)
        row = 0
        for candidate in range(max(1, max_sub_rows)):
            if right_edges.get((lane, candidate), float("-inf")) + diameter * 1.1 <= x:
                row = candidate
                break
        else:
            row = min(range(max(1, max_sub_rows)), key=lambda r: right_edges.get((lane, r), 0.0))
        right_edges[(lane, row)] = x
        placed.append(Marker(event.id, x, x0, x1, lane, row))
    return placed


def axis_ticks(
    viewport: Viewport, width: float, min_spacing: float, locale: QLocale | None = None
) -> list[Tick]:
    """Ticks at whole days, months or years, at least ``min_spacing`` pixels apart."""
    loc = locale or QLocale()
    per_day = viewport.pixels_per_day(width)
    first = date.fromordinal(max(1, math.ceil(viewport.t0)))
    last = date.fromordinal(max(1, min(int(viewport.t1) + 1, date.max.toordinal())))
    for step in _DAY_STEPS:
        if step * per_day >= min_spacing:
            return _day_ticks(first, last, step, loc)
    for step in _MONTH_STEPS:
        if step * 30.4 * per_day >= min_spacing:
            return _month_ticks(first, last, step, loc)
    for step in _YEAR_STEPS:
        if step * 365.25 * per_day >= min_spacing:
            return [
                Tick(to_days(date(y, 1, 1)), str(y))
                for y in range(-(-first.year // step) * step, last.year + 1, step)
                if 1 <= y <= 9999
            ]
    return []


def _month_name(loc: QLocale, month: int) -> str:
    return loc.standaloneMonthName(month, QLocale.FormatType.ShortFormat)


def _month_ticks(first: date, last: date, step: int, loc: QLocale) -> list[Tick]:
    ticks: list[Tick] = []
    year, month = first.year, first.month
    if first.day != 1:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    while (year, month) <= (last.year, last.month):
        if (month - 1) % step == 0:
            major = str(year) if month == 1 or not ticks else ""
            ticks.append(Tick(to_days(date(year, month, 1)), _month_name(loc, month), major))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return ticks


def _day_ticks(first: date, last: date, step: int, loc: QLocale) -> list[Tick]:
    ticks: list[Tick] = []
    for ordinal in range(first.toordinal(), last.toordinal() + 1):
        day = date.fromordinal(ordinal)
        if step == 7 and day.weekday() != 0:
            continue
        if step in (1, 2) and (day.day - 1) % step != 0:
            continue
        if step == 14 and day.day not in (1, 15):
            continue
        major = ""
        if day.day == 1 or not ticks:
            major = f"{loc.standaloneMonthName(day.month)} {day.year}"
        ticks.append(Tick(float(ordinal), str(day.day), major))
    return ticks


@dataclass(frozen=True, slots=True)
class BandTheme:
    """Colours and sizes (pixels) of a band."""

    background: QColor
    text: QColor
    muted: QColor
    grid: QColor
    highlight: QColor
    outline: QColor
    marker: float  # marker diameter
    label: float  # axis and lane label pixel size
    font: QFont


@dataclass(frozen=True, slots=True)
class BandPaint:
    """What to draw: the events, their lanes and styles, the period and emphasis."""

    events: Sequence[BandEvent]
    lanes: Sequence[str]
    viewport: Viewport
    current_id: int | None = None
    numbers: dict[int, str] | None = None  # labels inside the markers (handouts)
    show_lane_names: bool = True


def styles_for(lanes: Sequence[str]) -> dict[str, LaneStyle]:
    """Lane styles in lane order."""
    return {name: lane_style(i) for i, name in enumerate(lanes)}


def paint_band(
    painter: QPainter,
    rect: QRectF,
    what: BandPaint,
    theme: BandTheme,
    measure: Callable[[str], float] | None = None,
) -> list[int]:
    """Paint the band into ``rect``; returns the ids of the events drawn, left to right."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.fillRect(rect, theme.background)
    label_font = pixel_font(theme.font, theme.label)
    metrics = QFontMetricsF(label_font)
    axis_h = metrics.lineSpacing() * 2.4
    lanes = list(what.lanes) or [""]
    named = what.show_lane_names and any(lanes)
    icon = metrics.height() * 0.7
    gutter = 0.0
    if named:
        widest = max(metrics.horizontalAdvance(name) for name in lanes)
        gutter = min(widest + icon * 2.2 + theme.label * 0.6, rect.width() * 0.3)
    plot = QRectF(rect.left() + gutter, rect.top(), rect.width() - gutter, rect.height())
    body = QRectF(plot.left(), plot.top(), plot.width(), plot.height() - axis_h)
    lane_h = body.height() / len(lanes)
    sub_rows = max(1, int(lane_h / (theme.marker * 1.15)))
    styles = styles_for(lanes)
    width = plot.width()
    measure = measure or metrics.horizontalAdvance
    ticks = axis_ticks(what.viewport, width, measure("September 2000") * 0.75 + theme.label)
    painter.save()
    painter.setClipRect(plot)
    _paint_axis(painter, plot, body, ticks, what.viewport, theme, label_font)
    painter.restore()
    painter.setPen(QPen(theme.grid, max(1.0, theme.label * 0.06)))
    for i in range(1, len(lanes)):
        top = body.top() + i * lane_h
        painter.drawLine(QPointF(rect.left(), top), QPointF(rect.right(), top))
    if gutter:
        painter.drawLine(QPointF(plot.left(), rect.top()), QPointF(plot.left(), body.bottom()))
    markers = layout_markers(what.events, what.viewport, width, lanes, theme.marker, sub_rows)
    event_lanes = {e.id: e.lane for e in what.events}
    current = [m for m in markers if m.id == what.current_id]
    painter.save()
    painter.setClipRect(plot.adjusted(1, 0, 0, 0))
    for marker in [m for m in markers if m.id != what.current_id] + current:
        style = styles.get(event_lanes.get(marker.id, ""), lane_style(0))
        lane_top = body.top() + marker.lane * lane_h
        rows_used = min(
            sub_rows, max(1, max(m.sub_row for m in markers if m.lane == marker.lane) + 1)
        )
        row_h = lane_h / rows_used
        y = lane_top + row_h * (marker.sub_row + 0.5)
        _paint_marker(painter, plot, marker, y, style, theme, what, marker.id == what.current_id)
    painter.restore()
    if named:
        _paint_lane_names(painter, rect, body, lanes, styles, theme, label_font)
    painter.restore()
    return [m.id for m in markers]


def _paint_axis(
    painter: QPainter,
    rect: QRectF,
    body: QRectF,
    ticks: Sequence[Tick],
    viewport: Viewport,
    theme: BandTheme,
    font: QFont,
) -> None:
    metrics = QFontMetricsF(font)
    base = body.bottom()
    painter.setPen(QPen(theme.text, max(1.5, theme.label * 0.1)))
    painter.drawLine(QPointF(rect.left(), base), QPointF(rect.right(), base))
    painter.setFont(font)
    line = metrics.lineSpacing()
    for tick in ticks:
        x = rect.left() + viewport.day_to_x(tick.t, rect.width())
        if x < rect.left() - 1 or x > rect.right() + 1:
            continue
        painter.setPen(QPen(theme.grid, max(1.0, theme.label * 0.05)))
        painter.drawLine(QPointF(x, body.top()), QPointF(x, base))
        painter.setPen(QPen(theme.text, max(1.5, theme.label * 0.1)))
        painter.drawLine(QPointF(x, base), QPointF(x, base + line * 0.3))
        painter.setPen(theme.text)
        label_w = metrics.horizontalAdvance(tick.label)
        if x + 4 + label_w <= rect.right():
            painter.drawText(QPointF(x + 4, base + line * 0.3 + metrics.ascent()), tick.label)
        if tick.major:
            painter.setPen(theme.muted)
            major_w = metrics.horizontalAdvance(tick.major)
            left = min(x + 4, rect.right() - major_w - 2)
            painter.drawText(QPointF(left, base + line * 1.3 + metrics.ascent()), tick.major)


def _paint_marker(
    painter: QPainter,
    rect: QRectF,
    marker: Marker,
    y: float,
    style: LaneStyle,
    theme: BandTheme,
    what: BandPaint,
    current: bool,
) -> None:
    radius = theme.marker / 2 * (1.35 if current else 1.0)
    x = rect.left() + marker.x
    span = marker.x1 - marker.x0
    if span > theme.marker * 0.8:
        bar = QColor(style.color)
        bar.setAlphaF(0.6 if current else 0.35)
        thickness = theme.marker * (0.45 if current else 0.3)
        left = max(rect.left(), rect.left() + marker.x0)
        right = min(rect.right(), rect.left() + marker.x1)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(bar)
        painter.drawRoundedRect(
            QRectF(left, y - thickness / 2, right - left, thickness), thickness / 2, thickness / 2
        )
    if current:
        painter.setPen(QPen(theme.highlight, max(2.0, theme.marker * 0.12)))
        painter.drawLine(QPointF(x, rect.top()), QPointF(x, y - radius * 1.5))
    path = marker_path(style.shape, QPointF(x, y), radius)
    outline = theme.highlight if current else theme.outline
    painter.setPen(QPen(outline, max(1.5, theme.marker * (0.14 if current else 0.07))))
    painter.setBrush(style.color)
    painter.drawPath(path)
    if what.numbers and marker.id in what.numbers:
        font = pixel_font(theme.font, theme.marker * 0.55, bold=True)
        painter.setFont(font)
        painter.setPen(QColor("#000000"))
        box = QRectF(x - radius * 2, y - radius, radius * 4, radius * 2)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), what.numbers[marker.id])


def _paint_lane_names(
    painter: QPainter,
    rect: QRectF,
    body: QRectF,
    lanes: Sequence[str],
    styles: dict[str, LaneStyle],
    theme: BandTheme,
    font: QFont,
) -> None:
    metrics = QFontMetricsF(font)
    lane_h = body.height() / len(lanes)
    icon = metrics.height() * 0.7
    for i, name in enumerate(lanes):
        if not name:
            continue
        top = body.top() + i * lane_h
        box = QRectF(rect.left(), top, 0.0, lane_h)
        style = styles[name]
        centre = QPointF(box.left() + icon * 1.1, box.center().y())
        painter.setPen(QPen(theme.outline, 1.0))
        painter.setBrush(style.color)
        painter.drawPath(marker_path(style.shape, centre, icon / 2))
        painter.setFont(font)
        painter.setPen(theme.text)
        left = box.left() + icon * 2.0
        room = body.left() - left - theme.label * 0.3
        text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, room)
        painter.drawText(
            QPointF(left, box.center().y() - metrics.height() / 2 + metrics.ascent()), text
        )
