"""Recognise a wire dateline ("MOSCOW, March 7, 2012 (Reuters) --") at the top of an article."""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

_MONTH = (
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
    r"Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# PLACE[, REGION] [(AGENCY)], Month D, YYYY [(AGENCY)] -- / — / :
_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Za-z .'\-]{1,40}(?:,\s*[A-Z][A-Za-z .'\-]{1,30})?)"
    r"(?:\s*\([^)]{1,40}\))?,\s*"
    rf"(?:{_MONTH}\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})"
    rf"|(?P<day2>\d{{1,2}})\s+{_MONTH.replace('month', 'month2')}\s+(?P<year2>\d{{4}}))"
    r"\s*(?:\([^)]{1,40}\))?\s*(?:--|\u2014|\u2013|-|:)\s*"
)


def parse_dateline(text: str) -> tuple[date, int, int] | None:
    """The date of a dateline at the very start of ``text`` and the dateline's span.

    Returns ``(date, start, end)`` where ``text[start:end]`` is the whole
    dateline including its trailing dash, or ``None`` when the text does not
    open with a dateline carrying a full date (or the date is impossible).
    """
    first_line = text.split("\n", 1)[0]
    match = _DATELINE.match(first_line)
    if match is None:
        return None
    month_word = match.group("month") or match.group("month2")
    day = match.group("day") or match.group("day2")
    year = match.group("year") or match.group("year2")
    month = _MONTHS[month_word[:3].lower()]
    try:
        found = date(int(year), month, int(day))
    except ValueError:
        return None
    return found, match.start(), match.end()
