"""Lane colours that read on light and dark backgrounds, and derived fills for the canvas."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

#: Hues chosen to stay apart for common colour-vision deficiencies; each has a
#: darker variant for light backgrounds and a lighter one for dark backgrounds.
_LANES: tuple[tuple[str, str], ...] = (
    ("#0b6fb0", "#5cb8f0"),  # blue
    ("#c35a00", "#f5a04a"),  # orange
    ("#00855f", "#3fcf9f"),  # bluish green
    ("#a8457f", "#e38fc0"),  # reddish purple
    ("#7a6a00", "#e0cc4a"),  # olive / yellow
    ("#b02a2a", "#ff7b7b"),  # vermilion
    ("#4a55a8", "#9ba5f5"),  # indigo
    ("#5c6b73", "#aab8c0"),  # slate
)


def is_dark(palette: QPalette) -> bool:
    """True when the palette's base (the canvas background) is dark."""
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def lane_color(index: int, palette: QPalette) -> QColor:
    """The colour of lane ``index`` for this palette (cycling after eight lanes)."""
    light, dark = _LANES[index % len(_LANES)]
    return QColor(dark if is_dark(palette) else light)


def with_alpha(color: QColor, alpha: int) -> QColor:
    """A copy of ``color`` with the given alpha (0-255)."""
    copy = QColor(color)
    copy.setAlpha(alpha)
    return copy


def blend(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` (0-1) of the way towards ``b``, opaque."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )
