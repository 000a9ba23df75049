"""Lay a handout out on A4 or Letter pages and draw it into a PDF (or images to look at)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QPen,
)

from timeline.app.present.band import BandEvent, BandPaint, BandTheme, paint_band, styles_for
from timeline.app.present.card import pixel_font, text_height
from timeline.app.present.palette import marker_path
from timeline.core.viewport import Viewport, to_days
from timeline.handout.document import Entry, Handout
from timeline.handout.pages import ImageSink, PdfSink, PictureSink, Sink

log = logging.getLogger(__name__)

MARGIN = 48.0  # points
_WRAP = int(Qt.TextFlag.TextWordWrap)
_LETTER_TERRITORIES = {
    QLocale.Country.UnitedStates,
    QLocale.Country.Canada,
    QLocale.Country.Mexico,
    QLocale.Country.Philippines,
    QLocale.Country.Chile,
    QLocale.Country.Colombia,
    QLocale.Country.Venezuela,
    QLocale.Country.PuertoRico,
}
INK, MUTED, GRID = QColor("#000000"), QColor("#444444"), QColor("#c8c8c8")


def page_size_for(locale: QLocale | None = None) -> QPageSize:
    """Letter where the locale measures in US units or uses Letter paper, else A4."""
    loc = locale or QLocale()
    imperial = loc.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    if imperial or loc.territory() in _LETTER_TERRITORIES:
        return QPageSize(QPageSize.PageSizeId.Letter)
    return QPageSize(QPageSize.PageSizeId.A4)


class _Layout:
    """Draws the handout top to bottom, starting new pages as the text needs them."""

    def __init__(self, handout: Handout, sink: Sink, total_pages: int, font: QFont) -> None:
        self.h = handout
        self.sink = sink
        self.p = sink.painter
        self.total = total_pages
        self.page = 1
        self.font = font
        self.area = QRectF(
            MARGIN, MARGIN, sink.size.width() - 2 * MARGIN, sink.size.height() - 2.6 * MARGIN
        )
        self.y = self.area.top()
        self.styles = styles_for(list(handout.lanes))

    def f(self, size: float, *, bold: bool = False, italic: bool = False) -> QFont:
        return pixel_font(self.font, size, bold=bold, italic=italic)

    # -- flow ------------------------------------------------------------------

    def new_page(self) -> None:
        self.footer()
        self.sink.next_page()
        self.page += 1
        self.y = self.area.top()

    def room(self, height: float) -> None:
        if self.y + height > self.area.bottom() and self.y > self.area.top():
            self.new_page()

    def text(self, text: str, font: QFont, color: QColor = INK, indent: float = 0.0) -> None:
        width = self.area.width() - indent
        height = text_height(font, width, text)
        self.room(height)
        self.p.setFont(font)
        self.p.setPen(color)
        self.p.drawText(QRectF(self.area.left() + indent, self.y, width, height), _WRAP, text)
        self.y += height

    def footer(self) -> None:
        font = self.f(8)
        self.p.setFont(font)
        self.p.setPen(MUTED)
        text = f"{self.h.title} \u00b7 page {self.page} of {max(self.total, self.page)}"
        bottom = self.sink.size.height() - MARGIN * 0.9
        self.p.drawText(
            QRectF(MARGIN, bottom, self.sink.size.width() - 2 * MARGIN, 14),
            int(Qt.AlignmentFlag.AlignHCenter),
            text,
        )

    # -- parts -------------------------------------------------------------------

    def run(self) -> None:
        self.overview()
        self.new_page()
        self.heading("Events")
        for entry in self.h.entries:
            self.entry(entry)
        if self.h.references:
            self.y += 10
            self.room(60)
            self.heading("Sources")
            for ref in self.h.references:
                parts = [ref.title.rstrip(".") + "."]
                tail = ", ".join(
                    p for p in (ref.publisher, "" if self.h.worksheet else ref.published) if p
                )
                if tail:
                    parts.append(tail + ".")
                self.text(f"[{ref.number}]  " + " ".join(parts), self.f(9), MUTED)
                self.y += 3
        if self.h.worksheet:
            self.new_page()
            self.answers()
        self.footer()

    def heading(self, text: str) -> None:
        self.room(40)
        self.text(text, self.f(15, bold=True))
        self.y += 8

    def overview(self) -> None:
        self.text(self.h.title, self.f(22, bold=True))
        self.y += 4
        self.text(self.h.subtitle, self.f(11), MUTED)
        if self.h.worksheet:
            self.y += 6
            self.text("Name: ______________________    Class: __________", self.f(11))
        self.y += 14
        band_h = min(300.0, self.area.height() * 0.42)
        self.band(QRectF(self.area.left(), self.y, self.area.width(), band_h))
        self.y += band_h + 14
        if self.h.worksheet:
            steps = (
                "Read each event on the following pages and write its date on the line.",
                "Then write the event's number on the timeline above, where it belongs.",
            )
            for i, step in enumerate(steps, start=1):
                self.text(f"{i}. {step}", self.f(10.5))
                self.y += 3
            self.y += 8
        self.index()

    def band(self, rect: QRectF) -> None:
        entries = self.h.entries
        if entries:
            first = min(e.start for e in entries)
            last = max(e.end for e in entries)
            viewport = Viewport.around(first, last, margin=0.05)
        else:
            viewport = Viewport.around(date.today(), date.today())
        events = [
            BandEvent(e.number, to_days(e.start), to_days(e.end) + 1.0, e.lane) for e in entries
        ]
        what = BandPaint(
            events=[] if self.h.worksheet else events,
            lanes=list(self.h.lanes),
            viewport=viewport,
            numbers=None if self.h.worksheet else {e.number: str(e.number) for e in entries},
        )
        theme = BandTheme(
            background=QColor("#ffffff"),
            text=INK,
            muted=MUTED,
            grid=GRID,
            highlight=INK,
            outline=INK,
            marker=15.0,
            label=8.5,
            font=self.font,
        )
        self.p.save()
        self.p.setPen(QPen(GRID, 0.8))
        self.p.drawRect(rect)
        paint_band(self.p, rect, what, theme)
        self.p.restore()

    def index(self) -> None:
        font = self.f(9.5)
        line = QFontMetricsF(font).lineSpacing() * 1.15
        available = self.area.bottom() - self.y
        per_column = max(1, int(available // line))
        column_w = self.area.width() / (1 if len(self.h.entries) <= per_column else 2)
        shown = self.h.entries[: per_column * 2]
        if len(self.h.entries) > len(shown):
            shown = self.h.entries[: per_column * 2 - 1]
        metrics = QFontMetricsF(font)
        self.p.setFont(font)
        for i, entry in enumerate(shown):
            x = self.area.left() + (i // per_column) * column_w
            y = self.y + (i % per_column) * line
            self.marker(entry, QPointF(x + 6, y + line / 2 - 1), 5.0)
            text = metrics.elidedText(
                f"{entry.number}  {entry.title}", Qt.TextElideMode.ElideRight, column_w - 22
            )
            self.p.setPen(INK)
            self.p.drawText(QPointF(x + 16, y + metrics.ascent()), text)
        if len(self.h.entries) > len(shown):
            i = len(shown)
            x = self.area.left() + (i // per_column) * column_w
            y = self.y + (i % per_column) * line
            self.p.setPen(MUTED)
            more = len(self.h.entries) - len(shown)
            self.p.drawText(QPointF(x + 16, y + metrics.ascent()), f"\u2026 and {more} more")
        self.y += min(len(shown) + 1, per_column) * line

    def marker(self, entry: Entry, centre: QPointF, radius: float) -> None:
        style = self.styles.get(entry.lane)
        if style is None:
            return
        self.p.setPen(QPen(INK, 0.7))
        self.p.setBrush(style.color)
        self.p.drawPath(marker_path(style.shape, centre, radius))

    def entry(self, entry: Entry) -> None:
        indent = 36.0
        width = self.area.width() - indent
        title_font = self.f(12.5, bold=True)
        body = self.f(10.5)
        quote_font = self.f(10.5, italic=True)
        needed = text_height(title_font, width, entry.title) + 20
        needed += sum(text_height(quote_font, width, q.text) + 4 for q in entry.quotes[:1])
        self.room(needed)
        top = self.y
        self.p.setFont(self.f(12.5, bold=True))
        self.p.setPen(INK)
        self.p.drawText(QRectF(self.area.left(), top, indent - 12, 18), 0, f"{entry.number}")
        self.marker(entry, QPointF(self.area.left() + indent - 12, top + 8), 5.5)
        self.text(entry.title, title_font, INK, indent)
        self.y += 2
        when = "Date: ________________________" if self.h.worksheet else entry.when
        lane = f"   \u00b7   {entry.lane}" if entry.lane else ""
        self.text(when + lane, body, INK if self.h.worksheet else QColor("#1a1a1a"), indent)
        self.y += 3
        for quote in entry.quotes:
            self.text(f"\u201c{quote.text}\u201d  [{quote.reference}]", quote_font, INK, indent)
            self.y += 3
        if entry.more_sources:
            more = entry.more_sources
            self.text(f"and {more} more source{'s' if more > 1 else ''}", self.f(9), MUTED, indent)
        self.y += 12

    def answers(self) -> None:
        self.text("Answers", self.f(18, bold=True))
        self.text("For the teacher: the dates of the events.", self.f(10.5), MUTED)
        self.y += 10
        font = self.f(10.5)
        bold = self.f(10.5, bold=True)
        for entry in self.h.entries:
            height = text_height(font, self.area.width() * 0.6 - 30, entry.title)
            self.room(height + 4)
            self.p.setFont(font)
            self.p.setPen(INK)
            self.p.drawText(QRectF(self.area.left(), self.y, 26, height), 0, f"{entry.number}")
            self.p.drawText(
                QRectF(self.area.left() + 30, self.y, self.area.width() * 0.6 - 30, height),
                _WRAP,
                entry.title,
            )
            self.p.setFont(bold)
            left = self.area.left() + self.area.width() * 0.62
            self.p.drawText(
                QRectF(left, self.y, self.area.right() - left, height), _WRAP, entry.when
            )
            self.y += height + 4
            self.p.setPen(QPen(GRID, 0.5))
            self.p.drawLine(
                QPointF(self.area.left(), self.y - 2), QPointF(self.area.right(), self.y - 2)
            )


def _page_points(page_size: QPageSize) -> QSizeF:
    return page_size.size(QPageSize.Unit.Point)


def _paint(handout: Handout, sink: Sink, total: int, font: QFont) -> None:
    sink.begin()
    _Layout(handout, sink, total, font).run()
    sink.end()


def count_pages(handout: Handout, page_size: QPageSize, font: QFont | None = None) -> int:
    """How many pages the handout takes."""
    sink = PictureSink(_page_points(page_size))
    _paint(handout, sink, 0, font or QFont())
    return sink.pages


def write_pdf(
    handout: Handout, out: Path, page_size: QPageSize | None = None, font: QFont | None = None
) -> int:
    """Write the handout as a PDF; returns the number of pages."""
    size = page_size or page_size_for()
    base = font or QFont()
    total = count_pages(handout, size, base)
    writer = QPdfWriter(str(out))
    writer.setResolution(300)
    writer.setTitle(handout.title)
    writer.setCreator("Diplomatic Timeline")
    writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF()))
    sink = PdfSink(_page_points(size), writer)
    _paint(handout, sink, total, base)
    log.info("wrote %s (%d pages)", out, total)
    return total


def render_images(
    handout: Handout,
    dpi: float = 100.0,
    page_size: QPageSize | None = None,
    font: QFont | None = None,
    on_page: Callable[[int, QImage], None] | None = None,
) -> list[QImage]:
    """The pages as images, drawn by the same code as the PDF (for looking and for docs)."""
    size = page_size or page_size_for()
    base = font or QFont()
    total = count_pages(handout, size, base)
    sink = ImageSink(_page_points(size), dpi)
    _paint(handout, sink, total, base)
    if on_page is not None:
        for i, image in enumerate(sink.images):
            on_page(i, image)
    return sink.images
