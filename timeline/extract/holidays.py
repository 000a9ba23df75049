"""Named days ("Christmas", "Thanksgiving Day") as a tagger rule with their dates."""

from __future__ import annotations

import re
from datetime import date, timedelta

from timeline.extract.expr import Expr
from timeline.extract.rules import rule


def _easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th given weekday of a month (n = -1 for the last one)."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def holiday_date(name: str, year: int) -> date | None:
    """The date of a named day in ``year``; None when it does not fall in that year."""
    name = name.lower()
    fixed = {
        "christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25),
        "new year's eve": (12, 31), "new year's day": (1, 1), "independence day": (7, 4),
        "halloween": (10, 31), "valentine's day": (2, 14), "boxing day": (12, 26),
        "bastille day": (7, 14), "victory day": (5, 9), "may day": (5, 1),
    }  # fmt: skip
    if name in fixed:
        return date(year, *fixed[name])
    if name.startswith("thanksgiving"):
        return _nth_weekday(year, 11, 3, 4)
    if name == "election day":
        return _nth_weekday(year, 11, 0, 1) + timedelta(days=1)
    if name == "labor day":
        return _nth_weekday(year, 9, 0, 1)
    if name == "memorial day":
        return _nth_weekday(year, 5, 0, -1)
    if name in ("easter", "easter sunday"):
        return _easter(year)
    if name == "good friday":
        return _easter(year) - timedelta(days=2)
    return None


def _holiday(m: re.Match[str], text: str) -> Expr | None:
    name = re.sub(r"\s+", " ", m.group("name")).replace("’", "'")
    if name.lower() == "may day" and not m.group("det"):
        return None
    which = (m.group("det") or "").lower().strip() or None
    year = int(m.group("y")) if m.group("y") else None
    return Expr("holiday", value=name, year=year, which=which if which != "this" else None)


HOLIDAY = rule(
    "holiday",
    r"(?<![\w-])(?:(?P<det>(?i:last|next|this))\s+)?(?P<name>Christmas(?:\s+(?:Eve|Day))?|"
    r"New\s+Year['’]s\s+(?:Eve|Day)|Independence\s+Day|Halloween|Valentine['’]s\s+Day|"
    r"Boxing\s+Day|Bastille\s+Day|Victory\s+Day|Thanksgiving(?:\s+Day)?|Election\s+Day|"
    r"Labor\s+Day|Memorial\s+Day|Easter(?:\s+Sunday)?|Good\s+Friday|May\s+Day)"
    r"(?:,?\s+(?P<y>(?:19|20)\d\d))?(?![\w-])",
    _holiday,
    r"christmas|new year|independence|halloween|valentine|boxing|bastille|victory|thanksgiving|"
    r"election|labor|memorial|easter|good friday|may day",
)
