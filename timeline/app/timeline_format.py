"""Locale-aware words for the canvas: axis labels, event labels and tooltips."""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import QDate, QLocale, QTime

from timeline.app.event_text import sources_text, when_text
from timeline.core.ticks import LabelKind
from timeline.store import EventRow
from timeline.store.queries_view import TimelineRow


def _day_month_first(locale: QLocale) -> bool:
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat).lower()
    return pattern.find("d") < pattern.find("m")


class AxisFormatter:
    """Formats tick labels with one locale's month names, time and date formats."""

    def __init__(self, locale: QLocale | None = None) -> None:
        self._locale = locale or QLocale()
        self._day_first = _day_month_first(self._locale)
        self._cache: dict[tuple[datetime, LabelKind], str] = {}

    def __call__(self, dt: datetime, kind: LabelKind) -> str:
        key = (dt, kind)
        text = self._cache.get(key)
        if text is None:
            if len(self._cache) > 20_000:
                self._cache.clear()
            text = self._cache[key] = self._format(dt, kind)
        return text

    def _format(self, dt: datetime, kind: LabelKind) -> str:
        loc = self._locale
        short, long = QLocale.FormatType.ShortFormat, QLocale.FormatType.LongFormat
        if kind == "hour":
            return loc.toString(QTime(dt.hour, dt.minute), short)
        if kind == "day":
            return str(dt.day)
        if kind == "week":
            month = loc.standaloneMonthName(dt.month, short)
            return f"{dt.day} {month}" if self._day_first else f"{month} {dt.day}"
        if kind == "month":
            return loc.standaloneMonthName(dt.month, short)
        if kind == "quarter":
            return f"Q{(dt.month - 1) // 3 + 1}"
        if kind == "year":
            return str(dt.year)
        if kind in ("decade", "century"):
            return f"{dt.year}s"
        if kind == "day_full":
            return loc.toString(QDate(dt.year, dt.month, dt.day), long)
        if kind == "day_short":
            weekday = loc.dayName(QDate(dt.year, dt.month, dt.day).dayOfWeek(), short)
            month = loc.standaloneMonthName(dt.month, short)
            day = f"{dt.day} {month}" if self._day_first else f"{month} {dt.day}"
            return f"{weekday} {day}"
        return f"{loc.standaloneMonthName(dt.month, long)} {dt.year}"


def item_label(event: EventRow | TimelineRow) -> str:
    """What the canvas writes beside an event; coarse dates name their period."""
    if event.precision == "day":
        return event.title
    period = when_text(event.start, event.end, event.precision, with_precision=False)
    return f"{period} \N{MIDDLE DOT} {event.title}"


def event_tooltip(event: EventRow | TimelineRow) -> str:
    """Rich text for hovering an event: title, date as precise as known, number of sources."""
    when = when_text(event.start, event.end, event.precision)
    return (
        f"<b>{html.escape(event.title)}</b><br>{html.escape(when)}"
        f"<br>{html.escape(sources_text(event.source_count))}"
    )


def cluster_tooltip(count: int, first: datetime, last: datetime) -> str:
    """Rich text for hovering a cluster."""
    period = when_text(first.date(), last.date(), "day", with_precision=False)
    return f"<b>{count} events</b><br>{html.escape(period)}<br>Click to zoom in"
