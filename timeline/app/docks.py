"""The main window's dock widgets: event details and filters."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget


def make_dock(
    window: QMainWindow,
    title: str,
    name: str,
    widget: QWidget,
    area: Qt.DockWidgetArea,
    min_width_chars: int,
) -> QDockWidget:
    """A closable, movable dock holding ``widget``, added to ``area`` of ``window``."""
    dock = QDockWidget(title, window)
    dock.setObjectName(name)  # saveState/restoreState find docks by object name
    dock.setWidget(widget)
    dock.setFeatures(
        QDockWidget.DockWidgetFeature.DockWidgetClosable
        | QDockWidget.DockWidgetFeature.DockWidgetMovable
        | QDockWidget.DockWidgetFeature.DockWidgetFloatable
    )
    dock.setAllowedAreas(
        Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
    )
    widget.setMinimumWidth(widget.fontMetrics().horizontalAdvance("M") * min_width_chars)
    window.addDockWidget(area, dock)
    return dock
