"""Say when an event happened as precisely as it is known, in the locale's words."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QLocale

from timeline.core.records import Precision

_EN_DASH = "\u2013"
_SEASONS = {12: "Winter", 1: "Winter", 2: "Winter", 3: "Spring", 4: "Spring", 5: "Spring"}
_SEASONS.update({6: "Summer", 7: "Summer", 8: "Summer", 9: "Autumn", 10: "Autumn", 11: "Autumn"})
_DAY_TOKEN = re.compile(r"(?<![d'])d{1,2}(?!d)")


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def long_day_format(locale: QLocale) -> str:
    """The locale's long date format without the weekday ("d MMMM yyyy", "MMMM d, yyyy")."""
    fmt = locale.dateFormat(QLocale.FormatType.LongFormat)
    fmt = re.sub(r"dddd[,.]?\s*", "", fmt)
    fmt = re.sub(r"[,\s]*dddd", "", fmt)
    return fmt.strip(" ,")


def day_text(day: date, locale: QLocale | None = None) -> str:
    """One day in the locale's long format without the weekday."""
    loc = locale or QLocale()
    return loc.toString(_qdate(day), long_day_format(loc))


def short_day_text(day: date, locale: QLocale | None = None) -> str:
    """One day in the locale's short format (for source references)."""
    loc = locale or QLocale()
    return loc.toString(_qdate(day), QLocale.FormatType.ShortFormat)


def month_text(day: date, locale: QLocale | None = None) -> str:
    """The month of ``day`` with its year ("May 2012")."""
    loc = locale or QLocale()
    return f"{loc.standaloneMonthName(day.month, QLocale.FormatType.LongFormat)} {day.year}"


def _season_text(start: date, end: date) -> str:
    name = _SEASONS[start.month]
    if name == "Winter":  # December to February: name both years ("Winter 2011/12")
        first = start.year if start.month == 12 else start.year - 1
        return f"{name} {first}/{str(first + 1)[-2:]}"
    return f"{name} {start.year}"


def when_text(start: date, end: date, precision: Precision, locale: QLocale | None = None) -> str:
    """The interval ``[start, end]`` worded at ``precision`` (never more precise than known)."""
    loc = locale or QLocale()
    if precision == "decade":
        first, last = start.year // 10 * 10, end.year // 10 * 10
        return f"{first}s" if first == last else f"{first}s{_EN_DASH}{last}s"
    if precision == "year":
        return str(start.year) if start.year == end.year else f"{start.year}{_EN_DASH}{end.year}"
    if precision == "season":
        return _season_text(start, end)
    if precision == "month":
        if (start.year, start.month) == (end.year, end.month):
            return month_text(start, loc)
        if start.year == end.year:
            name = loc.standaloneMonthName(start.month, QLocale.FormatType.LongFormat)
            return f"{name} {_EN_DASH} {month_text(end, loc)}"
        return f"{month_text(start, loc)} {_EN_DASH} {month_text(end, loc)}"
    if start == end:
        return day_text(start, loc)
    if (start.year, start.month) == (end.year, end.month):
        fmt = long_day_format(loc)
        days = f"'{start.day}{_EN_DASH}{end.day}'"
        if _DAY_TOKEN.search(fmt):
            return loc.toString(_qdate(end), _DAY_TOKEN.sub(days, fmt, count=1))
    return f"{day_text(start, loc)} {_EN_DASH} {day_text(end, loc)}"
