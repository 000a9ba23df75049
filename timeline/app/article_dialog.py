"""A dialog showing an article's full text with one source sentence highlighted."""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QPalette,
    QShowEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from timeline.app.event_text import day_text
from timeline.store import ArticleRow, SourceRow

log = logging.getLogger(__name__)


def utf16_offset(text: str, index: int) -> int:
    """The Qt (UTF-16) position of the Python string index ``index`` in ``text``."""
    prefix = text[: max(0, min(index, len(text)))]
    return len(prefix.encode("utf-16-le")) // 2


def highlight_colour(palette: QPalette) -> QColor:
    """A soft highlight that keeps the text readable in light and dark palettes."""
    colour = QColor(palette.color(QPalette.ColorRole.Highlight))
    colour.setAlpha(90)
    return colour


class ArticleDialog(QDialog):
    """The full article, with the source sentence highlighted and scrolled into view."""

    def __init__(
        self, article: ArticleRow, source: SourceRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.article = article
        self.setWindowTitle(article.title or "Article")
        self.resize(760, 640)

        heading = QLabel(article.title or "(untitled article)")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        meta_parts = [
            article.source or "",
            day_text(article.published) if article.published else "",
        ]
        meta = QLabel(" \N{MIDDLE DOT} ".join(p for p in meta_parts if p) or article.path)
        meta.setToolTip(article.path)
        meta.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.text = QTextEdit(readOnly=True)
        self.text.setPlainText(article.body)
        self.text.document().setDocumentMargin(14)
        self._space_paragraphs()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(meta)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)

        self.highlight: tuple[int, int] | None = None
        if source is not None:
            self.show_source(source)

    def _space_paragraphs(self) -> None:
        """Readable paragraphs: air after a line that a text line follows directly.

        Bodies that already separate paragraphs with blank lines keep just those.
        """
        gap = self.fontMetrics().height() * 0.6
        block = self.text.document().firstBlock()
        cursor = QTextCursor(self.text.document())
        while block.isValid():
            following = block.next()
            spaced = QTextBlockFormat()
            spaced.setLineHeight(125, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
            if block.text().strip() and following.isValid() and following.text().strip():
                spaced.setBottomMargin(gap)
            cursor.setPosition(block.position())
            cursor.mergeBlockFormat(spaced)
            block = following

    def show_source(self, source: SourceRow) -> None:
        """Highlight ``source``'s sentence (its expression in bold) and scroll to it."""
        body = self.article.body
        start, end = source.sentence_start, source.sentence_end
        if body[start:end].strip() != source.sentence.strip():
            found = body.find(source.sentence)
            if found < 0:
                log.warning("sentence of mention %s not found in article", source.mention_id)
                return
            start, end = found, found + len(source.sentence)
        q_start, q_end = utf16_offset(body, start), utf16_offset(body, end)
        self.highlight = (q_start, q_end)

        sentence_format = QTextCharFormat()
        sentence_format.setBackground(highlight_colour(self.palette()))
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(q_start)
        cursor.setPosition(q_end, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(sentence_format)

        if start <= source.expression_start < source.expression_end <= end:
            bold = QTextCharFormat()
            bold.setFontWeight(QFont.Weight.Bold)
            cursor.setPosition(utf16_offset(body, source.expression_start))
            cursor.setPosition(
                utf16_offset(body, source.expression_end), QTextCursor.MoveMode.KeepAnchor
            )
            cursor.mergeCharFormat(bold)

        self.scroll_to_highlight()

    def scroll_to_highlight(self) -> None:
        """Bring the highlighted sentence into view (its end, then its start)."""
        if self.highlight is None:
            return
        view_cursor = QTextCursor(self.text.document())
        for position in (self.highlight[1], self.highlight[0]):
            view_cursor.setPosition(position)
            self.text.setTextCursor(view_cursor)
            self.text.ensureCursorVisible()

    def showEvent(self, event: QShowEvent) -> None:
        """Scroll once the text has its real size."""
        super().showEvent(event)
        QTimer.singleShot(0, self, self.scroll_to_highlight)

    def highlighted_text(self) -> str:
        """The text currently highlighted (empty if none), as the reader sees it."""
        if self.highlight is None:
            return ""
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(self.highlight[0])
        cursor.setPosition(self.highlight[1], QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText().replace("\u2029", "\n")
