"""Resolve a parsed expression against the publication day or story time to a value."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from timeline.core.records import Precision
from timeline.extract.expr import Expr, Resolved

SEASON_MONTHS: dict[str, tuple[int, int]] = {
    "SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14),
}  # fmt: skip


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _season_of(day: date) -> tuple[int, str]:
    """The (TimeML year, season code) a day falls in; January belongs to last winter."""
    if day.month in (1, 2):
        return day.year - 1, "WI"
    for code, (first, last) in SEASON_MONTHS.items():
        if first <= day.month <= last:
            return day.year, code
    return day.year, "WI"


def interval(value: str) -> tuple[date, date, Precision] | None:
    """The inclusive day interval and precision a TimeML DATE/TIME value denotes."""
    try:
        return _interval(value)
    except (ValueError, KeyError, IndexError):
        return None


def _interval(value: str) -> tuple[date, date, Precision] | None:
    value = value.split("T", 1)[0]
    if re.fullmatch(r"\d{3}X?", value):  # decade "199X"
        first = int(value[:3]) * 10
        return date(first, 1, 1), date(first + 9, 12, 31), "decade"
    if re.fullmatch(r"\d\d(?:XX)?", value):  # century "19XX"
        first = int(value[:2]) * 100
        return date(first, 1, 1), date(first + 99, 12, 31), "decade"
    if "X" in value or not value[:1].isdigit():
        return None
    parts = value.split("-")
    if len(parts[0]) == 3:  # decade "199"
        first = int(parts[0]) * 10
        return date(first, 1, 1), date(first + 9, 12, 31), "decade"
    if len(parts[0]) == 2:  # century "19"
        first = int(parts[0]) * 100
        return date(first, 1, 1), date(first + 99, 12, 31), "decade"
    year = int(parts[0])
    if len(parts) == 1:
        return date(year, 1, 1), date(year, 12, 31), "year"
    second = parts[1]
    if second in SEASON_MONTHS:
        first_month, last_month = SEASON_MONTHS[second]
        end = _month_end(year + (last_month - 1) // 12, (last_month - 1) % 12 + 1)
        return date(year, first_month, 1), end, "season"
    if second.startswith("Q"):
        quarter = int(second[1:])
        return date(year, 3 * quarter - 2, 1), _month_end(year, 3 * quarter), "season"
    if second.startswith("H"):
        half = int(second[1:])
        return date(year, 6 * half - 5, 1), _month_end(year, 6 * half), "season"
    if second.startswith("W"):
        monday = date.fromisocalendar(year, int(second[1:]), 1)
        if len(parts) > 2 and parts[2] == "WE":
            return monday + timedelta(days=5), monday + timedelta(days=6), "day"
        return monday, monday + timedelta(days=6), "day"
    month = int(second)
    if len(parts) == 2:
        return date(year, month, 1), _month_end(year, month), "month"
    day = date(year, month, int(parts[2]))
    return day, day, "day"


def day_value(day: date) -> str:
    """The TimeML value of one calendar day."""
    return day.isoformat()


def _infer_year(month: int, day: int | None, dct: date, direction: int | None) -> int:
    """The year of a month (and day) written without one, seen from ``dct``.

    ``direction`` -1 looks back (that day included), +1 looks ahead, None takes
    the nearest occurrence either way.
    """
    candidates = []
    for year in (dct.year - 1, dct.year, dct.year + 1):
        try:
            when = date(year, month, day or 1)
        except ValueError:
            continue
        key = when if day else date(year, month, 1)
        candidates.append((year, key))
    this_month = date(dct.year, dct.month, 1)
    nearest = min(candidates, key=lambda c: abs((c[1] - dct).days))
    if direction is not None and (nearest[1] - dct).days * direction < 0:
        in_direction = [c for c in candidates if (c[1] - dct).days * direction >= 0]
        near_days = abs((nearest[1] - dct).days)
        if in_direction and near_days <= 60:
            far = min(abs((c[1] - dct).days) for c in in_direction)
            if far > 180:
                return nearest[0]
    if direction is None and not day:
        nearest_month = min(candidates, key=lambda c: abs((c[1] - this_month).days))
        if (nearest_month[1] - this_month).days > 122:  # bare months mostly look back
            direction = -1
        else:
            return nearest_month[0]
    if direction == -1:
        past = [y for y, k in candidates if (k <= dct if day else k <= this_month)]
        return max(past) if past else dct.year
    if direction == 1:
        future = [y for y, k in candidates if (k >= dct if day else k >= this_month)]
        return min(future) if future else dct.year
    return min(candidates, key=lambda c: abs((c[1] - dct).days))[0]


def _weekday(expr: Expr, anchor: date, direction: int | None) -> date:
    """The day a weekday names: looking back, the latest one on or before the anchor;
    looking ahead, the first one after it (direction 2: on or after it); "last" and
    "next" exclude the anchor."""
    wd = expr.weekday or 0
    which = expr.which
    if which == "this":
        which = "next" if direction in (1, 2) else "recent"
    if which == "last":
        return anchor - timedelta(days=(anchor.weekday() - wd - 1) % 7 + 1)
    if which is None and direction == 2:
        # "The summit opens on Sunday", written on Sunday: today's weekday
        return anchor + timedelta(days=(wd - anchor.weekday()) % 7)
    if which == "next" or (which is None and direction == 1):
        return anchor + timedelta(days=(wd - anchor.weekday() - 1) % 7 + 1)
    return anchor - timedelta(days=(anchor.weekday() - wd) % 7)


def _fmt_unit(day: date, unit: str) -> str:
    if unit in ("day", "night", "weekday"):
        return day.isoformat()
    if unit == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    if unit == "weekend":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}-WE"
    if unit == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if unit == "quarter":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if unit == "season":
        year, code = _season_of(day)
        return f"{year:04d}-{code}"
    if unit == "decade":
        return f"{day.year // 10:03d}X"
    if unit == "century":
        return f"{day.year // 100:02d}XX"
    return f"{day.year:04d}"


_UNRESOLVED = {
    "day": "XXXX-XX-XX", "night": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE",
    "month": "XXXX-XX", "quarter": "XXXX-QX", "season": "XXXX-XX", "year": "XXXX",
    "decade": "XXX", "century": "XX",
}  # fmt: skip


def _step(anchor: date, unit: str, count: int) -> date:
    if unit in ("day", "night"):
        return anchor + timedelta(days=count)
    if unit in ("week", "weekend"):
        return anchor + timedelta(weeks=count)
    if unit == "month":
        return _add_months(anchor, count)
    if unit in ("quarter", "season"):
        return _add_months(anchor, 3 * count)
    if unit == "decade":
        return _add_months(anchor, 120 * count)
    if unit == "century":
        return _add_months(anchor, 1200 * count)
    return _add_months(anchor, 12 * count)


def _cal_value(expr: Expr, dct: date | None, direction: int | None) -> str | None:
    if expr.century is not None:
        return f"{expr.century:02d}XX"
    if expr.decade is not None:
        return f"{expr.decade:03d}X"
    year = expr.year
    month = expr.month
    if year is None and expr.year_offset is not None:
        if dct is None:
            return None
        year = dct.year + expr.year_offset
    if month is None and expr.sub is None:
        return None if year is None else f"{year:04d}"
    if year is None:
        if dct is None:
            year_text = "XXXX"
        else:
            first = month or _sub_first_month(expr.sub or "")
            if expr.which in ("last", "next") and expr.day is not None and month:
                year = _infer_year(month, expr.day, dct, -1 if expr.which == "last" else 1)
            elif expr.which == "last":
                year = dct.year if first < dct.month else dct.year - 1
            elif expr.which == "next":
                year = dct.year if first > dct.month else dct.year + 1
            elif expr.which == "this":
                year = _nearest_season_year(expr.sub or "", dct) if expr.sub else dct.year
            elif expr.sub and expr.sub.startswith("Q"):
                year = dct.year if first <= dct.month else dct.year - 1
            else:
                year = _infer_year(first, expr.day if month else None, dct, direction)
            year_text = f"{year:04d}"
    else:
        year_text = f"{year:04d}"
    if month is None:
        return f"{year_text}-{expr.sub}"
    if expr.unit == "week" and expr.day is not None and year is not None:
        return _fmt_unit(date(year, month, expr.day), "week")
    if expr.day is None:
        return f"{year_text}-{month:02d}"
    if year is not None:
        date(year, month, expr.day)  # raises ValueError on an impossible day
    return f"{year_text}-{month:02d}-{expr.day:02d}"


def _nearest_season_year(sub: str, dct: date) -> int:
    """The year of the season (or quarter) named "this ..." nearest to ``dct``."""

    def gap(year: int) -> int:
        span = interval(f"{year:04d}-{sub}")
        if span is None:
            return 10**6
        if span[0] <= dct <= span[1]:
            return 0
        return min(abs((span[0] - dct).days), abs((span[1] - dct).days))

    return min((dct.year - 1, dct.year, dct.year + 1), key=gap)


def _holiday_value(expr: Expr, dct: date | None, direction: int | None) -> str | None:
    from timeline.extract.holidays import holiday_date

    name = expr.value or ""
    if expr.year is not None:
        found = holiday_date(name, expr.year)
        return found.isoformat() if found else None
    if dct is None:
        return None
    days = [d for d in (holiday_date(name, y) for y in range(dct.year - 1, dct.year + 2)) if d]
    if expr.which == "last" or (direction == -1 and expr.which is None):
        past = [d for d in days if d <= dct] if expr.which is None else [d for d in days if d < dct]
        return max(past).isoformat() if past else None
    if expr.which == "next" or direction == 1:
        future = [d for d in days if d > dct]
        return min(future).isoformat() if future else None
    return min(days, key=lambda d: abs((d - dct).days)).isoformat()


def _sub_first_month(sub: str) -> int:
    if sub in SEASON_MONTHS:
        return SEASON_MONTHS[sub][0]
    if sub.startswith("Q"):
        return 3 * int(sub[1:]) - 2
    if sub.startswith("H"):
        return 6 * int(sub[1:]) - 5
    return 1


def resolve(
    expr: Expr, dct: date | None, ref: date | None, direction: int | None
) -> Resolved | None:
    """Turn ``expr`` into a TimeML value (and interval when it denotes one).

    ``dct`` is the publication day, ``ref`` the story's reference day for
    expressions anchored to the narrative ("a day earlier"), ``direction`` the
    sentence's tense (-1 past, +1 future, None unknown). Returns None when the
    words do not make a valid date (for example "February 30").
    """
    try:
        if expr.kind == "weekday":
            value = _value(expr, dct, ref, direction)
        else:
            value = _value(expr, dct, ref, 1 if direction == 2 else direction)
    except (ValueError, OverflowError):
        return None
    if value is None:
        return None
    if expr.part and expr.type == "TIME" and not value.startswith(("P", "X", "PRESENT")):
        value = value + (expr.part if expr.part.startswith("T") else "T" + expr.part)
    span = interval(value) if expr.type in ("DATE", "TIME") else None
    if span is None:
        return Resolved(value, expr.type)
    return Resolved(value, expr.type, span[0], span[1], span[2])


def _value(expr: Expr, dct: date | None, ref: date | None, direction: int | None) -> str | None:
    kind = expr.kind
    if kind == "fixed":
        return expr.value
    if kind == "cal":
        return _cal_value(expr, dct, direction)
    if kind == "holiday":
        return _holiday_value(expr, dct, direction)
    anchor = ref if expr.anchor in ("ref", "quarter") else dct
    if kind == "clock":
        if expr.base is not None:
            base = resolve(expr.base, dct, ref, direction)
            return base.value.split("T")[0] if base else None
        return anchor.isoformat() if anchor else "XXXX-XX-XX"
    if kind == "weekday":
        if anchor is None:
            return (
                "XXXX-WXX-WE" if expr.unit == "weekend" else f"XXXX-WXX-{(expr.weekday or 0) + 1}"
            )
        found = _weekday(expr, anchor, direction)
        return _fmt_unit(found, "weekend") if expr.unit == "weekend" else found.isoformat()
    unit = expr.unit or "day"
    if anchor is None:
        return _UNRESOLVED.get(unit, "XXXX")
    if kind == "rel":
        return _fmt_unit(_step(anchor, unit, expr.offset or 0), unit)
    if kind == "shift":
        if expr.offset is None:
            return "PAST_REF" if expr.anchor == "dct" else None
        moved = _step(anchor, unit, expr.offset)
        grain = "day" if unit in ("weekend", "night") else unit
        if unit == "decade":
            grain = "year"
        return _fmt_unit(moved, grain)
    return None
