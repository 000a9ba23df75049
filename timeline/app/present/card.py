"""The event card: what it says (title, date, key source) and how it is painted to fit."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from timeline.app.present.dates import day_text, when_text
from timeline.store.rows import EventRow, SourceRow

_ELLIPSIS = "\u2026"
_WRAP = int(Qt.TextFlag.TextWordWrap)


@dataclass(frozen=True, slots=True)
class CardContent:
    """The words on one card."""

    event_id: int
    title: str
    when: str
    sentence: str
    publisher: str  # the publisher, or a plain "publisher not named"
    published: str
    sources: str
    lane: str = ""


def key_source(event: EventRow) -> SourceRow | None:
    """The source to quote: a confident one from the earliest report (the most contemporary).

    Among sources whose date was read confidently, the article published first
    (on or after the event) wins; a date written out in a later recap is no
    better a quote for a class than the report of the day.
    """
    if not event.sources:
        return None

    def rank(s: SourceRow) -> tuple[object, ...]:
        published = s.published or event.end
        before_event = published < event.start
        return (s.confidence < CONFIDENT, before_event, published, -s.confidence, s.mention_id)

    return min(event.sources, key=rank)


#: Sources read at least this confidently count as equally trustworthy for quoting.
CONFIDENT = 0.6


def sources_text(count: int) -> str:
    """ "1 source", "3 sources"."""
    return f"{count} source" if count == 1 else f"{count} sources"


def card_content(
    event: EventRow, locale: QLocale | None = None, lane: str | None = None
) -> CardContent:
    """The card for ``event`` (its ``sources`` should be loaded); ``lane`` defaults to its topic."""
    source = key_source(event)
    sentence = publisher = published = ""
    if source is not None:
        sentence = " ".join(source.sentence.split())
        # An article's title is not a publisher: say plainly when none is known.
        publisher = source.publisher or "Publisher not named"
        if source.published is not None:
            published = day_text(source.published, locale)
    elif event.summary:
        sentence = event.summary
    count = max(event.source_count, len(event.sources))
    return CardContent(
        event_id=event.id,
        title=event.title,
        when=when_text(event.start, event.end, event.precision, locale),
        sentence=sentence,
        publisher=publisher,
        published=published,
        sources=sources_text(count),
        lane=event.lane if lane is None else lane,
    )


@dataclass(frozen=True, slots=True)
class CardColors:
    """The colours a card is painted with."""

    text: QColor
    muted: QColor
    accent: QColor


def pixel_font(base: QFont, pixels: float, *, bold: bool = False, italic: bool = False) -> QFont:
    """``base`` at a size in device-independent pixels (sizes are fractions of the screen)."""
    font = QFont(base)
    font.setPixelSize(max(1, round(pixels)))
    font.setBold(bold)
    font.setItalic(italic)
    return font


def text_height(font: QFont, width: float, text: str) -> float:
    """The height ``text`` takes when wrapped into ``width``."""
    if not text:
        return 0.0
    bounds = QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1e6), _WRAP, text)
    return bounds.height()


def elide_to_height(
    font: QFont, width: float, height: float, text: str, quote: bool = False
) -> str:
    """``text`` cut at a word boundary (with an ellipsis) so it fits ``width`` x ``height``.

    With ``quote`` the result is wrapped in quotation marks (kept when cutting).
    """

    def shown(body: str) -> str:
        return f"\u201c{body}\u201d" if quote else body

    if text_height(font, width, shown(text)) <= height:
        return shown(text)
    words = text.split()
    low, high = 0, len(words)
    while low < high:
        middle = (low + high + 1) // 2
        if text_height(font, width, shown(" ".join(words[:middle]) + _ELLIPSIS)) <= height:
            low = middle
        else:
            high = middle - 1
    return shown(" ".join(words[:low]) + _ELLIPSIS) if low else ""


@dataclass(frozen=True, slots=True)
class CardFonts:
    """Pixel sizes for the card's lines: the title and the body (the minimums for fitting)."""

    title: float
    body: float
    min_title: float
    min_body: float


@dataclass(frozen=True, slots=True)
class CardLayout:
    """The fitted fonts and texts of a card in a rectangle."""

    title_font: QFont
    body_font: QFont
    small_font: QFont
    title: str
    sentence: str
    gap: float


