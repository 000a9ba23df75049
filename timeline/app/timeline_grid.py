"""The lanes' backgrounds: alternate fills and the time grid, as textures of one pixel row."""

from __future__ import annotations

import math
from array import array
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QRectF
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPalette, QPen

from timeline.app.lane_colors import blend

if TYPE_CHECKING:
    from timeline.app.timeline_paint import LaneBand, Scene

Role = QPalette.ColorRole


def _grid_strip(
    background: QColor, text: QColor, columns: tuple[set[int], set[int]], width: int, ratio: float
) -> QBrush:
    """One pixel row of the background with the grid lines, to fill lanes with.

    ``columns`` are the device pixels of the unlabelled and of the labelled grid
    lines. The row is written as an array of pixels: a hundred lines cost less
    than making as many line objects for a painter.
    """
    faint, strong = blend(background, text, 22 / 255), blend(background, text, 55 / 255)
    both = blend(faint, text, 55 / 255)  # a labelled line over an unlabelled one
    row = array("I", [_pixel(background)]) * width
    grid, labelled = columns
    pixel = _pixel(faint)
    for column in grid:
        row[column] = pixel
    pixels = (_pixel(strong), _pixel(both))
    for column in labelled:
        row[column] = pixels[column in grid]
    image = QImage(row.tobytes(), width, 1, width * 4, QImage.Format.Format_RGB32).copy()
    image.setDevicePixelRatio(ratio)
    return QBrush(image)


def _grid_columns(xs: Iterable[float], ratio: float, width: int) -> set[int]:
    """The device pixel columns of hairlines at ``xs`` (a hairline fills the pixel it starts in)."""
    floor = math.floor
    return {c for c in (floor(x * ratio) for x in xs) if 0 <= c < width}


def _pixel(color: QColor) -> int:
    """``color`` as one opaque RGB32 pixel (0xffRRGGBB)."""
    return 0xFF000000 | (color.rgb() & 0xFFFFFF)


def paint_backgrounds(
    p: QPainter,
    scene: Scene,
    palette: QPalette,
    ratio: float,
    shown: list[LaneBand],
    span: tuple[float, float],
) -> None:
    """Lane fills with the grid, drawn as rows of a prepared strip (vertical lines are slow).

    ``span`` is the visible part of the lanes (content coordinates, top to bottom).
    """
    top, bottom = span
    base, text = palette.color(Role.Base), palette.color(Role.Text)
    axis = scene.axis
    width = max(1, math.ceil(scene.width * ratio))
    lines = (
        _grid_columns(axis.grid, ratio, width),
        _grid_columns((t.x for t in axis.labels), ratio, width),
    )
    plain = _grid_strip(base, text, lines, width, ratio)
    alternate = None
    filled = top
    for band in shown:
        brush = plain
        if band.lane % 2:
            if alternate is None:
                back = blend(base, palette.color(Role.AlternateBase), 0.7)
                alternate = _grid_strip(back, text, lines, width, ratio)
            brush = alternate
        # Only the rows in sight: a textured fill costs by the pixel.
        first, last = max(band.top, top), min(band.top + band.height, bottom)
        p.fillRect(QRectF(0, first, scene.width, last - first), brush)
        filled = max(filled, band.top + band.height)
    if filled < bottom:
        p.fillRect(QRectF(0, filled, scene.width, bottom - filled), plain)
    if shown:
        p.setPen(QPen(blend(base, text, 0.16), 0))
        ys = [band.top + band.height for band in shown]
        p.drawLines([QLineF(0, y, scene.width, y) for y in ys])
