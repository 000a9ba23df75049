"""The side panel for the selected event: title, date, and every source with its sentence."""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from timeline.app.article_dialog import ArticleDialog
from timeline.app.event_text import (
    event_when,
    highlighted_sentence,
    publication_line,
    sources_text,
)
from timeline.app.timeline_model import TimelineModel
from timeline.store import EventRow, SourceRow

log = logging.getLogger(__name__)

EMPTY_HINT = "Select an event on the timeline or in the list"


def mark_colour(palette: QPalette) -> QColor:
    """A background for the temporal expression that reads well on the panel's base."""
    base = palette.color(QPalette.ColorRole.Base)
    accent = palette.color(QPalette.ColorRole.Highlight)
    mix = 0.35
    return QColor(
        round(base.red() * (1 - mix) + accent.red() * mix),
        round(base.green() * (1 - mix) + accent.green() * mix),
        round(base.blue() * (1 - mix) + accent.blue() * mix),
    )


def _scaled_label(text: str, factor: float = 1.0, bold: bool = False) -> QLabel:
    label = QLabel(text)
    font = label.font()
    if factor != 1.0:
        font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    label.setFont(font)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SourceCard(QFrame):
    """One source: article title, publisher and date, the sentence, and "Open article"."""

    openRequested = Signal(object)  # SourceRow

    def __init__(self, source: SourceRow, palette: QPalette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        title = _scaled_label(source.article_title or "(untitled article)", bold=True)
        title.setToolTip(source.path)
        meta = _scaled_label(publication_line(source), 0.92)
        meta.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        colour = mark_colour(palette).name()
        self.sentence = _scaled_label("")
        self.sentence.setTextFormat(Qt.TextFormat.RichText)
        quoted = source.sentence.lstrip()[:1] in ('"', "\N{LEFT DOUBLE QUOTATION MARK}")
        open_mark, close_mark = (
            ("", "")
            if quoted
            else ("\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}")
        )
        self.sentence.setText(
            open_mark + highlighted_sentence(source, f"background-color:{colour}") + close_mark
        )
        self.sentence.setToolTip(f"Temporal expression: {source.expression}")

        self.open_button = QPushButton("Open article")
        self.open_button.setToolTip("Show the full article with this sentence highlighted")
        self.open_button.clicked.connect(lambda: self.openRequested.emit(self.source))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.open_button)

        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        layout.addWidget(title)
        layout.addWidget(meta)
        layout.addSpacing(2)
        layout.addWidget(self.sentence)
        layout.addLayout(row)


class DetailsPanel(QWidget):
    """Shows the model's selected event; follows selection and reloads."""

    articleOpened = Signal(object)  # the ArticleDialog, for tests and the window

    def __init__(self, model: TimelineModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.event_row: EventRow | None = None
        self.cards: list[SourceCard] = []

        self.empty = QLabel(EMPTY_HINT)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.empty.setMargin(16)

        self.title = _scaled_label("", 1.35, bold=True)
        self.when = _scaled_label("", 1.05)
        self.count = _scaled_label("", 0.92)
        self.count.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.notes = _scaled_label("")
        self.notes.hide()
        self.sources_box = QVBoxLayout()
        self.sources_box.setSpacing(8)

        content = self.content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(10, 10, 10, 10)
        content_layout.addWidget(self.title)
        content_layout.addWidget(self.when)
        content_layout.addWidget(self.count)
        content_layout.addWidget(self.notes)
        content_layout.addSpacing(6)
        content_layout.addLayout(self.sources_box)
        content_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(scroll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        model.selectionChanged.connect(self._on_selection)
        model.eventsChanged.connect(self._on_events_changed)
        self._on_selection(model.selected_id())

    def _on_selection(self, event_id: object) -> None:
        event = self.model.event(event_id) if isinstance(event_id, int) else None
        self.show_event(event)

    def _on_events_changed(self) -> None:
        selected = self.model.selected_id()
        if self.event_row is not None and selected == self.event_row.id:
            self.show_event(self.model.event(selected))

    def show_event(self, event: EventRow | None) -> None:
        """Fill the panel with ``event`` (or show the hint when ``None``)."""
        self.event_row = event
        for card in self.cards:
            self.sources_box.removeWidget(card)
            card.deleteLater()
        self.cards = []
        if event is None:
            self.stack.setCurrentIndex(0)
            return
        self.title.setText(event.title or "(untitled event)")
        self.when.setText(event_when(event))
        self.count.setText(sources_text(len(event.sources) or event.source_count))
        self.notes.setVisible(bool(event.notes))
        if event.notes:
            self.notes.setText(f"<i>Note:</i> {html.escape(event.notes)}")
        for source in event.sources:
            # The panel's own palette: during a palette change children still have the old one.
            card = SourceCard(source, self.palette(), self.content)
            card.openRequested.connect(self.open_article)
            self.sources_box.addWidget(card)
            self.cards.append(card)
        self.stack.setCurrentIndex(1)

    def changeEvent(self, event: QEvent) -> None:
        """Redraw the sentence marks in the new colours after a light/dark switch."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.event_row is not None:
            self.show_event(self.event_row)

    def sentence_texts(self) -> list[str]:
        """The plain sentences shown, one per source (for tests and accessibility)."""
        return [card.source.sentence for card in self.cards]

    def open_article(self, source: SourceRow) -> ArticleDialog | None:
        """Open the full article of ``source`` with its sentence highlighted."""
        article = self.model.store.article(source.article_id)
        if article is None:
            log.warning("article %s of this source is gone", source.article_id)
            return None
        dialog = ArticleDialog(article, source, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.articleOpened.emit(dialog)
        return dialog