def fit_card(base: QFont, rect: QRectF, content: CardContent, sizes: CardFonts) -> CardLayout:
    """Shrink the fonts (never below the minimums), then elide, until the card fits ``rect``."""
    width = rect.width()
    title_px, body_px = sizes.title, sizes.body
    sentence = f"\u201c{content.sentence}\u201d" if content.sentence else ""
    while True:
        title_font = pixel_font(base, title_px, bold=True)
        body_font = pixel_font(base, body_px)
        small_font = pixel_font(base, max(body_px * 0.85, sizes.min_body))
        gap = body_px * 0.6
        fixed = text_height(title_font, width, content.title) + gap
        fixed += QFontMetricsF(body_font).lineSpacing() + gap  # date line
        fixed += QFontMetricsF(small_font).lineSpacing() * 1.2 + gap  # attribution line
        if fixed + text_height(body_font, width, sentence) <= rect.height():
            return CardLayout(title_font, body_font, small_font, content.title, sentence, gap)
        can_shrink = title_px > sizes.min_title or body_px > sizes.min_body
        if not can_shrink:
            break
        title_px = max(sizes.min_title, title_px * 0.92)
        body_px = max(sizes.min_body, body_px * 0.92)
    title_room = rect.height() * 0.45
    title = elide_to_height(title_font, width, title_room, content.title)
    fixed = text_height(title_font, width, title) + gap
    fixed += QFontMetricsF(body_font).lineSpacing() + QFontMetricsF(small_font).lineSpacing() * 1.2
    fixed += 2 * gap
    room = max(0.0, rect.height() - fixed)
    if content.sentence:
        sentence = elide_to_height(body_font, width, room, content.sentence, quote=True)
    return CardLayout(title_font, body_font, small_font, title, sentence, gap)


def attribution_text(content: CardContent, metrics: QFontMetricsF, width: float) -> str:
    """ "Publisher, 9 March 2012 · 2 sources", shortening the publisher (or title) to fit."""
    rest = (f", {content.published}" if content.published else "") + f" \u00b7 {content.sources}"
    if not content.publisher:
        alone = f"{content.published} \u00b7 {content.sources}" if content.published else ""
        return metrics.elidedText(alone or content.sources, Qt.TextElideMode.ElideRight, width)
    room = max(0.0, width - metrics.horizontalAdvance(rest))
    name = metrics.elidedText(content.publisher, Qt.TextElideMode.ElideRight, room)
    return metrics.elidedText(name + rest, Qt.TextElideMode.ElideRight, width)


def paint_card(
    painter: QPainter, rect: QRectF, content: CardContent, layout: CardLayout, colors: CardColors
) -> float:
    """Paint the fitted card: title, date, quoted sentence, then publisher and source count.

    Returns the height used.
    """
    painter.save()
    y = rect.top()
    width = rect.width()
    painter.setPen(colors.text)
    painter.setFont(layout.title_font)
    height = text_height(layout.title_font, width, layout.title)
    painter.drawText(QRectF(rect.left(), y, width, height), _WRAP, layout.title)
    y += height + layout.gap
    bold = pixel_font(layout.body_font, layout.body_font.pixelSize(), bold=True)
    painter.setFont(bold)
    painter.setPen(colors.accent)
    line = QFontMetricsF(layout.body_font).lineSpacing()
    painter.drawText(QRectF(rect.left(), y, width, line), 0, content.when)
    if content.lane:
        left = QFontMetricsF(bold).horizontalAdvance(content.when)
        body = QFontMetricsF(layout.body_font)
        rest = body.elidedText(
            f"  \u00b7  {content.lane}", Qt.TextElideMode.ElideRight, max(0.0, width - left)
        )
        painter.setFont(layout.body_font)
        painter.setPen(colors.muted)
        painter.drawText(QRectF(rect.left() + left, y, width - left, line), 0, rest)
    y += line + layout.gap
    if layout.sentence:
        painter.setPen(colors.text)
        painter.setFont(layout.body_font)
        height = text_height(layout.body_font, width, layout.sentence)
        painter.drawText(QRectF(rect.left(), y, width, height), _WRAP, layout.sentence)
        y += height + layout.gap
    painter.setPen(colors.muted)
    painter.setFont(layout.small_font)
    metrics = QFontMetricsF(layout.small_font)
    tail = attribution_text(content, metrics, width)
    painter.drawText(QRectF(rect.left(), y, width, metrics.lineSpacing() * 1.2), 0, tail)
    painter.restore()
    return y + metrics.lineSpacing() - rect.top()
