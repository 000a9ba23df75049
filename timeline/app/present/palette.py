"""Colour-blind-safe lane colours (Okabe-Ito) with a distinct marker shape per lane."""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QPainterPath, QPolygonF

#: The Okabe-Ito palette without black, ordered so neighbours differ in lightness too.
OKABE_ITO: tuple[str, ...] = (
    "#E69F00",  # orange
    "#56B4E9",  # sky blue
    "#009E73",  # bluish green
    "#F0E442",  # yellow
    "#CC79A7",  # reddish purple
    "#D55E00",  # vermillion
    "#0072B2",  # blue
)


class Shape(enum.Enum):
    """Marker shapes; each lane gets one so colour is never the only cue."""

    CIRCLE = "circle"
    SQUARE = "square"
    DIAMOND = "diamond"
    TRIANGLE = "triangle"
    TRIANGLE_DOWN = "triangle-down"
    HEXAGON = "hexagon"
    STAR = "star"


SHAPES: tuple[Shape, ...] = tuple(Shape)

#: The projector look: light type on a near-black stage (high contrast in a lit room too).
BACKGROUND = QColor("#0b0d12")
BAND_BACKGROUND = QColor("#141922")
TEXT = QColor("#ffffff")
MUTED = QColor("#c8d0da")
ACCENT = QColor("#ffd866")
GRID = QColor("#3a4350")


@dataclass(frozen=True, slots=True)
class LaneStyle:
    """How one lane is drawn: a colour and a shape."""

    color: QColor
    shape: Shape


def lane_style(index: int) -> LaneStyle:
    """The style of the lane at ``index``; shapes and colours cycle independently.

    With seven colours and seven shapes the first 49 lanes are all distinct, and
    the first seven differ in both colour and shape.
    """
    color = QColor(OKABE_ITO[index % len(OKABE_ITO)])
    shape = SHAPES[(index + index // len(SHAPES)) % len(SHAPES)]
    return LaneStyle(color, shape)


def lane_styles(lanes: list[str]) -> dict[str, LaneStyle]:
    """A style for each lane name, in the given order."""
    return {name: lane_style(i) for i, name in enumerate(lanes)}


def _regular(center: QPointF, radius: float, corners: int, turn: float) -> QPolygonF:
    points = [
        QPointF(
            center.x() + radius * math.cos(turn + 2 * math.pi * i / corners),
            center.y() + radius * math.sin(turn + 2 * math.pi * i / corners),
        )
        for i in range(corners)
    ]
    return QPolygonF(points)


def marker_path(shape: Shape, center: QPointF, radius: float) -> QPainterPath:
    """The outline of a marker of ``shape`` around ``center`` (``radius`` = half its size)."""
    path = QPainterPath()
    x, y, r = center.x(), center.y(), radius
    if shape is Shape.CIRCLE:
        path.addEllipse(center, r, r)
    elif shape is Shape.SQUARE:
        side = r * 1.7
        path.addRect(x - side / 2, y - side / 2, side, side)
    elif shape is Shape.DIAMOND:
        path.addPolygon(_regular(center, r * 1.2, 4, -math.pi / 2))
    elif shape is Shape.TRIANGLE:
        path.addPolygon(_regular(QPointF(x, y + r * 0.2), r * 1.3, 3, -math.pi / 2))
    elif shape is Shape.TRIANGLE_DOWN:
        path.addPolygon(_regular(QPointF(x, y - r * 0.2), r * 1.3, 3, math.pi / 2))
    elif shape is Shape.HEXAGON:
        path.addPolygon(_regular(center, r * 1.1, 6, 0.0))
    else:
        outer = [
            QPointF(
                x
                + (r * 1.35 if i % 2 == 0 else r * 0.6) * math.cos(-math.pi / 2 + math.pi * i / 5),
                y
                + (r * 1.35 if i % 2 == 0 else r * 0.6) * math.sin(-math.pi / 2 + math.pi * i / 5),
            )
            for i in range(10)
        ]
        path.addPolygon(QPolygonF(outer))
    path.closeSubpath()
    return path
