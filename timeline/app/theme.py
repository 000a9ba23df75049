"""Follow the system's light or dark colour scheme and load the application style sheet."""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from timeline.paths import resource_path

log = logging.getLogger(__name__)


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the palette has light text on a dark window (the dark scheme)."""
    pal = palette if palette is not None else QGuiApplication.palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < 128


def dark_palette() -> QPalette:
    """A dark palette for the Fusion style, used when the system asks for dark."""
    pal = QPalette()
    role = QPalette.ColorRole
    base, window, text = QColor(32, 33, 36), QColor(45, 46, 50), QColor(232, 232, 232)
    pal.setColor(role.Window, window)
    pal.setColor(role.WindowText, text)
    pal.setColor(role.Base, base)
    pal.setColor(role.AlternateBase, QColor(40, 41, 45))
    pal.setColor(role.ToolTipBase, QColor(60, 61, 66))
    pal.setColor(role.ToolTipText, text)
    pal.setColor(role.PlaceholderText, QColor(150, 150, 150))
    pal.setColor(role.Text, text)
    pal.setColor(role.Button, window)
    pal.setColor(role.ButtonText, text)
    pal.setColor(role.BrightText, QColor(255, 110, 110))
    pal.setColor(role.Link, QColor(120, 170, 255))
    pal.setColor(role.Highlight, QColor(58, 110, 200))
    pal.setColor(role.HighlightedText, QColor(255, 255, 255))
    pal.setColor(role.Mid, QColor(80, 80, 86))
    pal.setColor(role.Dark, QColor(25, 25, 28))
    pal.setColor(role.Light, QColor(70, 70, 76))
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.WindowText, role.Text, role.ButtonText):
        pal.setColor(disabled, r, QColor(130, 130, 130))
    return pal


def _apply_scheme(app: QApplication) -> None:
    scheme = app.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        app.setPalette(dark_palette())
    else:
        app.setPalette(app.style().standardPalette())
    log.debug("colour scheme: %s", scheme.name)


def apply_theme(app: QApplication) -> None:
    """Use Fusion with the system's light or dark scheme, and follow later changes."""
    app.setStyle("Fusion")
    _apply_scheme(app)
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: _apply_scheme(app))
    app.setWindowIcon(icon("app"))


_ICON_SIZES = (16, 20, 24, 32, 48, 64)


def icon(name: str, palette: QPalette | None = None) -> QIcon:
    """An SVG icon from ``resources/icons`` drawn in the palette's text colour.

    The icons use ``currentColor`` for their strokes so one file serves the light
    and the dark scheme; an empty icon is returned when the file is missing.
    """
    path = resource_path("icons", f"{name}.svg")
    if not path.is_file():
        log.debug("no icon %s", path)
        return QIcon()
    pal = palette if palette is not None else QGuiApplication.palette()
    result = QIcon()
    for mode, group in (
        (QIcon.Mode.Normal, QPalette.ColorGroup.Active),
        (QIcon.Mode.Disabled, QPalette.ColorGroup.Disabled),
    ):
        colour = pal.color(group, QPalette.ColorRole.WindowText).name()
        svg = path.read_text(encoding="utf-8").replace("currentColor", colour)
        renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
        for size in _ICON_SIZES:
            pixmap = QPixmap(size, size)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            renderer.render(painter)
            painter.end()
            result.addPixmap(pixmap, mode)
    return result
