"""The About box: name, version, what the program does, and its licence."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from timeline import __version__

NAME = "Diplomatic Timeline"
DESCRIPTION = (
    "Diplomatic Timeline reads English news articles, finds the dated events they report, "
    "keeps them with their source sentences in one SQLite file, and draws them on an "
    "interactive timeline for historians and teachers. Every event links back to the "
    "sentences that state it, so each date can be checked against its source."
)
LICENCE = "Released under the MIT licence."


def about_html() -> str:
    """The About text as rich text."""
    return (
        f"<h3>{html.escape(NAME)} {html.escape(__version__)}</h3>"
        f"<p>{html.escape(DESCRIPTION)}</p>"
        f"<p>{html.escape(LICENCE)}</p>"
    )


def about_box(parent: QWidget | None = None) -> QMessageBox:
    """A non-modal About box (shown with ``open()``)."""
    box = QMessageBox(parent)
    box.setWindowTitle(f"About {NAME}")
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_html())
    box.setIconPixmap(box.windowIcon().pixmap(64, 64))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box
