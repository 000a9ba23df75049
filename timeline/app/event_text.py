"""Words for events: dates as precise as they are known, and highlighted source sentences."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QLocale

from timeline.store import EventRow, SourceRow
from timeline.store.queries_view import TimelineRow

_SEASONS = {12: "Winter", 1: "Winter", 2: "Winter", 3: "Spring", 4: "Spring", 5: "Spring"}
_SEASONS |= {6: "Summer", 7: "Summer", 8: "Summer", 9: "Autumn", 10: "Autumn", 11: "Autumn"}
DASH = "\N{EN DASH}"


def _month(d: date) -> str:
    return QLocale().standaloneMonthName(d.month, QLocale.FormatType.LongFormat)


def day_text(d: date) -> str:
    """One day in full: "9 March 2012"."""
    return f"{d.day} {_month(d)} {d.year}"


def _day_range(start: date, end: date) -> str:
    if start == end:
        return day_text(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}{DASH}{end.day} {_month(end)} {end.year}"
    if start.year == end.year:
        return f"{start.day} {_month(start)} {DASH} {end.day} {_month(end)} {end.year}"
    return f"{day_text(start)} {DASH} {day_text(end)}"


def _month_range(start: date, end: date) -> str:
    if (start.year, start.month) == (end.year, end.month):
        return f"{_month(start)} {start.year}"
    if start.year == end.year:
        return f"{_month(start)} {DASH} {_month(end)} {end.year}"
    return f"{_month(start)} {start.year} {DASH} {_month(end)} {end.year}"


def _season(start: date, end: date) -> str:
    name = _SEASONS[start.month]
    if name == "Winter" and start.month == 12 and end.year > start.year:
        return f"Winter {start.year}{DASH}{end.year % 100:02d}"
    return f"{name} {start.year}"


def when_text(start: date, end: date, precision: str, *, with_precision: bool = True) -> str:
    """A date interval as precisely as it is known.

    "9 March 2012", "18-19 May 2012" (en dash), "March 2012 (month)", "Spring 2012 (season)",
    "2011 (year)", "2010s (decade)"; ``with_precision=False`` drops the bracket.
    """
    if precision == "day":
        return _day_range(start, end)
    if precision == "month":
        text, unit = _month_range(start, end), "month"
        if (start.year, start.month) != (end.year, end.month):
            unit = "months"
    elif precision == "season":
        text, unit = _season(start, end), "season"
    elif precision == "year":
        text = str(start.year) if start.year == end.year else f"{start.year}{DASH}{end.year}"
        unit = "year" if start.year == end.year else "years"
    elif precision == "decade":
        first, last = start.year // 10 * 10, end.year // 10 * 10
        text = f"{first}s" if first == last else f"{first}s{DASH}{last}s"
        unit = "decade"
    else:
        return _day_range(start, end)
    return f"{text} ({unit})" if with_precision else text


def event_when(event: EventRow | TimelineRow, *, with_precision: bool = True) -> str:
    """The date of an event as precisely as it is known."""
    return when_text(event.start, event.end, event.precision, with_precision=with_precision)


def short_when(event: EventRow | TimelineRow) -> str:
    """A compact, sortable-looking date for tables: "2012-03-09", "2012-03", "2012"."""
    if event.precision == "day":
        text = event.start.isoformat()
        return text if event.start == event.end else f"{text} {DASH} {event.end.isoformat()}"
    if event.precision == "month":
        first, last = event.start.strftime("%Y-%m"), event.end.strftime("%Y-%m")
        return first if first == last else f"{first} {DASH} {last}"
    if event.precision == "season":
        return _season(event.start, event.end)
    if event.precision == "decade":
        return f"{event.start.year // 10 * 10}s"
    first, last = str(event.start.year), str(event.end.year)
    return first if first == last else f"{first} {DASH} {last}"


def sources_text(count: int) -> str:
    """ "1 source", "3 sources", "no sources"."""
    if count == 0:
        return "no sources"
    return f"{count} source" if count == 1 else f"{count} sources"


def highlighted_sentence(source: SourceRow, mark_style: str = "") -> str:
    """The source sentence as escaped rich text with its temporal expression in bold marks.

    The expression offsets point into the article body; the sentence starts at
    ``sentence_start``, so they are shifted into the sentence before slicing.
    """
    sentence = source.sentence
    start = source.expression_start - source.sentence_start
    end = source.expression_end - source.sentence_start
    if not (0 <= start < end <= len(sentence)) or sentence[start:end] != source.expression:
        found = sentence.find(source.expression) if source.expression else -1
        if found < 0:
            return html.escape(sentence)
        start, end = found, found + len(source.expression)
    style = f' style="{mark_style}"' if mark_style else ""
    return (
        html.escape(sentence[:start])
        + f"<b><span{style}>"
        + html.escape(sentence[start:end])
        + "</span></b>"
        + html.escape(sentence[end:])
    )


def publication_line(source: SourceRow) -> str:
    """ "Publisher, 9 March 2012" with whatever of the two is known."""
    parts = [p for p in (source.publisher, day_text(source.published) if source.published else "")]
    text = ", ".join(p for p in parts if p)
    return text or "publisher and date unknown"
