"""Where handout pages go: a PDF writer, images, or throw-away pictures for counting."""

from __future__ import annotations

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QColor, QImage, QPainter, QPdfWriter, QPicture


class Sink:
    """Pages to draw on: a painter scaled to points, and a way to start the next page."""

    def __init__(self, size: QSizeF) -> None:
        self.size = size
        self.painter = QPainter()

    def begin(self) -> None:
        raise NotImplementedError

    def next_page(self) -> None:
        raise NotImplementedError

    def end(self) -> None:
        self.painter.end()


class PictureSink(Sink):
    """Counts pages by recording into throw-away pictures."""

    def __init__(self, size: QSizeF) -> None:
        super().__init__(size)
        self.pages = 0
        self._picture = QPicture()

    def begin(self) -> None:
        self.pages = 1
        self.painter.begin(self._picture)

    def next_page(self) -> None:
        self.painter.end()
        self._picture = QPicture()
        self.painter.begin(self._picture)
        self.pages += 1


class PdfSink(Sink):
    """Pages of a PDF file, drawn in points whatever the writer's resolution."""

    def __init__(self, size: QSizeF, writer: QPdfWriter) -> None:
        super().__init__(size)
        self.writer = writer

    def _scale(self) -> None:
        self.painter.resetTransform()
        factor = self.writer.resolution() / 72.0
        self.painter.scale(factor, factor)

    def begin(self) -> None:
        self.painter.begin(self.writer)
        self._scale()

    def next_page(self) -> None:
        self.writer.newPage()
        self._scale()


class ImageSink(Sink):
    """One white image per page at ``dpi`` (to look at pages and for the docs)."""

    def __init__(self, size: QSizeF, dpi: float) -> None:
        super().__init__(size)
        self.dpi = dpi
        self.images: list[QImage] = []

    def _new(self) -> None:
        factor = self.dpi / 72.0
        image = QImage(
            round(self.size.width() * factor),
            round(self.size.height() * factor),
            QImage.Format.Format_RGB32,
        )
        image.fill(QColor("#ffffff"))
        self.images.append(image)
        self.painter.begin(image)
        self.painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.painter.scale(factor, factor)

    def begin(self) -> None:
        self._new()

    def next_page(self) -> None:
        self.painter.end()
        self._new()
