"""Lane colours that read on light and dark backgrounds, and derived fills for the canvas."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

#: Hues chosen to stay apart for common colour-vision deficiencies; each has a
#: darker variant for light backgrounds and a lighter one for dark backgrounds.
#: Twelve distinct hues for named lanes, then a neutral slate for catch-all lanes.
_LANES: tuple[tuple[str, str], ...] = (
    ("#0b6fb0", "#5cb8f0"),  # blue
    ("#c35a00", "#f5a04a"),  # orange
    ("#00855f", "#3fcf9f"),  # bluish green
    ("#a8457f", "#e38fc0"),  # reddish purple
    ("#7a6a00", "#e0cc4a"),  # olive / yellow
    ("#b02a2a", "#ff7b7b"),  # vermilion
    ("#4a55a8", "#9ba5f5"),  # indigo
    ("#00788a", "#4cc9dc"),  # teal
    ("#8a5a2b", "#d9a46c"),  # brown
    ("#7340a8", "#c09cf0"),  # violet
    ("#4f7a12", "#a6d65a"),  # leaf green
    ("#c0306a", "#f07aa8"),  # rose
    ("#5c6b73", "#aab8c0"),  # slate
)
_NEUTRAL = _LANES[-1]
_HUES = _LANES[:-1]

#: Lanes that gather what fits nowhere else: drawn in the neutral slate.
CATCH_ALL_LANES = frozenset({"", "Other", "Other tags", "Untagged", "Unknown source"})


def is_dark(palette: QPalette) -> bool:
    """True when the palette's base (the canvas background) is dark."""
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def _pick(pair: tuple[str, str], palette: QPalette) -> QColor:
    light, dark = pair
    return QColor(dark if is_dark(palette) else light)


def lane_color(index: int, palette: QPalette) -> QColor:
    """The colour of lane ``index`` for this palette (cycling after thirteen lanes)."""
    return _pick(_LANES[index % len(_LANES)], palette)


def lane_color_for(index: int, name: str, palette: QPalette) -> QColor:
    """The colour of lane ``index`` called ``name``: works for any name (topics, tags, sources).

    Catch-all lanes ("Other tags", "Untagged", ...) are neutral slate; other lanes
    take the distinct hues in order, cycling after twelve (the tag lanes' cap).
    """
    if name in CATCH_ALL_LANES:
        return _pick(_NEUTRAL, palette)
    return _pick(_HUES[index % len(_HUES)], palette)


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
